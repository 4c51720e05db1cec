"""The engine benchmark's tables, its comparison with earlier reference points, and the PNG."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.lib.output import cell, pyplot
from benchmarks.lib.stats import median
from benchmarks.speech.languages import ULCA_DOUBLE_LABEL, Outcome, format_language_table
from benchmarks.speech.text import BUCKETS

REFERENCE = {
    "tiny.en int8 2 threads, RTF on a ~3 s sentence": 0.14,
    "Piper joe RTF": 0.07,
    "Piper joe first chunk (s)": 0.17,
}
"""Reference points measured earlier on this kind of machine (the issue's numbers)."""


def compare_to_reference(
    stt: Sequence[dict[str, Any]], tts: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The reference points next to what this run measured, and which configs beat them."""
    by = {s["config"]: s for s in stt}
    tts_by = {t["config"]: t for t in tts}
    rows = []
    tiny2 = by.get("tiny.en t2")
    rtf_key = "tiny.en int8 2 threads, RTF on a ~3 s sentence"
    beating = sorted(
        (s["rtf_about_3s"], s["config"])
        for s in stt
        if s["rtf_about_3s"] is not None and s["rtf_about_3s"] < REFERENCE[rtf_key]
    )
    rows.append(
        {
            "reference": rtf_key,
            "value": REFERENCE[rtf_key],
            "measured": tiny2["rtf_about_3s"] if tiny2 else None,
            "beaten_by": [f"{name} ({rtf:.3f})" for rtf, name in beating],
        }
    )
    piper = tts_by.get("piper joe t2")
    for key, field_name in (
        ("Piper joe RTF", "median_rtf"),
        ("Piper joe first chunk (s)", "median_first_chunk_s"),
    ):
        beating = sorted(
            (t[field_name], t["config"])
            for t in tts
            if t["config"].startswith("piper") and t[field_name] < REFERENCE[key]
        )
        rows.append(
            {
                "reference": key,
                "value": REFERENCE[key],
                "measured": piper[field_name] if piper else None,
                "beaten_by": [f"{name} ({value:.3f})" for value, name in beating],
            }
        )
    return rows


def format_tables(report: dict[str, Any]) -> str:
    """The plain-text tables the run prints."""
    lines = []
    heads = "".join(f"{label:>9}" for label, _, _ in BUCKETS)
    lines.append("STT (faster-whisper, int8, CPU): medians; latency in ms by utterance duration")
    lines.append(
        f"{'config':<28}{'load s':>7}{'RTF':>7}{'RTF~3s':>7}{heads}{'p90 ms':>8}"
        f"{'vs base':>9}{'WER en':>8}{'price en':>11}{'WER hi':>8}{'price hi':>11}"
    )
    for s in report["stt"]["summary"]:
        cells = "".join(
            cell(s["buckets"][label]["median_latency_s"], 9, 0, 1000) for label, _, _ in BUCKETS
        )
        en = s["languages"].get("en")
        hi = s["languages"].get("hi")

        def share(lang: dict[str, Any] | None) -> str:
            if not lang or lang["price_exact"] is None:
                return "-".rjust(10)
            return f"{lang['price_exact_count']:>3}/{lang['n']:<2} {lang['price_exact']:4.0%}"

        def wer(lang: dict[str, Any] | None) -> str:
            if not lang or lang["wer"] is None:
                return "-".rjust(8)
            return f"{lang['wer']:8.1%}"

        paired = s["paired_ratio"]
        lines.append(
            f"{s['config']:<28}{cell(s['load_s'], 7, 2)}{cell(s['median_rtf'], 7, 3)}"
            f"{cell(s['rtf_about_3s'], 7, 3)}{cells}{cell(s['p90_latency_s'], 8, 0, 1000)}"
            f"{'-' if paired is None else f'{paired - 1:+.0%}':>9}"
            f"{wer(en)}{share(en):>11}{wer(hi)}{share(hi):>11}"
        )
    counts = report["stt"]["bucket_counts"]
    lines.append(
        "utterances per bucket: "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
        + f"; fw-internal VAD model load {report['stt']['fw_vad_load_s']:.2f} s (once per process)"
    )
    lines.append(
        "vs base: paired median latency change against the same model's live default at the"
        " most threads"
    )
    vad = report["stt"].get("vad_filter_cost")
    if vad:
        lines.append(
            f"faster-whisper vad_filter on our already-cut utterances: Silero pass median"
            f" {vad['median_s'] * 1000:.0f} ms (p90 {vad['p90_s'] * 1000:.0f} ms), removed a"
            f" median {vad['median_removed_s'] * 1000:.0f} ms of audio"
        )
    if report.get("languages"):
        lines.append("")
        lines += format_language_table(report["languages"])
    lines.append("")
    lines.append("TTS at 16 kHz: medians over replies x repeats after warm-up")
    lines.append(
        f"{'config':<16}{'load s':>8}{'first ms':>10}{'p90 ms':>8}{'RTF':>7}{'n':>4}{'vs t2':>8}"
    )
    for t in report["tts"]["summary"]:
        paired = t["paired_first_chunk_ratio_vs_t2"]
        lines.append(
            f"{t['config']:<16}{cell(t['load_s'], 8, 2)}"
            f"{cell(t['median_first_chunk_s'], 10, 0, 1000)}"
            f"{cell(t['p90_first_chunk_s'], 8, 0, 1000)}{cell(t['median_rtf'], 7, 3)}{t['n']:>4}"
            f"{'-' if paired is None else f'{paired - 1:+.0%}':>8}"
        )
    lines.append("")
    lines.append("Reference points")
    for c in report["comparison"]:
        beaten = ", ".join(c["beaten_by"]) or "nothing"
        lines.append(
            f"  {c['reference']}: reference {c['value']}, measured {c['measured']}; "
            f"beaten by {beaten}"
        )
    batching = report["stt"].get("batching")
    if batching:
        parts = [
            f"{key}: one by one {batching[key]['sequential_s']:.2f} s, "
            f"batched {batching[key]['batched_s']:.2f} s"
            for key in ("30s_context", "short_context")
        ]
        lines.append(
            f"Batching {batching['utterances']} utterances (tiny.en t{batching['threads']}): "
            + "; ".join(parts)
        )
    return "\n".join(lines)


OUTCOME_COLOURS = {
    Outcome.EXACT: "tab:green",
    Outcome.ASKED: "tab:orange",
    Outcome.MISSED: "tab:gray",
    Outcome.WRONG: "tab:red",
}


def plot_language_outcomes(axes: Any, section: dict[str, Any]) -> None:
    """Stacked bars: what became of each language's lines, per recogniser."""
    summary = section["summary"]
    short = {ULCA_DOUBLE_LABEL: "double"}
    labels = [f"{s['language']}\n{short.get(s['config'], s['config'].split()[0])}" for s in summary]
    xs = np.arange(len(summary))
    bottom = np.zeros(len(summary))
    for outcome, colour in OUTCOME_COLOURS.items():
        heights = np.array([s[str(outcome)] for s in summary], dtype=float)
        axes.bar(xs, heights, bottom=bottom, color=colour, label=str(outcome), width=0.75)
        bottom += heights
    axes.set_xticks(xs, labels, fontsize=7)
    axes.set_ylim(0, max(bottom.max(initial=1.0), 1.0) * 1.25)  # headroom for the legend
    axes.yaxis.get_major_locator().set_params(integer=True)
    axes.set_ylabel("market lines")
    axes.set_title(
        f"Per language: espeak-ng +{section['espeak_variant']} (Piper joe for en) → STT →"
        " understand(); 'double' is the ULCA double answering the reference text",
        fontsize=9,
    )
    axes.legend(fontsize=8, ncol=4, loc="upper right")
    axes.grid(axis="y", alpha=0.3)


def write_plot(report: dict[str, Any], path: Path) -> str | None:
    """Latency vs utterance duration per STT config (English), TTS first-chunk bars, and
    what became of each language's market lines.

    Returns a note instead of a path when matplotlib is missing.
    """
    plt = pyplot()
    if plt is None:
        return "matplotlib is not installed: skipped the PNG (pip install matplotlib)"
    section = report.get("languages")
    if section:
        fig = plt.figure(figsize=(14, 10.5))
        grid = fig.add_gridspec(2, 3)
        left = fig.add_subplot(grid[0, :2])
        right = fig.add_subplot(grid[0, 2])
        plot_language_outcomes(fig.add_subplot(grid[1, :]), section)
    else:
        fig, (left, right) = plt.subplots(
            1, 2, figsize=(14, 5.5), gridspec_kw={"width_ratios": [2, 1]}
        )
    shown = [
        s["config"]
        for s in report["stt"]["summary"]
        if s["variant"] == "live default" or "short" in s["config"] or "vad off" in s["config"]
    ]
    markers = "os^vD<>px*h"
    for index, name in enumerate(shown):
        # English only: every model runs the same English clips, so the lines compare
        # like with like (base's Hindi transcripts are garbled and longer; see the table).
        rows = [r for r in report["stt"]["rows"] if r["config"] == name and r["language"] == "en"]
        xs = [r["seconds"] for r in rows]
        ys = [r["latency_s"] * 1000 for r in rows]
        points = left.scatter(xs, ys, s=14, alpha=0.55, marker=markers[index % len(markers)])
        centers, medians = [], []
        for label, _, _ in BUCKETS:
            in_bucket = [r for r in rows if r["bucket"] == label]
            if in_bucket:
                centers.append(median(r["seconds"] for r in in_bucket))
                medians.append(median(r["latency_s"] * 1000 for r in in_bucket))
        left.plot(centers, medians, color=points.get_facecolor()[0][:3], label=name, linewidth=1.6)
    left.set_xlabel("utterance duration (s)")
    left.set_ylabel("transcription latency (ms)")
    left.set_title("STT latency vs duration, English set (points: utterances; lines: medians)")
    left.grid(alpha=0.3)
    left.legend(fontsize=7, ncol=2)
    tts = report["tts"]["summary"]
    labels = [t["config"] for t in tts]
    values = [t["median_first_chunk_s"] * 1000 for t in tts]
    errors = [max(0.0, (t["p90_first_chunk_s"] - t["median_first_chunk_s"]) * 1000) for t in tts]
    right.bar(labels, values, yerr=[[0] * len(errors), errors], capsize=4, color="tab:green")
    reference = REFERENCE["Piper joe first chunk (s)"] * 1000
    right.axhline(reference, color="tab:red", linestyle="--", label="reference Piper 170 ms")
    right.set_ylabel("first-chunk latency (ms): median, whisker p90")
    right.set_title("TTS first chunk at 16 kHz")
    right.tick_params(axis="x", rotation=20)
    right.legend(fontsize=8)
    fig.suptitle(
        f"VyaparMitra engines on {report['machine']['cpu']} x{report['machine']['nproc']}"
        f" ({report['timestamp'][:16]})",
        fontsize=10,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return None
