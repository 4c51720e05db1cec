"""A price heard without confidence, over real sockets: never recorded, never passed on,
asked back to its speaker in their language; their yes (said, typed or a button) records
it and passes it on as a confident price would be, their no asks for it again.

The server hears and speaks through fakes (`tests.fakes`): what is said is scripted, and
speech out is a second of silence; the words, the questions and the rules are real.

"40 ya 50 rupaye" and "forty or fifty rupees" hold two prices: they are understood as 50
rupees with confidence 0.5, below the recording threshold (`audio.interpret`)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import pytest
from sqlalchemy import select
from websockets.asyncio.client import ClientConnection

from audio.codecs import pcm16_to_ulaw
from audio.confirmations import say_again
from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand
from models import Bid, BidSource, Negotiation
from tests.conftest import Api
from tests.fakes import Clock
from tests.integration.test_live import with_silence
from tests.live_helpers import (
    LiveServer,
    Phone,
    Received,
    barrier,
    fake_stt,
    open_browser,
    open_phone_room,
    scripted_server,
    spoken,
    stream_twilio,
    wait_for,
)

UNSURE_HI = "टमाटर 40 ya 50 rupaye"
UNSURE_EN = "forty or fifty rupees"


@pytest.fixture
async def server(database_url: str) -> AsyncIterator[LiveServer]:
    # The phone tests stream speech faster than a call's 50 frames a second: four lines
    # (about 560 frames) within a second or two pass the default frame limit's 5 s
    # catch-up burst, and the leg is closed 1008 (`flood`) before its last words.
    async with scripted_server(database_url) as s:
        yield s


Conn = tuple[ClientConnection, Received, asyncio.Task[None]]


async def market(server: LiveServer, *, customer_language: str = "hi") -> dict[str, Any]:
    api = Api(server.http)
    vendor = await api.register("vendor", language="ta", business_name="Murugan Stores")
    customer = await api.register("customer", language=customer_language)
    product = await api.product(
        vendor["token"],
        names={"en": "Tomato", "hi": "टमाटर", "ta": "தக்காளி"},
        list_price_paise=6000,
    )  # ₹60 list, ₹32 floor, per kg: no price here is capped
    n = (await api.open(customer["token"], product["id"], quantity=2))["id"]
    c = await open_browser(server, n, customer["token"], language=customer_language)
    v = await open_browser(server, n, vendor["token"], language="ta")
    await wait_for(
        lambda: any(e.get("type") == "presence" and e["side"] == "vendor" for e in c[1].events),
        what="vendor presence at the customer",
    )
    return {"api": api, "n": n, "c": c, "v": v, "v_token": vendor["token"]}


async def say(conn: Conn, text: str) -> None:
    await conn[0].send(json.dumps({"type": "text", "text": text}))


async def send(conn: Conn, message: dict[str, Any]) -> None:
    await conn[0].send(json.dumps(message))


async def answer(conn: Conn, utterance_id: str, *, confirm: bool = True) -> None:
    """The Confirm (or Fix) button."""
    await send(conn, {"type": "confirm_price", "utterance_id": utterance_id, "confirm": confirm})


async def bids(server: LiveServer) -> list[tuple[int, str, str | None]]:
    async with server.app.state.sessions() as session:
        rows = await session.scalars(select(Bid).order_by(Bid.id))
        return [(b.amount_paise, b.source.value, b.transcript) for b in rows]


async def status(server: LiveServer, n: int) -> str:
    async with server.app.state.sessions() as session:
        negotiation = await session.get(Negotiation, n)
        assert negotiation is not None
        return negotiation.status.value


def said_by(got: Received, kind: str, side: str) -> list[dict[str, Any]]:
    return [e for e in got.of(kind) if e.get("side") == side]


async def close(*conns: Conn) -> None:
    for ws, _, task in conns:
        await ws.close()
        await task


def test_the_phrases_are_really_unsure() -> None:
    for text, language in ((UNSURE_HI, "hi"), (UNSURE_EN, "en")):
        understood = understand(text, language=language)
        assert understood.amount_paise == 5000
        assert understood.confidence < MIN_CONFIDENCE


async def test_an_unsure_price_is_asked_back_and_goes_nowhere(server: LiveServer) -> None:
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    [asked] = c[1].of("confirm_price")
    assert asked["text"] == "क्या आपने 50 रुपये किलो कहा?"
    assert asked["heard"] == UNSURE_HI
    assert asked["language"] == "hi"
    assert (asked["amount_paise"], asked["unit_price_paise"]) == (5000, 5000)
    assert asked["expires_in"] == 20.0
    assert "per_unit" in asked and "quantity" in asked and "unit" in asked
    [transcript] = said_by(c[1], "transcript", "customer")
    assert transcript["utterance_id"] == asked["utterance_id"]
    [understood] = c[1].of("understood")
    assert understood["recorded"] is False and understood["asked"] is True
    await barrier(server, m["n"], c, v)
    # The vendor got nothing of it: no words, no translation, no offer, no speech.
    kinds = {e["type"] for e in v[1].events}
    assert not kinds & {"transcript", "translation", "offer", "confirm_price", "audio_start"}
    assert not v[1].audio
    assert await bids(server) == []
    await close(c, v)


async def test_yes_records_and_relays_the_price(server: LiveServer) -> None:
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    asked = c[1].of("confirm_price")[0]
    await say(c, "हाँ")
    await wait_for(lambda: v[1].of("offer"), what="the offer at the vendor")
    [offer] = v[1].of("offer")
    assert (offer["amount_paise"], offer["side"], offer["source"]) == (5000, "customer", "text")
    assert offer["utterance_id"] == asked["utterance_id"]
    assert offer["transcript"] == UNSURE_HI
    await wait_for(lambda: v[1].of("translation"), what="the translation")
    [translation] = v[1].of("translation")
    assert translation["utterance_id"] == asked["utterance_id"]
    assert "50" in translation["text"] and "40" not in translation["text"]
    assert "தக்காளி" in translation["text"]
    # The vendor hears it, exactly as a confident price.
    await wait_for(lambda: v[1].of("audio_end"), what="speech at the vendor")
    # Neither the unsure words nor the yes to a question the vendor never saw reached the
    # vendor as words: only the price, said afresh.
    assert said_by(v[1], "transcript", "customer") == []
    await wait_for(
        lambda: [e for e in c[1].of("understood") if e.get("confirmed")],
        what="the confirmed understanding at the customer",
    )
    understood = [e for e in c[1].of("understood") if e.get("confirmed")]
    assert understood and understood[0]["recorded"] is True
    assert await bids(server) == [(5000, "text", UNSURE_HI)]
    async with server.app.state.sessions() as session:
        bid = await session.scalar(select(Bid))
    assert bid is not None and bid.utterance_id == asked["utterance_id"]
    assert bid.source is BidSource.TEXT and bid.quantity == 2
    await close(c, v)


async def test_the_same_language_hears_the_confirmed_price_not_the_words(
    server: LiveServer,
) -> None:
    """An English shopper and an English vendor: no translation to stand in between, yet
    the vendor gets the price said afresh, never "forty or fifty"."""
    api = Api(server.http)
    vendor = await api.register("vendor", language="en")
    customer = await api.register("customer", language="en")
    product = await api.product(vendor["token"], list_price_paise=6000)
    n = (await api.open(customer["token"], product["id"]))["id"]
    c = await open_browser(server, n, customer["token"], language="en")
    v = await open_browser(server, n, vendor["token"], language="en")
    await say(c, UNSURE_EN)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    assert c[1].of("confirm_price")[0]["text"] == "Did you say 50 rupees a kilo?"
    await say(c, "yes")
    await wait_for(lambda: v[1].of("translation"), what="the translation")
    said = v[1].of("translation")[0]["text"]
    assert said == "I'll take Tomato for 50 rupees."  # as "fifty rupees" would be said
    assert await bids(server) == [(5000, "text", UNSURE_EN)]
    await close(c, v)


async def test_no_asks_again_and_records_nothing(server: LiveServer) -> None:
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    asked = c[1].of("confirm_price")[0]
    await say(c, "नहीं")
    await wait_for(lambda: c[1].of("confirm_price_cancelled"), what="the say-again")
    [cancelled] = c[1].of("confirm_price_cancelled")
    assert cancelled["utterance_id"] == asked["utterance_id"]
    assert cancelled["reason"] == "refused"
    assert cancelled["text"] == say_again("hi") == "कृपया दाम फिर से बोलिए, या टाइप कर दीजिए।"
    await barrier(server, m["n"], c, v)
    assert not {e["type"] for e in v[1].events} & {"offer", "translation", "transcript"}
    assert await bids(server) == []
    # The no answered the question: it did not reject the negotiation.
    assert await status(server, m["n"]) == "OPEN"
    # A yes now has nothing to confirm.
    await answer(c, asked["utterance_id"])
    await wait_for(lambda: c[1].of("error"), what="the stale answer refused")
    assert c[1].of("error")[0]["code"] == "confirm_stale"
    assert await bids(server) == []
    await close(c, v)


async def test_the_same_unsure_price_twice_is_recorded(server: LiveServer) -> None:
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    await say(c, "40 ya 50 rupaye kilo")
    await wait_for(lambda: v[1].of("offer"), what="the offer at the vendor")
    assert v[1].of("offer")[0]["amount_paise"] == 5000
    assert len(c[1].of("confirm_price")) == 1  # not asked a second time
    assert await bids(server) == [(5000, "text", "40 ya 50 rupaye kilo")]
    await wait_for(lambda: v[1].of("translation"), what="the translation")
    assert "40" not in v[1].of("translation")[0]["text"]
    await close(c, v)


async def test_a_different_unsure_price_is_asked_about_anew(server: LiveServer) -> None:
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the first question")
    first = c[1].of("confirm_price")[0]
    await say(c, "35 ya 38 rupaye")
    await wait_for(lambda: len(c[1].of("confirm_price")) == 2, what="the second question")
    second = c[1].of("confirm_price")[1]
    assert second["amount_paise"] == 3800
    assert "38" in second["text"]
    [replaced] = c[1].of("confirm_price_cancelled")
    assert (replaced["utterance_id"], replaced["reason"]) == (first["utterance_id"], "replaced")
    # The first question is gone: its button answer is stale; the second one stands.
    await answer(c, first["utterance_id"])
    await wait_for(lambda: c[1].of("error"), what="the stale answer refused")
    assert c[1].of("error")[0]["code"] == "confirm_stale"
    assert await bids(server) == []
    await say(c, "haan ji")
    await wait_for(lambda: v[1].of("offer"), what="the offer")
    assert await bids(server) == [(3800, "text", "35 ya 38 rupaye")]
    await close(c, v)


async def test_a_confident_price_replaces_the_question(server: LiveServer) -> None:
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    await say(c, "36 रुपये किलो")
    await wait_for(lambda: v[1].of("offer"), what="the offer")
    assert v[1].of("offer")[0]["amount_paise"] == 3600
    await wait_for(lambda: c[1].of("confirm_price_cancelled"), what="the question closed")
    assert c[1].of("confirm_price_cancelled")[0]["reason"] == "replaced"
    assert await bids(server) == [(3600, "text", "36 रुपये किलो")]
    await close(c, v)


async def test_the_confirm_button(server: LiveServer) -> None:
    m = await market(server)
    c, v = m["c"], m["v"]
    # Malformed answers: an error each, the socket stays open, nothing recorded.
    for bad in (
        {"type": "confirm_price", "confirm": True},
        {"type": "confirm_price", "utterance_id": "", "confirm": True},
        {"type": "confirm_price", "utterance_id": "x", "confirm": "yes"},
        {"type": "confirm_price", "utterance_id": "x"},
        {"type": "confirm_price", "utterance_id": "x", "confirm": True, "amount_paise": 100},
    ):
        await send(c, bad)
    # An answer when nothing was asked.
    await answer(c, "t-nothing")
    await wait_for(lambda: len(c[1].of("error")) == 6, what="six errors")
    codes = [e["code"] for e in c[1].of("error")]
    assert codes == ["invalid_message"] * 5 + ["confirm_unknown"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    asked = c[1].of("confirm_price")[0]
    await answer(c, "t-other")
    await wait_for(lambda: len(c[1].of("error")) == 7, what="an unknown id refused")
    assert c[1].of("error")[-1]["code"] == "confirm_unknown"
    assert await bids(server) == []
    # The right id records the price; the vendor gets it as any offer.
    await answer(c, asked["utterance_id"])
    await wait_for(lambda: v[1].of("offer"), what="the offer at the vendor")
    offer = v[1].of("offer")[0]
    assert (offer["amount_paise"], offer["utterance_id"]) == (5000, asked["utterance_id"])
    await wait_for(lambda: v[1].of("audio_end"), what="speech at the vendor")
    # Pressed again: already answered.
    await answer(c, asked["utterance_id"])
    await wait_for(lambda: len(c[1].of("error")) == 8, what="a second press refused")
    assert c[1].of("error")[-1]["code"] == "confirm_stale"
    assert await bids(server) == [(5000, "text", UNSURE_HI)]
    await close(c, v)


async def test_the_fix_button_drops_the_question(server: LiveServer) -> None:
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    asked = c[1].of("confirm_price")[0]
    await answer(c, asked["utterance_id"], confirm=False)
    await wait_for(lambda: c[1].of("confirm_price_cancelled"), what="the question dropped")
    assert c[1].of("confirm_price_cancelled")[0]["reason"] == "refused"
    # The fixed price goes the usual way: a typed offer.
    await send(c, {"type": "offer", "amount_paise": 4000})
    await wait_for(lambda: v[1].of("offer"), what="the fixed offer")
    # A late yes confirms nothing.
    await say(c, "हाँ")
    await barrier(server, m["n"], c, v)
    assert await bids(server) == [(4000, "button", None)]
    await close(c, v)


async def test_a_question_expires(server: LiveServer) -> None:
    clock = Clock()
    server.app.state.live.clock = clock
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    clock.now += 21
    await say(c, "हाँ")
    await wait_for(lambda: c[1].of("confirm_price_cancelled"), what="the expiry")
    [expired] = c[1].of("confirm_price_cancelled")
    assert expired["reason"] == "expired"
    assert expired["text"] == say_again("hi")
    # Asked again, left to expire, then answered by button.
    await say(c, UNSURE_HI)
    await wait_for(lambda: len(c[1].of("confirm_price")) == 2, what="the second question")
    asked = c[1].of("confirm_price")[1]
    clock.now += 20
    await answer(c, asked["utterance_id"])
    await wait_for(lambda: c[1].of("error"), what="the late press refused")
    assert c[1].of("error")[0]["code"] == "confirm_expired"
    await barrier(server, m["n"], c, v)
    assert await bids(server) == []
    # The late yes accepted nothing either (there was nothing to accept, and it said so
    # about the price instead of trying).
    assert not v[1].of("offer") and not v[1].of("order")
    await close(c, v)


async def test_the_vendor_console_answers_for_the_vendor(server: LiveServer) -> None:
    """A watching console gets the vendor's own price questions and may answer them."""
    m = await market(server)
    c, v = m["c"], m["v"]
    console = await open_browser(server, m["n"], m["v_token"], language="ta", watch=True)
    await say(c, "35 रुपये किलो")
    await wait_for(lambda: v[1].of("offer"), what="the customer's offer")
    await say(v, "38 அல்லது 39 ரூபாய்")
    await wait_for(lambda: console[1].of("confirm_price"), what="the question at the console")
    asked = console[1].of("confirm_price")[0]
    assert asked["amount_paise"] == 3900
    assert asked["text"] == "கிலோ 39 ரூபாய் என்று சொன்னீர்களா?"
    await wait_for(lambda: v[1].of("confirm_price") == [asked], what="the question at the voice")
    await barrier(server, m["n"], c, v, console)
    assert not said_by(c[1], "transcript", "vendor")
    await answer(console, asked["utterance_id"])
    await wait_for(lambda: len(c[1].of("offer")) == 2, what="the vendor's offer at the customer")
    offer = c[1].of("offer")[1]
    assert (offer["side"], offer["amount_paise"]) == ("vendor", 3900)
    await wait_for(lambda: said_by(c[1], "translation", "vendor"), what="the translation")
    said = said_by(c[1], "translation", "vendor")[0]["text"]
    assert "39" in said and "38" not in said
    assert await bids(server) == [(3500, "text", "35 रुपये किलो"), (3900, "text", "38 அல்லது 39 ரூபாய்")]
    await close(c, v, console)


