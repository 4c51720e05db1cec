"""Engine contracts for the four Bhashini-style tasks.

A provider implements one small protocol; `audio.fallback` chains providers of a task.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Protocol, runtime_checkable

from audio.acts import NegotiationAct
from audio.frames import Float32Array, SpeechChunk, Transcript, Translation


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
