"""Start-up checks of the engine settings (`vyaparmitra serve` runs them before it
binds): a chain with no provider that can work, a device or compute type the machine
does not run, a Whisper model the server cannot load without a download."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from audio.config import PROVIDER_TABLES, AudioConfig
from audio.registry import chain_for, whisper_model_name

log = logging.getLogger("vyaparmitra.audio")


def check_start_models(config: AudioConfig, languages: Sequence[str]) -> None:
    """Before a server warms the engines for `languages`: raise `ModelNotAvailable` (its
    message says what to do) for a Whisper model the warm-up could not make usable, nor
    any retry or restart (`ModelRegistry.check_startable`), so that start-up ends with
    that one line instead of a failed warm-up in every worker or engine process."""
    from audio.models import ModelRegistry

    models = ModelRegistry(config.model_cache_dir, extra=dict(config.whisper_model_dirs))
    for name in dict.fromkeys(
        whisper_model_name(config, language)
        for language in languages
        if "whisper" in chain_for(config.asr_providers, language, "asr")
    ):
        models.check_startable(name)


class EngineSettingsError(ValueError):
    """Engine settings this machine cannot run (a device it lacks, a compute type the
    device does not run, a chain with no provider that can work): refused at start-up."""


_NEEDS = {
    "bhashini": "VYAPAR_BHASHINI_USER_ID and VYAPAR_BHASHINI_API_KEY",
    "ct2": "VYAPAR_TRANSLATION_MODEL_DIR",
}
"""The providers that only work once configured, and the settings they need."""


def _runs_on(device: str, compute_type: str, *, names: tuple[str, str]) -> None:
    """`EngineSettingsError` unless CTranslate2 can use `device` here and run
    `compute_type` on it (`names`: the two settings, as an operator writes them)."""
    import ctranslate2

    device_name, compute_name = names
    cannot = f"{device_name}={device}: this machine cannot use that device"
    try:
        if device == "cuda" and ctranslate2.get_cuda_device_count() == 0:
            raise EngineSettingsError(f"{cannot} (no CUDA GPU is usable); set it to cpu")
        supported = ctranslate2.get_supported_compute_types(device)
    except (RuntimeError, ValueError) as exc:
        if isinstance(exc, EngineSettingsError):
            raise
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise EngineSettingsError(f"{cannot} ({reason}); set it to cpu") from None
    if compute_type not in ("default", "auto") and compute_type not in supported:
        raise EngineSettingsError(
            f"{compute_name}={compute_type} does not run on {device} here; choose from "
            f"{', '.join(sorted(supported))} (or auto)"
        )


def check_start_engines(config: AudioConfig) -> list[str]:
    """Before a server starts its engines: raise `EngineSettingsError` (one line naming
    the setting) for what would fail every turn or every start of the engine process, and
    return a warning for each named provider that will be skipped for want of its own
    settings (the chain goes on with the others).

    Refused: a Whisper or CTranslate2 translation device this machine lacks (`cuda` with
    no usable GPU) or a compute type the device does not run (`float16` on a CPU); a
    `VYAPAR_VOICES_DIR` that is not a folder; a chain left with no provider that can work
    (empty, or only Bhashini without its keys, or only `ct2` without its model)."""
    configured = {
        "bhashini": config.bhashini_client_config() is not None,
        "ct2": config.translation_model_dir is not None,
    }
    warnings: list[str] = []
    for setting, task in PROVIDER_TABLES.items():
        table = getattr(config, setting)
        variable = f"VYAPAR_{setting.upper()}"
        for key in table:
            chain = chain_for(table, key, task)
            usable = [name for name in chain if configured.get(name, True)]
            skipped = [name for name in chain if name not in usable]
            if not usable:
                needs = "; ".join(f"{name} needs {_NEEDS[name]}" for name in skipped)
                raise EngineSettingsError(
                    f"{variable}: {key!r} has no provider that can run"
                    + (f" ({needs})" if needs else " (the list is empty)")
                )
            for name in skipped:
                warnings.append(
                    f"{variable}: {name} is skipped for {key!r} until {_NEEDS[name]} are set"
                    if name == "bhashini"
                    else f"{variable}: {name} is skipped for {key!r} until {_NEEDS[name]} is set"
                )
    if config.voices_dir is not None and not config.voices_dir.is_dir():
        raise EngineSettingsError(f"VYAPAR_VOICES_DIR: {config.voices_dir} is not a folder")
    asr = config.asr_providers
    if any("whisper" in chain_for(asr, key, "asr") for key in asr):
        _runs_on(
            config.whisper_device,
            config.whisper_compute_type,
            names=("VYAPAR_WHISPER_DEVICE", "VYAPAR_WHISPER_COMPUTE_TYPE"),
        )
    if configured["ct2"] and any(
        "ct2" in chain_for(config.translation_providers, key, "translation")
        for key in config.translation_providers
    ):
        _runs_on(
            config.translation_device,
            config.translation_compute_type,
            names=("VYAPAR_TRANSLATION_DEVICE", "VYAPAR_TRANSLATION_COMPUTE_TYPE"),
        )
    return list(dict.fromkeys(warnings))
