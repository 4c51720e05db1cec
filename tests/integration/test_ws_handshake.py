"""A malformed WebSocket upgrade on any socket route is answered 400 with the API's JSON
error body (`bad_websocket_handshake`, a `request_id` that is also the `X-Request-ID`
header), not the websockets library's plain text; a well-formed one still upgrades. Raw
sockets on a live `serve` (uvicorn's own HTTP protocol and the library are under test)."""

from __future__ import annotations

import base64
import json
import os
import socket
from collections.abc import Iterator

import pytest

from tests.spawned import spawned_serve

ROUTES = ["/ws/negotiations/1", "/ws/vendor", "/ws/telephony/twilio", "/ws/telephony/exotel"]
KEY = base64.b64encode(os.urandom(16)).decode()
MALFORMED: dict[str, bytes] = {
    "no key": b"Sec-WebSocket-Version: 13\r\n",
    "bad key": b"Sec-WebSocket-Key: abc\r\nSec-WebSocket-Version: 13\r\n",
    "short key": b"Sec-WebSocket-Key: YWJj\r\nSec-WebSocket-Version: 13\r\n",
    "two keys": f"Sec-WebSocket-Key: {KEY}\r\nSec-WebSocket-Key: {KEY}\r\n"
    "Sec-WebSocket-Version: 13\r\n".encode(),
    "version 8": f"Sec-WebSocket-Key: {KEY}\r\nSec-WebSocket-Version: 8\r\n".encode(),
    "no version": f"Sec-WebSocket-Key: {KEY}\r\n".encode(),
    "non-ASCII protocol": f"Sec-WebSocket-Key: {KEY}\r\nSec-WebSocket-Version: 13\r\n".encode()
    + b"Sec-WebSocket-Protocol: caf\xc3\xa9\r\n",
}


@pytest.fixture(scope="module")
def port(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    with spawned_serve(tmp_path_factory.mktemp("ws-handshake")) as port:
        yield port


def exchange(port: int, path: str, headers: bytes) -> tuple[str, dict[str, str], bytes]:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
        s.sendall(
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
            "Connection: Upgrade\r\n".encode()
            + headers
            + b"\r\n"
        )
        data = b""
        while b"\r\n\r\n" not in data or (
            data.startswith(b"HTTP/1.1 400") and not data.endswith(b"}")
        ):
            chunk = s.recv(4096)
            if not chunk:
                break
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines)}
    return status, fields, body


@pytest.mark.parametrize("path", ROUTES)
@pytest.mark.parametrize("form", list(MALFORMED))
def test_a_malformed_upgrade_gets_the_json_error(port: int, path: str, form: str) -> None:
    status, fields, body = exchange(port, path, MALFORMED[form])
    assert status == "HTTP/1.1 400 Bad Request", (status, body)
    assert fields["content-type"] == "application/json", fields
    assert fields["connection"] == "close", fields
    answer = json.loads(body)
    assert answer["error"]["code"] == "bad_websocket_handshake", answer
    assert answer["error"]["message"].startswith("Failed to open a WebSocket connection: ")
    assert answer["request_id"] == fields["x-request-id"], (answer, fields)


def test_the_callers_request_id_is_kept(port: int) -> None:
    status, fields, body = exchange(
        port, "/ws/vendor", MALFORMED["no key"] + b"X-Request-ID: probe-31.handshake\r\n"
    )
    assert status.startswith("HTTP/1.1 400")
    assert json.loads(body)["request_id"] == "probe-31.handshake" == fields["x-request-id"]


@pytest.mark.parametrize("path", ROUTES)
def test_a_well_formed_upgrade_still_reaches_the_route(port: int, path: str) -> None:
    """The library accepts it: 101, and the route decides (no ticket: closed)."""
    status, _, _ = exchange(
        port, path, f"Sec-WebSocket-Key: {KEY}\r\nSec-WebSocket-Version: 13\r\n".encode()
    )
    assert status.startswith("HTTP/1.1 101 "), status
