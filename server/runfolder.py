"""The private folder of one `serve --workers N` run, and the reaping of dead runs' folders.

A run of several workers keeps a few things in a folder of its own under the temp
folder (mode 0700): the engine process's socket (`engines.sock`), each worker's metrics
socket (`metrics/`, `server.metrics_peers`) and the drain mark (`draining`,
`server.drain`). `serve` removes it when it stops, when its start-up is cut short by an
error or a SIGTERM, and, since a process killed with SIGKILL (or a machine that lost
power) removes nothing, the next `serve` removes every such folder whose run is over: its
name carries the pid of the `serve` that made it (`vyaparmitra-serve-<pid>-…`), and a
folder of this user's whose pid no longer runs is a dead run's. A folder whose pid was
since given to another process is kept until that one ends (never one of a run that may
be alive).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

PREFIX = "vyaparmitra-serve-"
_NAME = re.compile(r"^vyaparmitra-serve-(\d+)-[A-Za-z0-9_]+$")

log = logging.getLogger("vyaparmitra")


def make() -> Path:
    """A new run folder, named for this process."""
    return Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-"))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def reap(base: Path | None = None) -> list[Path]:
    """Remove the run folders (in `base`, the temp folder by default) that this user's
    earlier `serve` runs left, whose process is gone; return them."""
    folder = base if base is not None else Path(tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    uid = os.getuid()
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None:
            continue
        pid = int(match[1])
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not entry.is_dir() or entry.is_symlink() or info.st_uid != uid:
            continue
        if pid == os.getpid() or _alive(pid):
            continue
        shutil.rmtree(entry, ignore_errors=True)
        removed.append(entry)
    if removed:
        log.info(
            "removed %d folder(s) of earlier runs that did not stop cleanly",
            len(removed),
            extra={"folders": [str(path) for path in removed]},
        )
    return removed
