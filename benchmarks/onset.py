"""How late the VAD notices speech, per leg: the pre-roll must cover it.

Lines of this file's own (espeak-ng in English and Hindi, Piper in English) are framed as
each leg sends them (browser: PCM16 16 kHz, phone: μ-law 8 kHz, 20 ms a frame) and pushed
through the server's endpointer frame by frame, as `Speaker` does. For each, the onset
latency is the time from the first audible sample of the line to the first window the VAD
counts as speech; audio kept before that (`pre_roll_ms`) must be at least as long, or the
first syllable is clipped ("Thirty eight" → "eight"). `--stt` also decodes the live
utterance and the whole clip (after the same μ-law round trip) with Whisper and compares.

    python -m benchmarks.onset [--stt] [--pre-roll-ms N]
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from audio.codecs import StreamResampler, pcm16_to_float32, resample
from audio.frames import Float32Array, Utterance
from audio.vad import Endpointer, EndpointerConfig, SileroVAD, UtteranceEnded
from benchmarks.lib import machine
from benchmarks.lib.output import log, write_json
from benchmarks.lib.stats import median, percentile

LINES: list[tuple[str, str, str]] = [
    # (engine, language, text): lines of this benchmark only, none from turn_latency
    ("espeak", "en", "Thirty eight rupees a kilo, last price."),
    ("espeak", "en", "Fifty two for the brinjals, okay?"),
    ("espeak", "en", "For you, sixty rupees only."),
    ("espeak", "en", "Seventy five, no less."),
    ("espeak", "en", "Hundred and twenty for two kilos."),
    ("espeak", "hi", "अड़तीस रुपये किलो"),
    ("espeak", "hi", "साठ रुपये दूंगा"),
    ("espeak", "hi", "पचहत्तर से कम नहीं"),
    ("espeak", "hi", "सौ रुपये में दो किलो"),
    ("piper", "en", "Thirty six rupees a kilo."),
    ("piper", "en", "Sixty six, take it or leave it."),
    ("piper", "en", "Forty four for the okra."),
    ("piper", "en", "Thirteen rupees each."),
]
LEAD_S = 0.6
TAIL_S = 1.0
ONSET_THRESHOLD = 0.004
"""A sample above this (about −48 dBFS) is audible: the start of the line."""


def espeak_say(text: str, language: str) -> Float32Array:
    from tests.audio_helpers import espeak

    return np.asarray(espeak(text, "en-us" if language == "en" else language), np.float32)


async def piper_say(text: str) -> Float32Array:
    from audio.providers.piper_tts import PiperTTS
    from audio.voices import VoiceRegistry
    from audio.workers import WorkerPool

    tts = PiperTTS(VoiceRegistry.discover(None), pool=WorkerPool("onset", workers=1, queue=4))
    pcm = b"".join([c.pcm async for c in tts.synthesize(text, language="en", sample_rate=16000)])
    return pcm16_to_float32(pcm)


def speech_only(x: Float32Array) -> Float32Array:
    loud = np.nonzero(np.abs(x) > ONSET_THRESHOLD)[0]
    return x[loud[0] : loud[-1] + 1] if loud.size else x


@dataclass
class Heard:
    onset_latency_ms: float
    """First audible sample → first VAD speech window (stream time)."""
    clipped_ms: float
    """Audible speech missing from the start of the utterance the endpointer cut."""
    utterances: int
    audio: Float32Array
    rate: int


def leg_audio(clip16: Float32Array, leg: str) -> tuple[Float32Array, int]:
    """The whole line as the server receives it on `leg`, at the leg's rate."""
    from audio.codecs import float32_to_pcm16, pcm16_to_ulaw, ulaw_to_pcm16

    if leg == "browser":
        return pcm16_to_float32(float32_to_pcm16(clip16)), 16000
    x8 = resample(clip16, 16000, 8000)
    return pcm16_to_float32(ulaw_to_pcm16(pcm16_to_ulaw(float32_to_pcm16(x8)))), 8000