async def phone_vendor_deal(
    server: LiveServer, *, shopper: str = "en"
) -> tuple[int, Conn, Phone, dict[str, str], Callable[[str], Awaitable[None]]]:
    """An English vendor on the phone protocol and a shopper's page (in `shopper`) in one
    deal (list price ₹60), as `open_phone_room` gives it, and a `vendor_says(text)` that
    streams real speech for the phone leg's endpointing while the recogniser hears
    `text`."""
    n, c, phone, tokens = await open_phone_room(
        server, vendor="en", customer=shopper, list_price_paise=6000
    )

    async def vendor_says(text: str) -> None:
        fake_stt(server).say(text)
        pcm = with_silence(await spoken(text, 8000), 8000)
        await stream_twilio(phone[0], phone[3], pcm16_to_ulaw(pcm), realtime=False)

    return n, c, phone, tokens, vendor_says


async def test_a_phone_vendor_hears_the_question_and_says_yes(server: LiveServer) -> None:
    """Spoken: a phone has no screen, so the question is heard; a no asks for the price
    again, the price said again is asked again, and "yes" said back records it and the
    shopper hears it."""
    _n, c, (pws, pgot, ptask, _sid), _tokens, vendor_says = await phone_vendor_deal(server)

    def marks() -> list[str]:
        return [m["mark"]["name"] for m in pgot.twilio if m["event"] == "mark"]

    def asked() -> list[str]:
        return [m.removesuffix("-confirm") for m in marks() if m.endswith("-confirm")]

    await vendor_says("Forty or fifty rupees a kilo.")
    await wait_for(lambda: asked(), what="the question", alive=[pgot])
    assert await bids(server) == []
    assert not c[1].of("offer") and not said_by(c[1], "transcript", "vendor")
    await vendor_says("No.")
    await wait_for(lambda: f"{asked()[0]}-again" in marks(), what="the say-again", alive=[pgot])
    await vendor_says("Forty or fifty rupees a kilo.")
    await wait_for(lambda: len(asked()) == 2, what="the question again", alive=[pgot])
    assert await bids(server) == []
    await vendor_says("Yes.")
    await wait_for(lambda: c[1].of("offer"), what="the offer at the shopper", alive=[pgot])
    offer = c[1].of("offer")[0]
    assert (offer["side"], offer["amount_paise"], offer["source"]) == ("vendor", 5000, "voice")
    assert asked()[1] == offer["utterance_id"] != asked()[0]
    await wait_for(lambda: c[1].of("audio_end"), what="the offer heard by the shopper")
    said = said_by(c[1], "translation", "vendor")[0]["text"]
    assert "50" in said and "40" not in said and "forty" not in said.lower()
    [(amount, source, _)] = await bids(server)
    assert (amount, source) == (5000, "voice")
    assert not fake_stt(server).script  # every line was heard
    assert pgot.closed is None and not pgot.events  # no error told to the phone leg
    await close(c)
    await pws.close()
    await ptask


