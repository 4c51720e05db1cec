"""Engine contracts for the four Bhashini-style tasks, and fallback chains over them.

A provider implements one small protocol; `Fallback*` adapters try providers in order,
moving on when one cannot serve the language or fails with a retryable error.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Sequence
from typing import Protocol, runtime_checkable

from audio.acts import NegotiationAct
from audio.errors import EngineError, EngineUnavailable, PoolSaturated
from audio.frames import Float32Array, SpeechChunk, Transcript, Translation

log = logging.getLogger("vyaparmitra.audio")


@runtime_checkable
class ASREngine(Protocol):
    name: str

    def supports(self, language: str) -> bool: ...

    async def transcribe(
        self,
        audio: Float32Array,
        *,
        sample_rate: int,
        language: str,
        hints: Sequence[str] = (),
        utterance_id: str | None = None,
    ) -> Transcript:
        """Transcribe one utterance spoken in `language` (always given explicitly)."""
        ...


@runtime_checkable
class MTEngine(Protocol):
    name: str

    def supports(self, source: str, target: str) -> bool: ...

    async def translate(
        self, text: str, *, source: str, target: str, act: NegotiationAct | None = None
    ) -> Translation:
        """Translate `text`; when `act` is given, render the act rather than the words."""
        ...


@runtime_checkable
class TransliterationEngine(Protocol):
    name: str

    def supports(self, source: str, target: str) -> bool: ...

    async def transliterate(self, text: str, *, source: str, target: str) -> str:
        """Rewrite `text` from the script of `source` into the script of `target`."""
        ...


@runtime_checkable
class TTSEngine(Protocol):
    name: str

    def supports(self, language: str) -> bool: ...

    def synthesize(
        self,
        text: str,
        *,
        language: str,
        sample_rate: int,
        voice: str | None = None,
        rate: float = 1.0,
    ) -> AsyncIterator[SpeechChunk]:
        """Yield PCM16 chunks at `sample_rate`, sentence by sentence, as they are ready."""
        ...


def _next_or_raise(errors: list[EngineError], what: str) -> EngineError:
    if not errors:
        return EngineUnavailable(f"no provider configured for {what}")
    last = errors[-1]
    if all(isinstance(e, PoolSaturated) for e in errors):
        return last  # only busy, not broken: the caller queues and retries
    message = "; ".join(f"{e.provider or '?'}: {e.message}" for e in errors)
    return EngineError(
        f"every provider failed for {what} ({message})",
        retryable=any(e.retryable for e in errors),
        provider=last.provider,
        status=last.status,
    )


class FallbackASR:
    """Try each ASR engine that supports the language, in order."""

    def __init__(self, engines: Sequence[ASREngine]) -> None:
        self.engines = list(engines)
        self.name = "fallback(" + ",".join(e.name for e in self.engines) + ")"

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
        errors: list[EngineError] = []
        for engine in self.engines:
            if not engine.supports(language):
                continue
            try:
                return await engine.transcribe(
                    audio,
                    sample_rate=sample_rate,
                    language=language,
                    hints=hints,
                    utterance_id=utterance_id,
                )
            except EngineError as exc:
                (log.debug if isinstance(exc, PoolSaturated) else log.warning)(
                    "asr provider failed",
                    extra={"provider": engine.name, "retryable": exc.retryable},
                )
                errors.append(exc)
                if not exc.retryable and not isinstance(exc, EngineUnavailable):
                    break
        raise _next_or_raise(errors, f"asr:{language}")


class FallbackMT:
    def __init__(self, engines: Sequence[MTEngine]) -> None:
        self.engines = list(engines)
        self.name = "fallback(" + ",".join(e.name for e in self.engines) + ")"

    def supports(self, source: str, target: str) -> bool:
        return any(e.supports(source, target) for e in self.engines)

    async def translate(
        self, text: str, *, source: str, target: str, act: NegotiationAct | None = None
    ) -> Translation:
        errors: list[EngineError] = []
        for engine in self.engines:
            if not engine.supports(source, target):
                continue
            try:
                return await engine.translate(text, source=source, target=target, act=act)
            except EngineError as exc:
                errors.append(exc)
        raise _next_or_raise(errors, f"translation:{source}-{target}")


class FallbackTransliteration:
    def __init__(self, engines: Sequence[TransliterationEngine]) -> None:
        self.engines = list(engines)
        self.name = "fallback(" + ",".join(e.name for e in self.engines) + ")"

    def supports(self, source: str, target: str) -> bool:
        return any(e.supports(source, target) for e in self.engines)

    async def transliterate(self, text: str, *, source: str, target: str) -> str:
        errors: list[EngineError] = []
        for engine in self.engines:
            if not engine.supports(source, target):
                continue
            try:
                return await engine.transliterate(text, source=source, target=target)
            except EngineError as exc:
                errors.append(exc)
        raise _next_or_raise(errors, f"transliteration:{source}-{target}")


class FallbackTTS:
    """Fail over only before the first chunk: once audio has gone out, errors surface."""

    def __init__(self, engines: Sequence[TTSEngine]) -> None:
        self.engines = list(engines)
        self.name = "fallback(" + ",".join(e.name for e in self.engines) + ")"

    def supports(self, language: str) -> bool:
        return any(e.supports(language) for e in self.engines)

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
        for engine in self.engines:
            if not engine.supports(language):
                continue
            started = False
            try:
                async for chunk in engine.synthesize(
                    text, language=language, sample_rate=sample_rate, voice=voice, rate=rate
                ):
                    started = True
                    yield chunk
                return
            except EngineError as exc:
                if started:
                    raise
                errors.append(exc)
        raise _next_or_raise(errors, f"tts:{language}")
