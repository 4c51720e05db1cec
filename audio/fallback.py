"""Fallback chains: one adapter per task that tries its providers in order.

Every task follows the same rules, so a provider behaves the same whether it
transcribes, translates, transliterates or speaks:

- A provider that does not support the language (or pair) is skipped.
- Input that is wrong whatever the provider (audio that is not audio, a nonsense sample
  rate: `AudioFormatError`, `ValueError`) is raised at once; no other provider is tried.
- Any `EngineError` moves on to the next provider. Those that say the provider itself
  is in trouble, an outage or timeout (`retryable`) or a provider that cannot serve at
  all (`EngineUnavailable`, such as refused credentials), also *rest* it for `cooldown`
  seconds: while resting it goes to the back of the line, tried only when every provider
  ahead of it has failed, and a success ends the rest early. A busy worker pool
  (`PoolSaturated`) is not a fault and rests nothing; an error that is about this one
  request (`retryable=False`) rests nothing either.
- When every provider fails the caller gets one `EngineError` naming each failure,
  retryable if any was; when every one was merely busy, the last `PoolSaturated`, so the
  caller can queue and try again; when none supports the language, `EngineUnavailable`.
- Speech fails over only before its first chunk: once audio has gone out, an error
  surfaces (after resting the provider when the error says so).
- A provider across the network (`over_network`, Bhashini) that is not the last of its
  chain has `wait` seconds to answer (speech: to give its first chunk); past that its
  call is dropped as a timeout, it rests, and the next provider takes the request, so a
  slow service costs a live turn a few seconds, not its own timeouts and retries. Such a
  provider rests for every task at once: one service, slow or down for all of them.

Rests are kept in a `ProviderHealth` that the engine registry shares between the chains
it builds, so one turn's outage spares the next turn the wait. The clock is injectable.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Generic, Protocol, TypeVar

from audio.acts import NegotiationAct
from audio.engines import ASREngine, MTEngine, TransliterationEngine, TTSEngine
from audio.errors import EngineError, EngineTimeout, EngineUnavailable, PoolSaturated
from audio.frames import Float32Array, SpeechChunk, Transcript, Translation

log = logging.getLogger("vyaparmitra.audio")

COOLDOWN_S = 30.0
"""How long a provider that failed for its own reasons waits at the back of the line."""


class _Provider(Protocol):
    name: str


E = TypeVar("E", bound=_Provider)
T = TypeVar("T")


class ProviderHealth:
    """Which providers are resting, and until when (by `clock`, in seconds)."""

    def __init__(
        self, *, cooldown: float = COOLDOWN_S, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if cooldown < 0:
            raise ValueError(f"cooldown must not be negative, got {cooldown}")
        self.cooldown = cooldown
        self.clock = clock
        self._resting_until: dict[str, float] = {}

    def resting(self, key: str) -> bool:
        """Whether the provider `key` is inside its cooldown now."""
        until = self._resting_until.get(key)
        if until is None:
            return False
        if self.clock() >= until:
            del self._resting_until[key]
            return False
        return True

    def rest(self, key: str) -> None:
        self._resting_until[key] = self.clock() + self.cooldown

    def recovered(self, key: str) -> None:
        self._resting_until.pop(key, None)


def faults_provider(exc: EngineError) -> bool:
    """Whether `exc` says the provider is in trouble (rest it), not busy or this request."""
    if isinstance(exc, PoolSaturated):
        return False
    return exc.retryable or isinstance(exc, EngineUnavailable)


def exhausted(errors: Sequence[EngineError], what: str) -> EngineError:
    """The one error a chain raises when no provider answered."""
    if not errors:
        return EngineUnavailable(f"no provider configured for {what}")
    last = errors[-1]
    if all(isinstance(e, PoolSaturated) for e in errors):
        return last  # only busy, not broken: the caller queues and retries
    if all(isinstance(e, EngineUnavailable) for e in errors):
        # Nothing could serve it (an engine process restarting, no voice for the language)
        message = "; ".join(f"{e.provider or '?'}: {e.message}" for e in errors)
        return EngineUnavailable(
            f"no provider available for {what} ({message})", provider=last.provider
        )
    message = "; ".join(f"{e.provider or '?'}: {e.message}" for e in errors)
    return EngineError(
        f"every provider failed for {what} ({message})",
        retryable=any(e.retryable for e in errors),
        provider=last.provider,
        status=last.status,
    )


class Fallback(Generic[E]):
    """The providers of one task and the rules above; subclasses speak the task's protocol."""

    kind = "engine"

    def __init__(
        self,
        engines: Sequence[E],
        *,
        health: ProviderHealth | None = None,
        wait: float | None = None,
    ) -> None:
        self.engines = list(engines)
        self.health = health if health is not None else ProviderHealth()
        self.wait = wait or None
        """Seconds a provider across the network has to answer while another follows."""
        self.name = "fallback(" + ",".join(e.name for e in self.engines) + ")"

    def _key(self, engine: E) -> str:
        """What a rest is kept under: a provider across the network is one service for
        every task (a slow or failing Bhashini is so for speech, text and voice alike),
        a local engine one per task."""
        if getattr(engine, "over_network", False):
            return engine.name
        return f"{self.kind}:{engine.name}"

    def candidates(self, usable: Callable[[E], bool]) -> list[E]:
        """The providers that can take this request: healthy ones first, in order, then
        resting ones, in order."""
        engines = [e for e in self.engines if usable(e)]
        resting = [e for e in engines if self.health.resting(self._key(e))]
        return [e for e in engines if e not in resting] + resting

    def failed(self, engine: E, exc: EngineError) -> None:
        faulty = faults_provider(exc)
        if faulty:
            self.health.rest(self._key(engine))
        (log.warning if faulty or not exc.retryable else log.debug)(
            "%s provider failed",
            self.kind,
            extra={
                "provider": engine.name,
                "retryable": exc.retryable,
                "resting": faulty,
                "reason": exc.message,
            },
        )

    def succeeded(self, engine: E) -> None:
        self.health.recovered(self._key(engine))

    async def first(
        self, usable: Callable[[E], bool], attempt: Callable[[E], Awaitable[T]], what: str
    ) -> T:
        """The first answer from the candidates, failing over by the rules above."""
        errors: list[EngineError] = []
        candidates = self.candidates(usable)
        for index, engine in enumerate(candidates):
            try:
                result = await self.answer(attempt(engine), engine, index < len(candidates) - 1)
            except EngineError as exc:
                self.failed(engine, exc)
                errors.append(exc)
                continue
            self.succeeded(engine)
            return result
        raise exhausted(errors, what)

    async def answer(self, call: Awaitable[T], engine: E, another_follows: bool) -> T:
        """`call`'s result, within `wait` seconds when `engine` is across the network and
        another provider could take the request instead."""
        if self.wait is None or not another_follows or not getattr(engine, "over_network", False):
            return await call
        try:
            return await asyncio.wait_for(call, self.wait)
        except TimeoutError:
            raise EngineTimeout(
                f"no answer within {self.wait:g} s; the next provider takes it",
                provider=engine.name,
            ) from None