async def test_a_phone_vendors_no_is_told_on_the_watching_console_in_its_language(
    server: LiveServer,
) -> None:
    """Spoken: the English phone vendor is asked about the price they said; the vendor's
    console, chosen in Hindi, reads the question in Hindi while the phone hears it in
    English. The vendor says no; the phone hears "say the price again", and the console
    reads it in Hindi with "or type it" (a console can type)."""
    n, c, (pws, _got, ptask, _sid), tokens, vendor_says = await phone_vendor_deal(server)
    console = await open_browser(server, n, tokens["vendor"], language="hi", watch=True)
    tts = server.app.state.live.engines.fake_tts

    await vendor_says("Forty or fifty rupees a kilo.")
    await wait_for(lambda: console[1].of("confirm_price"), what="the question")
    [asked] = console[1].of("confirm_price")
    assert (asked["text"], asked["language"]) == ("क्या आपने 50 रुपये किलो कहा?", "hi")
    assert asked["heard"] == "Forty or fifty rupees a kilo."
    assert asked["unit_price_paise"] == 5000
    await wait_for(
        lambda: ("en", "Did you say 50 rupees a kilo?") in tts.said, what="the question heard"
    )
    await vendor_says("No.")
    await wait_for(lambda: console[1].of("confirm_price_cancelled"), what="the say-again")
    [cancelled] = console[1].of("confirm_price_cancelled")
    assert cancelled["reason"] == "refused"
    assert cancelled["text"] == say_again("hi") == "कृपया दाम फिर से बोलिए, या टाइप कर दीजिए।"
    assert await bids(server) == []
    await close(c, console)
    await pws.close()
    await ptask


