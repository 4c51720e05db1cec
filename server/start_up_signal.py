"""A SIGTERM while `serve --workers N` starts, before uvicorn's supervisor takes the signal
over: start-up unwinds (the engine process stopped, the run's folder removed, by the
`ExitStack` that made them) and the process then ends as the signal would. A step that a
signal must not cut in half (`whole_step`) finishes first."""

from __future__ import annotations

import contextlib
import os
import signal
from collections.abc import Iterator
from typing import Any


class Terminated(BaseException):
    """A SIGTERM while `serve --workers N` starts (before uvicorn's supervisor takes the
    signal over): unwinds start-up so what it made is removed."""


class _Step:
    """Whether a SIGTERM now would cut a step of start-up in half (`held`), and whether
    one came meanwhile (`pending`): it then unwinds start-up once the step is done."""

    held = 0
    pending = False
    unwinding = False
    """Start-up is being unwound: a second SIGTERM must not cut the clean-up short (the
    engine process half stopped, its folder removed under it)."""


@contextlib.contextmanager
def whole_step() -> Iterator[None]:
    """A step of start-up that a SIGTERM must not cut in half: the run's folder made and
    its removal set up, or the engine process spawned and recorded (cut between the
    fork and the record, its process would live on unstopped and write into the folder
    as it is removed). A SIGTERM meanwhile unwinds start-up as soon as the step ends."""
    _Step.held += 1
    try:
        yield
    finally:
        _Step.held -= 1
    if not _Step.held and _Step.pending and not _Step.unwinding:
        _Step.pending = False
        _Step.unwinding = True
        raise Terminated


@contextlib.contextmanager
def ends_start_up(active: bool) -> Iterator[None]:
    """While `serve --workers N` starts (the run's folder made, the engine process
    loading, the app imported), a SIGTERM removes what was made (the engine process
    stopped, the run's folder removed) and then ends the process as the signal would."""
    if not active:
        yield
        return

    def terminated(signum: int, frame: Any) -> None:
        if _Step.held or _Step.unwinding:
            _Step.pending = True
            return
        _Step.unwinding = True
        raise Terminated

    previous = signal.signal(signal.SIGTERM, terminated)
    try:
        yield
    except Terminated:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTERM)
        raise SystemExit(128 + signal.SIGTERM) from None  # not reached: the signal ends it
    finally:
        _Step.pending = _Step.unwinding = False
        if signal.getsignal(signal.SIGTERM) is terminated:
            signal.signal(signal.SIGTERM, previous)
