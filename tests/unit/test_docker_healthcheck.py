"""The image's HEALTHCHECK asks the port the server listens on, whichever it is."""

from __future__ import annotations

import http.server
import os
import re
import shlex
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]


def healthcheck_code() -> str:
    text = (ROOT / "Dockerfile").read_text(encoding="utf-8").replace("\\\n", " ")
    match = re.search(r"HEALTHCHECK .*?CMD (python -c .*)", text)
    assert match is not None, "the Dockerfile has no HEALTHCHECK running python -c"
    argv = shlex.split(match.group(1))
    return argv[2]


class Healthz(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path == "/healthz" else 404)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def port() -> Iterator[int]:
    server = http.server.HTTPServer(("127.0.0.1", 0), Healthz)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def check(env_port: str | None) -> int:
    env = {k: v for k, v in os.environ.items() if k != "VYAPAR_PORT"}
    if env_port is not None:
        env["VYAPAR_PORT"] = env_port
    return subprocess.run(
        [sys.executable, "-c", healthcheck_code()], env=env, capture_output=True, timeout=20
    ).returncode


def test_the_check_follows_vyapar_port(port: int) -> None:
    assert check(str(port)) == 0
    assert check(str(free_port())) != 0
