"""The assistant's hint for a negotiation, for its vendor only (it reveals the floor price).

Loads what `assistant.advise` looks at — list and floor price, stock, and of the bids
only those it reads: the latest, the customer's one before it, the vendor's latest and
how many the vendor made — and asks it. A negotiation that is over, or whose latest bid
is the vendor's, has no hint: answered from the negotiation row and the latest bid alone,
however many bids it holds. Reads only; the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from models import Bid, Negotiation, Product, Side
from server.domain.assistant import Hint, Offer, Situation, advise
from server.domain.context import Actor
from server.domain.errors import Forbidden, NotFound
from server.domain.negotiation import ACTIVE, side_of


def situation_of(
    negotiation: Negotiation,
    product: Product,
    bids: Sequence[Bid],
    *,
    earlier_vendor_offers: int = 0,
) -> Situation:
    return Situation(
        list_price_paise=product.list_price_paise,
        floor_price_paise=product.floor_price_paise,
        offers=tuple(Offer(b.side, b.amount_paise, b.quantity) for b in bids),
        stock_left=product.stock,
        quantity=negotiation.quantity,
        unit=product.unit,
        earlier_vendor_offers=earlier_vendor_offers,
    )


async def hint_for_vendor(
    session: AsyncSession,
    actor: Actor,
    negotiation: Negotiation,
    bids: Sequence[Bid],
    *,
    earlier_vendor_offers: int = 0,
) -> Hint | None:
    """The hint when `actor` is the vendor, the negotiation is still open and the latest
    of `bids` is the customer's; None otherwise (a customer never gets one). `bids`: all
    of them, or those `advise` reads with the count of the vendor's others."""
    if actor.user_id is None or actor.user_id != negotiation.vendor_id:
        return None
    if negotiation.status not in ACTIVE or not bids or bids[-1].side is not Side.CUSTOMER:
        return None
    product = await session.get(Product, negotiation.product_id, populate_existing=True)
    if product is None:
        return None
    return advise(
        situation_of(negotiation, product, bids, earlier_vendor_offers=earlier_vendor_offers)
    )


async def vendor_hint(
    session: AsyncSession, actor: Actor, negotiation_id: int, *, upto_seq: int | None = None
) -> Hint | None:
    """The hint for the vendor of `negotiation_id`, as of bid `upto_seq` (default: the
    latest). Raises `Forbidden` for anyone but the vendor."""
    found = await vendor_hint_at(session, actor, negotiation_id, upto_seq=upto_seq)
    return None if found is None else found[0]


async def vendor_hint_at(
    session: AsyncSession, actor: Actor, negotiation_id: int, *, upto_seq: int | None = None
) -> tuple[Hint, int] | None:
    """`vendor_hint` with the seq of the customer's bid it answers."""
    negotiation = await session.get(Negotiation, negotiation_id, populate_existing=True)
    if negotiation is None:
        raise NotFound(f"Negotiation {negotiation_id} does not exist.")
    if side_of(negotiation, actor) is not Side.VENDOR:
        raise Forbidden("Only the vendor sees the assistant's hints.")
    return await hint_of(session, actor, negotiation, upto_seq=upto_seq)


async def hint_of(
    session: AsyncSession, actor: Actor, negotiation: Negotiation, *, upto_seq: int | None = None
) -> tuple[Hint, int] | None:
    """The hint for `actor` (None unless its vendor) on a loaded negotiation, with the seq
    of the customer's bid it answers: at most three bids and a count read, none for a
    negotiation that is over."""
    if negotiation.status not in ACTIVE or actor.user_id != negotiation.vendor_id:
        return None  # no bid read: a finished negotiation has no hint
    mine = Bid.negotiation_id == negotiation.id
    if upto_seq is not None:
        mine = mine & (Bid.seq <= upto_seq)
    latest = await _last(session, select(Bid).where(mine))
    if latest is None or latest.side is not Side.CUSTOMER:
        return None
    before = await _last(
        session, select(Bid).where(mine, Bid.side == Side.CUSTOMER, Bid.seq < latest.seq)
    )
    vendors = await _last(session, select(Bid).where(mine, Bid.side == Side.VENDOR))
    vendor_count = await session.scalar(
        select(func.count()).select_from(Bid).where(mine, Bid.side == Side.VENDOR)
    )
    read = sorted((b for b in (before, vendors, latest) if b is not None), key=lambda b: b.seq)
    hint = await hint_for_vendor(
        session,
        actor,
        negotiation,
        read,
        earlier_vendor_offers=(vendor_count or 0) - (vendors is not None),
    )
    return None if hint is None else (hint, latest.seq)


async def _last(session: AsyncSession, query: Select[Bid]) -> Bid | None:
    found: Bid | None = await session.scalar(query.order_by(Bid.seq.desc()).limit(1))
    return found
