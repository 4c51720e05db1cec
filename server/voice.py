"""The server's voice engines: configured by its settings, which are `EngineSettings`."""

from __future__ import annotations

from audio.config import AudioConfig
from server.settings import Settings


def audio_config(settings: Settings) -> AudioConfig:
    return AudioConfig.from_settings(settings)
