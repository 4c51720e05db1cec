"""Protocol abuse: each gets a clear error or close code and leaves other rooms alone."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

from tests.conftest import Api, make_settings
from tests.live_helpers import (
    LiveServer,
    Received,
    browser_url,
    live_server,
    open_browser,
    open_twilio,
    reader,
    speaking,
    stream_twilio,
    ticket,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    settings = make_settings(
        database_url, ws_max_message_bytes=8192, ws_max_frames_per_second=50, ws_idle_seconds=2.0
    )
    async with live_server(settings, tts=speaking()) as s:
        yield s


async def market(server: LiveServer) -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    product = await api.product(vendor["token"])
    n1 = (await api.open(customer["token"], product["id"]))["id"]
    n2 = (await api.open(customer["token"], product["id"]))["id"]
    return {"v": vendor["token"], "c": customer["token"], "n1": n1, "n2": n2}


async def drain(ws: Any) -> None:
    for _ in range(100):
        await asyncio.wait_for(ws.recv(), timeout=5)


async def close_code(ws: Any) -> int | None:
    """Read until the server closes the socket; its close code."""
    with pytest.raises(ConnectionClosed):
        await drain(ws)
    return ws.close_code


async def bystander_still_works(server: LiveServer, m: dict[str, Any]) -> None:
    ws, got, task = await open_browser(server, m["n2"], m["v"], language="ta")
    await ws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: got.of("pong"), what="pong in the other room")
    await ws.close()
    await task


async def test_bad_frames_get_errors_and_the_socket_lives(server: LiveServer) -> None:
    m = await market(server)
    ws, got, task = await open_browser(server, m["n1"], m["c"], language="hi")
    for frame in [
        "{not json",
        json.dumps({"type": "dance"}),
        json.dumps([1, 2]),
        json.dumps({"type": "offer", "amount_paise": -5}),
        json.dumps({"type": "offer", "amount_paise": "100"}),
        json.dumps({"type": "text", "text": ""}),
    ]:
        await ws.send(frame)
    await ws.send(b"\x01\x02\x03")  # odd length: not PCM16
    await ws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: got.of("pong"), what="pong")
    codes = [e["code"] for e in got.of("error")]
    assert codes == [
        "malformed_json",
        "unknown_type",
        "invalid_message",
        "invalid_message",
        "invalid_message",
        "invalid_message",
        "bad_frame",
    ]
    assert all(e["message"] for e in got.of("error"))
    await ws.send(json.dumps({"type": "hello", "language": "hi"}))
    await wait_for(
        lambda: any(e["code"] == "already_started" for e in got.of("error")),
        what="second hello refused",
    )
    await ws.close()
    await task
    await bystander_still_works(server, m)


async def test_binary_before_hello_closes(server: LiveServer) -> None:
    m = await market(server)
    ws = await connect(browser_url(server, m["n1"], await ticket(server, m["c"], m["n1"])))
    await ws.send(b"\x00\x00" * 160)
    assert await close_code(ws) == 1008
    await bystander_still_works(server, m)


async def test_control_before_hello_is_refused_and_the_socket_waits_for_hello(
    server: LiveServer,
) -> None:
    m = await market(server)
    ws = await connect(browser_url(server, m["n1"], await ticket(server, m["c"], m["n1"])))
    await ws.send(json.dumps({"type": "ping"}))
    await ws.send(json.dumps({"type": "offer", "amount_paise": 4000}))
    first = [json.loads(await asyncio.wait_for(ws.recv(), timeout=5)) for _ in range(2)]
    assert [(e["type"], e["code"]) for e in first] == [("error", "hello_first")] * 2
    await ws.send(json.dumps({"type": "hello", "language": "hi"}))
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    await wait_for(lambda: got.of("snapshot"), what="the snapshot after a late hello")
    assert got.of("snapshot")[0]["bids"] == []  # the early offer did nothing
    await ws.close()
    await task


async def test_wrong_sample_rate_closes_1003(server: LiveServer) -> None:
    m = await market(server)
    ws = await connect(browser_url(server, m["n1"], await ticket(server, m["c"], m["n1"])))
    await ws.send(json.dumps({"type": "hello", "language": "hi", "sample_rate": 44100}))
    assert await close_code(ws) == 1003


async def test_oversized_frame_closes_1009(server: LiveServer) -> None:
    m = await market(server)
    ws, _got, task = await open_browser(server, m["n1"], m["c"], language="hi")
    await ws.send(b"\x00" * 10000)
    await asyncio.wait_for(task, timeout=10)
    assert ws.close_code == 1009
    await bystander_still_works(server, m)


async def test_flood_closes_1008(server: LiveServer) -> None:
    m = await market(server)
    ws, got, task = await open_browser(server, m["n1"], m["c"], language="hi")
    with contextlib.suppress(ConnectionClosed):
        for _ in range(400):
            await ws.send(b"\x00\x00" * 160)
    await asyncio.wait_for(task, timeout=10)
    assert ws.close_code == 1008
    assert any(e["code"] == "flood" for e in got.of("error"))
    await bystander_still_works(server, m)


async def test_audio_far_faster_than_speech_closes_1008_though_its_frames_are_few(
    server: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    """Few frames, each holding a quarter second of audio: well under the frame limit, but
    15 s of audio at once is no live microphone. The socket is told (`error` `flood`) and
    closed, so no backlog of it holds up other rooms' turns."""
    m = await market(server)
    ws, got, task = await open_browser(server, m["n1"], m["c"], language="hi")
    with caplog.at_level(logging.INFO, logger="vyaparmitra.live"):
        with contextlib.suppress(ConnectionClosed):
            for _ in range(60):  # 60 x 0.25 s at 16 kHz: 15 s, past the 10 s burst
                await ws.send(b"\x00\x00" * 4000)
        await asyncio.wait_for(task, timeout=10)
    assert got.closed == (1008, "too much audio")
    [error] = got.of("error")
    assert (error["code"], error["message"]) == ("flood", "Too much audio; slow down.")
    assert any(r.getMessage() == "socket closed: too much audio" for r in caplog.records)
    await bystander_still_works(server, m)


