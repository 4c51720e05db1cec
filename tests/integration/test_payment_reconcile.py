"""Reconciliation heals what webhooks and crashes leave behind."""

from __future__ import annotations

import functools
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from sqlalchemy import update

from models import (
    AuditEntry,
    Checkout,
    CheckoutStatus,
    NegotiationStatus,
    OrderStatus,
    Payment,
    PaymentStatus,
    Product,
    ReservationStatus,
    StockReservation,
    WebhookEvent,
    utcnow,
)
from server.domain.payments import inbox
from server.payments.errors import GatewayUnavailable
from server.payments.reconcile import ReconcileReport, reconcile
from server.sweeper import sweep_once
from tests.integration.test_payment_support import World, payment_world


@pytest.fixture
async def world(database_url: str) -> AsyncIterator[World]:
    async with payment_world(database_url) as w:
        yield w


async def run(world: World, **kwargs: object) -> ReconcileReport:
    return await reconcile(
        world.app.state.sessions,
        world.app.state.payments.gateway,
        **kwargs,  # type: ignore[arg-type]
    )


async def test_a_lost_webhook_is_healed(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    await world.pay(co["razorpay_order_id"], drop=True)  # paid; nobody told us
    await world.settle()
    assert (await world.status(m["c"], order["id"]))["paid"] is False
    assert await world.count(WebhookEvent) == 0

    report = await run(world)
    assert report.orders_paid == [order["id"]]
    assert report.payments_applied == 1
    assert report.errors == []
    status = await world.status(m["c"], order["id"])
    assert status["paid"] is True
    neg = (await world.api.get(m["c"], f"/api/negotiations/{order['negotiation_id']}")).json()
    assert neg["status"] == NegotiationStatus.COMPLETED
    [hold] = await world.rows(StockReservation)
    assert hold.status is ReservationStatus.CONSUMED
    [payment] = await world.rows(Payment)
    [entry] = await world.rows(
        AuditEntry,
        AuditEntry.entity_type == "payment",
        AuditEntry.entity_id == payment.id,
        AuditEntry.action == "payment.credited",
    )
    assert entry.request_id is not None and entry.request_id.startswith("reconcile-")

    # A second pass finds nothing to do.
    again = await run(world)
    assert again.orders_paid == []
    assert again.payments_applied == 0
    assert await world.count(Payment) == 1
    await world.check_money_invariants()


async def test_a_crash_mid_payment_is_healed(database_url: str) -> None:
    """Two crashes in one story. First Razorpay creates the order but our process never
    hears back (it stays `creating`); then the shopper pays, our verify cannot fetch the
    payment (so it records only the signed authorisation), and every webhook is lost."""
    async with payment_world(database_url, razorpay_timeout_seconds=0.5) as world:
        m = await world.market()
        order = await world.deal(m)
        await world.configure(latency={"POST /v1/orders": 2.0}, webhooks={"drop": True})
        assert (await world.create(m["c"], order["id"])).status_code == 503
        [made] = world.sandbox.state.orders.values()
        [checkout] = await world.rows(Checkout)
        assert made["receipt"] == checkout.receipt
        assert checkout.status is CheckoutStatus.CREATING

        report = await run(world)
        assert report.checkouts_adopted == 1
        [checkout] = await world.rows(Checkout)
        assert checkout.status is CheckoutStatus.CREATED
        assert checkout.razorpay_order_id == made["id"]
        # The shopper retries and gets that order, not a new one.
        await world.configure(latency={"GET /v1/payments/{id}": 2.0})
        co = await world.checkout(m["c"], order["id"])
        assert co["razorpay_order_id"] == made["id"]
        assert len(world.sandbox.state.orders) == 1

        answer = await world.pay(made["id"])
        r = await world.verify(m["c"], answer)
        assert r.status_code == 200, r.text
        assert r.json()["paid"] is False
        assert [p["status"] for p in r.json()["payments"]] == ["authorized"]

        await world.configure(latency={})
        report = await run(world)
        assert report.orders_paid == [order["id"]]
        [payment] = await world.rows(Payment)
        assert payment.status is PaymentStatus.CAPTURED
        assert (await world.status(m["c"], order["id"]))["paid"] is True
        neg = (await world.api.get(m["v"], f"/api/negotiations/{order['negotiation_id']}")).json()
        assert neg["status"] == NegotiationStatus.COMPLETED
        await world.check_money_invariants()


async def test_unpaid_reservations_are_released_and_late_money_returned(world: World) -> None:
    m = await world.market()
    unpaid = await world.deal(m, quantity=3)
    late = await world.deal(m, quantity=4)
    co = await world.checkout(m["c"], late["id"])
    [product] = await world.rows(Product)
    assert product.stock == 43

    # An hour later the reservations lapse; meanwhile the second shopper's money arrived
    # at Razorpay, and the webhooks were lost.
    report = await run(world, now=utcnow() + timedelta(hours=1))
    assert sorted(report.orders_released) == [unpaid["id"], late["id"]]
    [product] = await world.rows(Product)
    assert product.stock == 50
    await world.pay(co["razorpay_order_id"], drop=True)
    report = await run(world)
    assert report.orders_paid == []
    assert report.refunds_sent == 1
    await world.settle()
    status = await world.status(m["c"], late["id"])
    assert status["order_status"] == OrderStatus.EXPIRED
    [payment] = status["payments"]
    assert payment["allocation"] == "surplus"
    assert [r["kind"] for r in status["refunds"]] == ["automatic"]
    rzp = world.sandbox.state.payments[payment["razorpay_payment_id"]]
    assert rzp["amount_refunded"] == rzp["amount"]
    await world.check_money_invariants()


async def test_a_stored_but_unapplied_webhook_is_replayed(world: World) -> None:
    m = await world.market()
    order = await world.deal(m)
    co = await world.checkout(m["c"], order["id"])
    await world.pay(co["razorpay_order_id"], drop=True)
    [captured] = await world.events("payment.captured")
    # The process stored the event and died before applying it.
    async with world.app.state.sessions() as session, session.begin():
        await inbox.store_webhook_event(
            session,
            event_id=captured["id"],
            event="payment.captured",
            business_key=None,
            raw_body=captured["body"],
            signature=captured["signature"],
        )
    assert (await world.status(m["c"], order["id"]))["paid"] is False
    report = await run(world, window=timedelta(0))  # only the stored event can heal it
    assert report.webhooks_replayed == 1
    assert (await world.status(m["c"], order["id"]))["paid"] is True


async def test_the_sweeper_asks_razorpay_before_it_releases_a_lapsed_order(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A shopper paid, but the webhooks are still being retried (our database was down)
    when the reservation lapses: the sweeper asks Razorpay first, so the order is paid,
    not released and refunded. An order nobody paid is released as before."""
    m = await world.market()
    paid = await world.deal(m)
    co = await world.checkout(m["c"], paid["id"])
    await world.pay(co["razorpay_order_id"], drop=True)
    unpaid = await world.deal(m)
    await world.checkout(m["c"], unpaid["id"])
    nobody_asked = await world.deal(m)  # never opened a checkout
    lapse = update(StockReservation).values(expires_at=utcnow() - timedelta(minutes=1))
    async with world.app.state.sessions() as session, session.begin():
        await session.execute(lapse)
    payments, sessions = world.app.state.payments, world.app.state.sessions
    ask = functools.partial(payments.ask_before_release, sessions)

    # Razorpay out of reach: orders with a checkout are kept for the next sweep.
    async def unreachable(razorpay_order_id: str) -> list[dict[str, object]]:
        raise GatewayUnavailable("Razorpay did not answer")

    monkeypatch.setattr(payments.gateway, "order_payments", unreachable)
    result = await sweep_once(sessions, before_release=ask)
    assert result.released_orders == [nobody_asked["id"]]
    monkeypatch.undo()

    result = await sweep_once(sessions, before_release=ask)
    assert result.released_orders == [unpaid["id"]]
    status = await world.status(m["c"], paid["id"])
    assert (status["paid"], status["order_status"]) == (True, OrderStatus.PAID)
    assert status["refunds"] == []
    assert (await world.status(m["c"], unpaid["id"]))["order_status"] == OrderStatus.EXPIRED
    await world.check_money_invariants()
