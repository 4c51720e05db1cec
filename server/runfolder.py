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
be alive). Versions before this one made `vyaparmitra-engines-…` and
`vyaparmitra-metrics-…` folders with no pid in the name: such a folder is removed when no
socket in it answers and it is over a minute old (`_legacy_dead`).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import tempfile
import time
from pathlib import Path

PREFIX = "vyaparmitra-serve-"
_NAME = re.compile(r"^vyaparmitra-serve-(\d+)-[A-Za-z0-9_]+$")
_LEGACY = re.compile(r"^vyaparmitra-(?:engines|metrics)-[A-Za-z0-9_]+$")
LEGACY_GRACE_SECONDS = 60.0

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
        legacy = match is None and _LEGACY.match(entry.name) is not None
        if match is None and not legacy:
            continue
        try:
            info = entry.lstat()
        except OSError:
            continue
        if not entry.is_dir() or entry.is_symlink() or info.st_uid != uid:
            continue
        if match is None:
            if not _legacy_dead(entry, info.st_mtime):
                continue
        elif int(match[1]) == os.getpid() or _alive(int(match[1])):
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


def _legacy_dead(folder: Path, modified: float) -> bool:
    """A folder of an older version's run (no pid in its name) is over when it is past the
    grace (not one being set up now) and none of its sockets, in it or one level down,
    takes a connection."""
    if time.time() - modified < LEGACY_GRACE_SECONDS:
        return False
    try:
        sockets = [p for p in (*folder.glob("*.sock"), *folder.glob("*/*.sock")) if p.is_socket()]
    except OSError:
        return False
    for path in sockets:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(0.5)
            try:
                probe.connect(str(path))
            except OSError:
                continue
            return False  # a run still answers there
    return True