async def test_a_phone_leg_sending_audio_far_faster_than_speech_is_closed(
    server: LiveServer,
) -> None:
    m = await market(server)
    pws, pgot, ptask, sid = await open_twilio(
        server, {"token": m["v"], "negotiation_id": str(m["n1"]), "language": "en"}
    )
    with contextlib.suppress(ConnectionClosed):
        for i in range(30):  # 30 x 0.5 s of 8 kHz μ-law: 15 s at once
            payload = base64.b64encode(b"\xff" * 4000).decode()
            media = {"track": "inbound", "chunk": str(i + 1), "payload": payload}
            await pws.send(
                json.dumps(
                    {
                        "event": "media",
                        "sequenceNumber": str(i + 3),
                        "streamSid": sid,
                        "media": media,
                    }
                )
            )
    await asyncio.wait_for(ptask, timeout=10)
    assert pgot.closed == (1008, "flood: too much audio")
    await bystander_still_works(server, m)


async def test_a_phone_stream_too_fast_is_closed_and_the_log_says_why(
    server: LiveServer, caplog: pytest.LogCaptureFixture
) -> None:
    """A call streams 50 frames a second; a phone leg far faster than the limit beyond
    its catch-up burst is closed like any socket (`error` `flood`, 1008). Nobody reads
    those on a phone, and the room only sees the vendor go: the server logs and counts
    why the leg was closed."""
    m = await market(server)
    c = await open_browser(server, m["n1"], m["c"], language="hi")
    pws, pgot, ptask, sid = await open_twilio(
        server, {"token": m["v"], "negotiation_id": str(m["n1"]), "language": "en"}
    )
    await wait_for(
        lambda: any(e["side"] == "vendor" for e in c[1].of("presence")), what="the phone leg"
    )
    flood = server.app.state.live.metrics.errors.labels("flood")
    before = flood._value.get()
    with caplog.at_level(logging.INFO, logger="vyaparmitra.live"):
        with contextlib.suppress(ConnectionClosed):
            await stream_twilio(pws, sid, b"\xff" * 160 * 400, realtime=False)  # 8 s at once
        await asyncio.wait_for(ptask, timeout=10)
    assert pgot.closed == (1008, "flood: too many frames")
    assert pgot.of("error") == []  # a carrier's stream reads no `error` event
    assert flood._value.get() == before + 1
    [record] = [r for r in caplog.records if r.getMessage() == "socket closed: too many frames"]
    assert (record.path, record.side, record.kind) == ("/ws/telephony/twilio", "vendor", "phone")
    await wait_for(
        lambda: [e["state"] for e in c[1].of("presence") if e["side"] == "vendor"][-1] == "away",
        what="the vendor gone from the room",
    )
    await c[0].close()
    await c[2]
    await bystander_still_works(server, m)