def hear(
    vads: dict[int, SileroVAD], config: EndpointerConfig, x: Float32Array, rate: int, onset_s: float
) -> Heard:
    """Push `x` (at the leg's rate) through the live path 20 ms at a time, as `Speaker`
    does: natively where a VAD runs at the leg's rate, else resampled to 16 kHz."""
    vad = vads.get(rate) or vads[16000]
    endpointer = Endpointer(vad, config)
    resampler = StreamResampler(rate, endpointer.rate)
    onset = int(onset_s * endpointer.rate)
    step = rate // 50
    ended: list[Utterance] = []
    events = []
    for i in range(0, len(x), step):
        events.extend(endpointer.push(resampler.process(x[i : i + step]), now=i / rate))
    events.extend(endpointer.flush(now=len(x) / rate))
    ended = [e.utterance for e in events if isinstance(e, UtteranceEnded)]
    if not ended:
        return Heard(float("inf"), float("inf"), 0, np.zeros(0, np.float32), 16000)
    u = ended[0]
    kept_from = u.end_sample - len(u.audio)
    return Heard(
        onset_latency_ms=(u.start_sample - onset) * 1000 / endpointer.rate,
        clipped_ms=max(0, kept_from - onset) * 1000 / endpointer.rate,
        utterances=len(ended),
        audio=u.audio,
        rate=u.sample_rate,
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stt", action="store_true", help="also compare live vs offline STT")
    parser.add_argument("--pre-roll-ms", type=int, default=None)
    parser.add_argument(
        "--upsampled", action="store_true", help="phone leg through the 16 kHz VAD, upsampled"
    )
    parser.add_argument(
        "--noise-db", type=float, default=-50.0, help="background noise level (dBFS RMS)"
    )
    parser.add_argument("--offsets", type=int, default=4, help="placements per line (10 ms apart)")
    parser.add_argument("--out", type=Path, default=Path("benchmarks/results/onset.json"))
    args = parser.parse_args()
    log(f"machine load (1/5/15 min): {machine.load_average()}; cpu: {machine.cpu_model()}")
    config = EndpointerConfig()
    if args.pre_roll_ms is not None:
        config = replace(config, pre_roll_ms=args.pre_roll_ms)
    vads = {16000: SileroVAD()}
    narrow = None if args.upsampled else SileroVAD.narrowband()
    if narrow is not None:
        vads[8000] = narrow
    log(f"phone leg VAD: {'8 kHz native' if narrow else '16 kHz, upsampled'}")
    stt: dict[str, Any] = {}
    if args.stt:
        from audio.models import ModelRegistry
        from audio.providers.whisper_stt import FasterWhisperSTT
        from audio.workers import WorkerPool

        pool = WorkerPool("onset-stt", workers=1, queue=8)
        registry = ModelRegistry()
        stt["en"] = FasterWhisperSTT(registry.resolve("tiny.en"), pool=pool, multilingual=False)
        # `base` ships as two packaged halves: joined once, here into a throwaway folder.
        scratch = tempfile.mkdtemp(prefix="onset-models-")
        base = ModelRegistry(Path(scratch)).prepare("base")
        stt["hi"] = FasterWhisperSTT(base, pool=pool, name="base")
    rows: list[dict[str, Any]] = []
    rng = np.random.default_rng(7)
    for engine, language, text in LINES:
        said = espeak_say(text, language) if engine == "espeak" else await piper_say(text)
        said = speech_only(said)
        for offset in range(args.offsets):
            lead = LEAD_S + offset * 0.01
            clip = np.concatenate([np.zeros(int(lead * 16000), np.float32), said])
            clip = np.concatenate([clip, np.zeros(int(TAIL_S * 16000), np.float32)])
            noise = rng.standard_normal(len(clip)).astype(np.float32) * 10 ** (args.noise_db / 20)
            clip = clip + noise
            for leg in ("browser", "phone"):
                x, rate = leg_audio(clip, leg)
                heard = hear(vads, config, x, rate, lead)
                row: dict[str, Any] = {
                    "engine": engine,
                    "language": language,
                    "text": text,
                    "leg": leg,
                    "onset_latency_ms": round(heard.onset_latency_ms, 1),
                    "clipped_ms": round(heard.clipped_ms, 1),
                    "utterances": heard.utterances,
                }
                if stt:
                    engine_ = stt[language]
                    whole = resample(x, rate, 16000)
                    live = await engine_.transcribe(
                        resample(heard.audio, heard.rate, 16000),
                        sample_rate=16000,
                        language=language,
                    )
                    offline = await engine_.transcribe(whole, sample_rate=16000, language=language)
                    row["live"] = live.text
                    row["offline"] = offline.text
                    row["same"] = live.text.strip() == offline.text.strip()
                rows.append(row)
                log(
                    f"{leg:7} {engine:6} {language} {row['onset_latency_ms']:6.0f} ms late "
                    f"{row['clipped_ms']:5.0f} ms clipped  {text}"
                    + (
                        f"\n        live: {row['live']!r}\n     offline: {row['offline']!r}"
                        if stt
                        else ""
                    )
                )
    summary = {}
    for leg in ("browser", "phone"):
        late = [r["onset_latency_ms"] for r in rows if r["leg"] == leg]
        summary[leg] = {
            "onset_latency_ms": {
                "median": median(late),
                "p95": percentile(late, 95),
                "max": max(late),
            },
            "clipped_lines": sum(1 for r in rows if r["leg"] == leg and r["clipped_ms"] > 0),
            "lines": len(late),
        }
        if stt:
            summary[leg]["live_equals_offline"] = sum(
                1 for r in rows if r["leg"] == leg and r["same"]
            )
        log(f"{leg}: {summary[leg]}")
    write_json(
        {
            "revision": machine.revision(),
            "load_average": machine.load_average(),
            "pre_roll_ms": config.pre_roll_ms,
            "phone_vad_hz": 8000 if narrow else 16000,
            "summary": summary,
            "rows": rows,
            "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        },
        args.out,
    )
    log(f"written: {args.out}")


if __name__ == "__main__":
    asyncio.run(main())
