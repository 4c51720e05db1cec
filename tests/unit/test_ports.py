"""The tests' own loopback ports: outside the kernel's ephemeral range, never handed out
twice in one process, never one that someone already listens on."""

from __future__ import annotations

import itertools
import socket
from pathlib import Path

import pytest

from tests import ports


def test_ports_are_below_the_ephemeral_range_and_distinct() -> None:
    got = [ports.free_port() for _ in range(50)]
    assert len(set(got)) == 50
    ephemeral = Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()
    assert int(ephemeral[0]) >= ports.FIRST + ports.BLOCK * ports.BLOCKS
    assert all(ports.FIRST <= p < ports.FIRST + ports.BLOCK * ports.BLOCKS for p in got)


def test_a_port_in_use_is_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    start = ports.FIRST + ports._block() * ports.BLOCK
    k = (ports.free_port() - start + 1) % ports.BLOCK
    with socket.socket() as held:
        held.bind(("127.0.0.1", start + k))
        held.listen()
        monkeypatch.setattr(ports, "_next", itertools.count(k))
        assert ports.free_port() == start + (k + 1) % ports.BLOCK


def test_each_worker_has_its_own_block(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTEST_XDIST_WORKER", "gw3")
    assert ports._block() == 3
    monkeypatch.delenv("PYTEST_XDIST_WORKER")
    assert ports._block() == ports.BLOCKS - 1
