"""Test workers kept apart: under pytest-xdist (`pytest -n N`, as scripts/test.sh runs the
suite) every worker process gets its own PostgreSQL database and its own Redis server, so
workers never see each other's rows, keys or pub/sub messages (Redis channels are shared
by all of a server's databases, and room numbers restart at 1 in every test).

The first worker (and a plain `pytest` run) uses the services of scripts/services.sh as
they are; the others get a database `<name>_gwN` on the same PostgreSQL server (made
empty at start) and a Redis server of their own on a free loopback port, stopped with
the worker (and killed by the kernel should the worker die).
"""

from __future__ import annotations

import atexit
import ctypes
import os
import shutil
import signal
import socket
import subprocess
import time

from sqlalchemy import create_engine, pool, text
from sqlalchemy.engine import make_url

from server import sync_db
from tests.ports import free_port


def worker_index() -> int:
    """0 for the first xdist worker and for a run without workers; N for worker `gwN`."""
    name = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    return int(name.removeprefix("gw") or 0)


def own_postgres(url: str, index: int) -> str:
    """An empty database for worker `index` on the server of `url`."""
    name = f"{make_url(url).database}_gw{index}"
    admin = create_engine(
        sync_db.sync_url(url), isolation_level="AUTOCOMMIT", poolclass=pool.NullPool
    )
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(url).set(database=name).render_as_string(hide_password=False)


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def own_redis() -> str:
    """A fresh Redis server on loopback, for this process only."""
    binary = shutil.which("redis-server")
    if binary is None:
        raise RuntimeError("redis-server is needed to give each test worker its own Redis")
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=_die_with_parent,  # before exec: no threads run yet
    )
    atexit.register(process.terminate)
    deadline = time.monotonic() + 10
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5) as conn:
                conn.sendall(b"PING\r\n")
                if conn.recv(16).startswith(b"+PONG"):
                    return f"redis://127.0.0.1:{port}/0"
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"the worker's Redis server did not start on port {port}")
        time.sleep(0.02)


def isolate(postgres_url: str | None, redis_url: str | None) -> tuple[str | None, str | None]:
    """The service URLs this worker should use."""
    index = worker_index()
    if index == 0:
        return postgres_url, redis_url
    return (
        own_postgres(postgres_url, index) if postgres_url else None,
        own_redis() if redis_url else None,
    )


def stop(process: subprocess.Popen[bytes]) -> None:
    """End a server a test started: SIGTERM, 15 s to finish, then SIGKILL."""
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
