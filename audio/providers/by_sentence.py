"""The synthesis loop the local text-to-speech engines share: one worker job per sentence.

The reply is split into sentences (the first cut short at its lead phrase) and each is
one job in the worker pool, so the first chunk leaves after one short phrase's worth of
synthesis, and a consumer that stops iterating (barge-in) stops synthesis at the next
sentence boundary: closing the generator submits no further jobs, and a sentence already
running in a worker finishes there and is dropped. An engine supplies only `render`, one
sentence in, PCM16LE at the requested rate out, run in a worker thread.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncGenerator, Callable

from audio.frames import SpeechChunk
from audio.sentences import split_sentences
from audio.workers import WorkerPool

log = logging.getLogger("vyaparmitra.audio")

MIN_RATE, MAX_RATE = 0.25, 4.0
"""The `rate` range every local engine accepts; beyond it VITS durations turn to mush."""


def check_request(sample_rate: int, rate: float) -> None:
    """Refuse a sample rate or speaking rate no engine can honour (`ValueError`)."""
    if sample_rate <= 0:
        raise ValueError(f"sample_rate must be positive, got {sample_rate}")
    if not MIN_RATE <= rate <= MAX_RATE:
        raise ValueError(f"rate must be between {MIN_RATE} and {MAX_RATE}, got {rate}")


async def synthesize_by_sentence(
    text: str,
    render: Callable[[str], bytes],
    *,
    pool: WorkerPool,
    sample_rate: int,
    provider: str,
    voice: str,
) -> AsyncGenerator[SpeechChunk, None]:
    """Yield one PCM16 chunk per sentence of `text` at `sample_rate`, each when ready.

    The last chunk has `final=True` (it may be empty if the last sentence made no
    sound); other sentences that made no sound are skipped. `provider` and `voice` only
    label the log.
    """
    sentences = split_sentences(text, lead_phrase=True)
    index = 0
    for number, sentence in enumerate(sentences):
        final = number == len(sentences) - 1
        pcm, queued, ran = await pool.run_timed(render, sentence)
        log.debug(
            "%s sentence ready",
            provider,
            extra={
                "provider": provider,
                "voice": voice,
                "sentence": number,
                "queue_s": round(queued, 4),
                "synth_s": round(ran, 4),
                "audio_s": round(len(pcm) / 2 / sample_rate, 3),
            },
        )
        if pcm or final:
            yield SpeechChunk(
                pcm=pcm, sample_rate=sample_rate, text=sentence, index=index, final=final
            )
            index += 1
