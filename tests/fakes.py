"""Hand-written fakes for the live pipeline: a recogniser with scripted transcripts,
timings and failures, a synthesizer that streams silence at a chosen pace, and a client
that keeps what it is sent. With them, turn-taking, confirmation, barge-in and room
behaviour are tested in a fraction of a second, without the real engines."""

from __future__ import annotations

import asyncio
import itertools
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from audio.errors import EngineError, PoolSaturated
from audio.frames import SpeechChunk, Transcript, Utterance
from audio.registry import EngineRegistry
from audio.workers import WorkerPool
from server.live.turns.endpointing import Speaker, TypedWords


@dataclass
class Heard:
    """One scripted decode: the words, the recogniser's confidence, how long it takes,
    or the error it raises instead."""

    text: str = ""
    confidence: float = 0.9
    delay: float = 0.0
    error: Exception | None = None


class FakeSTT:
    """Answers each `transcribe` with the next scripted `Heard` (a plain string is its
    text); an empty script hears nothing.

    `so_far` makes it answer by how much speech it is given instead: the text of the
    last `(seconds, text or Heard)` whose seconds the audio reaches, as a recogniser hears a
    sentence grow (for decodes of speech still going on). With a `pool`, each decode
    holds a worker of that pool for its `delay`, so a busy pool is really busy."""

    name = "fake-stt"

    def __init__(
        self,
        *script: Heard | str,
        so_far: Sequence[tuple[float, str | Heard]] = (),
        pool: WorkerPool | None = None,
    ) -> None:
        self.script: deque[Heard] = deque(h if isinstance(h, Heard) else Heard(h) for h in script)
        self.so_far = sorted(
            ((at, h if isinstance(h, Heard) else Heard(h)) for at, h in so_far),
            key=lambda entry: entry[0],
        )
        self.pool = pool
        self.calls: list[dict[str, Any]] = []

    def say(self, *script: Heard | str) -> None:
        self.script.extend(h if isinstance(h, Heard) else Heard(h) for h in script)

    def supports(self, language: str) -> bool:
        return True

    def _next(self, audio: Any, sample_rate: int) -> Heard:
        if self.so_far:
            seconds = len(audio) / sample_rate
            heard = Heard()
            for at, words in self.so_far:
                if seconds >= at:
                    heard = words
            return heard
        return self.script.popleft() if self.script else Heard()

    async def transcribe(
        self,
        audio: Any,
        *,
        sample_rate: int,
        language: str,
        hints: Sequence[str] = (),
        utterance_id: str | None = None,
        partial: bool = False,
        whole: bool = False,
        still_wanted: Callable[[], bool] | None = None,
    ) -> Transcript:
        heard = self._next(audio, sample_rate)
        if self.pool is not None:
            try:
                await self.pool.run(time.sleep, heard.delay)
            except PoolSaturated:  # refused before it was heard: the words come again
                if not self.so_far:
                    self.script.appendleft(heard)
                raise
        elif heard.delay:
            await asyncio.sleep(heard.delay)
        self.calls.append(
            {
                "language": language,
                "utterance_id": utterance_id,
                "text": heard.text,
                "partial": partial,
                "whole": whole,
                "still_wanted": still_wanted,
            }
        )
        if heard.error is not None:
            raise heard.error
        return Transcript(
            heard.text,
            language,
            self.name,
            confidence=heard.confidence,
            utterance_id=utterance_id,
        )


def hiss(samples: int) -> bytes:
    """Quiet noise as PCM16: unlike silence, a compressed socket cannot squeeze it away."""
    noise = np.random.default_rng(samples).integers(-1000, 1000, samples, dtype=np.int16)
    return noise.astype("<i2").tobytes()


class FakeTTS:
    """Streams `chunks` chunks of quiet noise per text, `chunk_seconds` of audio each,
    `delay` apart (the first after `first_delay`: a synthesis slow to begin); `error` makes
    every synthesis fail, after `fail_after` chunks when given
    (an engine lost mid-sentence). Keeps what it was asked to say."""

    name = "fake-tts"

    def __init__(
        self,
        *,
        chunks: int = 2,
        chunk_seconds: float = 0.02,
        delay: float = 0.0,
        error: EngineError | None = None,
        fail_after: int = 0,
        first_delay: float = 0.0,
    ) -> None:
        self.chunks = chunks
        self.first_delay = first_delay
        self.fail_after = fail_after
        self.chunk_seconds = chunk_seconds
        self.delay = delay
        self.error = error
        self.said: list[tuple[str, str]] = []

    def supports(self, language: str) -> bool:
        return True

    async def synthesize(
        self,
        text: str,
        *,
        language: str,
        sample_rate: int,
        voice: str | None = None,
        rate: float = 1.0,
    ) -> AsyncIterator[SpeechChunk]:
        self.said.append((language, text))
        if self.error is not None and not self.fail_after:
            raise self.error
        pcm = hiss(int(sample_rate * self.chunk_seconds))
        for i in range(self.chunks):
            if self.error is not None and i == self.fail_after:
                raise self.error
            if self.delay:
                await asyncio.sleep(self.delay)
            if i == 0 and self.first_delay:
                await asyncio.sleep(self.first_delay)
            yield SpeechChunk(pcm, sample_rate, text, i, final=i == self.chunks - 1)


