"""Model and voice files pinned by SHA-256: each digest computed once per process while
the file is unchanged, and a folder whose files are not the pinned ones refused with
`ModelTampered` (never loaded)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from audio.model_errors import ModelTampered

_READ_CHUNK = 4 * 1024 * 1024

_verified: dict[tuple[str, int, int, int], str] = {}
"""Digests already computed in this process, by (path, inode, size, mtime)."""


def sha256_file(path: Path) -> str:
    """The file's SHA-256 (hex), computed once per process while the file is unchanged."""
    key = _key(path)
    digest = _verified.get(key)
    if digest is None:
        h = hashlib.sha256()
        with path.open("rb") as f:
            while chunk := f.read(_READ_CHUNK):
                h.update(chunk)
        digest = _verified[key] = h.hexdigest()
    return digest


def _key(path: Path) -> tuple[str, int, int, int]:
    st = path.stat()
    return (str(path.resolve()), st.st_ino, st.st_size, st.st_mtime_ns)


def remember_digest(path: Path, digest: str) -> None:
    """`path` (just written) has SHA-256 `digest`: not computed again in this process."""
    _verified[_key(path)] = digest


def verify_pinned(folder: Path, pins: dict[str, str], *, what: str, fix: str) -> None:
    """Raise `ModelTampered` naming the first file of `folder` whose SHA-256 is not pinned.

    `what` names the model in the message, `fix` says what to do about it.
    """
    for name, expected in pins.items():
        path = folder / name
        try:
            actual = sha256_file(path)
        except OSError as exc:
            raise ModelTampered(f"{what}: cannot read {path} ({exc}); {fix}") from exc
        if actual != expected:
            raise ModelTampered(
                f"{what}: {path} has SHA-256 {actual}, expected {expected} "
                f"(the file was changed or corrupted); {fix}"
            )
