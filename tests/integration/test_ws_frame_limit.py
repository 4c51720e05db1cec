"""`vyaparmitra serve` applies the socket message limit (`VYAPAR_WS_MAX_MESSAGE_BYTES`)
while a frame is read: a frame that says it is larger is refused at its header (1009),
and a compressed (permessage-deflate) message is refused once it inflates past the
limit, never buffered or inflated up to the server library's own 16 MiB first. Raw
sockets and a client against a real spawned server."""

from __future__ import annotations

import base64
import json
import os
import socket
import struct
import time
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import ConnectionClosed
from websockets.sync.client import ClientConnection, connect

from tests.integration.test_header_timeout import serve

pytestmark = pytest.mark.serial

LIMIT = 64 * 1024


def vendor_ticket(port: int) -> str:
    with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
        r = http.post(
            "/api/auth/register",
            json={
                "name": "Frame Limit",
                "phone": "9876512345",
                "password": "a-long-password-1",
                "role": "vendor",
                "business_name": "Limits",
            },
        )
        assert r.status_code == 201, r.text
        token = r.json()["token"]
        r = http.post("/api/ws-ticket", json={}, headers={"Authorization": f"Bearer {token}"})
        assert r.status_code == 200, r.text
        return str(r.json()["ticket"])


def upgrade(port: int, ticket: str) -> socket.socket:
    conn = socket.create_connection(("127.0.0.1", port), timeout=10)
    key = base64.b64encode(os.urandom(16)).decode()
    conn.sendall(
        f"GET /ws/vendor?ticket={ticket} HTTP/1.1\r\nHost: t\r\nUpgrade: websocket\r\n"
        f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\n"
        "Sec-WebSocket-Version: 13\r\n\r\n".encode()
    )
    head = b""
    while b"\r\n\r\n" not in head:
        head += conn.recv(4096)
    assert head.startswith(b"HTTP/1.1 101"), head
    return conn


def close_code_within(conn: socket.socket, seconds: float) -> int | None:
    """The close code of the first close frame the server sends within `seconds` (None:
    none came, the server is still reading)."""
    conn.settimeout(0.2)
    buffer = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            data = conn.recv(65536)
        except TimeoutError:
            continue
        if not data:
            break
        buffer += data
        while len(buffer) >= 2:
            opcode, length, start = buffer[0] & 0x0F, buffer[1] & 0x7F, 2
            if length == 126:
                length, start = struct.unpack(">H", buffer[2:4])[0], 4
            if len(buffer) < start + length:
                break
            if opcode == 0x8:
                return int(struct.unpack(">H", buffer[start : start + 2])[0])
            buffer = buffer[start + length :]
    return None


def read_until_closed(ws: ClientConnection) -> None:
    while True:
        ws.recv(timeout=10)


def test_a_frame_larger_than_the_limit_is_refused_at_its_header(tmp_path: Path) -> None:
    with serve(tmp_path) as port:
        conn = upgrade(port, vendor_ticket(port))
        with conn:
            # A binary frame that says it carries 1 MiB, and a first few bytes of it.
            mask = os.urandom(4)
            conn.sendall(bytes([0x82, 0xFF]) + struct.pack(">Q", 1 << 20) + mask + b"\0" * 64)
            assert close_code_within(conn, 5.0) == 1009


def test_a_compressed_message_is_refused_as_it_inflates_past_the_limit(
    tmp_path: Path,
) -> None:
    with serve(tmp_path) as port:
        ticket = vendor_ticket(port)
        url = f"ws://127.0.0.1:{port}/ws/vendor?ticket={ticket}"
        with connect(url, compression="deflate", max_size=None) as ws:
            assert "permessage-deflate" in (
                ws.response.headers.get("Sec-WebSocket-Extensions") or ""
            )
            ws.send(json.dumps({"type": "hello", "language": "en"}))
            # Inflates to 4 MiB: refused once past the limit, as a whole, with 1009.
            ws.send(json.dumps({"type": "hello", "language": "a" * (4 << 20)}))
            with pytest.raises(ConnectionClosed) as closed:
                read_until_closed(ws)
            assert closed.value.rcvd is not None and closed.value.rcvd.code == 1009
            assert str(LIMIT) in closed.value.rcvd.reason
