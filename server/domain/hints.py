"""The assistant's hint for a negotiation, for its vendor only (it reveals the floor price).

Loads what `assistant.advise` looks at — list and floor price, stock, the bids in order —
and asks it. Reads only; the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from models import Bid, Negotiation, Product, Side
from server.domain.assistant import Hint, Offer, Situation, advise
from server.domain.context import Actor
from server.domain.errors import Forbidden, NotFound
from server.domain.negotiation import ACTIVE, side_of


def situation_of(negotiation: Negotiation, product: Product, bids: Sequence[Bid]) -> Situation:
    return Situation(
        list_price_paise=product.list_price_paise,
        floor_price_paise=product.floor_price_paise,
        offers=tuple(Offer(b.side, b.amount_paise, b.quantity) for b in bids),
        stock_left=product.stock,
        quantity=negotiation.quantity,
        unit=product.unit,
    )


async def hint_for_vendor(
    session: AsyncSession, actor: Actor, negotiation: Negotiation, bids: Sequence[Bid]
) -> Hint | None:
    """The hint when `actor` is the vendor, the negotiation is still open and the latest
    of `bids` is the customer's; None otherwise (a customer never gets one)."""
    if actor.user_id is None or actor.user_id != negotiation.vendor_id:
        return None
    if negotiation.status not in ACTIVE or not bids or bids[-1].side is not Side.CUSTOMER:
        return None
    product = await session.get(Product, negotiation.product_id, populate_existing=True)
    if product is None:
        return None
    return advise(situation_of(negotiation, product, bids))


async def vendor_hint(
    session: AsyncSession, actor: Actor, negotiation_id: int, *, upto_seq: int | None = None
) -> Hint | None:
    """The hint for the vendor of `negotiation_id`, as of bid `upto_seq` (default: the
    latest). Raises `Forbidden` for anyone but the vendor."""
    negotiation = await session.get(Negotiation, negotiation_id, populate_existing=True)
    if negotiation is None:
        raise NotFound(f"Negotiation {negotiation_id} does not exist.")
    if side_of(negotiation, actor) is not Side.VENDOR:
        raise Forbidden("Only the vendor sees the assistant's hints.")
    query = select(Bid).where(Bid.negotiation_id == negotiation.id)
    if upto_seq is not None:
        query = query.where(Bid.seq <= upto_seq)
    bids = list(await session.scalars(query.order_by(Bid.seq)))
    return await hint_for_vendor(session, actor, negotiation, bids)
