"""Choosing providers per task and language, from configuration, with fallbacks.

Providers are imported lazily, so a deployment that only uses Bhashini never loads
onnxruntime, and one that is fully offline never opens a socket.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from audio.config import AudioConfig, provider_name
from audio.engine_host import HostClient
from audio.engines import ASREngine, MTEngine, TransliterationEngine, TTSEngine
from audio.errors import EngineUnavailable
from audio.fallback import (
    FallbackASR,
    FallbackMT,
    FallbackTransliteration,
    FallbackTTS,
    ProviderHealth,
)
from audio.workers import WorkerPool

if TYPE_CHECKING:
    from audio.providers.bhashini import BhashiniClient
    from audio.providers.piper_tts import PiperTTS
    from audio.providers.whisper_stt import FasterWhisperSTT

log = logging.getLogger("vyaparmitra.audio")


def chain_for(table: Mapping[str, Sequence[str]], key: str, task: str) -> list[str]:
    """The provider names for `key` (a language or "src-tgt" pair), else for "*"."""
    names = table.get(key) or table.get(key.split("-")[0]) or table.get("*") or []
    return [provider_name(raw, task) for raw in names]


def whisper_model_name(config: AudioConfig, language: str) -> str:
    """The Whisper model for `language` (tiny.en for English by default)."""
    return config.whisper_model_en if language == "en" else config.whisper_model


class EngineRegistry:
    """Builds and caches engines; owns the shared STT and TTS worker pools."""

    def __init__(self, config: AudioConfig) -> None:
        for task, table in (
            ("asr", config.asr_providers),
            ("translation", config.translation_providers),
            ("transliteration", config.transliteration_providers),
            ("tts", config.tts_providers),
        ):
            for key in table:
                chain_for(table, key, task)  # fail at start-up, not mid-conversation
        self.config = config
        self.stt_pool = WorkerPool("stt", workers=config.stt_workers, queue=config.stt_queue)
        self.tts_pool = WorkerPool("tts", workers=config.tts_workers, queue=config.tts_queue)
        self.mt_pool = WorkerPool("mt", workers=1, queue=config.stt_queue)
        """Free-text translation by a local model (its threads start on first use)."""
        self._whisper: dict[str, Any] = {}
        self._single: dict[str, Any] = {}
        self._bhashini_client: BhashiniClient | None = None
        self.health = ProviderHealth()
        """Providers resting after an outage, shared by every chain built here."""
        self.host = HostClient(config.engine_socket) if config.engine_socket else None
        """The host's engine process, which holds Whisper and Piper; None: this one does."""
        from audio.models import ModelRegistry

        self.models = ModelRegistry(config.model_cache_dir, extra=dict(config.whisper_model_dirs))

    # --- providers ---------------------------------------------------------------------

    def whisper_model_name(self, language: str) -> str:
        return whisper_model_name(self.config, language)

    def whisper(self, language: str) -> ASREngine:
        """The faster-whisper engine for `language` (tiny.en for English by default)."""
        from audio.model_errors import ModelNotAvailable
        from audio.providers.whisper_stt import FasterWhisperSTT

        name = self.whisper_model_name(language)
        if name not in self._whisper and self.host is not None:
            from audio.providers.remote import RemoteWhisperSTT

            try:
                info = self.models.info(name)
            except ModelNotAvailable as exc:
                raise EngineUnavailable(str(exc), provider="faster-whisper") from exc
            self._whisper[name] = RemoteWhisperSTT(
                self.host, name=name, multilingual=info.multilingual, pool=self.stt_pool
            )
        if name not in self._whisper:
            try:
                info = self.models.info(name)
                path = self.models.resolve(name)
            except ModelNotAvailable as exc:
                raise EngineUnavailable(str(exc), provider="faster-whisper") from exc
            self._whisper[name] = FasterWhisperSTT(
                path,
                pool=self.stt_pool,
                name=name,
                multilingual=info.multilingual,
                device=self.config.whisper_device,
                compute_type=self.config.whisper_compute_type,
                cpu_threads=self.config.whisper_cpu_threads,
            )
        engine: ASREngine = self._whisper[name]
        return engine

    def local_asr(self, language: str) -> FasterWhisperSTT | None:
        """The engine for decoding speech still going on (partials, a guess at a pause):
        the local Whisper when it heads the language's chain, else None (a remote first
        choice is asked once per utterance, not every half second)."""
        from audio.providers.whisper_stt import FasterWhisperSTT

        chain = chain_for(self.config.asr_providers, language, "asr")
        if not chain or chain[0] != "whisper":
            return None
        try:
            engine = self.whisper(language)
        except EngineUnavailable:
            return None
        if not isinstance(engine, FasterWhisperSTT) or not engine.supports(language):
            return None
        return engine

    def _bhashini(self) -> BhashiniClient:
        config = self.config.bhashini_client_config()
        if config is None:
            raise EngineUnavailable("Bhashini is not configured", provider="bhashini")
        if self._bhashini_client is None:
            from audio.providers.bhashini import BhashiniClient

            self._bhashini_client = BhashiniClient(config)
        return self._bhashini_client

    def _provider(self, task: str, name: str, language: str) -> Any:
        if task == "asr" and name == "whisper":
            return self.whisper(language)
        key = f"{task}:{name}"
        if key in self._single:
            return self._single[key]
        engine: Any
        if name == "bhashini":
            from audio.providers import bhashini

            cls = {
                "asr": bhashini.BhashiniASR,
                "translation": bhashini.BhashiniMT,
                "transliteration": bhashini.BhashiniTransliteration,
                "tts": bhashini.BhashiniTTS,
            }[task]
            engine = cls(self._bhashini())
        elif name == "phrasebook":
            from audio.phrasebook import PhrasebookMT

            engine = PhrasebookMT()
        elif name == "ct2":
            from audio.providers.ct2_translation import CT2Translation

            if self.config.translation_model_dir is None:
                raise EngineUnavailable(
                    "no translation model folder (VYAPAR_TRANSLATION_MODEL_DIR)", provider=name
                )
            engine = CT2Translation(
                self.config.translation_model_dir,
                pool=self.mt_pool,
                device=self.config.translation_device,
                compute_type=self.config.translation_compute_type,
                cpu_threads=self.config.whisper_cpu_threads,
            )
        elif name == "indic":
            from audio.transliteration import IndicTransliterator

            engine = IndicTransliterator()
        elif name == "piper":
            from audio.model_errors import ModelNotAvailable
            from audio.providers.piper_tts import PiperTTS
            from audio.voices import VoiceRegistry

            try:
                voices = VoiceRegistry.discover(self.config.voices_dir)
            except ModelNotAvailable as exc:  # a tampered bundled voice: refused, logged
                raise EngineUnavailable(str(exc), provider="piper") from exc
            if self.host is not None:
                from audio.providers.remote import RemotePiperTTS

                engine = RemotePiperTTS(voices, host=self.host, pool=self.tts_pool)
            else:
                engine = PiperTTS(voices, pool=self.tts_pool)
        elif name == "espeak":
            from audio.providers.espeak_tts import EspeakTTS

            engine = EspeakTTS(pool=self.tts_pool)
        else:  # chain_for validated the names already
            raise EngineUnavailable(f"no {task} provider {name!r}", provider=name)
        self._single[key] = engine
        return engine

    def local_piper(self) -> PiperTTS:
        """The Piper engine of this process (the engine process's, serving workers)."""
        engine: PiperTTS = self._provider("tts", "piper", "en")
        return engine

    def _engines(
        self, task: str, table: Mapping[str, Sequence[str]], key: str, language: str
    ) -> list[Any]:
        engines = []
        for name in chain_for(table, key, task):
            try:
                engines.append(self._provider(task, name, language))
            except EngineUnavailable as exc:
                log.warning(
                    "provider unavailable",
                    extra={"task": task, "provider": name, "reason": exc.message},
                )
        return engines

    # --- tasks -------------------------------------------------------------------------

    def asr(self, language: str) -> FallbackASR:
        engines: list[ASREngine] = self._engines(
            "asr", self.config.asr_providers, language, language
        )
        return FallbackASR(
            engines, health=self.health, wait=self.config.remote_provider_wait_seconds
        )

    def translation(self, source: str, target: str) -> FallbackMT:
        engines: list[MTEngine] = self._engines(
            "translation", self.config.translation_providers, f"{source}-{target}", source
        )
        return FallbackMT(
            engines, health=self.health, wait=self.config.remote_provider_wait_seconds
        )

    def transliteration(self, source: str, target: str) -> FallbackTransliteration:
        engines: list[TransliterationEngine] = self._engines(
            "transliteration",
            self.config.transliteration_providers,
            f"{source}-{target}",
            source,
        )
        return FallbackTransliteration(
            engines, health=self.health, wait=self.config.remote_provider_wait_seconds
        )

    def tts(self, language: str) -> FallbackTTS:
        engines: list[TTSEngine] = self._engines(
            "tts", self.config.tts_providers, language, language
        )
        return FallbackTTS(
            engines, health=self.health, wait=self.config.remote_provider_wait_seconds
        )

    # --- lifecycle ---------------------------------------------------------------------

    async def _host_answers(self) -> bool:
        """Whether the engine process answers a ping now."""
        assert self.host is not None
        try:
            await asyncio.to_thread(self.host.ping)
        except Exception:
            return False
        return True

    async def warm(
        self, languages: Sequence[str] = ("en", "hi"), *, understanding: bool = True
    ) -> dict[str, float]:
        """Prepare models and run each local engine once, so first turns are fast
        (`understanding`: its tables too; the engine process needs none)."""
        import time

        timings: dict[str, float] = {}
        started = time.perf_counter()
        if understanding:
            # Understanding's tables for every language, off the event loop: built on
            # first use, the largest would hold a turn up for half a second.
            await asyncio.to_thread(_prepare_understanding)
            timings["understanding"] = time.perf_counter() - started
        if self.host is not None and not await self._host_answers():
            # A worker started while the engine process still loads (or restarts): it
            # serves at once, its turns get `engine_unavailable` until the process answers.
            log.warning(
                "the engine process is not answering yet; voice turns get "
                "engine_unavailable until it does"
            )
            return timings
        for language in languages:
            if "whisper" in chain_for(self.config.asr_providers, language, "asr"):
                name = self.whisper_model_name(language)
                started = time.perf_counter()
                remote = self.host is not None  # the engine process prepared it
                if name == "base" and not remote and name not in self.models.extra:
                    # joins it when missing, truncated or changed (a cache it can write)
                    await self.stt_pool.run(self.models.prepare, "base")
                stt: Any = self.whisper(language)
                await stt.warm()
                timings[f"asr:{name}"] = time.perf_counter() - started
        for language in languages:
            for tts in self.tts(language).engines:
                warm = getattr(tts, "warm", None)
                if warm is None or f"tts:{tts.name}:{language}" in timings:
                    continue
                started = time.perf_counter()
                try:
                    await warm([language])
                except Exception:  # warming is best effort; the turn will report errors
                    log.exception("warm-up failed", extra={"provider": tts.name})
                timings[f"tts:{tts.name}:{language}"] = time.perf_counter() - started
        if any(
            "ct2" in chain_for(self.config.translation_providers, key, "translation")
            for key in self.config.translation_providers
        ):
            started = time.perf_counter()
            try:
                await self._provider("translation", "ct2", "").warm()
            except EngineUnavailable as exc:  # named once here; the chain goes on without it
                log.warning("translation model unavailable", extra={"reason": exc.message})
            timings["translation:ct2"] = time.perf_counter() - started
        return timings

    async def aclose(self) -> None:
        if self._bhashini_client is not None:
            await self._bhashini_client.aclose()
        self.stt_pool.shutdown()
        self.tts_pool.shutdown()
        self.mt_pool.shutdown()


def _prepare_understanding() -> None:
    from audio.languages import LANGUAGES
    from audio.understanding import prepare

    for language in LANGUAGES:
        prepare(language)
