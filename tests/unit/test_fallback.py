"""Fallback chains: one set of rules for every task, with a cooldown for a failing provider."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

import numpy as np
import pytest

from audio.acts import NegotiationAct
from audio.errors import (
    AudioFormatError,
    EngineError,
    EngineTimeout,
    EngineUnavailable,
    PoolSaturated,
)
from audio.fallback import (
    Fallback,
    FallbackASR,
    FallbackMT,
    FallbackTransliteration,
    FallbackTTS,
    ProviderHealth,
)
from audio.frames import Float32Array, SpeechChunk, Transcript, Translation

Outcome = Exception | None
"""What a fake does on one call: raise the exception, or answer (None)."""


class FakeEngine:
    """One provider for all four tasks, answering with its name or failing as scripted."""

    def __init__(
        self,
        name: str,
        *script: Outcome,
        languages: Sequence[str] = ("hi",),
        stall: float = 0.0,
        over_network: bool = False,
    ) -> None:
        self.name = name
        self.script = list(script)
        self.languages = set(languages)
        self.calls = 0
        self.chunks_before_failing = 0
        """For speech: how many chunks go out before a scripted failure."""
        self.stall = stall
        """Seconds each call takes before it answers (speech: before its first chunk)."""
        self.pause_between_chunks = 0.0
        self.over_network = over_network
        self.asked = 0
        """Calls begun, answered or not."""

    async def _outcome(self) -> None:
        self.calls += 1
        self.asked += 1
        if self.stall:
            await asyncio.sleep(self.stall)
        outcome = self.script.pop(0) if self.script else None
        if outcome is not None:
            raise outcome

    def supports(self, language: str, target: str | None = None) -> bool:
        return language in self.languages

    async def transcribe(
        self,
        audio: Float32Array,
        *,
        sample_rate: int,
        language: str,
        hints: Sequence[str] = (),
        utterance_id: str | None = None,
    ) -> Transcript:
        await self._outcome()
        return Transcript(self.name, language, self.name)

    async def translate(
        self, text: str, *, source: str, target: str, act: NegotiationAct | None = None
    ) -> Translation:
        await self._outcome()
        return Translation(self.name, source, target, self.name)

    async def transliterate(self, text: str, *, source: str, target: str) -> str:
        await self._outcome()
        return self.name

    async def synthesize(
        self,
        text: str,
        *,
        language: str,
        sample_rate: int,
        voice: str | None = None,
        rate: float = 1.0,
    ) -> AsyncIterator[SpeechChunk]:
        if self.stall:
            self.asked += 1
            await asyncio.sleep(self.stall)
        for index in range(self.chunks_before_failing):
            yield SpeechChunk(self.name.encode(), sample_rate, text, index)
            await asyncio.sleep(self.pause_between_chunks)
        self.stall = 0.0
        await self._outcome()
        yield SpeechChunk(self.name.encode(), sample_rate, text, 0, final=True)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def _asr(chain: Any) -> str:
    audio = np.zeros(1600, dtype=np.float32)
    result = await chain.transcribe(audio, sample_rate=16000, language="hi")
    return str(result.provider)


async def _mt(chain: Any) -> str:
    return str((await chain.translate("namaste", source="hi", target="en")).provider)


async def _translit(chain: Any) -> str:
    return str(await chain.transliterate("namaste", source="hi", target="en"))


async def _tts(chain: Any) -> str:
    chunks = [c async for c in chain.synthesize("namaste", language="hi", sample_rate=16000)]
    return str(chunks[-1].pcm.decode())


KINDS: dict[str, tuple[type[Fallback[Any]], Callable[[Any], Awaitable[str]]]] = {
    "asr": (FallbackASR, _asr),
    "translation": (FallbackMT, _mt),
    "transliteration": (FallbackTransliteration, _translit),
    "tts": (FallbackTTS, _tts),
}


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture(params=sorted(KINDS))
def kind(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def chain_of(
    kind: str, clock: Clock, *engines: FakeEngine, cooldown: float = 30.0, wait: float = 0.0
) -> tuple[Any, Callable[[Any], Awaitable[str]]]:
    adapter, call = KINDS[kind]
    health = ProviderHealth(cooldown=cooldown, clock=clock)
    return adapter(engines, health=health, wait=wait), call


async def test_the_first_provider_that_supports_the_language_answers(
    kind: str, clock: Clock
) -> None:
    elsewhere = FakeEngine("elsewhere", languages=("ta",))
    first, second = FakeEngine("first"), FakeEngine("second")
    chain, call = chain_of(kind, clock, elsewhere, first, second)
    assert chain.name == "fallback(elsewhere,first,second)"
    assert await call(chain) == "first"
    assert (elsewhere.calls, first.calls, second.calls) == (0, 1, 0)


async def test_an_outage_moves_on_and_rests_the_provider_until_the_cooldown_ends(
    kind: str, clock: Clock
) -> None:
    flaky = FakeEngine("flaky", EngineTimeout("slow", provider="flaky"))
    steady = FakeEngine("steady")
    chain, call = chain_of(kind, clock, flaky, steady)
    assert await call(chain) == "steady"
    # Resting: the next turn goes straight to the provider that works.
    clock.now += 29.0
    assert await call(chain) == "steady"
    assert flaky.calls == 1
    # The cooldown is over: back in its place at the front of the line.
    clock.now += 1.0
    assert await call(chain) == "flaky"
    assert (flaky.calls, steady.calls) == (2, 2)


async def test_a_resting_provider_is_the_last_resort_and_a_success_ends_its_rest(
    kind: str, clock: Clock
) -> None:
    flaky = FakeEngine("flaky", EngineError("HTTP 503", retryable=True, provider="flaky"))
    steady = FakeEngine("steady", None, EngineTimeout("slow", provider="steady"))
    chain, call = chain_of(kind, clock, flaky, steady)
    assert await call(chain) == "steady"
    # Now the healthy one fails too: the resting one is still tried rather than give up.
    assert await call(chain) == "flaky"
    assert [flaky.calls, steady.calls] == [2, 2]
    # flaky answered, so it is back in front; steady rests.
    assert await call(chain) == "flaky"
    assert steady.calls == 2


async def test_refused_credentials_rest_the_provider(kind: str, clock: Clock) -> None:
    refused = FakeEngine("remote", EngineUnavailable("HTTP 401", provider="remote"))
    local = FakeEngine("local")
    chain, call = chain_of(kind, clock, refused, local)
    assert await call(chain) == "local"
    assert await call(chain) == "local"
    assert refused.calls == 1


async def test_a_failure_on_this_request_moves_on_without_resting(kind: str, clock: Clock) -> None:
    picky = FakeEngine("picky", EngineError("HTTP 400", retryable=False, provider="picky"))
    other = FakeEngine("other")
    chain, call = chain_of(kind, clock, picky, other)
    assert await call(chain) == "other"
    assert await call(chain) == "picky"  # nothing wrong with the provider itself


async def test_input_that_is_wrong_for_everyone_stops_the_chain(kind: str, clock: Clock) -> None:
    for bad in (AudioFormatError("not a WAV"), ValueError("sample_rate must be positive")):
        first = FakeEngine("first", bad)
        second = FakeEngine("second")
        chain, call = chain_of(kind, clock, first, second)
        with pytest.raises(type(bad)):
            await call(chain)
        assert second.calls == 0
        assert await call(chain) == "first"  # and nobody was rested for it


async def test_every_provider_failing_is_one_clear_error(kind: str, clock: Clock) -> None:
    first = FakeEngine("first", EngineTimeout("took 5s", provider="first"))
    second = FakeEngine("second", EngineError("HTTP 400", retryable=False, provider="second"))
    chain, call = chain_of(kind, clock, first, second)
    with pytest.raises(EngineError) as raised:
        await call(chain)
    error = raised.value
    assert type(error) is EngineError
    assert f"every provider failed for {kind}:" in error.message
    assert "first: took 5s" in error.message and "second: HTTP 400" in error.message
    assert error.retryable  # one of them may answer next time
    assert error.provider == "second"


async def test_every_provider_busy_says_busy(kind: str, clock: Clock) -> None:
    busy = [FakeEngine(n, PoolSaturated(f"{n} is busy", provider=n)) for n in ("a", "b")]
    chain, call = chain_of(kind, clock, *busy)
    with pytest.raises(PoolSaturated, match="b is busy"):
        await call(chain)
    assert await call(chain) == "a"  # busy is not broken: nobody rests


async def test_no_provider_for_the_language_is_unavailable(kind: str, clock: Clock) -> None:
    chain, call = chain_of(kind, clock, FakeEngine("tamil-only", languages=("ta",)))
    with pytest.raises(EngineUnavailable, match="no provider configured"):
        await call(chain)


async def test_chains_that_share_a_health_record_share_rests(clock: Clock) -> None:
    health = ProviderHealth(cooldown=10, clock=clock)
    flaky = FakeEngine("flaky", EngineTimeout("slow", provider="flaky"))
    steady = FakeEngine("steady")
    assert await _asr(FallbackASR([flaky, steady], health=health)) == "steady"
    assert await _asr(FallbackASR([flaky, steady], health=health)) == "steady"
    assert flaky.calls == 1
    # Rests are per task: the same provider still speaks.
    assert await _tts(FallbackTTS([flaky, steady], health=health)) == "flaky"


async def test_speech_fails_over_only_before_the_first_chunk(clock: Clock) -> None:
    broken = FakeEngine("broken", EngineTimeout("dropped", provider="broken"))
    broken.chunks_before_failing = 1
    steady = FakeEngine("steady")
    chain, _ = chain_of("tts", clock, broken, steady)
    heard: list[bytes] = []

    async def listen() -> None:
        async for chunk in chain.synthesize("namaste", language="hi", sample_rate=16000):
            heard.append(chunk.pcm)

    with pytest.raises(EngineTimeout):
        await listen()
    assert heard == [b"broken"] and steady.calls == 0
    # The outage still rests it: the next reply starts with the other voice.
    assert await _tts(chain) == "steady"


def test_a_negative_cooldown_is_refused() -> None:
    with pytest.raises(ValueError, match="cooldown"):
        ProviderHealth(cooldown=-1)


async def test_a_slow_provider_across_the_network_gives_way_to_the_next(
    kind: str, clock: Clock, caplog: pytest.LogCaptureFixture
) -> None:
    slow = FakeEngine("bhashini", stall=30, over_network=True)
    local = FakeEngine("local")
    chain, call = chain_of(kind, clock, slow, local, wait=0.1)
    started = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="vyaparmitra.audio"):
        assert await call(chain) == "local"
    assert time.monotonic() - started < 10  # the wait, not the provider's 30 s
    warned = [r for r in caplog.records if r.getMessage() == f"{kind} provider failed"]
    assert warned and "no answer within 0.1 s" in warned[0].__dict__["reason"]
    # It rests: the next request goes to the other provider at once.
    assert chain.health.resting("bhashini")
    assert await call(chain) == "local" and slow.asked == 1


async def test_a_provider_across_the_network_rests_for_every_task_at_once(clock: Clock) -> None:
    # One service: once its speech recognition has timed out, its translation and voice
    # are not waited for either (a turn would otherwise pay the wait once per task).
    health = ProviderHealth(clock=clock)
    slow = FakeEngine("bhashini", stall=30, over_network=True)
    asr = FallbackASR([slow, FakeEngine("whisper")], health=health, wait=0.05)
    mt = FallbackMT([slow, FakeEngine("phrasebook")], health=health, wait=0.05)
    tts = FallbackTTS([slow, FakeEngine("piper")], health=health, wait=0.05)
    assert await _asr(asr) == "whisper"
    assert (await _mt(mt), await _tts(tts)) == ("phrasebook", "piper") and slow.asked == 1
    # A local engine failing rests only its own task.
    broken = FakeEngine("piper", EngineTimeout("down", provider="piper"))
    tts_only = FallbackTTS([broken, FakeEngine("espeak")], health=health)
    assert await _tts(tts_only) == "espeak"
    assert health.resting("tts:piper") and not health.resting("piper")


async def test_the_last_provider_of_a_chain_is_waited_for(kind: str, clock: Clock) -> None:
    local = FakeEngine("local", EngineTimeout("down", provider="local"))
    slow = FakeEngine("bhashini", stall=0.3, over_network=True)
    chain, call = chain_of(kind, clock, local, slow, wait=0.05)
    assert await call(chain) == "bhashini"


async def test_a_slow_local_provider_is_not_cut_off(kind: str, clock: Clock) -> None:
    slow = FakeEngine("whisper", stall=0.3)
    other = FakeEngine("other")
    chain, call = chain_of(kind, clock, slow, other, wait=0.05)
    assert await call(chain) == "whisper" and other.calls == 0


async def test_no_wait_set_waits_for_the_provider(kind: str, clock: Clock) -> None:
    slow = FakeEngine("bhashini", stall=0.3, over_network=True)
    chain, call = chain_of(kind, clock, slow, FakeEngine("local"), wait=0.0)
    assert await call(chain) == "bhashini"


async def test_speech_that_has_started_is_not_cut_off_by_the_wait(clock: Clock) -> None:
    remote = FakeEngine("bhashini", over_network=True)
    remote.chunks_before_failing = 2
    remote.pause_between_chunks = 0.2
    chain, _ = chain_of("tts", clock, remote, FakeEngine("local"), wait=0.05)
    chunks = [c async for c in chain.synthesize("namaste", language="hi", sample_rate=16000)]
    assert [c.pcm for c in chunks] == [b"bhashini"] * 3
