"""Each line decoded offline, as the server's recogniser would read the same audio whole:
the side's frames as the server hears them (μ-law and 8 kHz for the phone), with the
noise floor before and after, the same model and the same prompt (the product's name),
one decode per line after the run. A live turn whose price differs from this reading
lost something on the live path (a clipped start, a decode of part of the line); one
that reads the same was misheard by the recogniser itself."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks.turns.clips import Clip, as_server_hears

PRODUCT = {"en": "Tomato", "hi": "टमाटर"}
"""The benchmark's product name per language: the server prompts its recogniser with it."""


async def decode_lines(
    clips: dict[str, Clip], silence: tuple[list[bytes], list[str]], languages: Sequence[str]
) -> dict[str, dict[str, Any]]:
    """Line id → {"text", "confidence", "price"} for the lines in `languages`."""
    from audio.models import ModelRegistry
    from audio.providers.whisper_stt import DecodeOptions, FasterWhisperSTT
    from audio.understanding import understand
    from audio.workers import WorkerPool
    from server.settings import Settings

    settings = Settings()
    pool = WorkerPool("bench-offline", workers=1, queue=4)
    engines: dict[str, FasterWhisperSTT] = {}
    scratch = tempfile.mkdtemp(prefix="bench-models-")
    out: dict[str, dict[str, Any]] = {}
    for line_id, clip in clips.items():
        language = clip.line.language
        if language not in languages:
            continue
        if language not in engines:
            name = settings.whisper_model_en if language == "en" else settings.whisper_model
            registry = ModelRegistry(Path(scratch)) if name == "base" else ModelRegistry()
            path = registry.prepare(name) if name == "base" else registry.resolve(name)
            engines[language] = FasterWhisperSTT(
                path,
                pool=pool,
                name=name,
                multilingual=registry.info(name).multilingual,
                # Every unsure short decode read again on the full window: the reference
                # the live path's cheaper rule is checked against, not that rule itself.
                options=DecodeOptions(full_window_for_prices_only=False),
            )
        side = clip.line.side
        quiet = silence[0] if side == "customer" else silence[1]
        frames = clip.browser_frames if side == "customer" else clip.phone_frames
        audio = np.asarray(as_server_hears([*quiet[:15], *frames, *quiet[:15]], side))
        heard = await engines[language].transcribe(
            audio, sample_rate=16000, language=language, hints=[PRODUCT[language]]
        )
        out[line_id] = {
            "text": heard.text,
            "confidence": round(heard.confidence, 3),
            "price": understand(heard.text, language=language).amount_paise,
        }
    return out


def compare(rows: list[dict[str, Any]], offline: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """Per row, `offline` (the line's offline reading) and `price_as_offline` (the price
    read from the live transcript is the one read offline); and the count per step. A
    turn that came back with no words (the speaker's own screen saw no transcript of the
    line) is `not_seen`, not compared."""
    from audio.understanding import understand

    same = 0
    differ: list[str] = []
    unseen = 0
    for row in rows:
        reading = offline.get(row["line"])
        if reading is None:
            continue
        if not row["heard"]:  # no words came back
            unseen += 1
            row["offline"] = reading
            continue
        row["offline"] = reading
        live = understand(" ".join(row["heard"]), language=row["language"]).amount_paise
        row["price_as_offline"] = live == reading["price"]
        if row["price_as_offline"]:
            same += 1
        else:
            differ.append(row["line"])
    return {
        "price_as_offline": same,
        "compared": same + len(differ),
        "differ": differ,
        "not_seen": unseen,
    }
