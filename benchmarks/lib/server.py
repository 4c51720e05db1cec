"""A `vyaparmitra` command (`serve`, `sandbox`) run as a child process for a benchmark."""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Mapping, Sequence
from pathlib import Path

import httpx

from benchmarks.lib.machine import ROOT
from benchmarks.lib.output import fail

GENEROUS_LIMIT = "1000000/minute"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def bench_env(database_url: str) -> dict[str, str]:
    """What every benchmarked server gets: its database, a production-length secret (PyJWT
    warns on every token with a short one), no demo data, quiet logs, rate limits out of
    the way."""
    return {
        "VYAPAR_DATABASE_URL": database_url,
        "VYAPAR_SECRET_KEY": secrets.token_urlsafe(48),
        "VYAPAR_DEMO_DATA": "false",
        "VYAPAR_LOG_LEVEL": "WARNING",
        "VYAPAR_RATE_LIMIT_AUTH": GENEROUS_LIMIT,
        "VYAPAR_RATE_LIMIT_BIDS": GENEROUS_LIMIT,
        "VYAPAR_RATE_LIMIT_GENERAL": GENEROUS_LIMIT,
        "VYAPAR_RATE_LIMIT_SOCKETS": GENEROUS_LIMIT,
        "VYAPAR_RATE_LIMIT_JOINS": GENEROUS_LIMIT,
        # Every negotiation is opened from one address at a few stalls.
        "VYAPAR_RATE_LIMIT_STALL_DEALS": GENEROUS_LIMIT,
        "VYAPAR_RATE_LIMIT_SIGN_INS": GENEROUS_LIMIT,
    }


class SpawnedServer:
    """`python -m server.cli ARGS` in its own process group, its output in a log file,
    ready once `url` + `ready_path` answers; stopped (the whole group, if need be) by `stop`.

    `env` is added to this process's environment (without its `VYAPAR_` variables when
    `clean`); `profile` runs it under cProfile, writing the stats there on the way out.
    """

    def __init__(
        self,
        args: Sequence[str],
        env: Mapping[str, str],
        log_path: Path,
        url: str,
        *,
        ready_path: str = "/readyz",
        name: str = "the server",
        ready_status: int | None = 200,
        clean: bool = False,
        profile: Path | None = None,
    ) -> None:
        self.args = list(args)
        self.env = dict(env)
        self.log_path = log_path
        self.url = url
        self.ready_url = url + ready_path
        self.name = name
        self.ready_status = ready_status
        self.clean = clean
        self.profile = profile
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def start(self, timeout: float = 60.0) -> float:
        """Start it and wait until it is ready; returns the seconds that took."""
        base = {k: v for k, v in os.environ.items() if not (self.clean and k.startswith("VYAPAR_"))}
        prefix = ["-m", "cProfile", "-o", str(self.profile)] if self.profile else []
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        with self.log_path.open("wb") as out:
            self.proc = subprocess.Popen(
                [sys.executable, *prefix, "-m", "server.cli", *self.args],
                cwd=ROOT,
                env={**base, **self.env},
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = started + timeout
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    fail(
                        f"{self.name} exited with {self.proc.returncode} while starting; "
                        f"see {self.log_path}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    status = client.get(self.ready_url).status_code
                    if self.ready_status is None or status == self.ready_status:
                        return time.monotonic() - started
                time.sleep(0.2)
        self.stop()
        fail(f"{self.name} was not ready within {timeout:.0f} s; see {self.log_path}")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        # SIGINT under cProfile: uvicorn re-raises it after a clean shutdown and the
        # profiler writes its stats on the way out (SIGTERM would kill it first).
        # uvicorn's supervisor stops its workers too.
        proc.send_signal(signal.SIGINT if self.profile else signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # the group started for it
            proc.wait(timeout=10)


def serve(
    env: Mapping[str, str],
    log_path: Path,
    *,
    workers: int | None = None,
    ready_path: str = "/readyz",
) -> SpawnedServer:
    """`vyaparmitra serve` on a free port of 127.0.0.1 (not started yet)."""
    port = free_port()
    args = ["serve", "--host", "127.0.0.1", "--port", str(port)]
    if workers is not None:
        args += ["--workers", str(workers)]
    return SpawnedServer(args, env, log_path, f"http://127.0.0.1:{port}", ready_path=ready_path)
