"""Stopping the engine process supervisor however far `start` got."""

from __future__ import annotations

import threading
from pathlib import Path

from server.engine_process import EngineProcess


def test_stop_after_a_start_cut_short_before_its_threads_ran(tmp_path: Path) -> None:
    """A SIGTERM while `start` makes its watcher threads can leave one made but never
    started; stopping then ends cleanly instead of raising from `join`."""
    engines = EngineProcess(tmp_path / "engines.sock")
    engines._monitor = threading.Thread(target=lambda: None, daemon=True)
    engines.stop(timeout=0.1)
    assert engines._stopping.is_set()
