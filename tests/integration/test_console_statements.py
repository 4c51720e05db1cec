"""What a page of the vendor console's order list costs the database: the same few
statements for one order as for a full page, each order with checkouts, payments and
refunds. The console polls this list every few seconds for as long as it is open."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import event, select

from models import (
    Checkout,
    CheckoutKind,
    CheckoutStatus,
    Negotiation,
    NegotiationStatus,
    Order,
    OrderStatus,
    Payment,
    PaymentAllocation,
    PaymentStatus,
    Refund,
    RefundKind,
    RefundStatus,
    ReservationStatus,
    Side,
    StockReservation,
    utcnow,
)
from tests.conftest import Api


async def sell(app: FastAPI, market: dict[str, Any], count: int) -> None:
    """`count` orders of the market's product, each paid by card with a link also made,
    every second one with a surplus payment refunded and a refund of its own pending."""
    vendor_id = market["vendor"]["user"]["id"]
    customer_id = market["customer"]["user"]["id"]
    now = utcnow()
    async with app.state.sessions() as session, session.begin():
        deals = [
            Negotiation(
                product_id=market["product"]["id"],
                customer_id=customer_id,
                vendor_id=vendor_id,
                quantity=1,
                status=NegotiationStatus.ACCEPTED,
                last_bid_side=Side.CUSTOMER,
                last_bid_amount_paise=3500,
                expires_at=now + timedelta(hours=1),
                closed_at=now,
            )
            for _ in range(count)
        ]
        session.add_all(deals)
        await session.flush()
        orders = [
            Order(
                negotiation_id=n.id,
                customer_id=customer_id,
                vendor_id=vendor_id,
                product_id=n.product_id,
                quantity=1,
                unit_price_paise=3500,
                total_paise=3500,
                status=OrderStatus.PAID,
                paid_at=now,
            )
            for n in deals
        ]
        session.add_all(orders)
        await session.flush()
        paid_by = [
            Checkout(
                order_id=o.id,
                kind=CheckoutKind.ORDER,
                status=CheckoutStatus.PAID,
                receipt=f"order-{o.id}",
                amount_paise=3500,
                razorpay_order_id=f"order_c{o.id}",
            )
            for o in orders
        ]
        links = [
            Checkout(
                order_id=o.id,
                kind=CheckoutKind.LINK,
                status=CheckoutStatus.CREATED,
                receipt=f"link-{o.id}",
                amount_paise=3500,
                razorpay_payment_link_id=f"plink_c{o.id}",
            )
            for o in orders
        ]
        session.add_all(paid_by + links)
        await session.flush()
        credited = [
            Payment(
                order_id=o.id,
                checkout_id=c.id,
                razorpay_payment_id=f"pay_c{o.id}",
                amount_paise=3500,
                status=PaymentStatus.CAPTURED,
                allocation=PaymentAllocation.CREDITED,
                credited_order_id=o.id,
            )
            for o, c in zip(orders, paid_by, strict=True)
        ]
        twice = [
            (o, c, p)
            for i, (o, c, p) in enumerate(zip(orders, paid_by, credited, strict=True))
            if i % 2
        ]
        surplus = [
            Payment(
                order_id=o.id,
                checkout_id=c.id,
                razorpay_payment_id=f"pay_s{o.id}",
                amount_paise=3500,
                status=PaymentStatus.REFUNDED,
                allocation=PaymentAllocation.SURPLUS,
                amount_refunded_paise=3500,
            )
            for o, c, _ in twice
        ]
        session.add_all(credited + surplus)
        await session.flush()
        for (o, _, paid), extra in zip(twice, surplus, strict=True):
            session.add_all(
                [
                    Refund(
                        payment_id=extra.id,
                        order_id=o.id,
                        kind=RefundKind.AUTOMATIC,
                        status=RefundStatus.PROCESSED,
                        amount_paise=3500,
                        idempotency_key=f"s{o.id}",
                    ),
                    Refund(
                        payment_id=paid.id,
                        order_id=o.id,
                        requested_by=vendor_id,
                        kind=RefundKind.VENDOR,
                        status=RefundStatus.PENDING,
                        amount_paise=500,
                        idempotency_key=f"v{o.id}",
                    ),
                ]
            )


class Statements:
    def __init__(self, app: FastAPI) -> None:
        self.seen: list[str] = []
        self.engine = app.state.engine.sync_engine
        event.listen(self.engine, "before_cursor_execute", self._seen)

    def _seen(self, conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        if not statement.startswith("BEGIN"):  # SQLite's BEGIN IMMEDIATE, not a read
            self.seen.append(statement)

    def take(self) -> list[str]:
        seen, self.seen = self.seen, []
        return seen

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._seen)


async def test_an_order_page_costs_the_same_statements_however_long(
    app: FastAPI, api: Api, market: dict[str, Any]
) -> None:
    await sell(app, market, 12)
    statements = Statements(app)
    try:
        counted: dict[int, list[str]] = {}
        for limit in (1, 3, 12):
            path = f"/api/console/orders?limit={limit}"
            await api.get(market["v"], path)  # the sign-in's cached now
            statements.take()
            r = await api.get(market["v"], path)
            assert r.status_code == 200, r.text
            page = r.json()
            assert len(page) == limit
            counted[limit] = statements.take()
    finally:
        statements.close()
    # The orders, their products, and checkouts, payments and refunds: one query each.
    for limit, seen in counted.items():
        tables = [re.search(r"\bFROM\s+(\w+)", s).group(1) for s in seen]  # type: ignore[union-attr]
        assert tables == ["orders", "products", "checkouts", "payments", "refunds"], (limit, seen)
    # What the page says of each order is read from those rows.
    older = page[-1]["payment"]
    assert older["paid_paise"] == 3500
    assert older["payment_link"]["payment_link_id"] == f"plink_c{older['order_id']}"
    refunded = next(o["payment"] for o in page if o["payment"]["refunds"])
    assert refunded["surplus_refunded_paise"] == 3500
    assert refunded["refunds_pending_paise"] == 500
    assert [p["razorpay_payment_id"] for p in refunded["payments"]] == [
        f"pay_c{refunded['order_id']}",
        f"pay_s{refunded['order_id']}",
    ]


async def test_orders_waiting_for_payment_add_one_statement_for_their_deadlines(
    app: FastAPI, api: Api, market: dict[str, Any]
) -> None:
    """Orders waiting to be paid carry their `pay_by` (their held stock's end), read for
    the whole page in one more statement; a page with none waiting reads no more."""
    await sell(app, market, 6)
    ends = utcnow() + timedelta(minutes=10)
    async with app.state.sessions() as session, session.begin():
        waiting = (await session.scalars(select(Order).order_by(Order.id.desc()).limit(3))).all()
        for order in waiting:
            order.status = OrderStatus.PENDING_PAYMENT
            order.paid_at = None
        session.add_all(
            StockReservation(
                product_id=o.product_id,
                order_id=o.id,
                quantity=1,
                status=ReservationStatus.RELEASED if o is waiting[-1] else ReservationStatus.HELD,
                expires_at=ends,
            )
            for o in waiting
        )
        ids = [o.id for o in waiting]
    statements = Statements(app)
    try:
        path = "/api/console/orders?limit=6"
        await api.get(market["v"], path)  # the sign-in's cached now
        statements.take()
        r = await api.get(market["v"], path)
        assert r.status_code == 200, r.text
        seen = statements.take()
    finally:
        statements.close()
    tables = [re.search(r"\bFROM\s+(\w+)", s).group(1) for s in seen]  # type: ignore[union-attr]
    assert tables == [
        "orders",
        "products",
        "checkouts",
        "payments",
        "refunds",
        "stock_reservations",
    ], seen
    pay_by = {o["order"]["id"]: o["payment"]["pay_by"] for o in r.json()}
    for order_id in ids[:2]:
        assert datetime.fromisoformat(pay_by.pop(order_id)) == ends
    # Its stock released already: nothing to pay by. The paid ones: none either.
    assert set(pay_by.values()) == {None}, pay_by
