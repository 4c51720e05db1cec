"""Whisper and Piper answered by the host's engine process (`audio.engine_host`).

The same classes as in process, with only the model call replaced by a request to the
engine process: prompts, resampling, sentence splitting, the worker pools the live layer
schedules by (`busy`, partial decodes when a worker is free) and the errors all stay
the same. The worker holds no model: its pool threads wait on the socket instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from audio.engine_host import HostClient
from audio.frames import DecodeStep, Float32Array, Segment
from audio.providers.piper_tts import PiperTTS
from audio.providers.whisper_stt import FasterWhisperSTT
from audio.voices import VoiceInfo, VoiceRegistry
from audio.workers import WorkerPool


class RemoteWhisperSTT(FasterWhisperSTT):
    """`FasterWhisperSTT` whose decode runs in the engine process."""

    def __init__(
        self, host: HostClient, *, name: str, multilingual: bool, pool: WorkerPool
    ) -> None:
        super().__init__(Path(name), pool=pool, name=name, multilingual=multilingual)
        self.host = host

    def _load(self) -> Any:
        raise AssertionError("the engine process holds the model")

    async def warm(self) -> None:
        """The engine process warmed the model before the workers started: just ask it
        is there (an `EngineUnavailable` if not, which the warm-up logs)."""
        await self.pool.run(self.host.ping)

    def _decode_heard(
        self,
        audio: Float32Array,
        language: str,
        hints: Sequence[str],
        *,
        vad: bool = True,
        steps: list[DecodeStep] | None = None,
        second_pass: bool = True,
        whole: bool = False,
        still_wanted: Callable[[], bool] | None = None,
    ) -> tuple[list[Segment], float, str]:
        # `still_wanted` is asked here, before the request: the engine process cannot
        # ask it between its passes.
        if second_pass and still_wanted is not None and not still_wanted():
            second_pass = False
        pcm = np.ascontiguousarray(audio, dtype=np.float32).tobytes()
        header = {
            "op": "stt",
            "language": language,
            "hints": list(hints),
            "vad": vad,
            "second_pass": second_pass,
            "whole": whole,
        }
        reply, _ = self.host.call(header, pcm, provider=self.name)
        segments = [Segment(*row) for row in reply["segments"]]
        return segments, float(reply["confidence"]), str(reply.get("language") or language)


class RemotePiperTTS(PiperTTS):
    """`PiperTTS` whose sentences are synthesized in the engine process. The voices are
    discovered here too (their JSON only), to pick one and to know the languages."""

    def __init__(self, voices: VoiceRegistry, *, host: HostClient, pool: WorkerPool) -> None:
        super().__init__(voices, pool=pool)
        self.host = host

    def _load(self, info: VoiceInfo) -> Any:
        raise AssertionError("the engine process holds the voices")

    def _render(self, info: VoiceInfo, sentence: str, rate: float, sample_rate: int) -> bytes:
        header = {
            "op": "tts",
            "language": info.language,
            "voice": info.name,
            "text": sentence,
            "rate": rate,
            "sample_rate": sample_rate,
        }
        _, pcm = self.host.call(header, provider=self.name)
        return pcm
