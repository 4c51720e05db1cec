"""An accepted deal's order: locked when payment starts, completed when paid, or
released (its stock given back exactly once)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from models import (
    Negotiation,
    Order,
    OrderStatus,
    Product,
    ReservationStatus,
    StockReservation,
    utcnow,
)
from server.domain import audit
from server.domain.context import Actor
from server.domain.errors import ConcurrentUpdate, IllegalTransition
from server.domain.negotiation.moves import _compare_and_set, _load, _lost_race, _move
from server.domain.negotiation.rules import S
from server.domain.news import mark_unseen


async def _release_order(
    session: AsyncSession, actor: Actor, order: Order, new_status: OrderStatus
) -> bool:
    """Give an unpaid order's stock back, exactly once (compare-and-set on the hold)."""
    released = await session.execute(
        update(StockReservation)
        .where(
            StockReservation.order_id == order.id,
            StockReservation.status == ReservationStatus.HELD,
        )
        .values(status=ReservationStatus.RELEASED, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if released.rowcount != 1:  # type: ignore[attr-defined]
        return False
    await session.execute(
        update(Product)
        .where(Product.id == order.product_id)
        .values(stock=Product.stock + order.quantity, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    old = order.status
    await session.execute(
        update(Order)
        .where(Order.id == order.id, Order.status == OrderStatus.PENDING_PAYMENT)
        .values(status=new_status, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    await session.refresh(order)
    audit.record(
        session,
        actor,
        action=f"order.{new_status.value}",
        entity_type="order",
        entity_id=order.id,
        old_state=old.value,
        new_state=new_status.value,
        detail={"released": order.quantity},
    )
    return True


async def lock_for_payment(
    session: AsyncSession, actor: Actor, order: Order, negotiation: Negotiation | None = None
) -> Negotiation:
    """Payment has started: the accepted deal can no longer be cancelled.

    `negotiation`: the order's deal when the caller read it already (with the order, in
    one statement); its moves are compare-and-set on its version either way."""
    if negotiation is None:
        negotiation = await _load(session, order.negotiation_id)
    if negotiation.status is S.LOCKED:
        return negotiation
    await _move(session, actor, negotiation, S.LOCKED, {"order_id": order.id})
    return negotiation


async def _pay_in_one_statement(
    session: AsyncSession, order: Order, negotiation: Negotiation, now: datetime, stamp: datetime
) -> None:
    """PostgreSQL: the order marked paid (guarded on `pending_payment`), its hold consumed
    and the negotiation completed (compare-and-set on its version) by one statement of
    three writing CTEs, one round trip instead of three. The hold and the negotiation move
    only with the order; a negotiation that moved meanwhile raises as `_compare_and_set`
    does, and the caller's transaction rolls back the order and the hold with it."""
    paid = (
        update(Order)
        .where(Order.id == order.id, Order.status == OrderStatus.PENDING_PAYMENT)
        .values(status=OrderStatus.PAID, paid_at=now, updated_at=stamp)
        .returning(Order.id)
        .cte("paid")
    )
    consumed = (
        update(StockReservation)
        .where(
            StockReservation.order_id.in_(select(paid.c.id)),
            StockReservation.status == ReservationStatus.HELD,
        )
        .values(status=ReservationStatus.CONSUMED, updated_at=stamp)
        .returning(StockReservation.id)
        .cte("consumed")
    )
    version = negotiation.version + 1
    completed = (
        update(Negotiation)
        .where(
            Negotiation.id == negotiation.id,
            Negotiation.version == negotiation.version,
            exists(select(paid.c.id)),
        )
        .values(status=S.COMPLETED, version=version, updated_at=stamp)
        .returning(Negotiation.id)
        .cte("completed")
    )
    connection = await session.connection()
    counts = (
        await connection.execute(
            select(
                select(func.count()).select_from(paid).scalar_subquery(),
                select(func.count()).select_from(consumed).scalar_subquery(),
                select(func.count()).select_from(completed).scalar_subquery(),
            )
        )
    ).one()
    if counts[0] != 1:
        raise ConcurrentUpdate(f"Order {order.id} changed while being marked paid.")
    if counts[2] != 1:
        await _lost_race(session, negotiation.id)
    for key, value in (("status", S.COMPLETED), ("version", version), ("updated_at", stamp)):
        set_committed_value(negotiation, key, value)


async def complete_payment(
    session: AsyncSession,
    actor: Actor,
    order: Order,
    *,
    now: datetime | None = None,
    negotiation: Negotiation | None = None,
) -> Order:
    """The order is paid: stock hold consumed, negotiation completed. Idempotent.
    `negotiation`: the order's deal, when the caller read it with the order."""
    now = now or utcnow()
    if order.status is OrderStatus.PAID:
        return order
    if order.status is not OrderStatus.PENDING_PAYMENT:
        raise IllegalTransition(
            f"Order {order.id} is {order.status.value} and can no longer be paid.",
            state=order.status.value,
        )
    negotiation = await lock_for_payment(session, actor, order, negotiation)
    stamp = utcnow()
    if session.get_bind().dialect.name == "postgresql":
        await _pay_in_one_statement(session, order, negotiation, now, stamp)
    else:
        paid = await session.execute(
            update(Order)
            .where(Order.id == order.id, Order.status == OrderStatus.PENDING_PAYMENT)
            .values(status=OrderStatus.PAID, paid_at=now, updated_at=stamp)
            .execution_options(synchronize_session=False)
        )
        if paid.rowcount != 1:  # type: ignore[attr-defined]
            raise ConcurrentUpdate(f"Order {order.id} changed while being marked paid.")
        await session.execute(
            update(StockReservation)
            .where(
                StockReservation.order_id == order.id,
                StockReservation.status == ReservationStatus.HELD,
            )
            .values(status=ReservationStatus.CONSUMED, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        await _compare_and_set(session, negotiation, status=S.COMPLETED)
    mark_unseen(session, negotiation.id)
    # The guarded update above is what the row now holds: mirrored, not read back.
    for key, value in (("status", OrderStatus.PAID), ("paid_at", now), ("updated_at", stamp)):
        set_committed_value(order, key, value)
    audit.record(
        session,
        actor,
        action="order.paid",
        entity_type="order",
        entity_id=order.id,
        old_state=OrderStatus.PENDING_PAYMENT.value,
        new_state=OrderStatus.PAID.value,
    )
    audit.record(
        session,
        actor,
        action="negotiation.completed",
        entity_type="negotiation",
        entity_id=negotiation.id,
        old_state=S.LOCKED.value,
        new_state=S.COMPLETED.value,
    )
    return order
