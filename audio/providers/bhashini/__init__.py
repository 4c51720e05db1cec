"""Bhashini's ULCA pipeline as remote providers for the four language tasks.

`config` says where ULCA is and how patient to be; `pipeline` holds the request and
answer payloads (tasks, the config answer, outputs, the WAV ASR expects); `client` is
the one HTTP client with its config cache, retries and authentication (its docstring
says which failures are retried); `engines` puts the ASR, MT, transliteration and TTS
protocols of `audio.engines` over that client.
"""

from audio.providers.bhashini.client import BhashiniClient
from audio.providers.bhashini.config import DEFAULT_LANGUAGES, PROVIDER, BhashiniConfig
from audio.providers.bhashini.engines import (
    BhashiniASR,
    BhashiniMT,
    BhashiniTransliteration,
    BhashiniTTS,
)
from audio.providers.bhashini.pipeline import (
    ASR_POST_PROCESSORS,
    ASR_SAMPLE_RATE,
    CONFIG_PATH,
    PipelineEndpoint,
    PipelineTask,
    encode_wav,
)

__all__ = [
    "ASR_POST_PROCESSORS",
    "ASR_SAMPLE_RATE",
    "CONFIG_PATH",
    "DEFAULT_LANGUAGES",
    "PROVIDER",
    "BhashiniASR",
    "BhashiniClient",
    "BhashiniConfig",
    "BhashiniMT",
    "BhashiniTTS",
    "BhashiniTransliteration",
    "PipelineEndpoint",
    "PipelineTask",
    "encode_wav",
]
