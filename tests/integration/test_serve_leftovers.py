"""`serve --workers N` leaves nothing in the temp folder, however it ends: a SIGTERM while
it starts removes what start-up made, and the next start removes what a killed run left
(server/runfolder.py)."""

from __future__ import annotations

import asyncio
import os
import shutil
import signal
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REDIS_URL, need
from tests.integration.test_live_two_processes import server_env, start_serve, stop, until_up


@pytest.fixture
def tmp() -> Iterator[Path]:
    """A temp folder of the test's own for `serve` (TMPDIR), its path short: Unix socket
    paths are limited to 107 bytes, which pytest's own folders nearly fill."""
    folder = Path(tempfile.mkdtemp(prefix="vl-", dir="/tmp"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _ours(tmp: Path) -> list[Path]:
    return sorted(tmp.glob("vyaparmitra-*"))


def _env(postgres_url: str, redis_url: str, tmp: Path) -> dict[str, str]:
    return {
        **server_env(postgres_url, redis_url, "leftover-secret-" + "l" * 32),
        "TMPDIR": str(tmp),
    }


async def test_a_killed_runs_folder_is_removed_by_the_next_start(
    postgres_url: str, tmp_path: Path, tmp: Path
) -> None:
    redis_url = need(REDIS_URL, "Redis")
    env = _env(postgres_url, redis_url, tmp)
    log = tmp_path / "first.log"
    proc, port = start_serve(env, log)
    try:
        await until_up(f"http://127.0.0.1:{port}", proc, log)
        (left,) = _ours(tmp)
        assert left.name.startswith(f"vyaparmitra-serve-{proc.pid}-")
        assert (left / "engines.sock").exists() and list((left / "metrics").glob("*.sock"))
        proc.kill()  # nothing of serve's own runs: its folder stays
        proc.wait()
        assert _ours(tmp) == [left]
        # Its workers and engine process notice the supervisor is gone and stop.
        deadline = time.monotonic() + 30
        while list((left / "metrics").glob("*.sock")) and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
    finally:
        stop(proc)

    log = tmp_path / "second.log"
    proc, port = start_serve(env, log)
    try:
        await until_up(f"http://127.0.0.1:{port}", proc, log)
        (now,) = _ours(tmp)  # the dead run's folder is gone; only this run's
        assert now.name.startswith(f"vyaparmitra-serve-{proc.pid}-")
    finally:
        stop(proc)
    assert proc.returncode in (0, -signal.SIGTERM), log.read_text()[-2000:]
    assert _ours(tmp) == []  # a clean stop removes its own


async def test_sigterm_while_starting_leaves_nothing(
    postgres_url: str, tmp_path: Path, tmp: Path
) -> None:
    redis_url = need(REDIS_URL, "Redis")
    env = _env(postgres_url, redis_url, tmp)
    log = tmp_path / "serve.log"
    proc, _ = start_serve(env, log, new_session=True)
    try:
        # As soon as the run's folder exists: the engine process is starting, or the app
        # is being imported for the workers.
        deadline = time.monotonic() + 60
        while not _ours(tmp) and proc.poll() is None and time.monotonic() < deadline:
            await asyncio.sleep(0.01)
        assert _ours(tmp), log.read_text()[-2000:]
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.to_thread(proc.wait, 30) == -signal.SIGTERM, log.read_text()
        assert _ours(tmp) == [], log.read_text()[-2000:]
        # No process of the run is left (the engine process among them).
        await asyncio.sleep(0.5)
        try:
            os.killpg(proc.pid, 0)
            alive = True
        except ProcessLookupError:
            alive = False
        assert not alive
    finally:
        stop(proc)
