"""What a page of the vendor console's order list costs the database: the same few
statements for one order as for a full page, each order with checkouts, payments and
refunds. The console polls this list every few seconds for as long as it is open."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Any

from fastapi import FastAPI
from sqlalchemy import event

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
    Side,
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
        for i in range(count):
            n = Negotiation(
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
            session.add(n)
            await session.flush()
            order = Order(
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
            session.add(order)
            await session.flush()
            paid_by, link = (
                Checkout(
                    order_id=order.id,
                    kind=kind,
                    status=status,
                    receipt=f"{kind.value}-{order.id}",
                    amount_paise=3500,
                    razorpay_order_id=f"order_c{order.id}" if kind is CheckoutKind.ORDER else None,
                    razorpay_payment_link_id=(
                        f"plink_c{order.id}" if kind is CheckoutKind.LINK else None
                    ),
                )
                for kind, status in (
                    (CheckoutKind.ORDER, CheckoutStatus.PAID),
                    (CheckoutKind.LINK, CheckoutStatus.CREATED),
                )
            )
            session.add_all([paid_by, link])
            await session.flush()
            payment = Payment(
                order_id=order.id,
                checkout_id=paid_by.id,
                razorpay_payment_id=f"pay_c{order.id}",
                amount_paise=3500,
                status=PaymentStatus.CAPTURED,
                allocation=PaymentAllocation.CREDITED,
                credited_order_id=order.id,
            )
            session.add(payment)
            if i % 2:
                surplus = Payment(
                    order_id=order.id,
                    checkout_id=paid_by.id,
                    razorpay_payment_id=f"pay_s{order.id}",
                    amount_paise=3500,
                    status=PaymentStatus.REFUNDED,
                    allocation=PaymentAllocation.SURPLUS,
                    amount_refunded_paise=3500,
                )
                session.add(surplus)
                await session.flush()
                session.add_all(
                    [
                        Refund(
                            payment_id=surplus.id,
                            order_id=order.id,
                            kind=RefundKind.AUTOMATIC,
                            status=RefundStatus.PROCESSED,
                            amount_paise=3500,
                            idempotency_key=f"s{order.id}",
                        ),
                        Refund(
                            payment_id=payment.id,
                            order_id=order.id,
                            requested_by=vendor_id,
                            kind=RefundKind.VENDOR,
                            status=RefundStatus.PENDING,
                            amount_paise=500,
                            idempotency_key=f"v{order.id}",
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
