"""The server's background reconciliation logs what a pass left undone.

`reconcile` itself only reports: the `payments reconcile` command prints that report and
one line on stderr, and the server's loop (`run_reconciler`) logs a warning for it.
"""

from __future__ import annotations

import asyncio
import logging
from types import SimpleNamespace
from typing import Any

import pytest

from server.payments import runtime
from server.payments.reconcile import ReconcileReport


async def test_a_pass_that_left_errors_is_logged_by_the_servers_loop(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    passes = 0

    async def one_pass(*_: Any, **__: Any) -> ReconcileReport:
        nonlocal passes
        passes += 1
        return ReconcileReport(errors=["checkout 7: gateway unavailable"] if passes == 1 else [])

    monkeypatch.setattr(runtime, "reconcile", one_pass)
    fake = SimpleNamespace(gateway=None, flow=SimpleNamespace(lease_seconds=30))
    caplog.set_level(logging.INFO, logger="vyaparmitra")
    task = asyncio.create_task(runtime.run_reconciler(None, fake, 0.01))  # type: ignore[arg-type]
    while passes < 2:
        await asyncio.sleep(0.01)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    warned = [r for r in caplog.records if r.getMessage() == "reconciliation left errors"]
    assert len(warned) == 1
    assert warned[0].levelno == logging.WARNING
    assert warned[0].errors == ["checkout 7: gateway unavailable"]  # type: ignore[attr-defined]