async def test_other_words_leave_the_question_waiting(server: LiveServer) -> None:
    """ "जी?" is "pardon?", not a yes; words that neither answer the question nor name a
    price pass as usual and the question waits for its answer."""
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, UNSURE_HI)
    await wait_for(lambda: c[1].of("confirm_price"), what="the question")
    await say(c, "जी?")
    await say(c, "टमाटर ताज़ा है?")
    await wait_for(
        lambda: len(said_by(v[1], "transcript", "customer")) == 2, what="the words at the vendor"
    )
    assert not c[1].of("confirm_price_cancelled")
    assert await bids(server) == []
    await say(c, "हाँ")
    await wait_for(lambda: v[1].of("offer"), what="the offer")
    assert await bids(server) == [(5000, "text", UNSURE_HI)]
    await close(c, v)


async def test_a_typed_price_with_a_letter_for_a_digit_is_asked(server: LiveServer) -> None:
    # The customer's ₹30 is on the table; the vendor types "45I" (capital I for 1: ₹451
    # as likely as ₹45). Asked back, never recorded as a ₹45 counter.
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, "30 rupaye")
    await wait_for(lambda: v[1].of("offer"), what="the customer's offer")
    await say(v, "45I")
    await wait_for(lambda: v[1].of("confirm_price"), what="the question")
    [asked] = v[1].of("confirm_price")
    assert asked["amount_paise"] == 4500 and asked["heard"] == "45I"
    await barrier(server, m["n"], c, v)
    assert [amount for amount, _, _ in await bids(server)] == [3000]
    assert not [e for e in c[1].of("offer") if e.get("side") == "vendor"]
    await close(c, v)


@pytest.mark.parametrize("typed", ["45*", "45#"])
async def test_a_typed_price_with_a_shifted_digit_glued_on_is_asked(
    server: LiveServer, typed: str
) -> None:
    # "45*" is shift-8 (₹458 meant), "45#" shift-3: asked back, never a ₹45 counter.
    m = await market(server)
    c, v = m["c"], m["v"]
    await say(c, "30 rupaye")
    await wait_for(lambda: v[1].of("offer"), what="the customer's offer")
    await say(v, typed)
    await wait_for(lambda: v[1].of("confirm_price"), what="the question")
    [asked] = v[1].of("confirm_price")
    assert asked["amount_paise"] == 4500 and asked["heard"] == typed
    await barrier(server, m["n"], c, v)
    assert [amount for amount, _, _ in await bids(server)] == [3000]
    assert not [e for e in c[1].of("offer") if e.get("side") == "vendor"]
    await close(c, v)
