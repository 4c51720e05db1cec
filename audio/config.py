"""The voice engines' configuration, declared once.

`EngineSettings` lists every engine setting with its type, default and meaning. The
server's `Settings` inherits it, so each field is also a `VYAPAR_*` environment variable
(`whisper_model` is `VYAPAR_WHISPER_MODEL`); `AudioConfig.from_settings` copies exactly
these fields into the frozen configuration `EngineRegistry` is built from. Adding an
engine setting means adding one field here. The CLI, the benchmarks and the tests build
an `AudioConfig` directly, without the server.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from audio.models import default_cache_dir

if TYPE_CHECKING:
    from audio.providers.bhashini import BhashiniConfig

    OptionalBhashini: TypeAlias = BhashiniConfig | None
else:  # Bhashini's client (and httpx) is imported only when Bhashini is configured
    OptionalBhashini: TypeAlias = Any

ProviderTable: TypeAlias = dict[str, list[str]]
"""Provider chain per language or "src-tgt" pair; "*" is any other."""

PROVIDERS: dict[str, frozenset[str]] = {
    "asr": frozenset({"whisper", "bhashini"}),
    "translation": frozenset({"phrasebook", "bhashini", "ct2"}),
    "transliteration": frozenset({"indic", "bhashini"}),
    "tts": frozenset({"piper", "espeak", "bhashini"}),
}
"""The providers each task can be given, by the names a chain uses."""
PROVIDER_ALIASES = {
    "ctranslate2": "ct2",
    "espeak-ng": "espeak",
    "faster-whisper": "whisper",
    "indic-transliteration": "indic",
}
PROVIDER_TABLES = {
    "asr_providers": "asr",
    "translation_providers": "translation",
    "transliteration_providers": "transliteration",
    "tts_providers": "tts",
}
"""Each provider table setting and the task its names are checked against."""
COMPUTE_TYPES = (
    "default",
    "auto",
    "int8",
    "int8_float32",
    "int8_float16",
    "int8_bfloat16",
    "int16",
    "float16",
    "bfloat16",
    "float32",
)
"""CTranslate2's compute types (which of them a device runs is checked at start-up)."""
DEVICES = ("cpu", "cuda", "auto")
"""CTranslate2's devices."""


def provider_name(raw: str, task: str) -> str:
    """The provider `raw` names for `task` (an alias read as its name); `ValueError`
    naming the choices for a name no provider has."""
    name = PROVIDER_ALIASES.get(raw, raw)
    if name not in PROVIDERS[task]:
        raise ValueError(f"unknown {task} provider {raw!r}; choose from {sorted(PROVIDERS[task])}")
    return name


