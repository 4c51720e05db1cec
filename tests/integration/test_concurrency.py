"""Races that must never sell twice or oversell, on both databases."""

from __future__ import annotations

import asyncio
from collections import Counter

from sqlalchemy import func, select

from models import Order, Product
from server.domain import negotiation as domain
from server.domain.context import Actor
from tests.conftest import Api


async def test_fifty_concurrent_accepts_make_one_order(api: Api, market: dict, app) -> None:
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3600))["id"]
    results = await asyncio.gather(*(api.accept(market["v"], nid) for _ in range(50)))
    statuses = Counter(r.status_code for r in results)
    assert statuses == {200: 1, 409: 49}, statuses
    async with app.state.sessions() as session:
        orders = await session.scalar(select(func.count()).select_from(Order))
        product = await session.get(Product, market["product"]["id"])
    assert orders == 1
    assert product is not None and product.stock == 49


async def test_fifty_deals_on_stock_of_ten(api: Api, market: dict, app) -> None:
    product = await api.product(
        market["v"], names={"en": "Mango"}, list_price_paise=12000, floor_price_paise=9000, stock=10
    )
    customers = await asyncio.gather(*(api.register("customer") for _ in range(50)))
    negotiations = [
        (await api.open(c["token"], product["id"], amount_paise=11000))["id"] for c in customers
    ]
    results = await asyncio.gather(*(api.accept(market["v"], n) for n in negotiations))
    statuses = Counter(r.status_code for r in results)
    assert statuses == {200: 10, 409: 40}, statuses
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} == {"out_of_stock"}
    async with app.state.sessions() as session:
        orders = await session.scalar(
            select(func.count()).select_from(Order).where(Order.product_id == product["id"])
        )
        stock = await session.scalar(select(Product.stock).where(Product.id == product["id"]))
    assert orders == 10
    assert stock == 0
    # The losers are still open and can keep haggling.
    loser = next(n for n, r in zip(negotiations, results, strict=True) if r.status_code == 409)
    detail = (await api.get(market["v"], f"/api/negotiations/{loser}")).json()
    assert detail["status"] == "OPEN"


async def test_racing_counter_offers_are_all_taken_one_after_another(
    api: Api, market: dict
) -> None:
    """A side may offer again before the other answers, so counters made at the same
    moment all stand, one after another, on both databases: an offer that lost the
    compare-and-set is checked again against the winner and written after it. Two never
    share a seq, and the latest written is the one that stands."""
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3000))["id"]
    results = await asyncio.gather(*(api.bid(market["v"], nid, 3500 + i) for i in range(10)))
    assert Counter(r.status_code for r in results) == {201: 10}, [r.json() for r in results]
    won = sorted(r.json()["bid"]["seq"] for r in results)
    assert won == list(range(2, 12))
    detail = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
    assert detail["bid_count"] == 11
    assert sorted(b["amount_paise"] for b in detail["bids"][1:]) == [3500 + i for i in range(10)]
    last = max(results, key=lambda r: r.json()["bid"]["seq"])
    assert detail["latest_offer"]["amount_paise"] == last.json()["bid"]["amount_paise"]


async def test_both_sides_offering_at_once_are_both_recorded(api: Api, market: dict) -> None:
    """The shopper and the vendor each say a new price at the same moment: both offers
    are recorded, in the order they were written, and the later one stands."""
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3000))["id"]
    for round_ in range(5):
        results = await asyncio.gather(
            api.bid(market["v"], nid, 3900 - round_ * 10),
            api.bid(market["c"], nid, 3100 + round_ * 10),
        )
        assert [r.status_code for r in results] == [201, 201], [r.json() for r in results]
    detail = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
    assert detail["bid_count"] == 11
    assert [b["seq"] for b in detail["bids"]] == list(range(1, 12))


async def test_an_offer_racing_an_accept_is_refused_saying_who_acted_first(
    api: Api, market: dict
) -> None:
    """An offer whose race was lost to the deal being accepted is not written after it:
    the deal is done, and the bidder is told so (never a new bid on an accepted deal).
    An accept that names the offer it saw is refused once a newer offer came first."""
    for _ in range(5):
        nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3600))["id"]
        accepted, bid = await asyncio.gather(
            api.accept(market["v"], nid, expected_seq=1), api.bid(market["c"], nid, 3300)
        )
        detail = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
        if bid.status_code == 201:  # the offer came first: the accept met a newer offer
            assert accepted.status_code == 409, accepted.json()
            assert detail["status"] == "COUNTERED" and detail["bid_count"] == 2
        else:
            assert accepted.status_code == 200, accepted.json()
            assert bid.status_code == 409
            assert bid.json()["error"]["code"] == "illegal_transition", bid.json()
            assert detail["status"] == "ACCEPTED" and detail["bid_count"] == 1


async def test_an_offer_made_while_another_commits_is_written_after_it(
    api: Api, market: dict, app
) -> None:
    """A socket's offer (its own transaction: read, write, commit) made while another
    offer's transaction is still open: on PostgreSQL its write waits for that one and
    loses the compare-and-set, on SQLite its transaction waits to begin; either way it is
    then written after the other, with the next seq, and nothing is refused."""
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3000))["id"]
    vendor = Actor(market["vendor"]["user"]["id"], None)
    customer = Actor(market["customer"]["user"]["id"], None)

    async def offer(session, actor: Actor, amount: int) -> domain.BidOutcome:
        return await domain.place_bid(session, actor, nid, amount_paise=amount, idle_seconds=600)

    async with app.state.sessions() as first:
        await first.begin()
        await offer(first, vendor, 3800)
        async with app.state.sessions() as second:
            racing = asyncio.create_task(_in_transaction(second, offer, customer, 3200))
            await asyncio.sleep(0.3)  # the second offer reads and waits on the first
            assert not racing.done()
            await first.commit()
            outcome = await asyncio.wait_for(racing, 10)
    assert outcome.bid.seq == 3 and outcome.bid.amount_paise == 3200
    detail = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
    assert [(b["seq"], b["amount_paise"]) for b in detail["bids"]] == [
        (1, 3000),
        (2, 3800),
        (3, 3200),
    ]


async def _in_transaction(session, offer, actor: Actor, amount: int) -> domain.BidOutcome:
    async with session.begin():
        outcome: domain.BidOutcome = await offer(session, actor, amount)
    return outcome
