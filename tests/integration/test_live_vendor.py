"""What a vendor gets live, over real sockets: the assistant's hint on customer offers
(never on the shopper's copy), spoken on the phone when asked, and a notice when a new
customer scans the stall's QR code — on one process, or across two through Redis."""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import AsyncIterator
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection, connect

from server.live.tickets import TicketClaims
from tests.conftest import REDIS_URL, Api, make_settings, need
from tests.live_helpers import (
    LiveServer,
    Received,
    live_server,
    open_browser,
    open_phone,
    open_twilio,
    reader,
    speaking,
    ticket,
    wait_for,
)


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    async with live_server(make_settings(database_url), tts=speaking()) as s:
        yield s


async def market(server: LiveServer, *, vendor_language: str = "ta") -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register("vendor", language=vendor_language, business_name="Murugan")
    customer = await api.register("customer", language="hi")
    product = await api.product(
        vendor["token"], names={"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"}
    )  # ₹40 list, ₹32 floor, 50 kg
    negotiation = await api.open(customer["token"], product["id"], quantity=2)
    return {
        "api": api,
        "v": vendor["token"],
        "c": customer["token"],
        "vendor_id": vendor["user"]["id"],
        "product": product,
        "n": negotiation["id"],
    }


def marks(phone: Received) -> list[str]:
    """The names of the marks a phone leg got, in order: one after each thing said to it."""
    return [t["mark"]["name"] for t in phone.twilio if t["event"] == "mark"]


async def offer_heard_on_the_phone(
    shopper: ClientConnection, shopper_got: Received, phone: Received, amount_paise: int
) -> int:
    """The shopper's button offer of `amount_paise`, once the phone leg has heard something:
    the offer's bid id."""
    await shopper.send(json.dumps({"type": "offer", "amount_paise": amount_paise}))
    await wait_for(lambda: shopper_got.of("offer"), what="the offer")
    bid_id: int = shopper_got.of("offer")[0]["bid_id"]
    await wait_for(lambda: marks(phone), what="the offer said on the phone")
    return bid_id


async def close(*pairs: tuple[ClientConnection, asyncio.Task[None]]) -> None:
    for ws, task in pairs:
        await ws.close()
        await task


async def test_only_the_vendor_gets_the_hint(server: LiveServer) -> None:
    m = await market(server)
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
    vws, vgot, vtask = await open_browser(server, m["n"], m["v"], language="ta")
    assert "hint" not in vgot.of("snapshot")[0]  # no customer offer yet

    # A button offer below the floor: the vendor is told to counter, above the floor.
    await cws.send(json.dumps({"type": "offer", "amount_paise": 2500}))
    await wait_for(lambda: vgot.of("offer") and cgot.of("offer"), what="the offer, both sides")
    hint = vgot.of("offer")[0]["hint"]
    assert hint == {
        "action": "counter",
        "amount_paise": 3600,
        "reason_code": "below_floor",
        "reason": "₹25/kg is below your floor; counter at ₹36/kg.",
        "text": "இது உங்கள் குறைந்தபட்ச விலைக்குக் கீழே. கிலோ 36 ரூபாய் என்று சொல்லுங்கள்.",
        "language": "ta",
    }
    shopper_copy = cgot.of("offer")[0]
    assert "hint" not in shopper_copy
    assert "3600" not in json.dumps(shopper_copy) and "3200" not in json.dumps(shopper_copy)

    # The vendor follows it; their own offer carries no hint for anyone.
    await vws.send(json.dumps({"type": "offer", "amount_paise": hint["amount_paise"]}))
    await wait_for(lambda: len(cgot.of("offer")) == 2, what="the vendor's counter")
    await wait_for(lambda: len(vgot.of("offer")) == 2, what="the counter echoed")
    assert "hint" not in vgot.of("offer")[1] and "hint" not in cgot.of("offer")[1]

    # A typed offer goes through the turn pipeline: the hint rides on it too.
    await cws.send(json.dumps({"type": "text", "text": "टमाटर पैंतीस रुपये किलो दे दो"}))
    await wait_for(lambda: len(vgot.of("offer")) == 3, what="the typed offer")
    typed = vgot.of("offer")[2]
    assert typed["amount_paise"] == 3500 and typed["source"] == "text"
    assert (typed["hint"]["action"], typed["hint"]["amount_paise"]) == ("accept", 3500)
    await wait_for(lambda: len(cgot.of("offer")) == 3, what="the typed offer, shopper")
    assert all("hint" not in e for e in cgot.events)

    # A reconnecting vendor finds the hint in the snapshot; the shopper never does.
    await close((vws, vtask))
    vws, vgot, vtask = await open_browser(server, m["n"], m["v"], language="ta")
    snapshot = vgot.of("snapshot")[0]
    assert snapshot["hint"]["action"] == "accept"
    assert snapshot["hint"]["bid_seq"] == 3
    assert snapshot["hint"]["language"] == "ta"
    cws2, cgot2, ctask2 = await open_browser(server, m["n"], m["c"], language="hi")
    assert "hint" not in cgot2.of("snapshot")[0]
    await close((cws, ctask), (vws, vtask), (cws2, ctask2))


