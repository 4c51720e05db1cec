"""`serve`'s garbage collector thresholds: set by `tune_collector`, inherited by forked
workers."""

from __future__ import annotations

import gc
import os

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
