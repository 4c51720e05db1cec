"""`serve`'s run folders: the next start removes those whose run is over, and no other."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from server import runfolder


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_a_dead_runs_folder_is_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    dead = tmp_path / f"vyaparmitra-serve-{_dead_pid()}-ab12_x"
    (dead / "metrics").mkdir(parents=True)
    (dead / "metrics" / "123.sock").write_bytes(b"")
    (dead / "engines.sock").write_bytes(b"")
    alive = tmp_path / f"vyaparmitra-serve-{os.getppid()}-cd34"
    alive.mkdir()
    mine = tmp_path / f"vyaparmitra-serve-{os.getpid()}-ef56"
    mine.mkdir()
    others = [
        tmp_path / "vyaparmitra-serve-notapid-x",  # not a name `serve` makes
        tmp_path / "vyaparmitra-engines-abcd",  # an older version's, just made
        tmp_path / "something-else",
    ]
    for folder in others:
        folder.mkdir()
    a_file = tmp_path / f"vyaparmitra-serve-{_dead_pid()}-file"
    a_file.write_text("not a folder")

    assert runfolder.reap(tmp_path) == [dead]
    assert not dead.exists()
    assert alive.is_dir() and mine.is_dir() and a_file.is_file()
    assert all(folder.is_dir() for folder in others)


def test_a_new_folder_is_private_and_named_for_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    folder = runfolder.make()
    assert folder.parent == tmp_path
    assert folder.name.startswith(f"vyaparmitra-serve-{os.getpid()}-")
    assert folder.stat().st_mode & 0o777 == 0o700
    assert runfolder.reap(tmp_path) == []  # its own: kept


def test_an_older_versions_folders_go_when_nothing_answers_in_them() -> None:
    """Folders named before names carried a pid: removed once past the grace and when no
    socket in them takes a connection; one a live run still answers in is kept."""
    import shutil
    import socket
    import tempfile

    # A short folder: a Unix socket's path has room for about 100 bytes, and pytest's
    # own temporary folders under xdist come close to it.
    tmp_path = Path(tempfile.mkdtemp(prefix="rf-", dir="/tmp"))
    try:
        _older_versions_folders(tmp_path, socket)
    finally:
        shutil.rmtree(tmp_path, ignore_errors=True)


def _older_versions_folders(tmp_path: Path, socket: Any) -> None:

    old = time.time() - 3600
    dead_engines = tmp_path / "vyaparmitra-engines-k2j4"
    dead_engines.mkdir()
    with socket.socket(socket.AF_UNIX) as gone:
        gone.bind(str(dead_engines / "engines.sock"))  # bound, never listening: refuses
    dead_metrics = tmp_path / "vyaparmitra-metrics-p9q1"
    dead_metrics.mkdir()
    live = tmp_path / "vyaparmitra-metrics-live"
    (live / "x").mkdir(parents=True)
    listening = socket.socket(socket.AF_UNIX)
    listening.bind(str(live / "x" / "4242.sock"))
    listening.listen()
    young = tmp_path / "vyaparmitra-engines-young"
    young.mkdir()
    for folder in (dead_engines, dead_metrics, live):
        os.utime(folder, (old, old))
    try:
        removed = runfolder.reap(tmp_path)
    finally:
        listening.close()
    assert sorted(removed) == sorted([dead_engines, dead_metrics])
    assert live.is_dir() and young.is_dir()
