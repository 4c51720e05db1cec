"""The benchmarks' shared library: statistics, output, the machine and a spawned server."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from benchmarks.lib.machine import (
    CpuMeter,
    Proc,
    load_average,
    process_cpu,
    processes,
    tree,
    tree_cpu,
)
from benchmarks.lib.output import cell, fail, finite, write_json
from benchmarks.lib.server import SpawnedServer, free_port
from benchmarks.lib.stats import median, percentile, rounded, spread_ms

# ---------------------------------------------------------------------------- stats


def test_percentile_is_nearest_rank() -> None:
    values = list(range(1, 101))  # 1..100
    assert percentile(values, 50) == 50
    assert percentile(values, 95) == 95
    assert percentile(values, 99.9) == 100
    assert percentile(values, 0) == 1
    assert percentile([3.0, 1.0, 2.0], 50) == 2.0  # unsorted input is sorted first
    assert percentile([7.0], 99) == 7.0


def test_percentile_of_nothing_is_none_and_infinity_is_the_slowest() -> None:
    assert percentile([], 50) is None
    assert percentile(iter([]), 95) is None
    assert percentile([1.0, math.inf, 2.0], 95) == math.inf
    assert percentile([1.0, math.inf, 2.0], 50) == 2.0


def test_median_and_rounded() -> None:
    assert median([]) is None
    assert median([4.0, 1.0, 3.0, 2.0]) == 2.5
    assert median(x for x in (5.0,)) == 5.0
    assert rounded(None, 1) is None
    assert rounded(math.inf, 1) == math.inf
    assert rounded(1.23456, 4) == 1.2346
    assert rounded(1.25, 0) == 1.0


def test_spread_ms_turns_seconds_into_milliseconds() -> None:
    spread = spread_ms([0.001, 0.002, 0.003, 0.004], (50, 99.9), 3)
    assert spread == {"mean": 2.5, "p50": 2.0, "p99.9": 4.0, "max": 4.0}
    assert spread_ms([], (50, 95), 2) == {"mean": None, "p50": None, "p95": None, "max": None}


# ---------------------------------------------------------------------------- output


def test_cell_right_aligns_and_names_what_is_missing() -> None:
    assert cell(None) == "     -"
    assert cell(math.nan, 4) == "   -"
    assert cell(math.inf, 5) == "  inf"
    assert cell(12.6) == "    13"
    assert cell(0.1234, 7, 3) == "  0.123"
    assert cell(0.25, 5, 0, 1000) == "  250"


def test_json_is_strict_with_timeouts_as_null(tmp_path: Path) -> None:
    document = {"p95": math.inf, "rows": [1.5, (math.inf, "हाँ")], "ok": True}
    assert finite(document) == {"p95": None, "rows": [1.5, [None, "हाँ"]], "ok": True}
    path = tmp_path / "deep" / "out.json"
    write_json(document, path)
    text = path.read_text(encoding="utf-8")
    assert "हाँ" in text  # Indic scripts as they are
    assert json.loads(text) == {"p95": None, "rows": [1.5, [None, "हाँ"]], "ok": True}


def test_fail_says_why_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        fail("no database")
    assert stopped.value.code == 2
    assert capsys.readouterr().err.rstrip().endswith(": no database")


# ---------------------------------------------------------------------------- machine


def test_process_trees_and_their_cpu() -> None:
    procs = [Proc(1, 0, "init", 1.0), Proc(2, 1, "a", 2.0), Proc(3, 2, "b", 3.0)]
    procs.append(Proc(4, 1, "c", 4.0))
    assert tree(procs, [2]) == {2, 3}
    assert tree(procs, [1]) == {1, 2, 3, 4}
    assert tree(procs, []) == set()
    assert tree_cpu(procs, [2]) == 5.0
    assert tree_cpu(procs, [99]) == 0.0


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_this_process_is_seen() -> None:
    assert os.getpid() in {p.pid for p in processes()}
    assert (process_cpu(os.getpid()) or 0.0) >= 0.0
    assert process_cpu(None) is None
    averages = load_average()
    assert averages is not None
    assert len(averages) == 3


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="reads /proc")
def test_cpu_meter_counts_this_client() -> None:
    meter = CpuMeter()
    deadline = time.process_time() + 0.05
    while time.process_time() < deadline:  # bounded: 50 ms of CPU
        pass
    cores = meter.cores()
    assert cores["server"] is None
    assert cores["client"] is not None
    assert cores["client"] > 0
    assert cores["other"] is not None
    assert cores["other"] >= 0


# ---------------------------------------------------------------------------- server


def test_free_port_can_be_bound() -> None:
    import socket

    port = free_port()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", port))


def test_a_server_that_exits_while_starting_is_reported(tmp_path: Path) -> None:
    port = free_port()
    server = SpawnedServer(
        ["no-such-command"], {}, tmp_path / "server.log", f"http://127.0.0.1:{port}"
    )
    with pytest.raises(SystemExit) as stopped:
        server.start(timeout=30)
    assert stopped.value.code == 2
    assert (tmp_path / "server.log").read_text()  # the CLI said why
    server.stop()  # stopping a process that is gone is fine


def test_stop_ends_a_running_child(tmp_path: Path) -> None:
    port = free_port()
    server = SpawnedServer([], {}, tmp_path / "server.log", f"http://127.0.0.1:{port}")
    server.proc = subprocess.Popen(
        [sys.executable, "-c", "import time; time.sleep(60)"], start_new_session=True
    )
    child = server.proc
    server.stop()
    assert child.poll() is not None
    assert server.pid is None


def test_a_first_phrase_heard_as_digits_is_not_lost() -> None:
    """`turn_latency`'s `lost`: a first phrase that is a price ("Thirty six,") heard in
    digits ("36,") was heard; one missing from the words was not."""
    from benchmarks.turn_data import Line
    from benchmarks.turns.analysis import first_phrase_lost

    line = Line("x", "vendor", ("Sixty two,", 0.35, "that is all."), ("bid", 6200))
    assert not first_phrase_lost(line, ["62, that is all."])
    assert first_phrase_lost(line, ["that is all."])
    assert first_phrase_lost(line, ["52, that is all."])
    other = Line("y", "vendor", ("Listen,", 0.35, "that is all."), ("other", None))
    assert not first_phrase_lost(other, ["Listen, that is all."])
    assert first_phrase_lost(other, ["that is all."])