class FallbackASR(Fallback[ASREngine]):
    kind = "asr"

    def supports(self, language: str) -> bool:
        return any(e.supports(language) for e in self.engines)

    async def transcribe(
        self,
        audio: Float32Array,
        *,
        sample_rate: int,
        language: str,
        hints: Sequence[str] = (),
        utterance_id: str | None = None,
    ) -> Transcript:
        return await self.first(
            lambda e: e.supports(language),
            lambda e: e.transcribe(
                audio,
                sample_rate=sample_rate,
                language=language,
                hints=hints,
                utterance_id=utterance_id,
            ),
            f"asr:{language}",
        )


class FallbackMT(Fallback[MTEngine]):
    kind = "translation"

    def supports(self, source: str, target: str) -> bool:
        return any(e.supports(source, target) for e in self.engines)

    async def translate(
        self, text: str, *, source: str, target: str, act: NegotiationAct | None = None
    ) -> Translation:
        return await self.first(
            lambda e: e.supports(source, target),
            lambda e: e.translate(text, source=source, target=target, act=act),
            f"translation:{source}-{target}",
        )


class FallbackTransliteration(Fallback[TransliterationEngine]):
    kind = "transliteration"

    def supports(self, source: str, target: str) -> bool:
        return any(e.supports(source, target) for e in self.engines)

    async def transliterate(self, text: str, *, source: str, target: str) -> str:
        return await self.first(
            lambda e: e.supports(source, target),
            lambda e: e.transliterate(text, source=source, target=target),
            f"transliteration:{source}-{target}",
        )


class FallbackTTS(Fallback[TTSEngine]):
    """Fails over only before the first chunk: once audio has gone out, errors surface."""

    kind = "tts"

    def supports(self, language: str) -> bool:
        return any(e.supports(language) for e in self.engines)

    def voice_names(self, language: str) -> list[str] | None:
        """Every voice the providers for `language` know by name, in order; None when a
        provider does not say which voices it has (any name may then be one of them)."""
        names: list[str] = []
        for engine in self.engines:
            if not engine.supports(language):
                continue
            listed = getattr(engine, "voice_names", None)
            if listed is None:
                return None
            names += [n for n in listed(language) if n not in names]
        return names

    async def synthesize(
        self,
        text: str,
        *,
        language: str,
        sample_rate: int,
        voice: str | None = None,
        rate: float = 1.0,
    ) -> AsyncIterator[SpeechChunk]:
        errors: list[EngineError] = []
        candidates = self.candidates(lambda e: e.supports(language))
        for index, engine in enumerate(candidates):
            started = False
            stream = aiter(
                engine.synthesize(
                    text, language=language, sample_rate=sample_rate, voice=voice, rate=rate
                )
            )
            try:
                try:
                    first = await self.answer(anext(stream), engine, index < len(candidates) - 1)
                except StopAsyncIteration:
                    self.succeeded(engine)
                    return
                started = True
                self.succeeded(engine)
                yield first
                async for chunk in stream:
                    yield chunk
                return
            except EngineError as exc:
                self.failed(engine, exc)
                if started:
                    raise
                errors.append(exc)
        raise exhausted(errors, f"tts:{language}")
