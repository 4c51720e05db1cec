"""Clients that send a request's body slowly (a byte now and then: idle, using no CPU)
hold no place in the load-shedding cap, since a request counts as in flight only once its
body is in; and each body gets `VYAPAR_BODY_TIMEOUT_SECONDS` to arrive (408)."""

from __future__ import annotations

import asyncio
import contextlib

from tests.conftest import Api, make_settings
from tests.live_helpers import live_server


async def _slow_body(port: int, token: str) -> bytes:
    """Headers of a 2,000-byte body, then one byte; whatever the server answers."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(
            b"POST /api/products HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
            + f"Authorization: Bearer {token}\r\nContent-Length: 2000\r\n\r\n{{".encode()
        )
        await writer.drain()
        return await asyncio.wait_for(reader.read(4096), 10)
    finally:
        writer.close()
        with contextlib.suppress(Exception):
            await writer.wait_closed()


async def test_slow_bodies_neither_fill_the_cap_nor_stay_forever(database_url: str) -> None:
    settings = make_settings(database_url, max_requests_in_flight=4, body_timeout_seconds=1.5)
    async with live_server(settings) as server:
        api = Api(server.http)
        vendor = await api.register("vendor")
        port = int(server.base_url.rsplit(":", 1)[1])
        slow = [asyncio.create_task(_slow_body(port, vendor["token"])) for _ in range(12)]
        await asyncio.sleep(0.3)  # all twelve have sent their headers and wait
        # Three times the cap of slow uploads, and ordinary requests are still served.
        for _ in range(3):
            r = await server.http.get("/api/me", headers=api.auth(vendor["token"]))
            assert r.status_code == 200, r.text
            r = await server.http.get(f"/api/vendors/{vendor['user']['id']}/products")
            assert r.status_code == 200, r.text
        answers = await asyncio.gather(*slow)
        for answer in answers:
            assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
            assert b"body_timeout" in answer
