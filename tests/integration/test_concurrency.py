"""Races that must never sell twice or oversell, on both databases."""

from __future__ import annotations

import asyncio
from collections import Counter

from sqlalchemy import func, select

from models import Order, Product
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


async def test_racing_counter_offers_never_share_a_seq(api: Api, market: dict) -> None:
    """A side may offer again before the other answers, so counters that do not overlap
    all stand, one after another; two that read the same version never both win."""
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3000))["id"]
    results = await asyncio.gather(*(api.bid(market["v"], nid, 3500 + i) for i in range(10)))
    statuses = Counter(r.status_code for r in results)
    assert statuses[201] >= 1
    assert statuses[201] + statuses[409] == 10
    assert {r.json()["error"]["code"] for r in results if r.status_code == 409} <= {
        "concurrent_update"
    }
    # Only the vendor moved: the refusal blames no one it cannot know.
    for refused in (r.json()["error"]["message"] for r in results if r.status_code == 409):
        assert refused.startswith("Another move on this negotiation was made at the same moment")
    won = sorted(r.json()["bid"]["seq"] for r in results if r.status_code == 201)
    assert won == list(range(2, 2 + statuses[201]))
    detail = (await api.get(market["v"], f"/api/negotiations/{nid}")).json()
    assert len(detail["bids"]) == 1 + statuses[201]
    last = max((r for r in results if r.status_code == 201), key=lambda r: r.json()["bid"]["seq"])
    assert detail["latest_offer"]["amount_paise"] == last.json()["bid"]["amount_paise"]
