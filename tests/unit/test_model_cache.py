"""What the model cache calls ready, and what it says about a `base` it cannot join again
(a read-only cache): the size is checked whenever it is looked at, the pinned SHA-256
before use and by `list(verify=True)`. A tiny or sparse fake, never a real model."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from audio import models
from audio.models import ModelCacheReadOnly, ModelRegistry, ModelTampered


def fake_base(cache: Path, size: int) -> Path:
    base = cache / "whisper-base"
    base.mkdir(parents=True)
    with (base / "model.bin").open("wb") as f:
        f.truncate(size)  # sparse: no disk, zeros when read
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (base / name).write_text("{}\n")
    (base / ".verified").write_text(models.BASE_SHA256 + "\n")
    return base


@pytest.fixture
def read_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ModelRegistry, "cache_writable", lambda self: False)


def test_a_truncated_base_is_not_ready_and_says_how_to_fix_it(tmp_path: Path) -> None:
    fake_base(tmp_path, 50_000)
    info = ModelRegistry(tmp_path).info("base")
    assert not info.ready and info.path is None
    assert "is 50000 bytes, expected 145217532" in info.note
    assert "vyaparmitra models prepare base" in info.note


def test_a_truncated_base_in_a_read_only_cache_cannot_be_prepared(
    tmp_path: Path, read_only: None
) -> None:
    fake_base(tmp_path, 50_000)
    registry = ModelRegistry(tmp_path)
    for attempt in (registry.prepare, registry.resolve, registry.check_startable):
        with pytest.raises(ModelCacheReadOnly) as caught:
            attempt("base")
        assert "cannot write the model cache" in str(caught.value)
        assert "VYAPAR_MODEL_CACHE_DIR at a writable folder" in str(caught.value)
    assert not (tmp_path / "whisper-base" / "model.bin.partial").exists()


def test_a_changed_base_of_the_right_size_is_caught_by_its_sha256(
    tmp_path: Path, read_only: None
) -> None:
    fake_base(tmp_path, models.BASE_SIZE)
    registry = ModelRegistry(tmp_path)
    assert registry.info("base").ready  # the size matches: only the digest tells
    (listed,) = [m for m in registry.list(verify=True) if m.name == "base"]
    assert not listed.ready and "expected " + models.BASE_SHA256 in listed.note
    with pytest.raises(ModelTampered) as caught:
        registry.prepare("base")
    assert isinstance(caught.value, ModelCacheReadOnly)
    assert "join it again: vyaparmitra models prepare base" not in str(caught.value)
    assert (tmp_path / "whisper-base" / ".verified").exists()


def test_a_writable_cache_is_writable(tmp_path: Path) -> None:
    assert ModelRegistry(tmp_path / "not-yet").cache_writable() == os.access(tmp_path, os.W_OK)