async def test_tickets_work_once_and_only_for_parties(server: LiveServer) -> None:
    m = await market(server)
    t = await ticket(server, m["c"], m["n1"])
    first = await connect(browser_url(server, m["n1"], t))
    await first.send(json.dumps({"type": "hello", "language": "hi"}))
    assert json.loads(await first.recv())["type"] in ("snapshot", "presence")
    reused = await connect(browser_url(server, m["n1"], t))
    assert await close_code(reused) == 4401
    forged = await connect(browser_url(server, m["n1"], "not-a-ticket"))
    assert await close_code(forged) == 4401
    stranger = await Api(server.http).register("customer")
    # No ticket is issued for someone else's negotiation, nor for an unknown one.
    theirs = await server.http.post(
        "/api/ws-ticket",
        json={"negotiation_id": m["n1"]},
        headers={"Authorization": f"Bearer {stranger['token']}"},
    )
    assert theirs.status_code == 403
    missing = await server.http.post(
        "/api/ws-ticket",
        json={"negotiation_id": 999999},
        headers={"Authorization": f"Bearer {m['c']}"},
    )
    assert missing.status_code == 404
    r = await server.http.post("/api/ws-ticket")
    assert r.status_code == 401
    await first.close()


async def test_a_ticket_opens_only_its_own_negotiation(server: LiveServer) -> None:
    """The same user is a party to n1 and n2; a ticket for n1 still cannot open n2, nor
    can a ticket without a negotiation (the vendor channel's) open a room; each is spent."""
    m = await market(server)
    for_n1 = await ticket(server, m["c"], m["n1"])
    wrong = await connect(browser_url(server, m["n2"], for_n1))
    got = Received()
    await asyncio.wait_for(reader(wrong, got), timeout=10)
    assert wrong.close_code == 4401
    assert got.of("error")[0]["code"] == "wrong_ticket"
    assert str(m["n1"]) in got.of("error")[0]["message"]
    # Refused once, the ticket is spent: not even n1 takes it now.
    again = await connect(browser_url(server, m["n1"], for_n1))
    assert await close_code(again) == 4401

    unbound = await ticket(server, m["v"])
    room = await connect(browser_url(server, m["n1"], unbound))
    assert await close_code(room) == 4401
    # A room's ticket does not open the vendor notice channel either.
    for_room = await ticket(server, m["v"], m["n1"])
    channel = await connect(f"{server.ws_url}/ws/vendor?ticket={for_room}")
    assert await close_code(channel) == 4401

    # Phone legs: a ticket with another negotiation_id parameter is refused too.
    ws, _got, task, _sid = await open_twilio(
        server,
        {"ticket": await ticket(server, m["v"], m["n1"]), "negotiation_id": str(m["n2"])},
    )
    await asyncio.wait_for(task, timeout=10)
    assert ws.close_code == 4401

    # The right ticket for the right room works.
    ws, got, task = await open_browser(server, m["n2"], m["c"], language="hi")
    assert got.of("snapshot")[0]["negotiation"]["id"] == m["n2"]
    await ws.close()
    await task


async def test_wrong_origin_is_refused(server: LiveServer) -> None:
    m = await market(server)
    url = browser_url(server, m["n1"], await ticket(server, m["c"], m["n1"]))
    with pytest.raises(InvalidStatus) as refused:
        await connect(url, origin="https://evil.example")  # type: ignore[arg-type]
    assert refused.value.response.status_code == 403
    ok = await connect(url, origin="http://vyapar.test")  # type: ignore[arg-type]
    await ok.close()


