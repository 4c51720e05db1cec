"""Turn-taking as people haggle: a side may name a new price before the other answers
("forty? okay, forty-five"); it supersedes their previous offer, and an accept takes only
the latest offer, the one its accepter saw. Over HTTP and live (fake speech engines, a
real database: SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import pytest
from fastapi import FastAPI
from sqlalchemy import func, select

from models import Bid, BidSource, Order
from server.live.service import LiveService
from tests.conftest import Api
from tests.fakes import FakeEngines, FakeSTT, FakeTTS, Party, seat_parties
from tests.live_helpers import wait_for


async def test_two_prices_in_a_row_make_two_bids_and_the_latest_stands(
    api: Api, market: dict[str, Any]
) -> None:
    nid = (await api.open(market["c"], market["product"]["id"], quantity=2))["id"]
    for token, amount in ((market["c"], 3000), (market["c"], 3100), (market["v"], 3900)):
        assert (await api.bid(token, nid, amount)).status_code == 201
    r = await api.bid(market["v"], nid, 3800)  # the vendor comes down before an answer
    assert r.status_code == 201, r.text
    assert r.json()["bid"]["seq"] == 4
    detail = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
    assert [(b["seq"], b["side"], b["amount_paise"]) for b in detail["bids"]] == [
        (1, "customer", 3000),
        (2, "customer", 3100),
        (3, "vendor", 3900),
        (4, "vendor", 3800),
    ]
    assert detail["status"] == "COUNTERED"
    assert detail["latest_offer"] == {"side": "vendor", "amount_paise": 3800}
    # The customer accepts the newest price, which they saw: the order is at it.
    r = await api.accept(market["c"], nid, expected_seq=4)
    assert r.status_code == 200, r.text
    assert r.json()["order"]["unit_price_paise"] == 3800
    assert r.json()["order"]["total_paise"] == 7600


async def test_accepting_a_superseded_offer_is_a_conflict(
    app: FastAPI, api: Api, market: dict[str, Any]
) -> None:
    nid = (await api.open(market["c"], market["product"]["id"]))["id"]
    assert (await api.bid(market["c"], nid, 3300)).status_code == 201
    # The vendor looked at ₹33 (seq 1); meanwhile the customer said ₹34.
    assert (await api.bid(market["c"], nid, 3400)).status_code == 201
    r = await api.accept(market["v"], nid, expected_seq=1)
    assert r.status_code == 409, r.text
    assert r.json()["error"]["code"] == "illegal_transition"
    assert r.json()["error"]["detail"] == {"latest_seq": 2}
    async with app.state.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Order)) == 0
    detail = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
    assert detail["status"] == "COUNTERED"
    # Having seen the newest offer, the vendor takes it.
    r = await api.accept(market["v"], nid, expected_seq=2)
    assert r.status_code == 200, r.text
    assert r.json()["order"]["unit_price_paise"] == 3400


async def test_an_accept_naming_no_offer_takes_no_superseding_one(
    api: Api, market: dict[str, Any]
) -> None:
    """Without `expected_seq`, nothing says which price the accepter saw once the other
    side changed theirs: refused. An offer that answered the accepter's own move (the
    one kind there was while sides alternated) is still taken without it."""
    nid = (await api.open(market["c"], market["product"]["id"]))["id"]
    assert (await api.bid(market["c"], nid, 3300)).status_code == 201
    assert (await api.bid(market["c"], nid, 3400)).status_code == 201
    r = await api.accept(market["v"], nid)
    assert r.status_code == 409, r.text
    assert r.json()["error"]["code"] == "illegal_transition"
    assert r.json()["error"]["detail"] == {"latest_seq": 2}
    assert "expected_seq" in r.json()["error"]["message"]
    assert (await api.bid(market["v"], nid, 3900)).status_code == 201
    assert (await api.bid(market["c"], nid, 3600)).status_code == 201
    r = await api.accept(market["v"], nid)
    assert r.status_code == 200, r.text
    assert r.json()["order"]["unit_price_paise"] == 3600


async def test_an_own_offer_is_never_accepted(api: Api, market: dict[str, Any]) -> None:
    nid = (await api.open(market["c"], market["product"]["id"]))["id"]
    assert (await api.bid(market["c"], nid, 3000)).status_code == 201
    assert (await api.bid(market["c"], nid, 3200)).status_code == 201
    r = await api.accept(market["c"], nid, expected_seq=2)
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "not_your_turn"
    assert "you may make a new one" in r.json()["error"]["message"]


# -- live: the listener hears the newest offer ---------------------------------------


@dataclass
class Room:
    app: FastAPI
    live: LiveService
    stt: FakeSTT
    tts: FakeTTS
    customer: Party
    vendor: Party

    async def bids(self) -> list[tuple[int, str]]:
        async with self.app.state.sessions() as session:
            rows = await session.scalars(select(Bid).order_by(Bid.seq))
            return [(b.amount_paise, b.side.value) for b in rows]


@pytest.fixture
async def room(app: FastAPI, market: dict[str, Any], api: Api) -> AsyncIterator[Room]:
    """Both sides in one live room; each second of speech takes ~1 s to say."""
    live: LiveService = app.state.live
    stt, tts = FakeSTT(), FakeTTS(chunks=10, delay=0.1)
    live.engines = FakeEngines(live.engines, stt, tts)  # type: ignore[assignment]
    n = (await api.open(market["c"], market["product"]["id"], quantity=2))["id"]
    parties = await seat_parties(live, n, market)
    yield Room(app, live, stt, tts, parties[0], parties[1])
    for party in parties:
        await party.speaker.close()
        await live.leave(party.speaker.room, party.client)


async def test_the_listener_hears_the_newest_offer(room: Room) -> None:
    """Three prices in a row: the vendor is hearing the first when the second and third
    come; the second, superseded before it was said, is never said."""
    vendor = room.vendor.client
    room.customer.type("Thirty rupees.")
    await wait_for(lambda: room.tts.said, timeout=5, what="the first offer said")
    for words in ("Thirty one rupees.", "Thirty two rupees."):
        room.customer.type(words)
    await wait_for(lambda: len(vendor.ended) == 2, timeout=10, what="the speech to the vendor")
    assert await room.bids() == [(3000, "customer"), (3100, "customer"), (3200, "customer")]
    assert [e["amount_paise"] for e in vendor.of("offer")] == [3000, 3100, 3200]
    assert room.tts.said == [("en", "Thirty rupees."), ("en", "Thirty two rupees.")]
    assert [interrupted for _, interrupted in vendor.ended] == [False, False]
    assert not room.customer.client.of("error")


async def test_a_button_offer_supersedes_one_not_yet_said(room: Room) -> None:
    """The same for button offers, which are announced to the listener: the vendor's
    second counter replaces the first one's announcement still waiting to be said."""
    moves = room.live.moves
    customer = room.customer.client
    room.customer.type("Thirty rupees.")
    await wait_for(lambda: customer.of("offer"), timeout=5, what="the offer")
    await wait_for(lambda: room.tts.said, timeout=5, what="the offer said to the vendor")
    # The vendor counters by button; while its announcement is being said to the
    # customer, they counter twice more: the middle one is never said.
    assert await moves.place_bid(room.vendor.speaker, 3900, BidSource.BUTTON) is not None
    await wait_for(lambda: len(room.tts.said) == 2, timeout=5, what="the first counter said")
    for amount in (3800, 3700):
        assert await moves.place_bid(room.vendor.speaker, amount, BidSource.BUTTON) is not None
    await wait_for(lambda: len(customer.ended) == 2, timeout=10, what="the counters said")
    said_to_customer = [text for _, text in room.tts.said[1:]]
    assert len(said_to_customer) == 2
    assert "39" in said_to_customer[0] and "37" in said_to_customer[1]
    assert [e["amount_paise"] for e in customer.of("offer")] == [3000, 3900, 3800, 3700]


