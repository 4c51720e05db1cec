"""A client that stops reading while speech is sent to it is closed with 1013, alone.

The slow client is a real socket with a tiny receive buffer whose websockets client stops
reading the connection once one message is waiting (`max_queue=1`) and is never asked
for one: TCP fills up, the server's writes stop completing, its per-socket send queue
fills. Meanwhile the other side keeps bargaining and hearing everything on time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import socket
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from tests.conftest import Api, make_settings
from tests.fakes import FakeTTS
from tests.live_helpers import (
    LiveServer,
    browser_url,
    live_server,
    open_browser,
    ticket,
    wait_for,
)

QUEUE_BYTES = 64 * 1024


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    settings = make_settings(
        database_url, ws_send_queue_bytes=QUEUE_BYTES, ws_send_timeout_seconds=20.0
    )
    # Three seconds of speech per text, as a spoken price takes: enough to fill the socket.
    async with live_server(settings, tts=FakeTTS(chunks=30, chunk_seconds=0.1)) as s:
        yield s


async def stalled_client(server: LiveServer, negotiation_id: int, token: str) -> ClientConnection:
    """A shopper's socket that says hello (48 kHz speech, please) and then reads nothing."""
    port = int(server.ws_url.rsplit(":", 1)[1])
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 2048)
    sock.connect(("127.0.0.1", port))
    sock.setblocking(False)
    url = browser_url(server, negotiation_id, await ticket(server, token, negotiation_id))
    ws = await connect(url, sock=sock, max_queue=1, max_size=2**24)
    await ws.send(
        json.dumps(
            {"type": "hello", "language": "hi", "sample_rate": 16000, "output_sample_rate": 48000}
        )
    )
    return ws


def slow_closed(server: LiveServer) -> float:
    live = server.app.state.live
    value = live.metrics.registry.get_sample_value("vyapar_slow_consumers_total")
    return float(value or 0)


async def test_a_client_that_stops_reading_is_closed_1013_and_the_room_goes_on(
    server: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING, logger="vyaparmitra.live")
    api = Api(server.http)
    vendor = await api.register("vendor", language="ta")
    customer = await api.register("customer", language="hi")
    product = await api.product(vendor["token"], list_price_paise=900000, floor_price_paise=1000)
    n = (await api.open(customer["token"], product["id"]))["id"]

    slow = await stalled_client(server, n, customer["token"])
    vws, vgot, vtask = await open_browser(server, n, vendor["token"], language="ta")

    # The shopper offers (they can still send), the vendor counters: each counter is
    # spoken to the shopper at 48 kHz, which nobody reads.
    delays: list[float] = []
    customer_price, vendor_price = 100000, 890000
    for _ in range(40):
        if slow_closed(server):
            break
        offers = len(vgot.of("offer"))
        with_speech = len(vgot.of("audio_end"))
        sent = time.monotonic()
        try:
            await slow.send(json.dumps({"type": "offer", "amount_paise": customer_price}))
        except ConnectionClosed:
            break
        # The vendor hears of it promptly, slow shopper or not.
        await wait_for(lambda n=offers: len(vgot.of("offer")) > n, timeout=10, what="offer")
        delays.append(time.monotonic() - sent)
        await wait_for(
            lambda n=with_speech: len(vgot.of("audio_end")) > n, timeout=30, what="speech"
        )
        await vws.send(json.dumps({"type": "offer", "amount_paise": vendor_price}))
        await wait_for(lambda n=offers: len(vgot.of("offer")) > n + 1, timeout=10, what="counter")
        customer_price += 1000
        vendor_price -= 1000
    await wait_for(lambda: slow_closed(server) == 1, timeout=30, what="the slow client closed")
    assert max(delays) < 5, delays

    records = [r for r in caplog.records if r.getMessage() == "slow consumer closed"]
    assert len(records) == 1
    assert getattr(records[0], "code", None) == 1013
    assert getattr(records[0], "side", None) == "customer"

    # Nothing of the shopper is left in the room; the vendor's socket still works.
    room = server.app.state.live.rooms[n]
    await wait_for(lambda: "customer" not in room.clients, timeout=10, what="shopper gone")
    await vws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: vgot.of("pong"), what="pong")
    await wait_for(
        lambda: any(
            e.get("side") == "customer" and e.get("state") == "away" for e in vgot.of("presence")
        ),
        what="the shopper shown away",
    )

    # When the shopper's phone reads again it finds the close code and its reason.
    received: list[Any] = []
    with contextlib.suppress(ConnectionClosed):
        while True:
            received.append(await asyncio.wait_for(slow.recv(), timeout=20))
    assert slow.close_code == 1013
    assert "slow" in (slow.close_reason or "")
    assert received  # what had been sent before it fell behind

    # Reconnecting resyncs from a snapshot.
    again, got, task = await open_browser(server, n, customer["token"], language="hi")
    assert got.of("snapshot")[0]["negotiation"]["bid_count"] >= 2
    for ws, t in ((again, task), (vws, vtask)):
        await ws.close()
        await t
