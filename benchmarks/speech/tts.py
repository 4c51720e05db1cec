"""Piper and espeak-ng: load, first-chunk latency and real-time factor."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from audio.workers import WorkerPool
from benchmarks.engines_data import (
    TTS_REPLIES,
)
from benchmarks.lib.stats import median, percentile, rounded
from benchmarks.speech.corpus import SAMPLE_RATE


@dataclass(frozen=True)
class TtsConfig:
    label: str
    engine: str
    language: str
    threads: int | None = None


def tts_configs() -> list[TtsConfig]:
    return [
        TtsConfig("piper joe t2", "piper", "en", 2),
        TtsConfig("piper joe t1", "piper", "en", 1),
        TtsConfig("espeak-ng en", "espeak", "en"),
        TtsConfig("espeak-ng hi", "espeak", "hi"),
    ]


async def speak_timed(engine: Any, text: str, language: str) -> dict[str, float]:
    """First-chunk latency, total synthesis time and audio seconds for one reply."""
    started = time.perf_counter()
    first: float | None = None
    samples = 0
    async for chunk in engine.synthesize(text, language=language, sample_rate=SAMPLE_RATE):
        if first is None:
            first = time.perf_counter() - started
        samples += len(chunk.pcm) // 2
    total = time.perf_counter() - started
    audio_s = samples / SAMPLE_RATE
    return {
        "first_chunk_s": round(first or total, 4),
        "total_s": round(total, 4),
        "audio_s": round(audio_s, 3),
        "rtf": round(total / audio_s, 4) if audio_s else math.nan,
    }


async def run_tts(
    configs: Sequence[TtsConfig], repeats: int, log: Callable[[str], None]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Load each TTS engine cold (timed), warm it, then speak the replies round-robin."""
    from audio.providers.espeak_tts import EspeakTTS
    from audio.providers.piper_tts import PiperTTS
    from audio.voices import VoiceRegistry

    pools = []
    engines: dict[str, Any] = {}
    loads = []
    try:
        for config in configs:
            pool = WorkerPool(f"tts-{config.label}", workers=1, queue=4)
            pools.append(pool)
            if config.engine == "piper":
                assert config.threads is not None
                engine: Any = PiperTTS(VoiceRegistry.discover(), pool=pool, threads=config.threads)
            else:
                engine = EspeakTTS(pool=pool)
                if not engine.available:
                    log(f"  skipped {config.label}: espeak-ng is not installed")
                    continue
            started = time.perf_counter()
            await engine.warm([config.language])  # Piper: loads the voice; espeak: one run
            load = time.perf_counter() - started
            voice_load = getattr(engine, "load_seconds", {})
            loads.append(
                {
                    "config": config.label,
                    "load_s": round(load, 4),
                    "model_load_s": rounded(sum(voice_load.values()) if voice_load else None, 4),
                }
            )
            engines[config.label] = engine
            # One whole reply as warm-up, so the timed runs see steady state.
            await speak_timed(engine, TTS_REPLIES[config.language][0], config.language)
            log(f"  loaded {config.label:<16} {load:6.2f} s")
        rows = []
        live = [c for c in configs if c.label in engines]
        for repeat in range(repeats):
            for reply_index in range(len(TTS_REPLIES["en"])):
                shift = (repeat + reply_index) % len(live)
                for config in live[shift:] + live[:shift]:
                    text = TTS_REPLIES[config.language][reply_index]
                    timing = await speak_timed(engines[config.label], text, config.language)
                    rows.append(
                        {"config": config.label, "reply": reply_index, "repeat": repeat, **timing}
                    )
        return loads, rows
    finally:
        for pool in pools:
            pool.shutdown()


def summarize_tts(
    configs: Sequence[TtsConfig], loads: Sequence[dict[str, Any]], rows: Sequence[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Per TTS engine: load, first-chunk and RTF medians; Piper t1 also paired with t2
    (same reply and repeat, run back to back)."""
    load_by = {item["config"]: item for item in loads}
    first = {(r["config"], r["reply"], r["repeat"]): r["first_chunk_s"] for r in rows}
    out = []
    for config in configs:
        if config.label not in load_by:
            continue
        mine = [r for r in rows if r["config"] == config.label]
        baseline = "piper joe t2" if config.engine == "piper" else None
        pairs = [
            (r["first_chunk_s"], first[(baseline, r["reply"], r["repeat"])])
            for r in mine
            if baseline
            and baseline != config.label
            and (baseline, r["reply"], r["repeat"]) in first
        ]
        out.append(
            {
                "config": config.label,
                "language": config.language,
                "threads": config.threads,
                "load_s": load_by[config.label]["load_s"],
                "model_load_s": load_by[config.label]["model_load_s"],
                "n": len(mine),
                "median_first_chunk_s": rounded(median(r["first_chunk_s"] for r in mine), 4),
                "p90_first_chunk_s": rounded(percentile((r["first_chunk_s"] for r in mine), 90), 4),
                "median_rtf": rounded(median(r["rtf"] for r in mine), 4),
                "median_total_s": rounded(median(r["total_s"] for r in mine), 4),
                "paired_first_chunk_ratio_vs_t2": rounded(median(a / b for a, b in pairs), 3),
                "first_chunk_by_reply_s": {
                    str(i): rounded(median(r["first_chunk_s"] for r in mine if r["reply"] == i), 4)
                    for i in sorted({r["reply"] for r in mine})
                },
            }
        )
    return out
