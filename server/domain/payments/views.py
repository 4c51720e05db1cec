"""Read views: an order's checkouts, payments and refunds, and the sums people ask about."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from models import (
    Checkout,
    Order,
    OrderStatus,
    Payment,
    PaymentAllocation,
    Refund,
    RefundStatus,
    ReservationStatus,
    StockReservation,
)
from server.domain.context import Actor
from server.domain.errors import Forbidden, NotFound
from server.domain.payments.rows import is_party

R = RefundStatus


@dataclass(frozen=True)
class PaymentView:
    order: Order
    checkouts: list[Checkout]
    payments: list[Payment]
    refunds: list[Refund]

    @property
    def paid_paise(self) -> int:
        return sum(
            p.amount_paise for p in self.payments if p.allocation is PaymentAllocation.CREDITED
        )

    def _credited_ids(self) -> set[int]:
        return {p.id for p in self.payments if p.allocation is PaymentAllocation.CREDITED}

    @property
    def refunded_paise(self) -> int:
        """Processed refunds of the money that paid the order (not of surplus payments)."""
        credited = self._credited_ids()
        return sum(
            r.amount_paise
            for r in self.refunds
            if r.status is R.PROCESSED and r.payment_id in credited
        )

    @property
    def refunds_pending_paise(self) -> int:
        """Refunds of the money that paid the order, asked for but not yet processed."""
        credited = self._credited_ids()
        return sum(
            r.amount_paise
            for r in self.refunds
            if r.status in (R.REQUESTED, R.PENDING) and r.payment_id in credited
        )

    @property
    def surplus_refunds_pending_paise(self) -> int:
        """Refunds of payments that could not pay the order (a late payment, after the
        reservation lapsed), asked for but not yet processed: money on its way back."""
        credited = self._credited_ids()
        return sum(
            r.amount_paise
            for r in self.refunds
            if r.status in (R.REQUESTED, R.PENDING) and r.payment_id not in credited
        )

    @property
    def surplus_refunded_paise(self) -> int:
        """Processed refunds of payments that could not pay the order (a second payment,
        a late one): money returned that never paid for the goods."""
        credited = self._credited_ids()
        return sum(
            r.amount_paise
            for r in self.refunds
            if r.status is R.PROCESSED and r.payment_id not in credited
        )


async def payment_view(session: AsyncSession, actor: Actor, order_id: int) -> PaymentView:
    """An order's payment state, for its buyer and its seller."""
    order = await session.get(Order, order_id)
    if order is None:
        raise NotFound(f"Order {order_id} does not exist.")
    if not is_party(order, actor):
        raise Forbidden("Only the buyer and the seller can see this order's payments.")
    return await order_payments(session, order)


async def pay_by(session: AsyncSession, order: Order) -> datetime | None:
    """When the stock held for an order waiting to be paid is released (the order then
    expires, and a payment after it is refunded); None once the order is not waiting."""
    if order.status is not OrderStatus.PENDING_PAYMENT:
        return None
    expires: datetime | None = await session.scalar(
        select(StockReservation.expires_at).where(
            StockReservation.order_id == order.id,
            StockReservation.status == ReservationStatus.HELD,
        )
    )
    return expires


async def pay_bys(session: AsyncSession, orders: Sequence[Order]) -> dict[int, datetime | None]:
    """`pay_by` of each order (by id) in one query: the console lists many at a time."""
    waiting = [o.id for o in orders if o.status is OrderStatus.PENDING_PAYMENT]
    deadlines: dict[int, datetime | None] = dict.fromkeys((o.id for o in orders), None)
    if waiting:
        rows = await session.execute(
            select(StockReservation.order_id, StockReservation.expires_at).where(
                StockReservation.order_id.in_(waiting),
                StockReservation.status == ReservationStatus.HELD,
            )
        )
        for order_id, expires in rows:
            deadlines[order_id] = expires
    return deadlines


async def order_payments(session: AsyncSession, order: Order) -> PaymentView:
    return (await orders_payments(session, [order]))[order.id]


class _OfAnOrder(Protocol):
    id: int
    order_id: int


_Row = TypeVar("_Row", bound=_OfAnOrder)


def _by_order(rows: Iterable[_Row]) -> dict[int, list[_Row]]:
    """Rows grouped by their order, each group in the order the rows came (by id)."""
    grouped: dict[int, list[_Row]] = defaultdict(list)
    for row in rows:
        grouped[row.order_id].append(row)
    return grouped


async def orders_payments(session: AsyncSession, orders: Sequence[Order]) -> dict[int, PaymentView]:
    """Each order's `PaymentView`, for one order or a page of them (the vendor console's):
    the checkouts, payments and refunds in one query each, however many orders."""
    if not orders:
        return {}
    ids = [o.id for o in orders]
    checkouts = _by_order(
        await session.scalars(
            select(Checkout).where(Checkout.order_id.in_(ids)).order_by(Checkout.id)
        )
    )
    payments = _by_order(
        await session.scalars(select(Payment).where(Payment.order_id.in_(ids)).order_by(Payment.id))
    )
    refunds = _by_order(
        await session.scalars(select(Refund).where(Refund.order_id.in_(ids)).order_by(Refund.id))
    )
    return {
        o.id: PaymentView(o, checkouts.get(o.id, []), payments.get(o.id, []), refunds.get(o.id, []))
        for o in orders
    }
