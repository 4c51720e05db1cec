"""Timeouts: negotiations idle past their time expire; unpaid orders past their
reservation give their stock back, as do those of an account closed (deactivated or
erased), which nobody can pay."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import Negotiation, Order, OrderStatus, ReservationStatus, StockReservation, utcnow
from server.domain import audit
from server.domain.context import Actor
from server.domain.negotiation.moves import _load, _move
from server.domain.negotiation.orders import _release_order
from server.domain.negotiation.rules import ACTIVE, S, can_transition
from server.domain.news import mark_unseen


async def expire_idle(
    session: AsyncSession, actor: Actor, *, now: datetime | None = None, limit: int = 500
) -> list[int]:
    """Expire negotiations nobody touched for the idle time. Returns their ids."""
    now = now or utcnow()
    stale = list(
        await session.scalars(
            select(Negotiation)
            .where(Negotiation.status.in_(ACTIVE), Negotiation.expires_at <= now)
            .order_by(Negotiation.id)
            .limit(limit)
        )
    )
    expired: list[int] = []
    for negotiation in stale:
        old = negotiation.status
        result = await session.execute(
            update(Negotiation)
            .where(
                Negotiation.id == negotiation.id,
                Negotiation.version == negotiation.version,
                Negotiation.expires_at <= now,
            )
            .values(
                status=S.EXPIRED,
                version=negotiation.version + 1,
                closed_at=now,
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            expired.append(negotiation.id)
            mark_unseen(session, negotiation.id)
            audit.record(
                session,
                actor,
                action="negotiation.expired",
                entity_type="negotiation",
                entity_id=negotiation.id,
                old_state=old.value,
                new_state=S.EXPIRED.value,
            )
    return expired


async def release_unpaid(
    session: AsyncSession,
    actor: Actor,
    *,
    now: datetime | None = None,
    limit: int = 500,
    keep: Collection[int] = (),
) -> list[int]:
    """Release stock held by orders unpaid past the reservation time, but for the orders
    in `keep` (whose payments could not be asked about). Returns order ids."""
    now = now or utcnow()
    holds = list(
        await session.scalars(
            select(StockReservation)
            .where(
                StockReservation.status == ReservationStatus.HELD,
                StockReservation.expires_at <= now,
            )
            .order_by(StockReservation.id)
            .limit(limit)
        )
    )
    released: list[int] = []
    for hold in holds:
        order = await session.get(Order, hold.order_id)
        if order is None or order.status is not OrderStatus.PENDING_PAYMENT:
            continue
        if order.id in keep:
            continue
        if await _expire_order(session, actor, order, "reservation lapsed", now):
            released.append(order.id)
    return released


async def release_for_closed_account(
    session: AsyncSession, actor: Actor, user_id: int, *, now: datetime | None = None
) -> list[int]:
    """End the unpaid orders of an account being closed (deactivated or erased), as a
    lapsed reservation ends: order expired, stock given back, deal expired, audit rows,
    rooms told. Its orders as a shopper, and as a vendor its shoppers' (a closed stall
    takes no payment). A payment still under way at Razorpay is refunded as surplus when
    it comes, as a late one is. Paid orders stay. Returns order ids."""
    now = now or utcnow()
    orders = list(
        await session.scalars(
            select(Order)
            .where(
                Order.status == OrderStatus.PENDING_PAYMENT,
                or_(Order.customer_id == user_id, Order.vendor_id == user_id),
            )
            .order_by(Order.id)
        )
    )
    return [
        order.id
        for order in orders
        if await _expire_order(session, actor, order, "account closed", now)
    ]


async def _expire_order(
    session: AsyncSession, actor: Actor, order: Order, reason: str, now: datetime
) -> bool:
    """An unpaid order's stock back and its deal expired; False when it was not held."""
    if not await _release_order(session, actor, order, OrderStatus.EXPIRED):
        return False
    negotiation = await _load(session, order.negotiation_id)
    if can_transition(negotiation.status, S.EXPIRED):
        detail: dict[str, object] = {"reason": reason, "order_id": order.id}
        await _move(session, actor, negotiation, S.EXPIRED, detail, closed_at=now)
    mark_unseen(session, negotiation.id)
    return True
