"""A spoken refusal that would end the negotiation waits for a one-word yes, as a spoken
accept does; a "refusal" whose sentence says a price is asked back as that price; typed
refusals end it at once. Fake speech engines, on the browser leg and the phone leg (the
phone hears the questions spoken); the database is real."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import select

from audio.phrasebook import END_DEAL_QUESTION, LANGUAGES, end_deal_prompt
from models import Bid, Negotiation, NegotiationStatus, Role
from server.domain.context import Actor
from server.live.service import LiveService
from server.live.turns.endpointing import Speaker
from server.live.turns.rules import CONFIRM_SECONDS
from tests.conftest import Api
from tests.fakes import Clock, FakeClient, FakeEngines, FakeSTT, FakeTTS, Party
from tests.live_helpers import wait_for


@dataclass
class Room:
    app: FastAPI
    live: LiveService
    stt: FakeSTT
    tts: FakeTTS
    clock: Clock
    customer: Party
    vendor: Party
    negotiation_id: int
    leg: str

    async def status(self) -> NegotiationStatus:
        async with self.app.state.sessions() as session:
            n = await session.get(Negotiation, self.negotiation_id)
            assert n is not None
            return n.status

    async def bids(self) -> list[tuple[int, str]]:
        async with self.app.state.sessions() as session:
            rows = await session.scalars(select(Bid).order_by(Bid.seq))
            return [(b.amount_paise, b.side.value) for b in rows]


@pytest.fixture(params=["browser", "phone"])
async def room(
    request: pytest.FixtureRequest, app: FastAPI, market: dict[str, Any], api: Api
) -> AsyncIterator[Room]:
    """The vendor speaks on `leg`: a browser's 16 kHz or a phone's 8 kHz (spoken to)."""
    leg: str = request.param
    live: LiveService = app.state.live
    stt, tts, clock = FakeSTT(), FakeTTS(), Clock()
    live.engines = FakeEngines(live.engines, stt, tts)  # type: ignore[assignment]
    live.clock = clock
    n = (await api.open(market["c"], market["product"]["id"], quantity=2))["id"]
    info = await live.load_room(n)
    assert info is not None
    parties = []
    for side, role, user in (
        ("customer", Role.CUSTOMER, market["customer"]["user"]),
        ("vendor", Role.VENDOR, market["vendor"]["user"]),
    ):
        phone = side == "vendor" and leg == "phone"
        client = FakeClient(side, user["id"], "en", kind="phone" if phone else "browser")
        local = await live.join(info, client, voice=None, rate=1.0)
        actor = Actor(user["id"], role, request_id=None, ip=None)
        parties.append(Party(client, Speaker(live, local, client, actor, 8000 if phone else 16000)))
    yield Room(app, live, stt, tts, clock, parties[0], parties[1], n, leg)
    for party in parties:
        await party.speaker.close()
        await live.leave(party.speaker.room, party.client)


def _ended(room: Room) -> bool:
    """The customer's page was told the negotiation is over."""
    states = room.customer.client.of("state")
    return any(e["negotiation"]["status"] == "REJECTED" for e in states)


async def _customer_offers(room: Room) -> None:
    room.stt.say("Thirty rupees a kilo.")
    room.customer.say()
    await wait_for(lambda: room.vendor.client.of("offer"), timeout=15, what="the offer")


async def test_a_spoken_refusal_waits_for_its_yes(room: Room) -> None:
    await _customer_offers(room)
    vendor = room.vendor.client
    room.stt.say("No, no deal.", "Yes.")
    room.vendor.say()
    await wait_for(lambda: vendor.of("confirm_reject"), timeout=15, what="the question")
    [asked] = vendor.of("confirm_reject")
    assert asked["text"] == END_DEAL_QUESTION["en"]
    assert asked["expires_in"] == CONFIRM_SECONDS
    assert await room.status() is not NegotiationStatus.REJECTED
    assert not _ended(room)
    if room.leg == "phone":  # the phone hears the question
        await wait_for(
            lambda: ("en", END_DEAL_QUESTION["en"]) in room.tts.said, timeout=15, what="spoken"
        )
    room.vendor.say()  # "Yes."
    await wait_for(lambda: _ended(room), timeout=15, what="the end")
    assert await room.status() is NegotiationStatus.REJECTED


