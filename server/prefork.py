"""Workers forked from a prepared parent, so what every worker holds alike is one copy.

A spawned worker (uvicorn's default) is a fresh interpreter: it imports the whole server
again (about 110 MiB of private memory) and builds understanding's tables for the ten
languages again (about 140 MiB). `serve --workers N` instead imports the app and builds
those tables once, in the parent, freezes them out of the garbage collector's reach
(`gc.freeze`: a collection would otherwise write to every object's header and so copy
every page), and forks the workers: those pages stay shared until a worker writes to them.

Only pure Python is prepared before the fork. Native engines that keep thread pools are
not fork-safe: CTranslate2's decode hangs in a forked child whose parent had loaded and
run the model, the threads it runs a model on not being in the child (`python -m
benchmarks.memory --modes fork` shows it). So the speech models live in the engine
process (`server.engine_process`), and the VAD's onnxruntime sessions are made in each
worker after the fork, by its lifespan, as before.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import threading
import time

SERVING_GC_THRESHOLDS = (20_000, 20, 20)
"""The garbage collector's thresholds while serving (Python's are 700, 10, 10). A request
makes and drops thousands of tracked objects (ORM rows, statements, coroutines), nearly
all freed by their reference counts; at 700 the collector ran every few requests and
promoted what was merely in flight, so that full collections of every long-lived object
came every few seconds: about an eighth of a worker's CPU under payment load. At these
thresholds it runs about thirty times less often; what it finds is the same."""


def tune_collector() -> None:
    """Set `SERVING_GC_THRESHOLDS` in `serve`'s process: a single worker runs in it, and
    forked workers inherit them (spawned ones keep Python's)."""
    gc.set_threshold(*SERVING_GC_THRESHOLDS)


def preload(*, tables: bool = True) -> None:
    """Import the app and, with `tables`, build understanding's tables in this (the
    parent) process; without, each worker builds a language's tables when it first hears
    that language (`VYAPAR_WARM_ENGINES=false`: a start in seconds, not a warm one)."""
    import server.app  # noqa: F401 (imported for its pages, shared after the fork)

    if tables:
        from audio.registry import _prepare_understanding

        _prepare_understanding()
    gc.collect()
    gc.freeze()


def fork_workers() -> bool:
    """Make uvicorn's supervisor fork its workers instead of spawning fresh interpreters.

    uvicorn takes its process context from `uvicorn._subprocess.spawn` (0.30 to 0.54, the
    versions pyproject.toml allows; False, with a warning, where it is not there). A
    worker that dies is forked again from the same prepared parent."""
    import uvicorn._subprocess

    if not hasattr(uvicorn._subprocess, "spawn"):
        logging.getLogger("vyaparmitra").warning(
            "this uvicorn takes its process context elsewhere: workers are spawned, not forked"
        )
        return False
    uvicorn._subprocess.spawn = multiprocessing.get_context("fork")  # type: ignore[assignment]
    return True


SUPERVISOR_PID = "VYAPAR_SERVE_SUPERVISOR_PID"
"""Set by `serve --workers N` (N > 1) to its own pid, for the workers it starts."""
SUPERVISOR_CHECK_SECONDS = 1.0
ORPHAN_GRACE_SECONDS = 10.0
"""How long an orphaned worker's graceful stop (sockets closed with 1012, requests
finished) may take before it exits anyway."""

log = logging.getLogger("vyaparmitra")


def mark_supervisor() -> None:
    """In `serve`, before uvicorn's supervisor starts its workers: they watch this pid."""
    os.environ[SUPERVISOR_PID] = str(os.getpid())


def watch_supervisor(
    *, every: float = SUPERVISOR_CHECK_SECONDS, grace: float = ORPHAN_GRACE_SECONDS
) -> threading.Thread | None:
    """In a worker of `serve --workers N`: stop once the supervisor that started it is gone
    (killed with SIGKILL, say, which leaves it no time to stop its workers). An orphan
    would go on holding the port with no engine process (which ends with `serve`) and no
    one to restart it, and a new `serve` could not bind the port. The worker stops as on
    SIGTERM (open sockets closed with 1012), and exits after `grace` seconds if that has
    not finished. Nothing is watched in `serve`'s own process (one worker)."""
    raw = os.environ.get(SUPERVISOR_PID, "")
    if not raw.isdigit() or int(raw) == os.getpid():
        return None
    supervisor = int(raw)

    def watch() -> None:
        while os.getppid() == supervisor:
            time.sleep(every)
        log.error(
            "serve is gone; this worker stops",
            extra={"supervisor_pid": supervisor, "pid": os.getpid()},
        )
        os.kill(os.getpid(), signal.SIGTERM)
        time.sleep(grace)
        log.error("the worker did not stop in time; it exits", extra={"pid": os.getpid()})
        os._exit(1)

    thread = threading.Thread(target=watch, name="supervisor-watch", daemon=True)
    thread.start()
    return thread
