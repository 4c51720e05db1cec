"""`vyaparmitra serve` as its own process on a free port, for tests that need the real
HTTP protocol (raw sockets, the request head, what uvicorn itself logs)."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from tests.integration.test_cli import SECRET, VYAPARMITRA
from tests.ports import free_port
from tests.workers import stop

_HEALTH = b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"


@contextlib.contextmanager
def spawned_serve(
    tmp_path: Path, env: dict[str, str] | None = None, output: IO[bytes] | None = None
) -> Iterator[int]:
    """A development server with no demo data and cold engines, `env` on top; its
    output goes to `output` (else nowhere). Yields the port once `/healthz` answers 200."""
    port = free_port()
    full = serve_env(tmp_path, env)
    sink = output if output is not None else subprocess.DEVNULL
    proc = subprocess.Popen(
        [str(VYAPARMITRA), "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=full,
        cwd=tmp_path,
        stdout=sink,
        stderr=subprocess.STDOUT if output is not None else subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 60
        while not _healthy(port):
            assert proc.poll() is None, "serve exited"
            assert time.monotonic() < deadline, "serve did not start"
            time.sleep(0.1)
        yield port
    finally:
        stop(proc)


def serve_env(tmp_path: Path, env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment `spawned_serve` gives `serve`: this one without any VYAPAR_
    setting, a development server on `tmp_path / "data"`, no demo data, cold engines;
    `env` on top."""
    full = {k: v for k, v in os.environ.items() if not k.startswith("VYAPAR_")}
    full.update(
        {
            "VYAPAR_ENV": "development",
            "VYAPAR_DATA_DIR": str(tmp_path / "data"),
            "VYAPAR_SECRET_KEY": SECRET,
            "VYAPAR_DEMO_DATA": "false",
            "VYAPAR_WARM_ENGINES": "false",
            # A busy CI machine runs the loop late; shedding is tested in test_unavailable.
            "VYAPAR_MAX_LOOP_LAG_MS": "0",
            **(env or {}),
        }
    )
    return full


def _healthy(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
            s.sendall(_HEALTH)
            return s.recv(64).startswith(b"HTTP/1.1 200")
    except OSError:
        return False