class FakeEngines:
    """The engine registry the live service sees, with a fake for speech in, speech out,
    or both (None: the real engine); text translation stays the real (rule-based) one.
    A fake recogniser makes no partial decodes unless asked (`partials`): then it is the
    local engine too, on the registry's recogniser pool."""

    def __init__(
        self,
        real: EngineRegistry,
        stt: FakeSTT | None = None,
        tts: FakeTTS | None = None,
        *,
        partials: bool = False,
    ) -> None:
        self.real = real
        self.stt = stt
        self.fake_tts = tts
        self.partials = partials
        self.stt_pool = real.stt_pool
        self.tts_pool = real.tts_pool
        if stt is not None and partials and stt.pool is None:
            stt.pool = real.stt_pool

    def asr(self, language: str) -> Any:
        return self.stt if self.stt is not None else self.real.asr(language)

    def local_asr(self, language: str) -> Any:
        if self.stt is None:
            return self.real.local_asr(language)
        return self.stt if self.partials else None

    def tts(self, language: str) -> Any:
        return self.fake_tts if self.fake_tts is not None else self.real.tts(language)

    def translation(self, source: str, target: str) -> Any:
        return self.real.translation(source, target)

    async def warm(self, languages: Sequence[str] = ("en", "hi")) -> dict[str, float]:
        return await self.real.warm(languages)

    async def aclose(self) -> None:
        await self.real.aclose()


_conn_ids = itertools.count(1)


@dataclass
class FakeClient:
    """A participant's socket as the live service sees it, keeping what it is sent."""

    side: str
    user_id: int
    language: str
    kind: str = "browser"
    output_rate: int = 16000
    conn_id: str = field(default_factory=lambda: f"fake-{next(_conn_ids)}")
    events: list[dict[str, Any]] = field(default_factory=list)
    audio_bytes: int = 0
    ended: list[tuple[str, bool]] = field(default_factory=list)
    """(utterance id, interrupted) per speech that ended."""
    closed: tuple[int, str] | None = None

    def of(self, kind: str) -> list[dict[str, Any]]:
        return [e for e in self.events if e.get("type") == kind]

    async def send_event(self, payload: dict[str, Any]) -> None:
        self.events.append(payload)

    async def start_audio(self, utterance_id: str, text: str) -> None:
        return None

    async def send_audio(self, pcm16: bytes) -> None:
        self.audio_bytes += len(pcm16)

    async def end_audio(self, utterance_id: str, *, interrupted: bool) -> None:
        self.ended.append((utterance_id, interrupted))

    async def close(self, code: int, reason: str, last: dict[str, Any] | None = None) -> None:
        self.closed = (code, reason)
        if last is not None:
            self.events.append(last)


def utterance(seconds: float = 0.5) -> Utterance:
    """An utterance as the endpointer cuts it (its audio is silence: the fake STT hears
    whatever it is scripted to)."""
    now = time.monotonic()
    samples = int(16000 * seconds)
    return Utterance(
        id=uuid.uuid4().hex[:12],
        audio=np.zeros(samples, dtype=np.float32),
        sample_rate=16000,
        start_sample=0,
        end_sample=samples,
        speech_started_at=now - seconds,
        ended_at=now,
    )


class Clock:
    """A monotonic clock a test moves on by hand."""

    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now


@dataclass
class Party:
    """One side of a live room under test: its fake socket and its speaker."""

    client: FakeClient
    speaker: Speaker

    def say(self) -> None:
        """One utterance ends; the fake recogniser hears its next scripted words."""
        self.speaker.turns.put_nowait(utterance())

    def type(self, text: str, expected_seq: int | None = None) -> None:
        self.speaker.turns.put_nowait(TypedWords(text, expected_seq))


async def seat_parties(live: Any, negotiation_id: int, market: dict[str, Any]) -> list[Party]:
    """The customer and the vendor of `market` in negotiation `negotiation_id`'s room, each
    on a fake 16 kHz browser socket speaking English: [customer, vendor]."""
    from audio.registry import _prepare_understanding
    from models import Role
    from server.domain.context import Actor

    # A served app builds understanding's tables before it takes a call (`warm_engines`);
    # the tests start cold, and the first turn of a process would build them within a
    # test's few-second wait (seconds on a loaded machine): built here, once a process.
    await asyncio.to_thread(_prepare_understanding)
    info = await live.load_room(negotiation_id)
    assert info is not None
    parties = []
    for side, role, user in (
        ("customer", Role.CUSTOMER, market["customer"]["user"]),
        ("vendor", Role.VENDOR, market["vendor"]["user"]),
    ):
        client = FakeClient(side, user["id"], "en")
        local = await live.join(info, client, voice=None, rate=1.0)
        actor = Actor(user["id"], role, request_id=None, ip=None)
        parties.append(Party(client, Speaker(live, local, client, actor, 16000)))
    return parties
