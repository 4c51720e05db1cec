"""Words no engine translates, passed on as they were said (`audio.relayed`): the
listener hears a note in their own language ("The customer said, in English:") and then
the speaker's own voice; typed words are read by a voice of their own language. The page
gets the words in their own script, marked untranslated. Never a transliteration read
out by the listener's voice.

The speaker's process keeps the clip on the room bus (`RoomBus.put_clip`), so the
listener's process, this one or another, streams it after the note."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from audio.codecs import float32_to_pcm16, pcm16_to_float32, resample
from audio.frames import SpeechChunk
from audio.relayed import relay_note
from models import Side
from server.live.events import Say, Translation

if TYPE_CHECKING:
    from server.live.clients import Client
    from server.live.service import LiveService
    from server.live.turns.endpointing import Speaker

log = logging.getLogger("vyaparmitra.live")

CLIP_RATE = 16000
"""Clips are kept at the rate speech to text hears."""
CHUNK_SECONDS = 0.1
"""A relayed clip streams in pieces this long, so that a barge-in cuts it short."""


async def relay_as_said(
    live: LiveService,
    speaker: Speaker,
    text: str,
    listener_language: str,
    *,
    utterance_id: str,
    eos_wall: float,
    stages: dict[str, float],
    end_of_turn: str | None,
    versions: dict[str, dict[str, Any]] | None = None,
    words: dict[str, Any] | None = None,
) -> None:
    """Pass on words that were not translated: the speaker's voice when the turn was
    spoken (its clip kept for the listener's process), their words read in their own
    language when typed. `versions`: the words for the listening side's screens that
    read other languages, and what they are made from (`Translation.versions`,
    `Translation.words`)."""
    client = speaker.client
    room = speaker.room
    audio = speaker.heard_audio.get(utterance_id)
    relay = "words"
    if audio is not None:
        pcm = float32_to_pcm16(resample(audio, speaker.rate, CLIP_RATE))
        try:
            await live.bus.put_clip(room.id, utterance_id, pcm)
            relay = "voice"
        except Exception:  # the bus is down: the words are read out instead
            log.warning("a clip could not be kept; its words are read out", exc_info=True)
    await live.publish(
        room.id,
        Translation(
            side=client.side,
            utterance_id=utterance_id,
            text=text,
            language=client.language,
            untranslated=True,
            versions=versions,
            words=words,
        ),
    )
    await live.publish(
        room.id,
        Say(
            to=Side(client.side).other.value,
            from_=client.side,
            text=relay_note(listener_language, client.side, client.language),
            language=listener_language,
            utterance_id=utterance_id,
            eos_wall=eos_wall,
            stages={k: round(v, 4) for k, v in stages.items()},
            end_of_turn=end_of_turn,
            relay=relay,
            original=text,
            original_language=client.language,
        ),
    )


async def relayed_stream(
    live: LiveService, room_id: int, client: Client, say: Say, note: AsyncIterator[SpeechChunk]
) -> AsyncIterator[SpeechChunk]:
    """The note, then the words as said: the speaker's clip at the listener's rate, or
    their words synthesized in their own language (a clip gone by now is read out too)."""
    index = 0
    try:
        async for chunk in note:
            index = chunk.index + 1
            yield chunk
    finally:
        await note.aclose()  # type: ignore[attr-defined]
    rate = client.output_rate
    pcm = await live.bus.clip(room_id, say.utterance_id) if say.relay == "voice" else None
    if pcm is not None:
        samples = resample(pcm16_to_float32(pcm), CLIP_RATE, rate)
        step = max(1, int(rate * CHUNK_SECONDS))
        for start in range(0, len(samples), step):
            piece = samples[start : start + step]
            final = start + step >= len(samples)
            yield SpeechChunk(float32_to_pcm16(piece), rate, say.original or "", index, final)
            index += 1
        return
    language = say.original_language or say.language
    words = say.original or ""
    if not words.strip():
        return
    stream = live.engines.tts(language).synthesize(words, language=language, sample_rate=rate)
    try:
        async for chunk in stream:
            yield SpeechChunk(chunk.pcm, chunk.sample_rate, chunk.text, index, chunk.final)
            index += 1
    finally:
        await stream.aclose()  # type: ignore[attr-defined]