async def test_button_offers_are_heard_by_the_other_side(server: LiveServer) -> None:
    """A phone has no screen: a shopper's button offer is said to the vendor's phone, and
    the vendor's button counter is said to the shopper's page, each in their language."""
    m = await market(server, vendor_language="en")
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
    vws, vgot, vtask, _ = await open_phone(server, m["n"], m["v"], language="en", seen_by=cgot)

    bid_id = await offer_heard_on_the_phone(cws, cgot, vgot, 3000)
    assert marks(vgot) == [f"offer-{bid_id}"]  # no hint: hints are not spoken by default
    assert sum(1 for t in vgot.twilio if t["event"] == "media") > 25
    assert not cgot.of("audio_start")  # the one who pressed the button hears nothing

    # The vendor counters from a console (a browser, here over the same socket kind).
    await close((vws, vtask))
    vws2, vgot2, vtask2 = await open_browser(server, m["n"], m["v"], language="en")
    await vws2.send(json.dumps({"type": "offer", "amount_paise": 3800}))
    await wait_for(lambda: cgot.of("audio_end"), what="the counter said to the shopper")
    start = cgot.of("audio_start")[0]
    counter_id = cgot.of("offer")[1]["bid_id"]
    assert start["utterance_id"] == f"offer-{counter_id}"
    said = next(e for e in cgot.of("offer") if e["bid_id"] == counter_id)["text"]
    assert "38" in said and "टमाटर" in said
    assert len(cgot.audio) > 16000
    assert not vgot2.of("audio_start")
    await close((cws, ctask), (vws2, vtask2))


async def test_console_watches_while_the_phone_talks(server: LiveServer) -> None:
    """The vendor's console follows the room without taking the voice from their phone
    leg, acts by button, and can take the voice when asked ("use this device")."""
    m = await market(server, vendor_language="en")
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
    pws, pgot, ptask, _ = await open_phone(server, m["n"], m["v"], language="en", seen_by=cgot)
    ows, ogot, otask = await open_browser(server, m["n"], m["v"], language="ta", watch=True)
    snapshot = ogot.of("snapshot")[0]
    assert snapshot["you"]["watching"] is True
    assert snapshot["members"]["vendor"]["client"] == "phone"
    # Nothing changed for the shopper: no new presence, the phone is still the voice.
    presences = [e for e in cgot.events if e.get("type") == "presence" and e["side"] == "vendor"]
    assert len(presences) == 1 and presences[0]["client"] == "phone"

    # The shopper offers: the phone hears it, the console sees it with the hint.
    await cws.send(json.dumps({"type": "offer", "amount_paise": 3500}))
    await wait_for(lambda: ogot.of("offer"), what="the offer on the console")
    offer = ogot.of("offer")[0]
    assert offer["hint"]["action"] == "counter" and "தக்காளி" in offer["text"]
    await wait_for(
        lambda: any(t["event"] == "mark" for t in pgot.twilio), what="the offer on the phone"
    )
    # A watcher's microphone is refused, once, politely; the socket stays open.
    await ows.send(bytes(640))
    await ows.send(bytes(640))
    await ows.send(json.dumps({"type": "ping"}))  # answered after both frames
    await wait_for(lambda: ogot.of("pong"), what="the pong after the audio")
    assert [e["code"] for e in ogot.of("error")] == ["watching"]
    assert not ogot.of("audio_start")

    # A button on the console acts for the vendor.
    await ows.send(json.dumps({"type": "accept", "expected_seq": offer["bid_seq"]}))
    await wait_for(lambda: ogot.of("order") and cgot.of("order"), what="the order, both")
    assert ogot.of("order")[0]["order"]["unit_price_paise"] == 3500

    # "Use this device": the console takes the voice; the phone leg is let go.
    await ows.send(json.dumps({"type": "take_voice"}))
    await asyncio.wait_for(ptask, timeout=10)
    assert pws.close_code == 4000
    await wait_for(
        lambda: any(
            e.get("type") == "presence" and e.get("client") == "browser" for e in cgot.events
        ),
        what="the console's presence",
    )
    await close((cws, ctask), (ows, otask))