class EngineSettings(BaseModel):
    """Every setting of the voice engines (no model config of its own: the server's
    `Settings` inherits these fields and keeps its own)."""

    model_cache_dir: Path = Field(default_factory=default_cache_dir)
    """Where prepared models live (the joined Whisper `base`); the server's default is
    `models/` in its data folder. May be a read-only folder where `base` was prepared
    ahead (the image does)."""
    whisper_model_en: str = "tiny.en"
    """STT model for English speakers: a registry name or a CTranslate2 folder."""
    whisper_model: str = "base"
    """STT model for every other language (multilingual)."""
    whisper_model_dirs: dict[str, Path] = Field(default_factory=dict)
    """Extra named model folders, e.g. {"large-v3": "/models/whisper-large-v3-ct2"}."""
    whisper_compute_type: str = "int8"
    whisper_device: str = "cpu"
    whisper_cpu_threads: int = 2
    stt_workers: int = 1
    stt_queue: int = 8
    tts_workers: int = 1
    tts_queue: int = 8
    engine_socket: Path | None = None
    """The host's engine process (`audio.engine_host`): Whisper and Piper are asked there
    instead of loaded in this process. `serve --workers N` (N > 1) starts that process
    and sets this for its workers; unset, each process loads its own models."""
    voices_dir: Path | None = None
    """Extra Piper voices (`*.onnx` + `*.onnx.json`), picked by the language in their JSON."""
    asr_providers: ProviderTable = Field(default_factory=lambda: {"*": ["whisper"]})
    """Provider chain per language ("*" = any): whisper, bhashini."""
    translation_providers: ProviderTable = Field(default_factory=lambda: {"*": ["phrasebook"]})
    translation_model_dir: Path | None = None
    """A CTranslate2 translation model folder with its `tokenizer.json` (an NLLB model
    converted by `ct2-transformers-converter`): the `ct2` translation provider, which
    translates free text offline. Acts are still rendered by the phrasebook."""
    translation_device: str = "cpu"
    translation_compute_type: str = "int8"
    transliteration_providers: ProviderTable = Field(default_factory=lambda: {"*": ["indic"]})
    tts_providers: ProviderTable = Field(
        default_factory=lambda: {"en": ["piper", "espeak"], "*": ["piper", "espeak"]}
    )
    bhashini_ulca_url: str = "https://meity-auth.ulcacontrib.org"
    bhashini_user_id: str | None = None
    bhashini_api_key: str | None = Field(default=None, repr=False)
    """With the user id, turns Bhashini on; kept out of reprs and logs."""
    bhashini_pipeline_id: str = "64392f96daac500b55c543cd"
    remote_provider_wait_seconds: float = Field(default=4.0, ge=0, le=60)
    """How long a provider across the network (Bhashini) has to answer a request (for
    speech, to give its first chunk) when another provider follows it in the chain; past
    that the next one takes the request and Bhashini rests for 30 s, so a slow service
    costs a live turn this long, not its own timeouts and retries. 0: no limit but the
    provider's own (10 s a call, with retries)."""

    @field_validator(*PROVIDER_TABLES)
    @classmethod
    def _known_providers(cls, table: ProviderTable, info: ValidationInfo) -> ProviderTable:
        """Every name in a chain is a provider of its task: refused where the setting is
        read (every command), not when the engines first build that chain."""
        assert info.field_name is not None
        for names in table.values():
            for raw in names:
                provider_name(raw, PROVIDER_TABLES[info.field_name])
        return table

    @field_validator("whisper_compute_type", "translation_compute_type")
    @classmethod
    def _compute_type(cls, value: str) -> str:
        if value not in COMPUTE_TYPES:
            raise ValueError(f"not a compute type; choose from {', '.join(COMPUTE_TYPES)}")
        return value

    @field_validator("whisper_device", "translation_device")
    @classmethod
    def _device(cls, value: str) -> str:
        if value not in DEVICES:
            raise ValueError(f"not a device; choose from {', '.join(DEVICES)}")
        return value


class AudioConfig(EngineSettings):
    """What `EngineRegistry` is built from: the engine settings, frozen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    bhashini: OptionalBhashini = None
    """A ready Bhashini client configuration (its timeouts and retries too); None: one is
    made from the `bhashini_*` fields when a user id and API key are set."""

    @classmethod
    def from_settings(cls, settings: EngineSettings) -> AudioConfig:
        """The engine configuration of `settings` (the server's `Settings`, say): every
        `EngineSettings` field, and nothing else, taken as it is."""
        return cls(**{name: getattr(settings, name) for name in EngineSettings.model_fields})

    def bhashini_client_config(self) -> BhashiniConfig | None:
        """Bhashini's client configuration, or None when Bhashini is not configured."""
        if self.bhashini is not None:
            return self.bhashini
        if not (self.bhashini_user_id and self.bhashini_api_key):
            return None
        from audio.providers.bhashini import BhashiniConfig

        return BhashiniConfig(
            ulca_base_url=self.bhashini_ulca_url,
            user_id=self.bhashini_user_id,
            api_key=self.bhashini_api_key,
            pipeline_id=self.bhashini_pipeline_id,
        )
