"""Timeouts: negotiations idle past their time expire; unpaid orders past their
reservation give their stock back."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select, update
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
        if not await _release_order(session, actor, order, OrderStatus.EXPIRED):
            continue
        negotiation = await _load(session, order.negotiation_id)
        if can_transition(negotiation.status, S.EXPIRED):
            detail: dict[str, object] = {"reason": "reservation lapsed", "order_id": order.id}
            await _move(session, actor, negotiation, S.EXPIRED, detail, closed_at=now)
        mark_unseen(session, negotiation.id)
        released.append(order.id)
    return released