async def test_a_spoken_accept_of_a_superseded_offer_is_refused(room: Room) -> None:
    """The vendor says "deal" to ₹36; before their yes, the customer says ₹37. The yes
    names the offer the vendor heard (its seq), so no order is made at a stale price."""
    vendor = room.vendor.client
    room.customer.type("Thirty six rupees.")
    await wait_for(lambda: vendor.of("offer"), timeout=5, what="the offer")
    room.stt.say("Okay, deal.")
    room.vendor.say()
    await wait_for(lambda: vendor.of("confirm"), timeout=5, what="the question")
    room.customer.type("Thirty seven rupees.")
    await wait_for(lambda: len(vendor.of("offer")) == 2, timeout=5, what="the new offer")
    room.stt.say("Yes.")
    room.vendor.say()
    await wait_for(lambda: vendor.of("error"), timeout=5, what="the refusal")
    assert vendor.of("error")[0]["code"] == "illegal_transition"
    assert not vendor.of("order") and not room.customer.client.of("order")
    async with room.app.state.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Order)) == 0
    assert await room.bids() == [(3600, "customer"), (3700, "customer")]


async def test_a_typed_accept_takes_only_the_offer_its_sender_saw(room: Room) -> None:
    """The vendor types "deal" having seen ₹36 (its `expected_seq`); the customer said
    ₹37 meanwhile. The typed accept is refused as the accept button's is, with the same
    error; typed naming ₹37, it makes the deal at ₹37."""
    vendor = room.vendor.client
    room.customer.type("Thirty six rupees.")
    await wait_for(lambda: vendor.of("offer"), timeout=5, what="the offer")
    seen = vendor.of("offer")[0]["bid_seq"]
    room.customer.type("Thirty seven rupees.")
    await wait_for(lambda: len(vendor.of("offer")) == 2, timeout=5, what="the new offer")
    room.vendor.type("Okay, deal.", expected_seq=seen)
    await wait_for(lambda: vendor.of("error"), timeout=5, what="the refusal")
    # The button, naming the same stale offer, is refused the same way.
    stale = await room.live.moves.accept(
        room.vendor.speaker, expected_seq=seen, source=BidSource.BUTTON
    )
    assert stale is None
    await wait_for(lambda: len(vendor.of("error")) == 2, timeout=5, what="the button's refusal")
    typed, button = ({k: e[k] for k in ("code", "message")} for e in vendor.of("error"))
    assert typed == button
    assert typed["code"] == "illegal_transition"
    assert not vendor.of("order") and not room.customer.client.of("order")
    # Typed without naming an offer: the latest superseded another, so nothing says
    # which one the vendor saw; refused as the button's without `expected_seq` is.
    room.vendor.type("Okay, deal.")
    await wait_for(lambda: len(vendor.of("error")) == 3, timeout=5, what="the unnamed refusal")
    assert vendor.of("error")[2]["code"] == "illegal_transition"
    async with room.app.state.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Order)) == 0
    # Naming the offer on the table, the typed accept makes the deal at its price.
    room.vendor.type("Okay, deal.", expected_seq=vendor.of("offer")[1]["bid_seq"])
    await wait_for(lambda: vendor.of("order"), timeout=5, what="the deal")
    async with room.app.state.sessions() as session:
        order = await session.scalar(select(Order))
        assert order is not None and order.unit_price_paise == 3700
