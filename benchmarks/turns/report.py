"""The turn-latency tables, the JSON and the PNG."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from benchmarks.lib.output import cell, log, pyplot, write_json
from benchmarks.turns.analysis import BAR_P50_MS, BAR_P95_MS, SCALE_P95_MS

BUSY_OTHER_CORES = 0.25
"""Above this many cores used by other processes during a step, the step is flagged."""


def print_table(steps: list[dict[str, Any]]) -> None:
    head = (
        f"{'N':>3} {'turns':>5} {'p50':>6} {'p95':>6} {'max':>6} {'prem':>4} {'t/o':>4}"
        f" | {'endpt':>5} {'stt':>5} {'undr':>4} {'dom':>4} {'tran':>4} {'tts1':>5}"
        f" {'total':>6} {'deliv':>5} | {'cpu c/s/o':>14} {'load':>5}"
    )
    log("client latency ms (end of speech → first reply audio) | server stage medians ms")
    log(head)
    log("-" * len(head))
    for s in steps:
        lat = s["latency_ms"]
        st = s["server_stage_medians_ms"]
        cores = s["cores"]
        cpu = "/".join(
            "-" if cores.get(k) is None else f"{cores[k]:.2f}"
            for k in ("client", "server", "other")
        )
        load = (s.get("load_average_after") or [None])[0]
        log(
            f"{s['n']:>3} {s['turns']:>5} {cell(lat['p50'])} {cell(lat['p95'])} {cell(lat['max'])}"
            f" {s['premature']:>4} {s['timeouts']:>4}"
            f" | {cell(st['endpoint'], 5)} {cell(st['stt'], 5)} {cell(st['understand'], 4)}"
            f" {cell(st['domain'], 4)} {cell(st['translate'], 4)} {cell(st['tts_first_audio'], 5)}"
            f" {cell(st['total'])} {cell(st['delivery'], 5)} | {cpu:>14}"
            f" {'-' if load is None else f'{load:.2f}':>5}"
        )


def per_turn(value: float | None) -> str:
    return "-".rjust(4) if value is None else f"{value:4.1f}"


def print_details(steps: list[dict[str, Any]]) -> None:
    head = (
        f"{'N':>3} {'shopper→phone p50/p95':>22} {'vendor→browser p50/p95':>23} {'bids ok':>7}"
        f" {'lost':>4} {'cut off':>7} {'early':>5} {'part':>4} {'mic lag p99/max ms':>19} {'s':>5}"
    )
    log(head)
    log("-" * len(head))
    for s in steps:
        a = s["by_direction"]["customer_to_vendor"]
        b = s["by_direction"]["vendor_to_customer"]
        lag = s["mic_lag_ms"]
        bids = f"{s['bids_as_said']}/{s['bids_expected']}"
        early = s["ended_on_complete_move"] + s.get("ended_on_sentence", 0)
        log(
            f"{s['n']:>3} {cell(a['p50_ms'], 11)}/{cell(a['p95_ms'], 0):<10}"
            f" {cell(b['p50_ms'], 12)}/{cell(b['p95_ms'], 0):<10}"
            f" {bids:>7}"
            f" {s['first_phrase_lost']:>4} {s['interrupted']:>7}"
            f" {early:>5} {per_turn(s['partials_per_shopper_turn'])}"
            f" {cell(lag['p99'], 9)}/{cell(lag['max'], 0):<9}"
            f" {s['elapsed_s']:>5.0f}"
        )


def print_outcomes(steps: list[dict[str, Any]]) -> None:
    """The turns by outcome: relayed directly, asked back of their speaker (the question,
    the relay after the answer), lost."""
    head = (
        f"{'N':>3} {'direct':>6} {'relay p50/p95':>14} | {'asked':>5} {'answers':>7}"
        f" {'question p50/p95':>17} {'relay p50/p95':>14} {'after answer':>13} |"
        f" {'lost':>4} lines lost"
    )
    log("turns by outcome, ms from the line's end of speech")
    log(head)
    log("-" * len(head))
    for s in steps:
        o = s.get("outcomes")
        if not o:
            continue
        d, a, lost = o["direct"], o["asked"], o["lost"]

        def pair(x: dict[str, Any], width: int) -> str:
            return f"{cell(x['p50_ms'], 0)}/{cell(x['p95_ms'], 0)}".rjust(width)

        log(
            f"{s['n']:>3} {d['turns']:>6} {pair(d, 14)} | {a['turns']:>5} {a['answers']:>7}"
            f" {pair(a['question'], 17)} {pair(a['relay'], 14)}"
            f" {pair(a['relay_after_answer'], 13)} | {lost['turns']:>4}"
            f" {', '.join(lost['lines']) or '-'}"
        )


def plot(steps: list[dict[str, Any]], path: Path, title: str) -> Path | None:
    plt = pyplot()
    if plt is None:
        log("matplotlib is not installed: no PNG (pip install matplotlib, or the bench extra)")
        return None
    ns = [s["n"] for s in steps]

    def series(key: str) -> list[float]:
        values = [s["latency_ms"][key] for s in steps]
        return [math.nan if v is None or math.isinf(v) else v for v in values]

    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))
    left.plot(ns, series("p50"), "o-", label="p50")
    left.plot(ns, series("p95"), "s-", label="p95")
    left.plot(
        ns,
        [s["server_stage_medians_ms"]["total"] or math.nan for s in steps],
        "^--",
        label="server total, median",
    )
    for y, label in ((BAR_P50_MS, "p50 bar"), (BAR_P95_MS, "p95 bar"), (SCALE_P95_MS, "2 s")):
        left.axhline(y, color="grey", linestyle=":", linewidth=1)
        left.annotate(
            label,
            (max(ns) * 1.45, y),
            textcoords="offset points",
            xytext=(0, 2),
            ha="right",
            fontsize=8,
            color="grey",
        )
    left.set_ylim(bottom=0)
    left.set_xscale("log", base=2)
    left.set_xlim(min(ns) / 1.5, max(ns) * 1.5)
    left.set_xticks(ns, [str(n) for n in ns])
    left.set_xlabel("concurrent negotiations (N)")
    left.set_ylabel("end of speech → first reply audio (ms)")
    left.set_title("client latency")
    left.legend(loc="upper left")
    for s in steps:
        if s["premature"] or s["timeouts"]:
            left.annotate(
                f"{s['premature']} cut, {s['timeouts']} t/o",
                (s["n"], s["latency_ms"]["p95"] or 0),
                textcoords="offset points",
                xytext=(-6, 6),
                ha="right",
                fontsize=7,
                color="red",
            )
    parts = ("endpoint", "stt", "understand", "domain", "translate", "tts_first_audio", "delivery")
    bottom = [0.0] * len(steps)
    xs = list(range(len(steps)))
    for part in parts:
        values = [max(0.0, s["server_stage_medians_ms"].get(part) or 0.0) for s in steps]
        right.bar(xs, values, bottom=bottom, label=part)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    right.set_xticks(xs, [str(n) for n in ns])
    right.set_xlabel("concurrent negotiations (N)")
    right.set_ylabel("ms (medians)")
    right.set_title("where the time goes (server stages)")
    right.legend(fontsize=8, loc="upper left")
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def write_outputs(document: dict[str, Any], out: Path) -> None:
    write_json(document, out)
    log(f"wrote {out}")
    params = document["params"]
    title = (
        f"voice turn latency: tiny.en + Piper joe, hangover {params['hangover_ms']} ms, "
        f"{document['machine']['nproc']} CPUs"
    )
    png = plot(document["steps"], out.with_suffix(".png"), title)
    if png is not None:
        log(f"wrote {png}")
