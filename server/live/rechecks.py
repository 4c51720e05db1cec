"""What a live move's commit with an unknown outcome is checked against: whether the
bid, the accept's order or the new state was saved, and if so what to tell the room
(`server.live.settling` runs the check; `Moves` and the HTTP API build it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import Bid, BidSource, Negotiation, NegotiationStatus, Order, Product
from server.domain import negotiation as domain
from server.live.settling import Recheck, Tell

if TYPE_CHECKING:
    from server.live.moves import Moves


def bid_saved(
    moves: Moves,
    outcome: domain.BidOutcome,
    *,
    side: str,
    source: BidSource,
    transcript: str | None = None,
) -> Recheck:
    """Whether this bid was saved; if so, its `offer` and `state` as `tell_bid` says.

    A bid whose write was its commit and never answered (`outcome.bid.id` unknown, see
    `server.sessions.single_statement`) is first fenced off: the negotiation's version is
    moved on from the one its compare-and-set expects, so that a write still on its way
    (queued behind a stalled server) can no longer apply; a write still running holds
    the row until it ends, and the fence waits for it. When the fence applies, nothing
    was saved; when it does not, the version had moved, and the bid is ours if its
    number holds our bidder and our stamp."""
    bid_id, room_id = outcome.bid.id, outcome.negotiation.id
    capped, note = outcome.capped, outcome.note
    expected = outcome.negotiation.version
    seq, bidder, stamp = outcome.bid.seq, outcome.bid.bidder_id, outcome.bid.created_at

    async def find(session: AsyncSession) -> Bid | None:
        if bid_id is not None:
            return await session.get(Bid, bid_id)
        fenced = await session.execute(
            update(Negotiation)
            .where(Negotiation.id == room_id, Negotiation.version == expected)
            .values(version=expected + 1)
            .execution_options(synchronize_session=False)
        )
        if fenced.rowcount:
            return None
        found: Bid | None = await session.scalar(
            select(Bid).where(
                Bid.negotiation_id == room_id,
                Bid.seq == seq,
                Bid.bidder_id == bidder,
                Bid.created_at == stamp,
            )
        )
        return found

    async def check(session: AsyncSession) -> Tell | None:
        bid = await find(session)
        if bid is None or bid.negotiation_id != room_id:
            return None
        negotiation = await session.get(Negotiation, room_id)
        assert negotiation is not None
        product = await session.get(Product, negotiation.product_id)
        assert product is not None
        saved = domain.BidOutcome(
            bid=bid, negotiation=negotiation, product=product, capped=capped, note=note
        )
        # Told as a button's offer (no `utterance_id`): a spoken one's words were
        # never relayed (its turn stopped at the unknown commit), so the other side
        # hears the offer said instead.
        return lambda: moves.tell_bid(
            room_id, saved, side=side, source=source, transcript=transcript
        )

    return check


def accept_saved(
    moves: Moves, outcome: domain.AcceptOutcome, *, side: str, source: BidSource
) -> Recheck:
    """Whether this accept's order was saved; if so, `order` and `state`."""
    order_id, room_id = outcome.order.id, outcome.negotiation.id
    below_floor = outcome.below_floor

    async def check(session: AsyncSession) -> Tell | None:
        order = await session.get(Order, order_id)
        if order is None or order.negotiation_id != room_id:
            return None
        negotiation = await session.get(Negotiation, room_id)
        assert negotiation is not None
        saved = domain.AcceptOutcome(negotiation=negotiation, order=order, below_floor=below_floor)
        return lambda: moves.tell_accept(room_id, saved, side=side, source=source)

    return check


def state_saved(moves: Moves, negotiation: Negotiation) -> Recheck:
    """Whether a reject or cancel was saved (the negotiation is in its new state); if
    so, `state`."""
    room_id, status = negotiation.id, NegotiationStatus(negotiation.status)

    async def check(session: AsyncSession) -> Tell | None:
        saved = await session.get(Negotiation, room_id)
        if saved is None or saved.status is not status:
            return None
        return lambda: moves.publish_state(room_id, saved)

    return check
