"""Dead links are noticed: the server pings browser and vendor-console sockets and closes
one that answers nothing (4002), and closes a phone leg whose media stream went silent
(4003). Raw protocol clients, each answering or not as the test needs."""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from server.live.transports.phone import CLOSE_SILENT
from server.live.transports.session import CLOSE_NO_PONG
from tests.conftest import Api, make_settings
from tests.live_helpers import (
    LiveServer,
    Received,
    browser_url,
    live_server,
    open_browser,
    open_twilio,
    stream_twilio,
    ticket,
    wait_for,
)

PING = 0.3
"""Seconds between the server's pings in these tests."""


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    settings = make_settings(
        database_url,
        ws_ping_seconds=PING,
        ws_ping_misses=2,
        ws_send_timeout_seconds=1.0,
        phone_silence_seconds=1.0,
    )
    async with live_server(settings) as s:
        yield s


async def market(server: LiveServer) -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    item = await api.product(vendor["token"])
    n = (await api.open(customer["token"], item["id"]))["id"]
    return {"v": vendor["token"], "c": customer["token"], "n": n}


async def answering(ws: ClientConnection, into: Received) -> None:
    """Reads everything, answering each `ping` with a `pong` (as the pages do)."""
    with contextlib.suppress(Exception):
        async for message in ws:
            if isinstance(message, bytes):
                continue
            event = json.loads(message)
            into.events.append(event)
            if event.get("type") == "ping":
                await ws.send(json.dumps({"type": "pong", "at": event.get("at")}))


async def silent(ws: ClientConnection, into: Received) -> None:
    """Reads everything and answers nothing."""
    with contextlib.suppress(Exception):
        async for message in ws:
            if isinstance(message, str):
                into.events.append(json.loads(message))


async def join(
    server: LiveServer, m: dict[str, Any], who: str, language: str, *, answer: bool
) -> tuple[ClientConnection, Received, asyncio.Task[None]]:
    url = browser_url(server, m["n"], await ticket(server, m[who], m["n"]))
    ws = await connect(url)
    await ws.send(json.dumps({"type": "hello", "language": language}))
    got = Received()
    task = asyncio.create_task((answering if answer else silent)(ws, got))
    await wait_for(lambda: got.of("snapshot"), what="snapshot")
    return ws, got, task


def away(got: Received, side: str) -> bool:
    return any(e["side"] == side and e["state"] == "away" for e in got.of("presence"))


async def test_a_socket_that_answers_no_ping_is_closed_and_its_side_goes_away(
    server: LiveServer,
) -> None:
    m = await market(server)
    vws, vgot, vtask = await join(server, m, "v", "en", answer=True)
    cws, cgot, ctask = await join(server, m, "c", "hi", answer=False)
    started = time.monotonic()
    await asyncio.wait_for(ctask, timeout=10)
    took = time.monotonic() - started
    assert cws.close_code == CLOSE_NO_PONG
    assert "no pong" in str(cws.close_reason)
    assert len(cgot.of("ping")) >= 2
    assert all(isinstance(p["at"], float) for p in cgot.of("ping"))
    # Closed after the second unanswered ping: within three intervals, with some slack.
    assert took < PING * 3 + 2.0, took
    await wait_for(lambda: away(vgot, "customer"), what="the customer away")
    # The vendor, answering every ping, is still there well after that.
    await asyncio.sleep(PING * 5)
    assert not vtask.done()
    assert len(vgot.of("ping")) >= 5
    assert not vgot.of("error")
    await vws.close()
    await vtask


async def test_any_frame_counts_as_an_answer(server: LiveServer) -> None:
    """A client that keeps talking (here: its own pings) is alive without pongs."""
    m = await market(server)
    ws, got, task = await open_browser(server, m["n"], m["c"], language="hi")
    for _ in range(12):
        await ws.send(json.dumps({"type": "ping"}))
        await asyncio.sleep(PING / 2)
    assert not task.done()
    assert got.of("ping") and got.of("pong")
    await ws.close()
    await task


async def test_a_stalled_link_is_closed(server: LiveServer) -> None:
    """A client that stops reading and sending (its link stalled, nothing closed) is let
    go: the room sees its side away."""
    m = await market(server)
    vws, vgot, vtask = await join(server, m, "v", "en", answer=True)
    cws, _cgot, ctask = await join(server, m, "c", "hi", answer=False)
    cws.transport.pause_reading()
    await wait_for(lambda: away(vgot, "customer"), timeout=10, what="the customer away")
    ctask.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await ctask
    cws.transport.abort()
    await vws.close()
    await vtask


