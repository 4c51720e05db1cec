"""Reads for the parties: a negotiation with its bids, pages of bids, negotiations and
orders."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from sqlalchemy import Select, bindparam, select
from sqlalchemy.ext.asyncio import AsyncSession

from models import Base, Bid, Negotiation, NegotiationStatus, Order, Side, User
from server.domain.context import Actor
from server.domain.errors import Forbidden, NotFound
from server.domain.negotiation.moves import _load
from server.domain.negotiation.rules import side_of
from server.driver_statements import DriverStatement, attribute_keys, loaded


async def get_negotiation(
    session: AsyncSession, actor: Actor, negotiation_id: int, *, latest_bids: int | None = None
) -> tuple[Negotiation, list[Bid]]:
    """A negotiation and its bids in order (only the latest `latest_bids` of them, when
    given), for one of its parties."""
    negotiation = await _load(session, negotiation_id)
    side_of(negotiation, actor)
    if latest_bids is None:
        bids = await _bids(session, negotiation.id)
    else:
        bids = await _bids(session, negotiation.id, limit=latest_bids)
    return negotiation, bids


async def side_in(session: AsyncSession, actor: Actor, negotiation_id: int) -> Side:
    """The actor's side in a negotiation: `NotFound` for an unknown one, `Forbidden` for
    someone not a party to it (the answers `get_negotiation` gives)."""
    return side_of(await _load(session, negotiation_id), actor)


async def list_bids(
    session: AsyncSession,
    actor: Actor,
    negotiation_id: int,
    *,
    before_seq: int | None = None,
    limit: int = 50,
) -> list[Bid]:
    """A page of a negotiation's bids, oldest first: the `limit` bids just before bid
    `before_seq` (or the latest ones), for one of its parties."""
    negotiation = await _load(session, negotiation_id)
    side_of(negotiation, actor)
    return await _bids(session, negotiation.id, before_seq=before_seq, limit=limit)


async def _bids(
    session: AsyncSession,
    negotiation_id: int,
    *,
    before_seq: int | None = None,
    limit: int | None = None,
) -> list[Bid]:
    query = select(Bid).where(Bid.negotiation_id == negotiation_id)
    if before_seq is not None:
        query = query.where(Bid.seq < before_seq)
    if limit is None:
        return list(await session.scalars(query.order_by(Bid.seq)))
    newest_first = await session.scalars(query.order_by(Bid.seq.desc()).limit(limit))
    return list(reversed(list(newest_first)))


async def list_negotiations(
    session: AsyncSession,
    actor: Actor,
    *,
    as_side: Side | None = None,
    status: NegotiationStatus | Collection[NegotiationStatus] | None = None,
    before: int | None = None,
    limit: int = 100,
    by_activity: bool = False,
    active_before: datetime | None = None,
) -> list[Negotiation]:
    """The actor's negotiations, newest first; `before` (an id) pages to older ones.
    `status`: one status, or any of several.
    `by_activity`: the most recently active first (`updated_at`, which every move
    refreshes), paged by the last row's (`active_before`, `before`)."""
    if actor.user_id is None:
        raise Forbidden("Log in to see negotiations.")
    query: Select[tuple[Negotiation]] = select(Negotiation)
    if as_side is Side.CUSTOMER:
        query = query.where(Negotiation.customer_id == actor.user_id)
    elif as_side is Side.VENDOR:
        query = query.where(Negotiation.vendor_id == actor.user_id)
    else:
        query = query.where(
            (Negotiation.customer_id == actor.user_id) | (Negotiation.vendor_id == actor.user_id)
        )
    if isinstance(status, NegotiationStatus):
        query = query.where(Negotiation.status == status)
    elif status is not None:
        query = query.where(Negotiation.status.in_(list(status)))
    if by_activity:
        if active_before is not None:
            earlier = Negotiation.updated_at < active_before
            if before is not None:
                earlier |= (Negotiation.updated_at == active_before) & (Negotiation.id < before)
            query = query.where(earlier)
        order = (Negotiation.updated_at.desc(), Negotiation.id.desc())
        return list(await session.scalars(query.order_by(*order).limit(limit)))
    if before is not None:
        query = query.where(Negotiation.id < before)
    return list(await session.scalars(query.order_by(Negotiation.id.desc()).limit(limit)))


async def shopper_names(
    session: AsyncSession, actor: Actor, negotiations: Collection[Negotiation]
) -> dict[int, str]:
    """For the vendor of each negotiation: the name its shopper gave (at sign-up, or when
    joining at the stall), by negotiation id, so their cards can be told apart after a
    reload. Nothing else about the shopper; nothing for the shopper's own negotiations."""
    theirs = {n.id: n.customer_id for n in negotiations if n.vendor_id == actor.user_id}
    if not theirs:
        return {}
    rows = await session.execute(
        select(User.id, User.name).where(User.id.in_(set(theirs.values())))
    )
    names = {int(uid): str(name) for uid, name in rows}
    return {nid: names[cid] for nid, cid in theirs.items() if cid in names}


_ORDERS = Base.metadata.tables["orders"]
_ORDER_READ_LEAN = DriverStatement(select(*_ORDERS.c).where(_ORDERS.c.id == bindparam("order_id")))
_ORDER_KEYS = attribute_keys(Order, _ORDERS)


async def get_order(
    session: AsyncSession, actor: Actor, order_id: int, *, lean: bool = False
) -> Order:
    """The order, for one of its parties. `lean` (PostgreSQL only; SQLite ignores it):
    read on the driver connection (`DriverStatement`), the row an object outside the
    session, for a read that changes nothing (the order a shopper polls)."""
    order: Order | None
    if lean and session.get_bind().dialect.name == "postgresql":
        rows = await _ORDER_READ_LEAN.rows(session, {"order_id": order_id})
        order = loaded(Order, _ORDER_KEYS, rows[0]) if rows else None
    else:
        order = await session.get(Order, order_id)
    if order is None:
        raise NotFound(f"Order {order_id} does not exist.")
    if actor.user_id not in (order.customer_id, order.vendor_id):
        raise Forbidden("Only the buyer and the seller can see this order.")
    return order


async def list_orders(
    session: AsyncSession,
    actor: Actor,
    *,
    as_side: Side | None = None,
    before: int | None = None,
    offset: int = 0,
    limit: int = 100,
) -> list[Order]:
    """The actor's orders (bought, sold, or both), newest first; `before` (an id) and
    `offset` page to older ones."""
    if actor.user_id is None:
        raise Forbidden("Log in to see orders.")
    query = select(Order)
    if as_side is Side.CUSTOMER:
        query = query.where(Order.customer_id == actor.user_id)
    elif as_side is Side.VENDOR:
        query = query.where(Order.vendor_id == actor.user_id)
    else:
        query = query.where(
            (Order.customer_id == actor.user_id) | (Order.vendor_id == actor.user_id)
        )
    if before is not None:
        query = query.where(Order.id < before)
    return list(await session.scalars(query.order_by(Order.id.desc()).offset(offset).limit(limit)))
