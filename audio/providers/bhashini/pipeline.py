"""The ULCA pipeline's payloads: the tasks asked for, the config answer and the outputs.

Bodies name each task with its languages (`PipelineTask`); the config call answers with a
compute endpoint and one service id per task (`PipelineEndpoint`, `_service_for`); a
compute answer carries one `output` (text) or `audio` (base64 WAV) entry per task. A 200
whose body we cannot use is `_malformed`: retryable, since another provider may answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from audio.codecs import float32_to_pcm16, resample, write_wav_bytes
from audio.errors import EngineError, EngineUnavailable
from audio.frames import Float32Array
from audio.providers.bhashini.config import PROVIDER

CONFIG_PATH = "/ulca/apis/v0/model/getModelsPipeline"
ASR_SAMPLE_RATE = 16000
ASR_POST_PROCESSORS = ("itn",)
"""Inverse text normalization: numbers come back as digits ("40", not "चालीस"), which read
alike in every script. The documented field of the asr task's config, beside `language`,
`serviceId`, `audioFormat` and `samplingRate`: `"postProcessors": ["itn"]` (Bhashini API
docs, Pipeline Compute Call → Request Payload,
https://dibd-bhashini.gitbook.io/bhashini-apis/pipeline-compute-call/request-payload)."""


@dataclass(frozen=True, slots=True)
class PipelineTask:
    """One task of a pipeline, with its languages (ISO 639-1)."""

    task_type: str
    """"asr", "translation", "transliteration" or "tts"."""
    source: str
    target: str | None = None

    @property
    def language(self) -> dict[str, str]:
        language = {"sourceLanguage": self.source}
        if self.target is not None:
            language["targetLanguage"] = self.target
        return language


@dataclass(frozen=True, slots=True)
class PipelineEndpoint:
    """The answer of a config call: where and how to compute these tasks."""

    callback_url: str
    key_name: str
    key_value: str = field(repr=False)
    service_ids: tuple[str, ...]
    """One per task, in task order."""
    fetched_at: float


def _malformed(what: str, detail: str) -> EngineError:
    # A 200 with a body we cannot use: this provider is misbehaving, another may not be.
    return EngineError(
        f"bhashini {what}: malformed answer ({detail})", retryable=True, provider=PROVIDER
    )


def _service_for(task: PipelineTask, configs: Any) -> str:
    """The serviceId the config answer offers for `task` (matching its languages)."""
    if isinstance(configs, list):
        for entry in configs:
            if not isinstance(entry, dict) or entry.get("taskType") != task.task_type:
                continue
            for candidate in entry.get("config") or []:
                language = candidate.get("language") or {}
                if language.get("sourceLanguage") == task.source and (
                    task.target is None or language.get("targetLanguage") == task.target
                ):
                    service = candidate.get("serviceId")
                    if service:
                        return str(service)
    pair = task.source + (f"→{task.target}" if task.target else "")
    raise EngineUnavailable(f"bhashini offers no {task.task_type} for {pair}", provider=PROVIDER)


def _output(response: Mapping[str, Any], key: str, what: str) -> str:
    try:
        value = response["output"][0][key]
    except (KeyError, IndexError, TypeError):
        raise _malformed(what, f"no output[0].{key}") from None
    if isinstance(value, list):  # transliteration may answer with suggestions
        value = value[0] if value else ""
    return str(value)


def encode_wav(audio: Float32Array, sample_rate: int) -> bytes:
    """float32 mono audio → the 16 kHz PCM16 WAV file Bhashini ASR expects."""
    samples = resample(np.asarray(audio, dtype=np.float32), sample_rate, ASR_SAMPLE_RATE)
    return write_wav_bytes(float32_to_pcm16(samples), ASR_SAMPLE_RATE)