async def test_a_client_that_stops_reading_gets_a_documented_close_code(
    server: LiveServer,
) -> None:
    """A browser whose socket library stops taking frames (its queue full, no pings of its
    own) got 1011 "keepalive ping timeout" from uvicorn's own keepalive under `serve`; the
    server here runs with `serve`'s socket options, and the close is the heartbeat's 4002
    or the slow consumer's 1013 (docs/protocol.md), never 1011."""
    m = await market(server)
    url = browser_url(server, m["n"], await ticket(server, m["c"], m["n"]))
    ws = await connect(url, max_queue=1, ping_interval=None)
    await ws.send(json.dumps({"type": "hello", "language": "en"}))
    await asyncio.sleep(PING * 2 * 3 + 1.0)  # reads nothing: past the second missed ping
    with contextlib.suppress(ConnectionClosed):
        async with asyncio.timeout(10):
            async for _ in ws:
                pass
    assert ws.close_code in (CLOSE_NO_PONG, 1013), (ws.close_code, ws.close_reason)


async def test_the_vendor_channel_pings_too(server: LiveServer) -> None:
    m = await market(server)
    ws = await connect(f"{server.ws_url}/ws/vendor?ticket={await ticket(server, m['v'])}")
    # A pong before hello is no protocol error.
    await ws.send(json.dumps({"type": "pong"}))
    await ws.send(json.dumps({"type": "hello", "language": "ta"}))
    got = Received()
    task = asyncio.create_task(silent(ws, got))
    await asyncio.wait_for(task, timeout=10)
    assert got.of("welcome")
    assert not got.of("error")
    assert got.of("ping")
    assert ws.close_code == CLOSE_NO_PONG


async def test_a_phone_leg_gone_silent_is_closed(server: LiveServer) -> None:
    m = await market(server)
    params = {"token": m["v"], "negotiation_id": str(m["n"]), "language": "en"}
    # A leg that streams (silence is media too) stays; one that stops is closed.
    ws, got, task, sid = await open_twilio(server, params)
    await stream_twilio(ws, sid, b"\xff" * 160 * 100)  # 2 s of μ-law silence
    assert not task.done()
    assert not got.twilio or all(t["event"] != "clear" for t in got.twilio)
    started = time.monotonic()
    await asyncio.wait_for(task, timeout=10)
    assert ws.close_code == CLOSE_SILENT
    assert "media_silent" in str(ws.close_reason)
    assert 0.8 < time.monotonic() - started < 4.0
    # The browser side sees the vendor away.
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
    assert cgot.of("snapshot")[0]["members"]["vendor"]["state"] == "away"
    await cws.close()
    await ctask


async def test_heartbeat_and_silence_watch_can_be_off(database_url: str) -> None:
    async with live_server(make_settings(database_url)) as server:  # both 0 in the tests
        m = await market(server)
        cws, cgot, ctask = await join(server, m, "c", "hi", answer=False)
        pws, _pgot, ptask, _sid = await open_twilio(
            server, {"token": m["v"], "negotiation_id": str(m["n"]), "language": "en"}
        )
        await asyncio.sleep(1.5)
        assert not ctask.done() and not ptask.done()
        assert not cgot.of("ping")
        for ws in (cws, pws):
            await ws.close()
        await asyncio.gather(ctask, ptask)


async def test_a_pong_is_taken_before_and_after_hello(server: LiveServer) -> None:
    m = await market(server)
    ws = await connect(browser_url(server, m["n"], await ticket(server, m["c"], m["n"])))
    await ws.send(json.dumps({"type": "pong"}))  # answering a ping that came before hello
    await ws.send(json.dumps({"type": "hello", "language": "hi"}))
    await ws.send(json.dumps({"type": "pong", "at": 1.5}))
    got = Received()
    task = asyncio.create_task(answering(ws, got))
    await wait_for(lambda: got.of("snapshot"), what="snapshot")
    await ws.send(json.dumps({"type": "pong", "at": "soon"}))  # `at` is a number
    await wait_for(lambda: got.of("error"), what="the error")
    assert [e["code"] for e in got.of("error")] == ["invalid_message"]
    assert not task.done()
    await ws.close()
    await task
