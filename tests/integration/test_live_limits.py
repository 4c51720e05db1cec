"""Limits on what a live socket can ask for: languages the product speaks, deal sizes,
phone frames of the wrong shape, and how fast typed offers may come."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest

from server.domain.negotiation import MAX_DEAL_PAISE, MAX_QUANTITY
from server.live import twilio
from server.live.protocol import Text
from server.live.transports.browser import MAX_WAITING_TURNS, control
from server.ratelimit import Verdict
from tests.conftest import Api, make_settings
from tests.live_helpers import (
    LiveServer,
    barrier,
    live_server,
    open_browser,
    open_twilio,
    speaking,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url), tts=speaking()) as s:
        yield s


async def market(server: LiveServer, **product: Any) -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register("vendor")
    customer = await api.register("customer")
    item = await api.product(vendor["token"], **product)
    n = (await api.open(customer["token"], item["id"]))["id"]
    return {"api": api, "v": vendor["token"], "c": customer["token"], "n": n, "p": item["id"]}


async def test_a_language_the_product_cannot_speak_is_refused_at_hello(
    server: LiveServer,
) -> None:
    m = await market(server)
    for language in ("ur", "or", "as", "zz"):
        with pytest.raises(AssertionError, match="snapshot"):
            await open_browser_quickly(server, m, language)
    # Punjabi is spoken: the vendor's typed price reaches the customer in Punjabi.
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="pa")
    vws, vgot, vtask = await open_browser(server, m["n"], m["v"], language="en")
    await vws.send(json.dumps({"type": "text", "text": "38 rupees a kilo, final"}))
    await wait_for(lambda: cgot.of("offer") and cgot.of("translation"), what="offer in Punjabi")
    assert cgot.of("offer")[0]["amount_paise"] == 3800
    assert not vgot.of("error")
    for ws in (cws, vws):
        await ws.close()
    await asyncio.gather(ctask, vtask)


async def open_browser_quickly(server: LiveServer, m: dict[str, Any], language: str) -> None:
    """A hello in `language`; an AssertionError naming the snapshot if none comes."""
    from websockets.asyncio.client import connect

    from tests.live_helpers import browser_url, ticket

    ws = await connect(browser_url(server, m["n"], await ticket(server, m["c"], m["n"])))
    await ws.send(json.dumps({"type": "hello", "language": language}))
    first = json.loads(await asyncio.wait_for(ws.recv(), timeout=5))
    await ws.close()
    assert first["type"] == "error"
    assert first["code"] == "invalid_message"
    assert "not supported" in first["message"]
    raise AssertionError("no snapshot for an unspoken language")


async def test_a_phone_leg_in_an_unspoken_language_is_refused(server: LiveServer) -> None:
    m = await market(server)
    ws, _got, task, _sid = await open_twilio(
        server, {"token": m["v"], "negotiation_id": str(m["n"]), "language": "ur" * 3000}
    )
    await asyncio.wait_for(task, timeout=10)
    assert ws.close_code == 1008
    assert "language" in str(ws.close_reason)


@pytest.mark.parametrize(
    "frame",
    [
        {"event": "start", "start": "x"},
        {"event": "start", "start": {"streamSid": "MZ1", "customParameters": [1]}},
        {"event": "start", "start": {"streamSid": "MZ1", "mediaFormat": "abc"}},
        {"event": "start", "start": {"streamSid": "MZ1", "mediaFormat": {"sampleRate": 1e400}}},
        {"event": "start", "start": {"streamSid": "MZ1"}},
        {
            "event": "start",
            "start": {"streamSid": "MZ1", "mediaFormat": {"encoding": "audio/x-mulaw"}},
        },
        {
            "event": "start",
            "start": {"streamSid": "MZ1", "mediaFormat": {"encoding": "x", "sampleRate": "8000"}},
        },
        {
            "event": "start",
            "start": {
                "streamSid": "MZ1",
                "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000},
                "customParameters": {"token": "t", "negotiation_id": 42},
            },
        },
        {"event": "media", "media": {"payload": "", "timestamp": 1e400}},
        {"event": "media", "media": "AAAA"},
        {"event": "mark", "mark": None},
    ],
)
def test_malformed_phone_frames_are_protocol_errors(frame: dict[str, Any]) -> None:
    with pytest.raises(twilio.TwilioProtocolError) as refused:
        twilio.parse(json.dumps(frame))
    assert refused.value.code == "invalid_message"


async def test_offers_beyond_any_deal_are_refused_on_the_socket(server: LiveServer) -> None:
    m = await market(server)
    ws, got, task = await open_browser(server, m["n"], m["v"], language="en")
    for offer in (
        {"amount_paise": 4900, "quantity": MAX_QUANTITY + 1},
        {"amount_paise": 4900, "quantity": 2**63},
        {"amount_paise": MAX_DEAL_PAISE + 1},
    ):
        await ws.send(json.dumps({"type": "offer", **offer}))
    await ws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: got.of("pong"), what="pong after the refused offers")
    assert [e["code"] for e in got.of("error")] == ["invalid_message"] * 3
    # Within the column but past ₹1 crore in total: the domain says so.
    await ws.send(json.dumps({"type": "offer", "amount_paise": 40_000_000, "quantity": 30}))
    await wait_for(lambda: len(got.of("error")) == 4, what="deal-size refusal")
    assert got.of("error")[-1]["code"] == "invalid_offer"
    assert "₹1,00,00,000" in got.of("error")[-1]["message"]
    r = await m["api"].client.get(f"/api/negotiations/{m['n']}", headers=m["api"].auth(m["c"]))
    assert r.json()["bid_count"] == 0  # nothing recorded
    await ws.close()
    await task


async def test_a_spoken_total_that_does_not_split_is_never_more_than_said(
    server: LiveServer,
) -> None:
    m = await market(server)
    ws, got, task = await open_browser(server, m["n"], m["v"], language="en")
    await ws.send(json.dumps({"type": "text", "text": "Three kilo for hundred rupees."}))
    # No whole-paise rate keeps ₹100 for 3 kg: asked first, the total heard and the rate
    # and total a yes records said; the yes records no more than was said.
    await wait_for(lambda: got.of("confirm_price"), what="the question")
    [asked] = got.of("confirm_price")
    assert "100 rupees" in asked["text"] and "99 rupees 99 paise in all" in asked["text"]
    assert not got.of("offer")
    await ws.send(json.dumps({"type": "text", "text": "yes"}))
    await wait_for(lambda: got.of("offer"), what="offer")
    offer = got.of("offer")[0]
    assert (offer["amount_paise"], offer["quantity"]) == (3333, 3)
    await ws.close()
    await task


async def test_a_huge_order_is_refused_with_a_clear_error(database_url: str) -> None:
    async with live_server(make_settings(database_url), tts=speaking()) as server:
        api = Api(server.http)
        vendor = await api.register("vendor")
        customer = await api.register("customer")
        item = await api.product(
            vendor["token"], list_price_paise=MAX_DEAL_PAISE, floor_price_paise=1, stock=10
        )
        r = await server.http.post(
            "/api/negotiations",
            json={"product_id": item["id"], "quantity": 3},
            headers=api.auth(customer["token"]),
        )
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "invalid_input"
        # Said as the list price it is, not as a price the shopper offered.
        message = r.json()["error"]["message"]
        assert "3 at the list price of" in message and "ask for fewer" in message, message
        n = (await api.open(customer["token"], item["id"]))["id"]
        r = await api.bid(vendor["token"], n, MAX_DEAL_PAISE // 2, quantity=3)
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == "invalid_offer"


class _Client:
    def __init__(self) -> None:
        self.errors: list[str] = []


class _Live:
    async def send_error(self, client: _Client, code: str, message: str) -> None:
        client.errors.append(code)


class _Speaker:
    def __init__(self, waiting: int) -> None:
        self.client = _Client()
        self.actor = type("A", (), {"user_id": 7})()
        self.turns: asyncio.Queue[Any] = asyncio.Queue()
        for _ in range(waiting):
            self.turns.put_nowait(object())


class _Limiter:
    def __init__(self, allowed: bool) -> None:
        self.allowed = allowed
        self.hits: list[tuple[str, int | None]] = []

    async def hit(self, category: str, *, ip: str, user_id: int | None) -> Verdict:
        self.hits.append((category, user_id))
        return Verdict(self.allowed, 0 if self.allowed else 12)


async def test_typed_offers_share_the_bids_allowance_and_queue_boundedly() -> None:
    text = Text(type="text", text="forty")
    limiter = _Limiter(allowed=False)
    speaker = _Speaker(waiting=0)
    await control(_Live(), speaker, text, limiter, "1.2.3.4")  # type: ignore[arg-type]
    assert limiter.hits == [("bids", 7)]
    assert speaker.client.errors == ["rate_limited"] and speaker.turns.empty()

    limiter = _Limiter(allowed=True)
    speaker = _Speaker(waiting=MAX_WAITING_TURNS - 1)
    await control(_Live(), speaker, text, limiter, "1.2.3.4")  # type: ignore[arg-type]
    assert speaker.turns.qsize() == MAX_WAITING_TURNS and not speaker.client.errors
    await control(_Live(), speaker, text, limiter, "1.2.3.4")  # type: ignore[arg-type]
    assert speaker.client.errors == ["busy"]
    assert speaker.turns.qsize() == MAX_WAITING_TURNS


async def test_a_refused_price_is_not_relayed_and_a_capped_one_is_relayed_as_it_stands(
    server: LiveServer,
) -> None:
    m = await market(server)  # list price ₹40
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="en")
    vws, vgot, vtask = await open_browser(server, m["n"], m["v"], language="hi")
    # The vendor asks more than their own list price: refused, the customer hears nothing.
    await vws.send(json.dumps({"type": "text", "text": "पचपन रुपये किलो"}))
    await wait_for(lambda: vgot.of("error"), what="the vendor told why")
    assert vgot.of("error")[0]["code"] == "invalid_offer"
    await vws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: vgot.of("pong"), what="pong")
    await barrier(server, m["n"], (cws, cgot, ctask))
    assert not cgot.of("translation") and not cgot.of("offer")
    # The customer offers more than the list price: it stands at ₹40, and ₹40 is relayed.
    await cws.send(json.dumps({"type": "text", "text": "I'll pay fifty rupees a kilo"}))
    await wait_for(lambda: vgot.of("translation"), what="the capped offer relayed")
    assert vgot.of("offer")[0]["amount_paise"] == 4000
    relayed = vgot.of("translation")[0]["text"]
    assert "40" in relayed and "50" not in relayed
    for ws in (cws, vws):
        await ws.close()
    await asyncio.gather(ctask, vtask)


async def test_frames_nested_too_deep_are_malformed_and_the_socket_lives(
    server: LiveServer,
) -> None:
    m = await market(server)
    ws, got, task = await open_browser(server, m["n"], m["c"], language="hi")
    await ws.send("[" * 5000)
    await ws.send(json.dumps({"type": "text", "text": "[" * 400}))
    await ws.send(json.dumps({"type": "ping"}))
    await wait_for(lambda: got.of("pong"), what="pong after the deep frames")
    assert got.of("error")[0]["code"] == "malformed_json"
    await ws.close()
    await task


def test_a_phone_frame_nested_too_deep_is_malformed() -> None:
    with pytest.raises(twilio.TwilioProtocolError) as refused:
        twilio.parse("[" * 5000)
    assert refused.value.code == "malformed_json"


async def test_a_phone_leg_without_a_start_is_closed_in_time(database_url: str) -> None:
    """Anyone can open the phone socket; frames other than a valid `start` do not keep it."""
    from websockets.asyncio.client import connect

    async with live_server(
        make_settings(database_url, ws_start_seconds=0.5), tts=speaking()
    ) as server:
        quiet = await connect(f"{server.ws_url}/ws/telephony/twilio")
        chatty = await connect(f"{server.ws_url}/ws/telephony/twilio")
        # A carrier whose start was malformed (no mediaFormat) streams media all the same.
        streaming = await connect(f"{server.ws_url}/ws/telephony/twilio")
        await streaming.send(json.dumps({"event": "start", "start": {"streamSid": "MZ1"}}))
        media = {"event": "media", "media": {"payload": base64.b64encode(b"\xff" * 160).decode()}}
        for _ in range(6):
            with contextlib.suppress(Exception):
                await chatty.send(json.dumps({"event": "connected"}))
                await chatty.send("{")
                await streaming.send(json.dumps(media))
            await asyncio.sleep(0.15)
        for ws in (quiet, chatty, streaming):
            with contextlib.suppress(Exception):
                while True:
                    await asyncio.wait_for(ws.recv(), timeout=3)
            assert ws.close_code == 4408, ws.close_code


async def test_one_user_holds_a_bounded_number_of_sockets(database_url: str) -> None:
    async with live_server(
        make_settings(database_url, ws_max_per_user=3), tts=speaking()
    ) as server:
        m = await market(server)
        held = [
            await open_browser(server, m["n"], m["c"], language="hi", watch=True) for _ in range(3)
        ]
        from websockets.asyncio.client import connect

        from tests.live_helpers import browser_url, ticket

        extra = await connect(browser_url(server, m["n"], await ticket(server, m["c"], m["n"])))
        with contextlib.suppress(Exception):
            while True:
                await asyncio.wait_for(extra.recv(), timeout=5)
        assert extra.close_code == 4429
        # Closing one frees its place.
        ws, _got, task = held.pop()
        await ws.close()
        await task
        await asyncio.sleep(0.2)
        again = await open_browser(server, m["n"], m["c"], language="hi", watch=True)
        held.append(again)
        for ws, _got, task in held:
            await ws.close()
            await task