async def test_phone_vendor_hears_the_hint_after_the_offer(database_url: str) -> None:
    settings = make_settings(database_url, assistant_speak_hints=True)
    async with live_server(settings, tts=speaking()) as server:
        m = await market(server, vendor_language="en")
        cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="en")
        vws, vgot, vtask, _ = await open_phone(server, m["n"], m["v"], language="en", seen_by=cgot)

        # A button offer: nothing else is said, so the phone hears the offer and the hint.
        bid_id = await offer_heard_on_the_phone(cws, cgot, vgot, 2500)
        assert marks(vgot) == [f"{bid_id}-hint"]
        assert sum(1 for t in vgot.twilio if t["event"] == "media") > 25

        # The vendor counters (over HTTP); a typed offer is said first, then its hint.
        r = await m["api"].bid(m["v"], m["n"], 3600)
        assert r.status_code == 201, r.text
        await cws.send(json.dumps({"type": "text", "text": "Thirty five rupees a kilo."}))
        await wait_for(lambda: len(cgot.of("offer")) == 3, what="the typed offer")
        assert cgot.of("offer")[1]["side"] == "vendor"  # the counter, seen by the page too
        utterance = cgot.of("offer")[2]["utterance_id"]
        await wait_for(lambda: len(marks(vgot)) == 3, timeout=60, what="offer speech, then hint")
        assert marks(vgot) == [f"{bid_id}-hint", utterance, f"{utterance}-hint"]
        assert all("hint" not in e for e in cgot.events)
        await close((cws, ctask), (vws, vtask))


async def open_console(
    server: LiveServer, token: str, *, language: str
) -> tuple[ClientConnection, Received, asyncio.Task[None]]:
    t = await ticket(server, token)
    ws = await connect(f"{server.ws_url}/ws/vendor?ticket={t}")
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    await ws.send(json.dumps({"type": "hello", "language": language}))
    await wait_for(lambda: got.of("welcome"), what="welcome")
    return ws, got, task


async def join_by_qr(api: Api, vendor_token: str, product_id: int) -> dict[str, Any]:
    r = await api.client.post("/api/qr", headers=api.auth(vendor_token), json={"kind": "stall"})
    assert r.status_code == 201, r.text
    r = await api.client.post(
        f"/api/qr/{r.json()['token']}/join",
        json={"language": "hi", "name": "Asha", "product_id": product_id, "quantity": 3},
    )
    assert r.status_code == 200, r.text
    joined: dict[str, Any] = r.json()
    return joined


@contextlib.asynccontextmanager
async def two_servers(database_url: str, bus: str) -> AsyncIterator[tuple[LiveServer, LiveServer]]:
    """Memory: one server, twice. Redis: two servers sharing Redis and the database."""
    if bus == "memory":
        async with live_server(make_settings(database_url), tts=speaking()) as one:
            yield one, one
        return
    settings = make_settings(database_url, redis_url=need(REDIS_URL, "Redis"))
    async with (
        live_server(settings, tts=speaking()) as a,
        live_server(settings, tts=speaking()) as b,
    ):
        yield a, b


