"""`serve`'s garbage collector thresholds: set by `tune_collector`, inherited by forked
workers."""

from __future__ import annotations

import gc
import os
import subprocess
import sys

import pytest

from server import prefork


def test_tune_collector_sets_the_serving_thresholds() -> None:
    before = gc.get_threshold()
    try:
        prefork.tune_collector()
        assert gc.get_threshold() == prefork.SERVING_GC_THRESHOLDS
        assert prefork.SERVING_GC_THRESHOLDS[0] > 700  # Python's default first threshold
    finally:
        gc.set_threshold(*before)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_forked_workers_inherit_them() -> None:
    before = gc.get_threshold()
    try:
        prefork.tune_collector()
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker
            os.write(write, repr(gc.get_threshold()).encode())
            os._exit(0)
        os.close(write)
        seen = os.read(read, 100).decode()
        os.waitpid(pid, 0)
        os.close(read)
        assert seen == repr(prefork.SERVING_GC_THRESHOLDS)
    finally:
        gc.set_threshold(*before)


@pytest.mark.parametrize("tables", [False, True])
def test_preload_builds_understandings_tables_only_for_a_warm_start(tables: bool) -> None:
    # In a process of its own: preload freezes the garbage collector.
    code = (
        "from server import prefork; from audio.number_tables import number_table; "
        f"prefork.preload(tables={tables}); print(number_table.cache_info().currsize)"
    )
    built = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300
    ).stdout.split()[-1]
    assert built == ("10" if tables else "0")
