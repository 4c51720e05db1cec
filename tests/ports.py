"""Loopback ports for the servers the tests start (uvicorn, Redis, a TLS listener).

A port that the kernel hands out for `bind(("127.0.0.1", 0))` comes from its ephemeral
range (32768–60999 on Linux), the same range every outgoing connection on the machine
takes its local port from: between finding it free and the server binding it, a client
connection of another test can take it ("address already in use"). These ports come from
below that range instead. Each pytest process (an xdist worker, or the main one) draws from
a block of its own, starting at a point set by its pid so that two runs side by side
rarely meet, and hands its ports out in turn, so two tests never get the same one; a port
someone else holds is skipped.
"""

from __future__ import annotations

import itertools
import os
import socket

FIRST = 21_000
BLOCK = 1_000
BLOCKS = 11  # 21000–31999: workers gw0..gw9, then the main process

_next: itertools.count[int] | None = None


def _block() -> int:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if worker.startswith("gw") and worker[2:].isdigit():
        return int(worker[2:]) % (BLOCKS - 1)
    return BLOCKS - 1


def _bindable(host: str, port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return False
        return True


def free_port(host: str = "127.0.0.1") -> int:
    """A port on `host` that nobody listens on now and no other test of this run gets."""
    global _next
    if _next is None:
        _next = itertools.count(os.getpid() % BLOCK)
    start = FIRST + _block() * BLOCK
    for _ in range(BLOCK):
        port = start + next(_next) % BLOCK
        if _bindable(host, port):
            return port
    raise RuntimeError(f"no free port in {start}–{start + BLOCK - 1}")