@pytest.mark.parametrize("bus", ["memory", "redis"])
async def test_vendor_console_hears_of_a_new_customer(database_url: str, bus: str) -> None:
    async with two_servers(database_url, bus) as (a, b):
        m = await market(a)
        # The vendor's console is connected to B; the shopper scans the QR code on A.
        console, got, task = await open_console(b, m["v"], language="ta")
        assert got.of("welcome")[0]["vendor_id"] == m["vendor_id"]
        other = await Api(a.http).register("vendor", language="hi")
        elsewhere, other_got, other_task = await open_console(a, other["token"], language="hi")

        joined = await join_by_qr(m["api"], m["v"], m["product"]["id"])
        await wait_for(lambda: got.of("customer_joined"), what="the notice on B")
        notice = got.of("customer_joined")[0]
        assert notice["negotiation_id"] == joined["negotiation"]["id"]
        assert notice["product_id"] == m["product"]["id"]
        assert notice["product"] == "தக்காளி"
        assert notice["quantity"] == 3 and notice["unit"] == "kg"
        assert notice["customer"] == {
            "id": joined["user"]["id"],
            "name": "Asha",
            "language": "hi",
        }
        assert notice["via"] == "qr"
        assert notice["text"] == "தக்காளி வாங்க புதிய வாடிக்கையாளர் வந்துள்ளார்."
        assert notice["seq"] > got.of("welcome")[0]["seq"]

        # A ping keeps the channel alive; the other vendor heard nothing.
        await console.send(json.dumps({"type": "ping"}))
        await wait_for(lambda: got.of("pong"), what="pong")
        await asyncio.sleep(0.2)
        assert not other_got.of("customer_joined")
        await close((console, task), (elsewhere, other_task))


async def test_a_deal_opened_over_the_api_is_announced_once(server: LiveServer) -> None:
    """A registered customer opening a deal with `POST /api/negotiations` (no QR scan)
    is announced like a scan (`via` "app"); a failed open announces nothing."""
    m = await market(server)
    console, got, task = await open_console(server, m["v"], language="ta")
    shopper = await m["api"].register("customer", language="hi", name="Ravi")
    opened = await m["api"].open(shopper["token"], m["product"]["id"], quantity=4)
    await wait_for(lambda: got.of("customer_joined"), what="the notice")
    r = await m["api"].client.post(
        "/api/negotiations",
        headers=m["api"].auth(shopper["token"]),
        json={"product_id": m["product"]["id"] + 1000, "quantity": 1},
    )
    assert r.status_code == 404, r.text
    await asyncio.sleep(0.3)
    [notice] = got.of("customer_joined")
    assert notice["negotiation_id"] == opened["id"]
    assert (notice["product"], notice["quantity"], notice["unit"]) == ("தக்காளி", 4, "kg")
    assert notice["customer"] == {"id": shopper["user"]["id"], "name": "Ravi", "language": "hi"}
    assert notice["via"] == "app"
    await close((console, task))


async def test_vendor_channel_refuses_strangers(server: LiveServer) -> None:
    m = await market(server)
    # A customer asking for a notice-channel ticket: refused at issue.
    r = await server.http.post(
        "/api/ws-ticket", json={}, headers={"Authorization": f"Bearer {m['c']}"}
    )
    assert r.status_code == 403, r.text
    assert r.json()["error"]["code"] == "forbidden"
    # And a customer's ticket (minted here) is refused by the channel itself.
    me = await server.http.get("/api/me", headers={"Authorization": f"Bearer {m['c']}"})
    t = await server.app.state.tickets.issue(TicketClaims(me.json()["id"], "customer"), 60)
    ws = await connect(f"{server.ws_url}/ws/vendor?ticket={t}")
    got = Received()
    await reader(ws, got)
    assert got.of("error")[0]["code"] == "forbidden"
    assert ws.close_code == 4403
    # A ticket used twice (or made up).
    ws = await connect(f"{server.ws_url}/ws/vendor?ticket=made-up")
    await reader(ws, Received())
    assert ws.close_code == 4401
    # Anything before hello is answered with an error; the socket stays open.
    t = await ticket(server, m["v"])
    ws = await connect(f"{server.ws_url}/ws/vendor?ticket={t}")
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    await ws.send(json.dumps({"type": "ping"}))
    await ws.send(b"\x00\x00")
    await ws.send(json.dumps({"type": "hello", "language": "hi"}))
    await ws.send(json.dumps({"type": "offer", "amount_paise": 100}))
    await ws.send(json.dumps({"type": "no-such-type"}))  # unknown anywhere: the same answer
    await ws.send("{not json")
    await wait_for(lambda: len(got.of("error")) == 5 and got.of("welcome"), what="answers")
    assert [e["code"] for e in got.of("error")] == [
        "hello_first",
        "binary",
        "unsupported",
        "unsupported",
        "malformed_json",
    ]
    assert got.of("error")[3]["message"] == "This channel takes only hello, ping and pong."
    await close((ws, task))


