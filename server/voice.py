"""The server's view of the voice engines: settings → `audio.registry.AudioConfig`."""

from __future__ import annotations

from audio.registry import AudioConfig
from server.settings import Settings


def audio_config(settings: Settings) -> AudioConfig:
    bhashini = None
    if settings.bhashini_user_id and settings.bhashini_api_key:
        from audio.providers.bhashini import BhashiniConfig

        bhashini = BhashiniConfig(
            ulca_base_url=settings.bhashini_ulca_url,
            user_id=settings.bhashini_user_id,
            api_key=settings.bhashini_api_key,
            pipeline_id=settings.bhashini_pipeline_id,
        )
    return AudioConfig(
        model_cache_dir=settings.model_cache_dir,
        whisper_model_en=settings.whisper_model_en,
        whisper_model=settings.whisper_model,
        whisper_model_dirs=dict(settings.whisper_model_dirs),
        whisper_compute_type=settings.whisper_compute_type,
        whisper_device=settings.whisper_device,
        whisper_cpu_threads=settings.whisper_cpu_threads,
        stt_workers=settings.stt_workers,
        stt_queue=settings.stt_queue,
        tts_workers=settings.tts_workers,
        tts_queue=settings.tts_queue,
        voices_dir=settings.voices_dir,
        asr_providers=settings.asr_providers,
        translation_providers=settings.translation_providers,
        transliteration_providers=settings.transliteration_providers,
        tts_providers=settings.tts_providers,
        bhashini=bhashini,
    )
