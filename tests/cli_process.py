"""The `vyaparmitra` command run as its own process, without paying for its imports each time.

A command's process spends most of its CPU importing SQLAlchemy, Alembic, pydantic and the
models (about 0.8 s of a 1 s `users deactivate`), and the suite runs a few hundred of
them. So each test worker keeps one *template* process that has imported the command's
modules and nothing else: no thread, no event loop, no database connection, no setting
read. Each run is a fresh fork of it that takes the run's standard streams, working folder,
environment and arguments, then does what the installed `vyaparmitra` script does,
`sys.exit(main())`, at the top level: an uncaught exception prints its traceback and exits
1, the interpreter shuts down as usual, and the test reads the exit status, standard
output and standard error of a real process, as `subprocess.run` gives them.

What differs from a cold start is only what the template imported before the run's
environment was in place; no module of the project reads the environment at import
(settings are read when a command calls `load_settings`). Commands that keep running
(`serve`, `sandbox`) or need a terminal are started as real subprocesses by their tests.
"""

from __future__ import annotations

import atexit
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "vyaparmitra"

PRELOAD = (
    "server.cli",
    "server.cli_db",
    "server.cli_users",
    "server.cli_qr",
    "server.cli_payments",
    "server.migrate",
    "server.db",
    "server.demo",
    "server.security",
    "server.domain.accounts",
    "models",
    "alembic.command",
    "alembic.config",
    "alembic.script",
    "alembic.runtime.migration",
    "aiosqlite",
    "psycopg",
    "sqlalchemy.dialects.sqlite.aiosqlite",
    "sqlalchemy.dialects.postgresql.psycopg",
)
"""What a command imports before it does anything (found with `python -X importtime`)."""

_MESSAGE = 1 << 20


def _serve(sock: socket.socket) -> bool:
    """The template's loop: one run at a time, until the test worker goes. True in a run's
    child, which then runs the command; False in the template when the worker has gone."""
    while True:
        message, fds, _flags, _addr = socket.recv_fds(sock, _MESSAGE, 3)
        if not message:
            return False
        request = json.loads(message)
        pid = os.fork()
        if pid == 0:
            sock.close()
            for target, fd in enumerate(fds):
                os.dup2(fd, target)
                os.close(fd)
            os.chdir(request["cwd"])
            os.environ.clear()
            os.environ.update(request["env"])
            sys.argv = request["argv"]
            sys.path[0] = str(Path(request["argv"][0]).parent)  # as the script's own start
            return True
        for fd in fds:
            os.close(fd)
        sock.send(json.dumps({"pid": pid}).encode())
        _pid, status = os.waitpid(pid, 0)
        sock.send(json.dumps({"status": os.waitstatus_to_exitcode(status)}).encode())


class Template:
    """One test worker's template process and the socket it takes runs on."""

    def __init__(self) -> None:
        ours, theirs = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = {k: v for k, v in os.environ.items() if not k.startswith("VYAPAR_")}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.cli_process", str(theirs.fileno())],
            pass_fds=(theirs.fileno(),),
            cwd=ROOT,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            start_new_session=True,
        )
        theirs.close()
        self.sock = ours
        self.lock = threading.Lock()

    def close(self) -> None:
        self.sock.close()  # the template sees the end and exits
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def run(
        self,
        argv: list[str],
        *,
        env: dict[str, str],
        cwd: Path,
        stdin: bytes | None,
        timeout: float,
    ) -> tuple[int, bytes, bytes]:
        """One run; the caller holds `lock` (one run at a time per template)."""
        with (
            tempfile.TemporaryFile() as inp,
            tempfile.TemporaryFile() as out,
            tempfile.TemporaryFile() as err,
        ):
            if stdin is not None:
                inp.write(stdin)
                inp.seek(0)
            source = inp.fileno() if stdin is not None else os.open(os.devnull, os.O_RDONLY)
            try:
                request = json.dumps({"argv": argv, "env": env, "cwd": str(cwd)}).encode()
                socket.send_fds(self.sock, [request], [source, out.fileno(), err.fileno()])
            finally:
                if stdin is None:
                    os.close(source)
            self.sock.settimeout(None)
            pid = json.loads(self.sock.recv(_MESSAGE))["pid"]
            self.sock.settimeout(timeout)
            try:
                reply = self.sock.recv(_MESSAGE)
            except TimeoutError:
                os.kill(pid, signal.SIGKILL)
                self.sock.settimeout(None)
                self.sock.recv(_MESSAGE)
                raise subprocess.TimeoutExpired(argv, timeout) from None
            finally:
                self.sock.settimeout(None)
            if not reply:
                raise RuntimeError("the command template process ended")
            out.seek(0)
            err.seek(0)
            return json.loads(reply)["status"], out.read(), err.read()


_templates: list[Template] = []
_templates_lock = threading.Lock()


def _free_template() -> Template:
    """A template not running a command now, its lock taken: runs made side by side from
    several threads each get one (another is started when every one is busy)."""
    with _templates_lock:
        _templates[:] = [t for t in _templates if t.process.poll() is None]
        for template in _templates:
            if template.lock.acquire(blocking=False):
                return template
        template = Template()
        atexit.register(template.close)
        template.lock.acquire()
        _templates.append(template)
        return template


def run_vyaparmitra(
    args: list[str],
    *,
    env: dict[str, str],
    cwd: Path,
    input: str | bytes | None = None,
    timeout: float = 120,
    text: bool = True,
) -> subprocess.CompletedProcess[Any]:
    """`subprocess.run([vyaparmitra, *args], env=env, cwd=cwd, input=input,
    capture_output=True, text=text, timeout=timeout, check=False)`, forked from this
    worker's template (started on first use; a second one when runs overlap)."""
    data = input.encode() if isinstance(input, str) else input
    argv = [str(SCRIPT), *args]
    template = _free_template()
    try:
        status, out, err = template.run(argv, env=env, cwd=cwd, stdin=data, timeout=timeout)
    finally:
        template.lock.release()
    if text:
        return subprocess.CompletedProcess(argv, status, out.decode(), err.decode())
    return subprocess.CompletedProcess(argv, status, out, err)


if __name__ == "__main__":
    import importlib

    listening = socket.socket(fileno=int(sys.argv[1]))
    for name in PRELOAD:
        importlib.import_module(name)
    assert threading.active_count() == 1, "the template must fork with one thread"
    if not _serve(listening):
        sys.exit(0)
    # A run's child: what the installed script does, as a script (click names the program
    # `python -m tests.cli_process` from these when they say a module was run).
    __package__ = None
    __spec__ = None
    from server.cli import main

    sys.exit(main())
