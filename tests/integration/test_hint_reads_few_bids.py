"""The vendor's hint reads the negotiation row first and only the bids the assistant looks
at (the latest, the customer's before it, the vendor's latest, and how many the vendor
made): a finished negotiation's hint (`null`) reads no bid, an open one's a few, however
long the haggling was; and the hint is the one all the bids give."""

from __future__ import annotations

import random
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from fastapi import FastAPI
from sqlalchemy import event, select

from models import Bid, Negotiation, Product, Role, Side
from server.domain.assistant import advise
from server.domain.context import Actor
from server.domain.hints import situation_of, vendor_hint
from tests.conftest import Api


@contextmanager
def bids_loaded() -> Iterator[list[int]]:
    """The bids the ORM loads inside (one entry per row)."""
    loaded: list[int] = []

    def on_load(target: Bid, _: Any) -> None:
        loaded.append(target.seq)

    event.listen(Bid, "load", on_load)
    try:
        yield loaded
    finally:
        event.remove(Bid, "load", on_load)


async def _haggle(app: FastAPI, nid: int, moves: list[tuple[Side, int]]) -> None:
    """Append `moves` to negotiation `nid` as bids (straight to the database: quick)."""
    async with app.state.sessions() as session, session.begin():
        negotiation = await session.get(Negotiation, nid)
        assert negotiation is not None
        seq = negotiation.bid_count
        for side, amount in moves:
            seq += 1
            bidder = negotiation.vendor_id if side is Side.VENDOR else negotiation.customer_id
            session.add(
                Bid(
                    negotiation_id=nid,
                    seq=seq,
                    bidder_id=bidder,
                    side=side,
                    amount_paise=amount,
                    quantity=negotiation.quantity,
                )
            )
        negotiation.bid_count = seq


async def _hint_from_every_bid(app: FastAPI, nid: int, upto: int | None) -> Any:
    async with app.state.sessions() as session:
        negotiation = await session.get(Negotiation, nid)
        product = await session.get(Product, negotiation.product_id)
        query = select(Bid).where(Bid.negotiation_id == nid)
        if upto is not None:
            query = query.where(Bid.seq <= upto)
        bids = list(await session.scalars(query.order_by(Bid.seq)))
        if not bids or bids[-1].side is not Side.CUSTOMER:
            return None
        return advise(situation_of(negotiation, product, bids))


async def test_a_long_negotiations_hint_reads_a_few_bids_and_is_the_same(
    app: FastAPI, api: Api, market: dict[str, Any]
) -> None:
    pid = market["product"]["id"]  # ₹40 list, ₹32 floor
    vendor = Actor(user_id=market["vendor"]["user"]["id"], role=Role.VENDOR)
    rng = random.Random(7)
    for trial in range(12):
        nid = (await api.open(market["c"], pid, quantity=1, amount_paise=2000))["id"]
        moves = [
            (rng.choice([Side.CUSTOMER, Side.VENDOR]), rng.randrange(1500, 4200, 50))
            for _ in range(rng.randrange(5, 300))
        ]
        moves.append((Side.CUSTOMER, rng.randrange(2500, 4000, 50)))
        await _haggle(app, nid, moves)
        for upto in (None, rng.randrange(1, len(moves) + 1)):
            expected = await _hint_from_every_bid(app, nid, upto)
            with bids_loaded() as loaded:
                async with app.state.sessions() as session:
                    hint = await vendor_hint(session, vendor, nid, upto_seq=upto)
            assert hint == expected, (trial, upto)
            assert len(loaded) <= 3, (trial, upto, len(loaded))


async def test_a_finished_negotiations_hint_reads_no_bid(
    app: FastAPI, api: Api, market: dict[str, Any]
) -> None:
    pid = market["product"]["id"]
    vendor = Actor(user_id=market["vendor"]["user"]["id"], role=Role.VENDOR)
    nid = (await api.open(market["c"], pid, quantity=1, amount_paise=3500))["id"]
    await _haggle(app, nid, [(Side.VENDOR, 3800), (Side.CUSTOMER, 3600)] * 200)
    assert (await api.accept(market["v"], nid)).status_code == 200
    with bids_loaded() as loaded:
        async with app.state.sessions() as session:
            assert await vendor_hint(session, vendor, nid) is None
    assert loaded == []


async def test_the_rest_hint_and_the_vendors_view_read_a_few_bids_too(
    app: FastAPI, api: Api, market: dict[str, Any]
) -> None:
    """`GET …/hint` and the vendor's `GET /api/negotiations/{id}` answer from the same few
    bids (the view adds only the bids it shows), and agree with the whole history."""
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, quantity=1, amount_paise=2000))["id"]
    moves = [(Side.VENDOR, 4000), (Side.CUSTOMER, 2600)] * 300 + [(Side.CUSTOMER, 3300)]
    await _haggle(app, nid, moves)
    expected = await _hint_from_every_bid(app, nid, None)
    with bids_loaded() as loaded:
        hint = (await api.get(market["v"], f"/api/negotiations/{nid}/hint")).json()
    assert len(loaded) <= 3, len(loaded)
    with bids_loaded() as loaded:
        view = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
    assert len(loaded) <= len(view["bids"]) + 3 < 60, len(loaded)
    assert hint == view["hint"]
    assert (hint["action"], hint["amount_paise"]) == (expected.action.value, expected.amount_paise)
    assert hint["bid_seq"] == len(moves) + 1
    # Once it is over: `null`, and no bid read for it.
    # (The bids above went straight to the table; the row still holds the opening ₹20.)
    accepted = await api.accept(
        market["v"], nid, expected_seq=len(moves) + 1, confirm_below_floor=True
    )
    assert accepted.status_code == 200, accepted.text
    with bids_loaded() as loaded:
        assert (await api.get(market["v"], f"/api/negotiations/{nid}/hint")).json() is None
    assert loaded == []
