"""Writing a file an operator named: a write that fails after the file opened (a full
disk, a quota) raises an OSError that names no file; this names it, so the command's
one line (`server.cli.operator_error`) says which file could not be written."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def naming(path: Path) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        if exc.filename is None:
            raise OSError(exc.errno, exc.strerror, str(path)) from None
        raise