# Every message type of the negotiation socket, with fields missing or of the wrong kind:
# none of them is read on the notice channel, so none is checked.
BAD_FIELDS = [
    {"type": "offer"},
    {"type": "offer", "amount_paise": "x"},
    {"type": "text"},
    {"type": "text", "text": 5},
    {"type": "confirm_price"},
    {"type": "confirm_price", "utterance_id": [], "accept": "maybe"},
    {"type": "accept", "extra": {"deep": [1]}},
    {"type": "reject", "reason": 7},
    {"type": "mute", "muted": "x"},
    {"type": "interrupt", "x": None},
    {"type": "take_voice", "side": 5},
]


async def test_vendor_channel_answers_other_types_before_their_fields(
    server: LiveServer,
) -> None:
    m = await market(server)
    t = await ticket(server, m["v"])
    ws = await connect(f"{server.ws_url}/ws/vendor?ticket={t}")
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    for message in BAD_FIELDS:  # before hello
        await ws.send(json.dumps(message))
    await wait_for(lambda: len(got.of("error")) == len(BAD_FIELDS), what="answers")
    assert [e["code"] for e in got.of("error")] == ["hello_first"] * len(BAD_FIELDS)
    await ws.send(json.dumps({"type": "hello", "language": "hi"}))
    await wait_for(lambda: got.of("welcome"), what="welcome")
    for message in [*BAD_FIELDS, {"type": "hello", "language": 5}]:  # after (a second hello)
        await ws.send(json.dumps(message))
    await wait_for(lambda: len(got.of("error")) == 2 * len(BAD_FIELDS) + 1, what="answers")
    after = got.of("error")[len(BAD_FIELDS) :]
    assert [e["code"] for e in after] == ["unsupported"] * (len(BAD_FIELDS) + 1)
    assert {e["message"] for e in after} == {"This channel takes only hello, ping and pong."}
    await ws.send(json.dumps({"type": "ping"}))  # the socket stays open
    await wait_for(lambda: got.of("pong"), what="pong")
    await close((ws, task))
    # A first hello that does not validate is still named as such.
    t = await ticket(server, m["v"])
    ws = await connect(f"{server.ws_url}/ws/vendor?ticket={t}")
    got = Received()
    task = asyncio.create_task(reader(ws, got))
    await ws.send(json.dumps({"type": "hello", "language": 5}))
    await wait_for(lambda: got.of("error"), what="the error")
    assert got.of("error")[0]["code"] == "invalid_message"
    await close((ws, task))


async def test_vendor_phone_hears_of_a_new_customer(server: LiveServer) -> None:
    m = await market(server, vendor_language="en")
    vws, vgot, vtask, _ = await open_twilio(
        server, {"token": m["v"], "negotiation_id": str(m["n"]), "language": "en"}
    )
    await wait_for(
        lambda: "vendor" in getattr(server.app.state.live.rooms.get(m["n"]), "clients", {}),
        what="the phone leg in its room",
    )
    joined = await join_by_qr(m["api"], m["v"], m["product"]["id"])
    name = f"customer_joined-{joined['negotiation']['id']}"
    await wait_for(
        lambda: any(t["event"] == "mark" for t in vgot.twilio), timeout=30, what="spoken notice"
    )
    assert marks(vgot) == [name]
    assert sum(1 for t in vgot.twilio if t["event"] == "media") > 25
    await close((vws, vtask))