async def test_the_origin_of_a_base_url_with_a_path_or_capitals_is_let_in(
    database_url: str,
) -> None:
    """A browser's `Origin` is `scheme://host[:port]`, the host in lower case: a base URL
    behind a path prefix, written with capitals or with its default port, still lets its
    own pages in (every browser socket was refused 403)."""
    for base in ("http://Vyapar.TEST/market/", "http://vyapar.test:80"):
        settings = make_settings(database_url, public_base_url=base)
        async with live_server(settings, tts=speaking()) as server:
            m = await market(server)
            url = browser_url(server, m["n1"], await ticket(server, m["c"], m["n1"]))
            ok = await connect(url, origin="http://vyapar.test")  # type: ignore[arg-type]
            await ok.close()
            for wrong in ("http://vyapar.test/market", "https://vyapar.test", "null"):
                with pytest.raises(InvalidStatus) as refused:
                    await connect(url, origin=wrong)  # type: ignore[arg-type]
                assert refused.value.response.status_code == 403


async def test_idle_socket_is_closed(database_url: str) -> None:
    settings = make_settings(database_url, ws_idle_seconds=0.5)
    async with live_server(settings, tts=speaking()) as server:
        m = await market(server)
        ws, _got, task = await open_browser(server, m["n1"], m["c"], language="hi")
        await asyncio.wait_for(task, timeout=10)
        assert ws.close_code == 1001


async def test_twilio_abuse(server: LiveServer) -> None:
    m = await market(server)
    # Media before start: dropped, the leg waits for a valid start (4408 when none comes:
    # tests/integration/test_live_limits.py).
    ws = await connect(f"{server.ws_url}/ws/telephony/twilio")
    await ws.send(json.dumps({"event": "media", "media": {"payload": "AAAA"}}))
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(ws.recv(), timeout=0.5)
    assert ws.close_code is None
    await ws.close()
    # Bad credentials.
    ws, _got, task, _sid = await open_twilio(server, {"token": "nope", "negotiation_id": "1"})
    await task
    assert ws.close_code == 4401
    # Malformed frames are ignored, the call goes on; a wrong media format is refused.
    ws, got, task, _sid = await open_twilio(
        server, {"token": m["v"], "negotiation_id": str(m["n1"])}
    )
    await ws.send("{garbage")
    await ws.send(json.dumps({"event": "bogus"}))
    await ws.send(json.dumps({"event": "stop", "sequenceNumber": "9", "stop": {}}))
    await asyncio.wait_for(task, timeout=10)
    assert got.twilio == []
    assert ws.close_code == 1000
    await bystander_still_works(server, m)


async def test_reconnect_gets_a_snapshot_and_presence(server: LiveServer) -> None:
    m = await market(server)
    cws, _cgot, ctask = await open_browser(server, m["n1"], m["c"], language="hi")
    vws, vgot, vtask = await open_browser(server, m["n1"], m["v"], language="ta")
    await cws.send(json.dumps({"type": "offer", "amount_paise": 3600}))
    await wait_for(lambda: vgot.of("offer"), what="offer")
    await cws.close()
    await ctask
    await wait_for(
        lambda: any(e.get("type") == "presence" and e["state"] == "away" for e in vgot.events),
        what="away",
    )
    again, got2, task2 = await open_browser(server, m["n1"], m["c"], language="hi")
    snapshot = got2.of("snapshot")[0]
    assert [b["amount_paise"] for b in snapshot["bids"]] == [3600]
    assert snapshot["negotiation"]["latest_offer"] == {"side": "customer", "amount_paise": 3600}
    assert snapshot["members"]["vendor"]["state"] == "here"
    assert snapshot["seq"] >= vgot.of("offer")[0]["seq"]
    # Buttons work without speaking: the vendor counters, then the shopper accepts.
    await vws.send(json.dumps({"type": "offer", "amount_paise": 3800}))
    await wait_for(lambda: got2.of("offer"), what="counter")
    await again.send(json.dumps({"type": "accept"}))
    await wait_for(lambda: vgot.of("order"), what="order")
    assert vgot.of("order")[0]["order"]["unit_price_paise"] == 3800
    metrics = (await server.http.get("/metrics")).text
    assert 'vyapar_bids_total{source="button"} 2.0' in metrics
    assert "vyapar_rooms_active" in metrics
    for ws, task in ((again, task2), (vws, vtask)):
        await ws.close()
        await task


_ = Received
