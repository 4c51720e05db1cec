"""No credential reaches the server's log through a URL: `vyaparmitra serve` spawned with
its log captured, sockets opened with `?token=` (an Exotel leg, credentialed the
documented way with a vendor's bearer token) and `?ticket=` (accepted, refused for a
foreign origin, a bad path, an unknown path, two tickets at once), and a REST request
with a query: no token or ticket appears anywhere in what the server wrote, while
uvicorn's handshake lines are there, their query redacted. A ticket shown to a handshake
the server refused after routing it is spent; one on a path no route serves is never
read (it stays valid for its seconds, and is not in the log either)."""

from __future__ import annotations

import contextlib
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from tests.spawned import spawned_serve

pytestmark = pytest.mark.serial


@contextlib.contextmanager
def serve(tmp_path: Path, log: Path) -> Iterator[int]:
    with log.open("wb") as out, spawned_serve(tmp_path, {"VYAPAR_LOG_LEVEL": "DEBUG"}, out) as port:
        yield port


def close_code(url: str, **kwargs: object) -> int | None:
    """The code the server closes a socket with after `hello`; None if it stays open."""
    with connect(url, open_timeout=10, **kwargs) as ws:  # type: ignore[arg-type]
        try:
            ws.send(json.dumps({"type": "hello", "language": "en"}))
            while True:
                ws.recv(timeout=2)
        except TimeoutError:
            return None
        except ConnectionClosed as closed:
            return closed.rcvd.code if closed.rcvd else None


def refused_status(url: str, **kwargs: object) -> int:
    with (
        pytest.raises(InvalidStatus) as refused,
        connect(url, open_timeout=10, **kwargs),  # type: ignore[arg-type]
    ):
        pass
    return refused.value.response.status_code


def test_no_token_or_ticket_reaches_the_log(tmp_path: Path) -> None:
    log = tmp_path / "serve.log"
    with serve(tmp_path, log) as port:
        base, ws = f"http://127.0.0.1:{port}", f"ws://127.0.0.1:{port}"
        with httpx.Client(base_url=base, timeout=30) as http:
            r = http.post(
                "/api/auth/register",
                json={
                    "name": "Log Vendor",
                    "phone": "9876512399",
                    "password": "a-long-password-1",
                    "role": "vendor",
                    "business_name": "Logs",
                },
            )
            assert r.status_code == 201, r.text
            token = r.json()["token"]
            auth = {"Authorization": f"Bearer {token}"}

            def ticket() -> str:
                r = http.post("/api/ws-ticket", json={}, headers=auth)
                assert r.status_code == 200, r.text
                return str(r.json()["ticket"])

            secrets = [token]
            qr_tokens: list[str] = []
            # An Exotel leg with the vendor's bearer token in its URL: accepted.
            with connect(
                f"{ws}/ws/telephony/exotel?token={token}&negotiation_id=1", open_timeout=10
            ):
                pass
            # Accepted: the notice channel opens with its ticket.
            t = ticket()
            secrets.append(t)
            assert close_code(f"{ws}/ws/vendor?ticket={t}") is None
            # Refused before it was read (a foreign origin): spent all the same.
            t = ticket()
            secrets.append(t)
            evil = "https://evil.example"
            assert refused_status(f"{ws}/ws/vendor?ticket={t}", origin=evil) == 403
            assert close_code(f"{ws}/ws/vendor?ticket={t}") == 4401
            # A bad id in a socket path: refused, and the ticket spent.
            t = ticket()
            secrets.append(t)
            assert close_code(f"{ws}/ws/negotiations/4x?ticket={t}") == 1008
            assert close_code(f"{ws}/ws/vendor?ticket={t}") == 4401
            # Two tickets: neither opens, both are spent.
            t, u = ticket(), ticket()
            secrets += [t, u]
            assert close_code(f"{ws}/ws/vendor?ticket={t}&ticket={u}") == 4401
            assert close_code(f"{ws}/ws/vendor?ticket={u}") == 4401
            assert close_code(f"{ws}/ws/vendor?ticket={t}") == 4401
            # A path no route serves never reads its ticket: still good, and not logged.
            t = ticket()
            secrets.append(t)
            assert refused_status(f"{ws}/ws/vendorz?ticket={t}") == 403
            assert close_code(f"{ws}/ws/vendor?ticket={t}") is None
            # A query with a quote in it, and a percent-encoded name, on a refused path.
            t = ticket()
            secrets.append(t)
            raw = socket.create_connection(("127.0.0.1", port), timeout=10)
            with raw:
                raw.sendall(
                    f'GET /ws/nowhere?a"b&tick%65t={t} HTTP/1.1\r\nHost: t\r\n'
                    "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                    "Sec-WebSocket-Version: 13\r\n\r\n".encode()
                )
                assert raw.recv(64).startswith(b"HTTP/1.1 403")
            # REST with a credential in the query.
            assert http.get(f"/api/me?token={token}").status_code == 401
            # QR codes' tokens in paths: a stall code and a one-visit code, each shown
            # (PNG, SVG), opened (`/s/`), read (`/stall`), joined and revoked.
            for kind in ("stall", "visit"):
                r = http.post("/api/qr", headers=auth, json={"kind": kind, "ttl_seconds": 600})
                assert r.status_code in (200, 201), r.text
                qr = str(r.json()["token"])
                qr_tokens.append(qr)
                assert http.get(f"/api/qr/{qr}.png", headers=auth).status_code == 200
                assert http.get(f"/api/qr/{qr}.svg", headers=auth).status_code == 200
                assert http.get(f"/s/{qr}").status_code == 200
                assert http.get(f"/api/qr/{qr}/stall").status_code == 200
                joined = http.post(f"/api/qr/{qr}/join", json={"language": "en"})
                assert joined.status_code == 200, joined.text
                assert http.delete(f"/api/qr/{qr}", headers=auth).status_code in (200, 204)
        time.sleep(0.5)
    text = log.read_text(encoding="utf-8", errors="replace")
    handshakes = [line for line in text.splitlines() if '"WebSocket /ws/' in line]
    assert len(handshakes) >= 8, text[-3000:]
    assert any("/ws/telephony/exotel?[redacted]" in line for line in handshakes), handshakes
    for secret in secrets:
        assert secret not in text
        assert secret[:16] not in text
    for qr in qr_tokens:
        # The nonce alone (its first part, a row's key in DEBUG's SQL lines) opens
        # nothing without its signature.
        assert qr not in text
        assert qr.rsplit(".", 1)[-1] not in text
    paths = {json.loads(line).get("path") for line in text.splitlines() if '"path"' in line}
    for path in (
        "/s/[redacted]",
        "/api/qr/[redacted].png",
        "/api/qr/[redacted].svg",
        "/api/qr/[redacted]/stall",
        "/api/qr/[redacted]/join",
        "/api/qr/[redacted]",
    ):
        assert path in paths, sorted(p for p in paths if p)
