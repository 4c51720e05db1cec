"""A decode of a speaker's audio, logged with what it cost: one "stt decode" line per
decode (who asked, for what, the audio, the queue, each recogniser pass and what made it
run), the trace that says where a turn's speech-to-text time goes."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Coroutine
from typing import Any

from audio.frames import Transcript
from audio.vad import SpeechMark

log = logging.getLogger("vyaparmitra.live")


async def traced(
    decode: Coroutine[Any, Any, Transcript], *, side: str, purpose: str, mark: SpeechMark | None
) -> Transcript:
    """Await a decode and log what it cost: one line per decode ("stt decode"), with
    each pass of the recogniser and what made it run."""
    started = time.monotonic()
    transcript = await decode
    log_decode(transcript, side=side, purpose=purpose, started=started, mark=mark)
    return transcript


def log_decode(
    transcript: Transcript,
    *,
    side: str,
    purpose: str,
    started: float,
    mark: SpeechMark | None = None,
    utterance_id: str | None = None,
) -> None:
    log.info(
        "stt decode",
        extra={
            "side": side,
            "purpose": purpose,
            "utterance_id": utterance_id,
            "mark": None if mark is None else [mark.utterance, mark.end_sample],
            "started": round(started, 4),
            "finished": round(time.monotonic(), 4),
            "audio_s": transcript.timings.get("audio"),
            "queue_s": round(transcript.timings.get("queue", 0.0), 4),
            "confidence": round(transcript.confidence, 3),
            "language": transcript.language,
            "text": transcript.text,
            "steps": [
                {
                    "kind": s.kind,
                    "why": s.why,
                    "audio_s": s.audio_s,
                    "cpu_ms": round(s.cpu_s * 1000, 1),
                    "wall_ms": round(s.wall_s * 1000, 1),
                    "text": s.text,
                    "confidence": s.confidence,
                }
                for s in transcript.steps
            ],
        },
    )


def decoded(task: asyncio.Task[Transcript]) -> Transcript | None:
    """A finished decode's transcript, or None if it failed or was cancelled."""
    if task.cancelled() or task.exception() is not None:
        return None
    return task.result()
