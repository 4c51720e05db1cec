"""Idle negotiations expire; stock held by unpaid orders is released; payment completes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm.attributes import set_committed_value

from models import (
    Negotiation,
    NegotiationStatus,
    Order,
    OrderStatus,
    Product,
    StockReservation,
    utcnow,
)
from server.domain import negotiation as domain
from server.domain.context import Actor
from server.domain.errors import ConcurrentUpdate, IllegalTransition, NegotiationExpired
from server.sweeper import sweep_once
from tests.conftest import Api


async def test_idle_negotiation_expires(api: Api, market: dict, app) -> None:
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3300))["id"]
    later = utcnow() + timedelta(seconds=app.state.settings.negotiation_idle_seconds + 1)
    # Before the sweeper runs, acting on a stale negotiation is already refused.
    async with app.state.sessions() as session:
        with pytest.raises(NegotiationExpired, match="expired"):
            async with session.begin():
                await domain.place_bid(
                    session,
                    Actor(market["vendor"]["user"]["id"], None),
                    nid,
                    amount_paise=3900,
                    idle_seconds=60,
                    now=later,
                )
    async with app.state.sessions() as session, session.begin():
        expired = await domain.expire_idle(session, Actor.system(), now=later)
    assert expired == [nid]
    r = await api.accept(market["v"], nid)
    assert r.status_code == 409
    assert "expired" in r.json()["error"]["message"]


async def test_an_idle_negotiation_cannot_be_rejected_or_cancelled_instead(
    api: Api, market: dict, app
) -> None:
    """Idle past its time it has expired, whatever the sweeper has recorded: a reject or
    a cancel is refused as a bid or an accept is, so it ends EXPIRED, as the rooms and the
    audit are told, not REJECTED or CANCELLED."""
    nid = (await api.open(market["c"], market["product"]["id"], amount_paise=3300))["id"]
    later = utcnow() + timedelta(seconds=app.state.settings.negotiation_idle_seconds + 1)
    vendor = Actor(market["vendor"]["user"]["id"], None)
    customer = Actor(market["customer"]["user"]["id"], None)
    for close, actor in (
        (domain.reject_negotiation, vendor),
        (domain.reject_negotiation, customer),
        (domain.cancel_negotiation, customer),
    ):
        async with app.state.sessions() as session:
            with pytest.raises(NegotiationExpired, match="expired"):
                async with session.begin():
                    await close(session, actor, nid, now=later)
    async with app.state.sessions() as session, session.begin():
        assert await domain.expire_idle(session, Actor.system(), now=later) == [nid]
    r = await api.client.post(
        f"/api/negotiations/{nid}/cancel", json={}, headers=api.auth(market["c"])
    )
    assert r.status_code == 409


async def test_fresh_negotiation_is_not_expired_by_sweeper(api: Api, market: dict, app) -> None:
    nid = (await api.open(market["c"], market["product"]["id"]))["id"]
    result = await sweep_once(app.state.sessions)
    assert nid not in result.expired_negotiations
    detail = (await api.get(market["c"], f"/api/negotiations/{nid}")).json()
    assert detail["status"] == "OPEN"


async def test_unpaid_reservation_is_released(api: Api, market: dict, app) -> None:
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, quantity=4, amount_paise=3500))["id"]
    order = (await api.accept(market["v"], nid)).json()["order"]
    async with app.state.sessions() as session:
        assert (await session.get(Product, pid)).stock == 46  # type: ignore[union-attr]
    later = utcnow() + timedelta(seconds=app.state.settings.reservation_ttl_seconds + 1)
    async with app.state.sessions() as session, session.begin():
        released = await domain.release_unpaid(session, Actor.system(), now=later)
    assert released == [order["id"]]
    # Running it again releases nothing twice.
    async with app.state.sessions() as session, session.begin():
        assert await domain.release_unpaid(session, Actor.system(), now=later) == []
    async with app.state.sessions() as session:
        product = await session.get(Product, pid)
        hold = await session.scalar(select(StockReservation))
        neg = await session.get(Negotiation, nid)
        row = await session.get(Order, order["id"])
    assert product is not None and product.stock == 50
    assert hold is not None and hold.status.value == "released"
    assert neg is not None and neg.status.value == "EXPIRED"
    assert row is not None and row.status.value == "expired"


async def test_a_payment_that_lost_a_race_changes_nothing(api: Api, market: dict, app) -> None:
    """The order, its hold and the deal move together or not at all: a deal moved (or an
    order paid) since they were read is a conflict, and the transaction leaves all three
    as they were."""
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, quantity=2, amount_paise=3500))["id"]
    order_id = (await api.accept(market["v"], nid)).json()["order"]["id"]

    async def pay(*, deal_read_before: int = 0, order_read_pending: bool = False) -> None:
        async with app.state.sessions() as session, session.begin():
            order = await session.get(Order, order_id)
            deal = await session.get(Negotiation, nid)
            assert order is not None and deal is not None
            # What an earlier read would have seen: an older version, an unpaid order.
            set_committed_value(deal, "version", deal.version - deal_read_before)
            if order_read_pending:
                set_committed_value(order, "status", OrderStatus.PENDING_PAYMENT)
                set_committed_value(deal, "status", NegotiationStatus.LOCKED)
            await domain.complete_payment(session, Actor.system(), order, negotiation=deal)

    async def states() -> tuple[str, str, str]:
        async with app.state.sessions() as session:
            order = await session.get(Order, order_id)
            hold = await session.scalar(select(StockReservation))
            deal = await session.get(Negotiation, nid)
            assert order is not None and hold is not None and deal is not None
            return order.status.value, hold.status.value, deal.status.value

    async with app.state.sessions() as session, session.begin():  # payment started
        order = await session.get(Order, order_id)
        assert order is not None
        await domain.lock_for_payment(session, Actor.system(), order)
    with pytest.raises((ConcurrentUpdate, IllegalTransition)):
        await pay(deal_read_before=1)
    assert await states() == ("pending_payment", "held", "LOCKED")
    await pay()
    assert await states() == ("paid", "consumed", "COMPLETED")
    with pytest.raises(ConcurrentUpdate):
        await pay(order_read_pending=True)
    assert await states() == ("paid", "consumed", "COMPLETED")


async def test_payment_completes_the_deal(api: Api, market: dict, app) -> None:
    pid = market["product"]["id"]
    nid = (await api.open(market["c"], pid, quantity=2, amount_paise=3500))["id"]
    order_id = (await api.accept(market["v"], nid)).json()["order"]["id"]
    async with app.state.sessions() as session, session.begin():
        order = await session.get(Order, order_id)
        assert order is not None
        await domain.complete_payment(session, Actor.system(), order)
        # Idempotent: a duplicate notification changes nothing.
        await domain.complete_payment(session, Actor.system(), order)
    detail = (await api.get(market["c"], f"/api/negotiations/{nid}")).json()
    assert detail["status"] == "COMPLETED"
    got = (await api.get(market["c"], f"/api/orders/{order_id}")).json()
    assert got["status"] == "paid"
    assert got["paid_at"] is not None
    # A paid order's stock is never released by the sweeper.
    later = utcnow() + timedelta(days=1)
    async with app.state.sessions() as session, session.begin():
        assert await domain.release_unpaid(session, Actor.system(), now=later) == []
    async with app.state.sessions() as session:
        assert (await session.get(Product, pid)).stock == 48  # type: ignore[union-attr]
    r = await api.client.post(f"/api/negotiations/{nid}/cancel", headers=api.auth(market["c"]))
    assert r.status_code == 409
