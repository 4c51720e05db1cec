"""The host's engine process for `serve --workers N`: one copy of the speech models.

`serve` starts it before any worker (`EngineProcess.start`, then `wait_ready` while it
loads and warms the models), points the workers at its socket (`VYAPAR_ENGINE_SOCKET`),
and restarts it whenever it exits, or when it stops answering: pinged every few seconds,
one that has answered since it started and then leaves pings unanswered for
`hang_seconds` (a deadlock, a stopped or thrashing process) is killed and restarted. One
still loading is never killed for being slow: past `start_seconds` (when `serve` starts
the workers anyway) it is said once and left to finish, since a restart would only load
from the start again against the same clock. While it is down or loading, workers start
and serve, their turns get `engine_unavailable` and the TTS chain falls over to
espeak-ng; once it answers, turns go on. It runs in its own session (a Ctrl-C of `serve`
reaches it only through `stop`) and ends itself if `serve` goes away without stopping it.
One that cannot start for a reason no restart fixes (a model it cannot make usable: a
read-only cache holding a truncated `base`, say) writes that reason beside its socket and exits
`EXIT_CANNOT_RETRY`: it is not restarted, and `serve` ends with the reason as one line.

    python -m server.engine_process SOCKET_PATH
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from audio.engine_host import HostClient

log = logging.getLogger("vyaparmitra.engines")

RESTART_DELAY_SECONDS = 1.0
PARENT_CHECK_SECONDS = 2.0
PING_EVERY_SECONDS = 2.0
EXIT_CANNOT_RETRY = 78
"""The engine process's exit status when it cannot start and a restart would fail the
same way (EX_CONFIG); the reason is in `failure_file(path)`."""
START_FAILURES = 3
"""Exits in a row, each before the process answered, after which an engine process that
has never answered is given up (`failed`): a start that fails the same way each time (a
setting the engines cannot run with) would otherwise loop for ever while `serve` waits."""
MAX_RESTART_DELAY_SECONDS = 30.0
"""The longest wait before restarting one that keeps exiting before it answers, once it
has served: the delay doubles from `restart_delay` with each such exit in a row."""
PING_TIMEOUT_SECONDS = 2.0
"""A ping is answered by the engine process's event loop, never queued behind a decode
(those run in its pools' threads), so a busy process still answers within this."""


def failure_file(path: str | Path) -> Path:
    """Where an engine process that exits `EXIT_CANNOT_RETRY` leaves its one-line reason."""
    return Path(f"{path}.failed")


class EngineProcess:
    """Starts the engine process, restarts it when it exits (unless it cannot start for a
    reason a restart cannot fix: `failed`), stops it."""

    def __init__(
        self,
        path: str | Path,
        *,
        restart_delay: float = RESTART_DELAY_SECONDS,
        hang_seconds: float = 20.0,
        start_seconds: float = 300.0,
        ping_every: float = PING_EVERY_SECONDS,
        ping_timeout: float = PING_TIMEOUT_SECONDS,
    ) -> None:
        self.path = Path(path)
        self.restart_delay = restart_delay
        self.hang_seconds = hang_seconds
        self.start_seconds = start_seconds
        self.ping_every = ping_every
        self.client = HostClient(self.path, timeout=5.0)
        self._pinger = HostClient(self.path, timeout=ping_timeout)
        self.proc: subprocess.Popen[bytes] | None = None
        self.restarts = 0
        self.hangs = 0
        """Processes killed for leaving pings unanswered (each is then restarted)."""
        self._spawned_at = 0.0
        self._answered_at: float | None = None
        self._slow: subprocess.Popen[bytes] | None = None
        """The process last told to be still loading past `start_seconds` (told once)."""
        self._killed: subprocess.Popen[bytes] | None = None
        """The process last killed for hanging: until `_watch` has reaped and replaced it,
        it is not killed (nor counted) again (a stopped process can take a while to die
        on a loaded machine)."""
        self.failed: str | None = None
        """Why it cannot start, when it exited `EXIT_CANNOT_RETRY` or `START_FAILURES`
        times in a row before it ever answered (then not restarted)."""
        self.served = False
        """Whether any of its processes has answered since `start`."""
        self._silent_exits = 0
        """Exits in a row of processes that had not answered."""
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._monitor: threading.Thread | None = None
        self._liveness: threading.Thread | None = None

    def _spawn(self) -> None:
        self.proc = subprocess.Popen(  # noqa: S603 (this interpreter, our module, our path)
            [sys.executable, "-m", "server.engine_process", str(self.path)],
            start_new_session=True,
        )
        self._spawned_at, self._answered_at = time.monotonic(), None
        log.info("engine process started", extra={"pid": self.proc.pid})

    def start(self) -> None:
        with self._lock:
            self._spawn()
        self._monitor = threading.Thread(target=self._watch, name="engine-process", daemon=True)
        self._monitor.start()
        self._liveness = threading.Thread(
            target=self._check_answers, name="engine-process-ping", daemon=True
        )
        self._liveness.start()

    def _check_answers(self) -> None:
        """Kill a process that stopped answering; `_watch` then restarts it."""
        while not self._stopping.wait(self.ping_every):
            with self._lock:
                proc, spawned_at = self.proc, self._spawned_at
            if proc is None or proc is self._killed or proc.poll() is not None:
                continue  # killed or exited: `_watch` restarts it
            try:
                reply = self._pinger.ping()
            except Exception:
                reply = None
            now = time.monotonic()
            with self._lock:
                if proc is not self.proc:
                    continue  # replaced meanwhile
                if reply is not None and reply.get("pid") == proc.pid:
                    self._answered(now)
                    continue
                if self._answered_at is None:
                    # Still loading: never killed for being slow (each restart would load
                    # from the start again, against the same deadline); said once.
                    if now - spawned_at >= self.start_seconds and proc is not self._slow:
                        self._slow = proc
                        log.warning(
                            "engine process still loading; not killed for it (voice turns "
                            "get engine_unavailable until it answers)",
                            extra={"pid": proc.pid, "loading_s": round(now - spawned_at, 1)},
                        )
                    continue
                silent = now - self._answered_at
                if silent < self.hang_seconds or self._stopping.is_set():
                    continue
                self.hangs += 1
                self._killed = proc
                log.error(
                    "engine process stopped answering; killing it to restart it",
                    extra={"pid": proc.pid, "silent_s": round(silent, 1)},
                )
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()

    def _watch(self) -> None:
        while not self._stopping.is_set():
            proc = self.proc
            assert proc is not None
            code = proc.wait()
            if self._stopping.is_set():
                return
            if code == EXIT_CANNOT_RETRY:
                reason = failure_file(self.path)
                try:
                    text = reason.read_text(encoding="utf-8").strip()
                except OSError:
                    text = ""
                self.failed = text or "the engine process cannot start (no reason given)"
                log.error(
                    "engine process cannot start; not restarting it",
                    extra={"exit_code": code, "reason": self.failed},
                )
                return
            with self._lock:
                answered = self._answered_at is not None
                self._silent_exits = 0 if answered else self._silent_exits + 1
                silent_exits = self._silent_exits
            if not self.served and silent_exits >= START_FAILURES:
                self.failed = (
                    f"The engine process exited {silent_exits} times at start-up, before it "
                    f"answered (exit status {code}; its reason is logged above): not "
                    "restarted."
                )
                log.error(
                    "engine process cannot start; not restarting it",
                    extra={"exit_code": code, "reason": self.failed},
                )
                return
            delay = min(
                self.restart_delay * 2 ** max(silent_exits - 1, 0), MAX_RESTART_DELAY_SECONDS
            )
            log.error(
                "engine process exited; restarting it",
                extra={"exit_code": code, "restart_in_s": round(delay, 1)},
            )
            if self._stopping.wait(delay):
                return
            with self._lock:
                if self._stopping.is_set():
                    return
                self.restarts += 1
                self._spawn()

    def _answered(self, now: float) -> None:
        """The current process answered (hold the lock)."""
        self._answered_at = now
        self._silent_exits = 0
        self.served = True

    def ready(self) -> bool:
        try:
            reply = self.client.ping()
        except Exception:
            return False
        with self._lock:
            if self.proc is not None and reply.get("pid") == self.proc.pid:
                self._answered(time.monotonic())
        return True

    def wait_ready(self, timeout: float) -> bool:
        """Whether it answers within `timeout` (loading and warming the models)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and self.failed is None:
            if self.ready():
                return True
            time.sleep(0.1)
        return False

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def stop(self, timeout: float = 10.0) -> None:
        self._stopping.set()
        with self._lock:
            proc = self.proc
        if proc is not None and proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        for thread in (self._monitor, self._liveness):
            # a SIGTERM during `start` can stop it between making a thread and starting
            # it: one never started has nothing to wait for (and `join` would raise)
            if thread is not None and thread.is_alive():
                thread.join(timeout)
        for leftover in (self.path, failure_file(self.path)):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


async def _orphan_watch(parent: int) -> None:
    """End this process once the `serve` that started it is gone."""
    while os.getppid() == parent:  # noqa: ASYNC110 (no event tells of a parent's end)
        await asyncio.sleep(PARENT_CHECK_SECONDS)
    log.error("serve is gone; the engine process ends")
    os._exit(0)


async def _run(path: str) -> None:
    import signal

    from audio.config import AudioConfig
    from audio.engine_host import EngineHost
    from audio.model_errors import ModelNotAvailable
    from audio.registry import EngineRegistry
    from server.settings import load_settings

    settings = load_settings()
    config = AudioConfig.from_settings(settings).model_copy(update={"engine_socket": None})
    registry = EngineRegistry(config)
    watch = asyncio.create_task(_orphan_watch(os.getppid()))
    if settings.warm_engines:
        # Warm before answering: `serve` waits for the first answer to start the workers.
        try:
            timings = await registry.warm(settings.warm_languages, understanding=False)
        except Exception as exc:
            cause = exc if isinstance(exc, ModelNotAvailable) else exc.__cause__
            if not isinstance(cause, ModelNotAvailable):
                raise
            # The same models, checked the same way, after any restart: say why and stop.
            failure_file(path).write_text(str(cause).splitlines()[0] + "\n", encoding="utf-8")
            os._exit(EXIT_CANNOT_RETRY)
        log.info("engine process warm", extra={k: round(v, 3) for k, v in timings.items()})
    serving = asyncio.create_task(EngineHost(registry).serve(path))
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, serving.cancel)
    try:
        await serving
    except asyncio.CancelledError:
        pass
    finally:
        watch.cancel()
        await registry.aclose()


def main() -> None:
    from server.logs import configure_logging
    from server.settings import load_settings

    settings = load_settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    asyncio.run(_run(sys.argv[1]))


if __name__ == "__main__":
    main()
