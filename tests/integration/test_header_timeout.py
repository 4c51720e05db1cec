"""`vyaparmitra serve` closes a connection that does not deliver a complete request head
within `VYAPAR_HEADER_TIMEOUT_SECONDS`: one that sends nothing, half a request line,
headers without their blank line, or half a second head on a kept-alive connection.
A head that arrives in parts within the bound is served. Raw sockets against a real
spawned server (1 s bound here)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.spawned import spawned_serve

pytestmark = pytest.mark.serial

BOUND = 1.0
HEALTH = b"GET /healthz HTTP/1.1\r\nHost: t\r\n\r\n"


@contextlib.contextmanager
def serve(tmp_path: Path) -> Iterator[int]:
    with spawned_serve(tmp_path, {"VYAPAR_HEADER_TIMEOUT_SECONDS": str(BOUND)}) as port:
        yield port


def closed_after(conn: socket.socket, started: float) -> float:
    """Seconds from `started` until the server closed `conn` (whatever it sent first)."""
    conn.settimeout(15)
    while conn.recv(4096):
        pass
    return time.monotonic() - started


def test_a_connection_without_a_complete_head_is_closed(tmp_path: Path) -> None:
    with serve(tmp_path) as port:
        starts = {
            "nothing": b"",
            "half a request line": b"GET /api/ord",
            "headers without end": b"GET /healthz HTTP/1.1\r\nHost: x\r\n",
        }
        opened = {}
        for name, sent in starts.items():
            conn = socket.create_connection(("127.0.0.1", port))
            conn.sendall(sent)
            opened[name] = (conn, time.monotonic())
        # A kept-alive connection: answered, then half a second head.
        kept = socket.create_connection(("127.0.0.1", port))
        kept.sendall(HEALTH)
        assert kept.recv(4096).startswith(b"HTTP/1.1 200")
        kept.sendall(b"GET /healthz HTTP/1.1\r\nHo")
        opened["half a second head"] = (kept, time.monotonic())
        # A head in parts, within the bound, is served.
        slow = socket.create_connection(("127.0.0.1", port))
        slow.settimeout(10)
        slow.sendall(HEALTH[:10])
        time.sleep(BOUND / 3)
        slow.sendall(HEALTH[10:])
        assert slow.recv(4096).startswith(b"HTTP/1.1 200")
        slow.close()
        for name, (conn, started) in opened.items():
            with conn:
                took = closed_after(conn, started)
            assert BOUND * 0.8 <= took < BOUND + 5, (name, took)


def test_a_request_line_the_parser_cannot_read_is_a_plain_400(tmp_path: Path) -> None:
    """As docs/api.md says: a method outside the registered ones (or lower-case) is
    refused by the HTTP parser, before the application, in plain text, and the
    connection closed; the server goes on serving."""
    with serve(tmp_path) as port:
        for line in (b"FOO /api/me HTTP/1.1", b"get /healthz HTTP/1.1"):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
                conn.sendall(line + b"\r\nHost: t\r\n\r\n")
                answer = b""
                while chunk := conn.recv(4096):
                    answer += chunk
            head, _, body = answer.partition(b"\r\n\r\n")
            assert head.startswith(b"HTTP/1.1 400"), answer
            assert b"content-type: text/plain" in head.lower(), answer
            assert body == b"Invalid HTTP request received.", answer
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            conn.sendall(HEALTH)
            assert conn.recv(64).startswith(b"HTTP/1.1 200")


def rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


def trickle_head(conn: socket.socket, total: int) -> tuple[int, bytes]:
    """Send an endless header line, 16 KiB a write, up to `total` bytes or until the
    server answers or closes; the bytes sent and what came back."""
    conn.sendall(b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: ")
    sent = 0
    chunk = b"a" * 16384
    answer = b""
    try:
        while sent < total:
            conn.settimeout(10)
            conn.sendall(chunk)
            sent += len(chunk)
            conn.settimeout(0.001)
            try:
                answer = conn.recv(4096)
                break
            except TimeoutError:
                pass
    except OSError:  # reset or broken pipe: the server closed after answering
        pass
    conn.settimeout(5)
    with contextlib.suppress(OSError):
        while data := conn.recv(4096):
            answer += data
    return sent, answer


def test_a_head_over_the_size_bound_is_431_at_once_and_not_buffered(tmp_path: Path) -> None:
    """A request head over VYAPAR_MAX_HEADER_BYTES (64 KiB by default) is answered 431 in
    plain text and the connection closed as soon as the head passes the bound, whether it
    trickles in as one endless header line or comes in one write: the worker does not
    buffer it for the header timeout. A head under the bound is served."""
    with serve(tmp_path) as port:
        pattern = f"serve --host 127.0.0.1 --port {port}"
        pid = int(subprocess.check_output(["pgrep", "-n", "-f", pattern], text=True).split()[0])
        before = rss_kib(pid)
        for _ in range(4):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
                sent, answer = trickle_head(conn, 32 * 1024 * 1024)
            assert answer.startswith(b"HTTP/1.1 431 Request Header Fields Too Large"), answer
            assert answer.endswith(b"\r\n\r\nRequest header fields too large."), answer
            assert sent < 4 * 1024 * 1024, sent
        assert rss_kib(pid) - before < 16 * 1024, (before, rss_kib(pid))
        # One write: a 100 KiB header, or 2,000 small ones.
        for head in (
            b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: " + b"a" * 100_000 + b"\r\n\r\n",
            b"GET /healthz HTTP/1.1\r\nHost: t\r\n"
            + b"".join(b"X-H%d: %s\r\n" % (i, b"b" * 30) for i in range(2000))
            + b"\r\n",
        ):
            with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
                conn.sendall(head)
                answer = b""
                with contextlib.suppress(ConnectionResetError):
                    while data := conn.recv(4096):
                        answer += data
            assert answer.startswith(b"HTTP/1.1 431"), answer[:200]
        # Under the bound, kept alive: served, then served again.
        with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
            near = b"GET /healthz HTTP/1.1\r\nHost: t\r\nX-Big: " + b"a" * 60_000 + b"\r\n\r\n"
            for _ in range(3):
                conn.sendall(near)
                answer = b""
                while b"\r\n\r\n" not in answer:
                    answer += conn.recv(4096)
                assert answer.startswith(b"HTTP/1.1 200"), answer
                head, _, body = answer.partition(b"\r\n\r\n")
                length = int(head.lower().split(b"content-length: ")[1].split(b"\r\n")[0])
                while len(body) < length:
                    body += conn.recv(4096)
