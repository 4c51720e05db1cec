"""What the model cache calls ready, and what it says about a `base` it cannot join again
(a read-only cache): the size is checked whenever it is looked at, the pinned SHA-256
before use and by `list(verify=True)`. A tiny or sparse fake, never a real model."""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

import pytest

from audio import models
from audio.model_errors import ModelCacheFull, ModelCacheReadOnly, ModelTampered
from audio.models import ModelRegistry


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


class _Usage(NamedTuple):
    free: int


def _halves(tmp_path: Path, size: int) -> list[Path]:
    halves = []
    for n in (1, 2):
        half = tmp_path / "pkg" / f"model.bin.part{n}"
        half.parent.mkdir(exist_ok=True)
        half.write_bytes(b"\0" * size)
        halves.append(half)
    return halves


def test_a_cache_on_a_disk_too_small_is_one_line_naming_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Start-up (`check_startable`) and `prepare` say so before writing a byte."""
    monkeypatch.setattr(models, "_base_halves", lambda: _halves(tmp_path, 3 * 2**20))
    monkeypatch.setattr(models.shutil, "disk_usage", lambda _path: _Usage(free=2**20))
    registry = ModelRegistry(tmp_path / "cache")
    for attempt in (registry.check_startable, registry.prepare):
        with pytest.raises(ModelCacheFull) as caught:
            attempt("base")
        line = str(caught.value)
        assert "\n" not in line and str(tmp_path / "cache" / "whisper-base") in line
        assert "needs 6 MiB and that disk has 1 MiB free" in line
        assert "VYAPAR_MODEL_CACHE_DIR" in line
    assert not (tmp_path / "cache" / "whisper-base" / "model.bin.partial").exists()


def test_a_disk_that_fills_while_joining_leaves_no_partial_file_and_names_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(models, "_base_halves", lambda: _halves(tmp_path, 2 * models._CHUNK))
    real_open = Path.open

    def filling(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        f = real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]
        if self.name == "model.bin.partial":
            written = [0]
            write = f.write

            def write_until_full(chunk: bytes) -> int:
                if written[0] >= models._CHUNK:
                    raise OSError(28, "No space left on device")
                written[0] += len(chunk)
                return int(write(chunk))

            f.write = write_until_full
        return f

    monkeypatch.setattr(Path, "open", filling)
    registry = ModelRegistry(tmp_path / "cache")
    with pytest.raises(ModelCacheFull) as caught:
        registry.prepare("base")
    partial = tmp_path / "cache" / "whisper-base" / "model.bin.partial"
    assert f"could not write {partial} (No space left on device)" in str(caught.value)
    assert not partial.exists()
