"""Text to speech with Piper (VITS on onnxruntime), one sentence per worker job.

Each sentence is one job in the worker pool (`by_sentence`), so the first chunk leaves
after one sentence's worth of inference and a barge-in stops at the next sentence.

Voices load lazily, once, inside a worker thread. The onnxruntime session is built here
rather than by `PiperVoice.load`, which takes no `SessionOptions`. Measured on the 2-vCPU
development machine (interleaved runs, median): an explicit two intra-op threads gives a
first sentence in ~60-70 ms and RTF ~0.03, against ~85-190 ms and RTF 0.03-0.06 with
onnxruntime's defaults (which pin threads to cores and suffer most when other processes
are busy); one thread is ~100 ms. Spinning is off by default: it gains a few ms on an
idle machine and loses far more when Whisper or another process wants the cores.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
from collections.abc import AsyncIterator, Iterable
from contextlib import aclosing
from typing import TYPE_CHECKING, Any

import numpy as np

from audio.codecs import float32_to_pcm16, resample
from audio.errors import EngineError, EngineUnavailable
from audio.frames import SpeechChunk
from audio.providers.by_sentence import check_request, synthesize_by_sentence
from audio.voices import VoiceInfo, VoiceRegistry, normalize_language
from audio.workers import WorkerPool

log = logging.getLogger("vyaparmitra.audio")

_WARM_TEXT = "Okay."


class PiperTTS:
    """A `TTSEngine` over the Piper voices in a `VoiceRegistry`."""

    name = "piper"

    def __init__(
        self,
        voices: VoiceRegistry,
        *,
        pool: WorkerPool,
        threads: int = 2,
        spinning: bool = False,
        volume: float = 0.9,
    ) -> None:
        """`threads` is onnxruntime's intra-op thread count per voice; `spinning` lets
        idle threads busy-wait (faster only on cores nothing else wants). `volume`
        scales Piper's peak-normalized audio, leaving headroom so resampling cannot clip.
        """
        self.voices = voices
        self.pool = pool
        self.threads = threads
        self.spinning = spinning
        self.volume = volume
        self._loaded: dict[str, Any] = {}
        self._load_lock = threading.Lock()
        self.load_seconds: dict[str, float] = {}
        """Seconds each voice took to load, by voice name."""

    def supports(self, language: str) -> bool:
        """Whether any installed voice speaks `language`."""
        return bool(self.voices.for_language(language))

    def voice_names(self, language: str) -> list[str]:
        """The installed voices that speak `language`, the default first."""
        return [v.name for v in self.voices.for_language(language)]

    def voice_for(self, language: str, voice: str | None = None) -> VoiceInfo:
        """The voice to use: `voice` when installed, else the first for `language`.

        A `voice` this engine does not know (say, an espeak-ng voice name handed down a
        fallback chain) is ignored rather than failing the whole reply.
        """
        if voice is not None:
            named = self.voices.get(voice)
            if named is not None:
                return named
            log.debug("piper has no voice %r; using the default for %s", voice, language)
        candidates = self.voices.for_language(language)
        if not candidates:
            raise EngineUnavailable(
                f"no Piper voice for language {normalize_language(language)!r}; "
                "drop a <name>.onnx and <name>.onnx.json into the voices folder",
                provider=self.name,
            )
        return candidates[0]

    async def warm(self, languages: Iterable[str] = ("en",)) -> None:
        """Load the default voice of each supported language and synthesize a word.

        The first inference on a fresh session pays for memory planning; doing it at
        startup keeps that out of the first reply.
        """
        for language in languages:
            if self.supports(language):
                info = self.voice_for(language)
                await self.pool.run(self._render, info, _WARM_TEXT, 1.0, info.sample_rate)

    async def synthesize(
        self,
        text: str,
        *,
        language: str,
        sample_rate: int,
        voice: str | None = None,
        rate: float = 1.0,
    ) -> AsyncIterator[SpeechChunk]:
        """Yield one PCM16 chunk per sentence at `sample_rate`, each as soon as it is ready
        (`synthesize_by_sentence`)."""
        check_request(sample_rate, rate)
        info = self.voice_for(language, voice)
        render = functools.partial(self._render, info, rate=rate, sample_rate=sample_rate)
        stream = synthesize_by_sentence(
            text,
            render,
            pool=self.pool,
            sample_rate=sample_rate,
            provider=self.name,
            voice=info.name,
        )
        async with aclosing(stream):
            async for chunk in stream:
                yield chunk

    def _load(self, info: VoiceInfo) -> Any:
        """The loaded `PiperVoice` for `info`, loading it once (runs in a worker)."""
        with self._load_lock:
            loaded = self._loaded.get(info.name)
            if loaded is not None:
                return loaded
            started = time.perf_counter()
            try:
                loaded = self._build(info)
            except Exception as exc:
                raise EngineUnavailable(
                    f"cannot load Piper voice {info.name} from {info.model_path}: {exc}",
                    provider=self.name,
                ) from exc
            self._loaded[info.name] = loaded
            self.load_seconds[info.name] = time.perf_counter() - started
            return loaded

    def _build(self, info: VoiceInfo) -> Any:
        import onnxruntime
        from piper import PiperVoice
        from piper.config import PiperConfig

        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.threads
        # One graph, one request at a time per job: no use for inter-op parallelism.
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        if not self.spinning:
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        session = onnxruntime.InferenceSession(
            str(info.model_path), sess_options=options, providers=["CPUExecutionProvider"]
        )
        config = PiperConfig.from_dict(json.loads(info.config_path.read_text(encoding="utf-8")))
        return PiperVoice(session=session, config=config)

    def _render(self, info: VoiceInfo, sentence: str, rate: float, sample_rate: int) -> bytes:
        """One sentence → PCM16LE at `sample_rate`. Runs in a worker."""
        from piper.config import SynthesisConfig

        piper_voice = self._load(info)
        # Respect the voice's own pace (some configs set length_scale != 1), then apply rate.
        syn_config = SynthesisConfig(
            length_scale=piper_voice.config.length_scale / rate, volume=self.volume
        )
        try:
            parts = [c.audio_float_array for c in piper_voice.synthesize(sentence, syn_config)]
        except Exception as exc:
            raise EngineError(
                f"piper failed on a sentence with voice {info.name}: {exc}",
                retryable=False,
                provider=self.name,
            ) from exc
        if not parts:
            return b""
        audio = np.concatenate(parts).astype(np.float32)
        native_rate = int(piper_voice.config.sample_rate)
        return float32_to_pcm16(resample(audio, native_rate, sample_rate))


if TYPE_CHECKING:
    from audio.engines import TTSEngine

    def _conforms(engine: PiperTTS) -> TTSEngine:
        return engine
