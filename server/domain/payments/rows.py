"""Row helpers the payment rules share: insert-once, the order being paid, its parties."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from sqlalchemy import ScalarSelect, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from models import Negotiation, Order, User, utcnow
from server.domain.context import Actor
from server.domain.errors import NotFound


def upsert_for(session: AsyncSession) -> Any:
    """The dialect's `insert` (with `on_conflict_do_nothing` / `on_conflict_do_update`)."""
    return postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert


async def insert_ignore(
    session: AsyncSession, model: type[Any], values: Mapping[str, Any], conflict: Sequence[str]
) -> int | None:
    """INSERT … ON CONFLICT DO NOTHING RETURNING id, on PostgreSQL and SQLite alike.

    Racing inserters of the same key never raise: the loser gets None (on PostgreSQL
    after the winner commits) and reads the winner's row.
    """
    insert = upsert_for(session)
    now = utcnow()
    stmt = (
        insert(model)
        .values(created_at=now, updated_at=now, **values)
        .on_conflict_do_nothing(index_elements=list(conflict))
        .returning(model.id)
    )
    inserted: int | None = (await session.execute(stmt)).scalar_one_or_none()
    return inserted


def rowcount(result: Any) -> int:
    count: int = result.rowcount
    return count


async def load_order(session: AsyncSession, order_id: int) -> Order:
    order = await session.get(Order, order_id, populate_existing=True)
    if order is None:
        raise NotFound(f"Order {order_id} does not exist.")
    return order


class Deal(NamedTuple):
    """An order being paid, its negotiation, and whether its vendor still trades (an
    active account: money for a closed stall's order goes back)."""

    order: Order
    negotiation: Negotiation
    vendor_trading: bool


def vendor_trading() -> ScalarSelect[bool]:
    """A column for a select of `Order`: whether the order's vendor's account is active."""
    return (
        select(User.is_active).where(User.id == Order.vendor_id).correlate(Order).scalar_subquery()
    )


async def load_order_and_deal(session: AsyncSession, order_id: int) -> Deal:
    """The order, its negotiation and its vendor's standing in one statement (one round
    trip, not three); every move of either is compare-and-set, so reading them together
    loses no guard."""
    row = (
        await session.execute(
            select(Order, Negotiation, vendor_trading())
            .join(Negotiation, Negotiation.id == Order.negotiation_id)
            .where(Order.id == order_id)
            .execution_options(populate_existing=True)
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"Order {order_id} does not exist.")
    return Deal(row[0], row[1], bool(row[2]))


def is_party(order: Order, actor: Actor) -> bool:
    return actor.user_id is not None and actor.user_id in (order.customer_id, order.vendor_id)