async def test_anything_but_a_yes_keeps_the_negotiation_open(room: Room) -> None:
    await _customer_offers(room)
    vendor = room.vendor.client
    room.stt.say("No, no deal.", "Thirty five rupees a kilo.")
    room.vendor.say()
    await wait_for(lambda: vendor.of("confirm_reject"), timeout=15, what="the question")
    room.vendor.say()
    await wait_for(lambda: vendor.of("confirm_cancelled"), timeout=15, what="the cancel")
    await wait_for(lambda: len(room.customer.client.of("offer")) > 1, timeout=15, what="35")
    assert await room.bids() == [(3000, "customer"), (3500, "vendor")]
    assert await room.status() is not NegotiationStatus.REJECTED


async def test_a_late_yes_ends_nothing(room: Room) -> None:
    await _customer_offers(room)
    vendor = room.vendor.client
    room.stt.say("No, no deal.", "Yes.")
    room.vendor.say()
    await wait_for(lambda: vendor.of("confirm_reject"), timeout=15, what="the question")
    room.clock.now += CONFIRM_SECONDS + 1
    room.vendor.say()
    await wait_for(lambda: vendor.of("confirm_cancelled"), timeout=15, what="the cancel")
    assert await room.status() is not NegotiationStatus.REJECTED


async def test_a_yes_after_a_new_offer_ends_nothing(room: Room) -> None:
    """The refusal was of ₹30; the shopper then offers ₹32 before the vendor's yes: that
    yes answered the old question, so the deal stays open with the new offer standing."""
    await _customer_offers(room)
    vendor = room.vendor.client
    room.stt.say("No, no deal.")
    room.vendor.say()
    await wait_for(lambda: vendor.of("confirm_reject"), timeout=15, what="the question")
    room.stt.say("Thirty two rupees a kilo.")
    room.customer.say()
    await wait_for(lambda: len(vendor.of("offer")) > 1, timeout=15, what="the new offer")
    room.stt.say("Yes.")
    room.vendor.say()
    await wait_for(lambda: vendor.of("confirm_cancelled"), timeout=15, what="the cancel")
    assert await room.status() is not NegotiationStatus.REJECTED
    assert not _ended(room)
    assert await room.bids() == [(3000, "customer"), (3200, "customer")]
    assert not vendor.of("confirm_accept")  # nor taken as an accept of the new offer


async def test_a_refusal_that_says_a_price_is_asked_back_as_that_price(room: Room) -> None:
    """The vendor's "Forty rupees a kilo" heard over the phone as "Forty rupee, no kilo"."""
    await _customer_offers(room)
    vendor = room.vendor.client
    room.stt.say("Forty rupee, no kilo.", "Yes.")
    room.vendor.say()
    await wait_for(lambda: vendor.of("confirm_price"), timeout=15, what="the price question")
    assert vendor.of("confirm_price")[-1]["amount_paise"] == 4000
    assert not vendor.of("confirm_reject")
    assert await room.status() is not NegotiationStatus.REJECTED
    room.vendor.say()  # "Yes.": the price was 40
    await wait_for(lambda: len(room.customer.client.of("offer")) > 1, timeout=15, what="40")
    assert await room.bids() == [(3000, "customer"), (4000, "vendor")]


async def test_a_typed_refusal_ends_the_negotiation_at_once(room: Room) -> None:
    await _customer_offers(room)
    room.vendor.type("No deal.")
    await wait_for(lambda: _ended(room), timeout=15, what="the end")
    assert await room.status() is NegotiationStatus.REJECTED
    assert not room.vendor.client.of("confirm_reject")


def test_the_end_question_is_said_in_every_language() -> None:
    assert set(END_DEAL_QUESTION) == set(LANGUAGES)
    assert len(set(END_DEAL_QUESTION.values())) == len(LANGUAGES)
    assert end_deal_prompt("xx") == END_DEAL_QUESTION["en"]