async def test_each_console_reads_the_shoppers_words_in_its_own_language(
    server: LiveServer,
) -> None:
    """The vendor talks on a Tamil phone leg; one console watching it is in English,
    another in Tamil: each reads the shopper's words in its own language (the price
    rendered from the understood move), the phone hears them in Tamil, and a console
    that resumes finds them in its language again."""
    m = await market(server, vendor_language="ta")
    cws, cgot, ctask = await open_browser(server, m["n"], m["c"], language="hi")
    pws, pgot, ptask, _ = await open_phone(server, m["n"], m["v"], language="ta", seen_by=cgot)
    ews, egot, etask = await open_browser(server, m["n"], m["v"], language="en", watch=True)
    tws, tgot, ttask = await open_browser(server, m["n"], m["v"], language="ta", watch=True)

    await cws.send(json.dumps({"type": "text", "text": "टमाटर पैंतीस रुपये किलो दे दो"}))
    await wait_for(
        lambda: egot.of("translation") and tgot.of("translation") and cgot.of("translation"),
        what="the translation on every screen",
    )
    english, tamil = egot.of("translation")[0], tgot.of("translation")[0]
    assert (english["language"], english["untranslated"]) == ("en", False)
    assert "35" in english["text"] and "Tomato" in english["text"]
    assert (tamil["language"], tamil["untranslated"]) == ("ta", False)
    assert "35" in tamil["text"] and "தக்காளி" in tamil["text"]
    # The shopper's page shows what the vendor's voice got; no socket sees the others'.
    assert cgot.of("translation")[0]["text"] == tamil["text"]
    assert cgot.of("translation")[0]["language"] == "ta"
    assert all("versions" not in e for got in (egot, tgot, cgot) for e in got.events)
    utterance = english["utterance_id"]
    await wait_for(
        lambda: any(t["event"] == "mark" and t["mark"]["name"] == utterance for t in pgot.twilio),
        timeout=60,
        what="the words said on the phone",
    )

    # The English console resumes: the words kept for it are in English still.
    await close((ews, etask))
    ews, egot, etask = await open_browser(server, m["n"], m["v"], language="en", watch=True)
    said = [e for e in egot.of("snapshot")[0]["said"] if e["type"] == "translation"]
    assert [(e["language"], e["text"]) for e in said] == [("en", english["text"])]
    await close((cws, ctask), (pws, ptask), (ews, etask), (tws, ttask))


@pytest.mark.parametrize("bus", ["memory", "redis"])
async def test_a_console_in_another_process_reads_the_words_in_its_language(
    database_url: str, bus: str
) -> None:
    """The speaker's process makes versions for the screens it holds; a console held by
    another process (through Redis) gets its own language made there, from the move."""
    async with two_servers(database_url, bus) as (a, b):
        m = await market(a, vendor_language="ta")
        cws, cgot, ctask = await open_browser(a, m["n"], m["c"], language="hi")
        pws, _, ptask, _ = await open_phone(a, m["n"], m["v"], language="ta", seen_by=cgot)
        ews, egot, etask = await open_browser(b, m["n"], m["v"], language="en", watch=True)
        await cws.send(json.dumps({"type": "text", "text": "टमाटर तीस रुपये किलो"}))
        await wait_for(lambda: egot.of("translation"), what="the translation on the console")
        english = egot.of("translation")[0]
        assert (english["language"], english["untranslated"]) == ("en", False)
        assert "30" in english["text"] and "Tomato" in english["text"]
        assert not set(english) & {"versions", "words"}
        await wait_for(lambda: cgot.of("translation"), what="the shopper's copy")
        assert cgot.of("translation")[0]["language"] == "ta"
        # The console resumes in either process (neither kept an English version on the
        # bus: the speaker's had no English screen): the words come back in English.
        for server in (b, a):
            await close((ews, etask))
            ews, egot, etask = await open_browser(server, m["n"], m["v"], language="en", watch=True)
            said = [
                e
                for e in egot.of("snapshot")[0]["said"]
                if e["type"] == "translation" and e["utterance_id"] == english["utterance_id"]
            ]
            assert [(e["language"], e["text"]) for e in said] == [("en", english["text"])]
            assert not set(said[0]) & {"versions", "words"}
        await close((cws, ctask), (pws, ptask), (ews, etask))
