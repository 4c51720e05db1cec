"""Checkouts as Razorpay's answers name them (a webhook, a verify, the link's callback,
reconciliation): found by their Razorpay order or link id, a link's order attached when
learnt late, moved forward-only (`server.domain.payments.checkouts` opens them).
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import Checkout, CheckoutStatus, Negotiation, Order, utcnow
from server.domain import transitions
from server.domain.context import Actor
from server.domain.errors import Forbidden, NotFound
from server.domain.payments.rows import Deal, load_order, vendor_trading
from server.domain.payments.snapshots import RAZORPAY_ID
from server.domain.payments.states import CHECKOUT_TRANSITIONS


async def find_checkout(
    session: AsyncSession,
    *,
    razorpay_order_id: str | None = None,
    razorpay_payment_link_id: str | None = None,
) -> Checkout | None:
    """The checkout behind a Razorpay order or link id; None when it is not ours."""
    if razorpay_payment_link_id:
        found = await session.scalar(
            select(Checkout).where(Checkout.razorpay_payment_link_id == razorpay_payment_link_id)
        )
        if found is not None:
            return found
    if razorpay_order_id:
        return await session.scalar(
            select(Checkout).where(Checkout.razorpay_order_id == razorpay_order_id)
        )
    return None


async def find_checkout_with_deal(
    session: AsyncSession, razorpay_order_id: str | None
) -> tuple[Checkout, Deal] | None:
    """The checkout behind a Razorpay order id with its order, negotiation and vendor's
    standing, in one statement; None when it is not ours."""
    if not razorpay_order_id:
        return None
    row = (
        await session.execute(
            select(Checkout, Order, Negotiation, vendor_trading())
            .join(Order, Order.id == Checkout.order_id)
            .join(Negotiation, Negotiation.id == Order.negotiation_id)
            .where(Checkout.razorpay_order_id == razorpay_order_id)
            .execution_options(populate_existing=True)
        )
    ).one_or_none()
    return None if row is None else (row[0], Deal(row[1], row[2], bool(row[3])))


async def move_checkout(
    session: AsyncSession, actor: Actor, checkout: Checkout, target: CheckoutStatus
) -> bool:
    """Move a checkout forward (no-op when it is there or past it already)."""
    moved = await transitions.transition(
        session,
        actor,
        checkout,
        target,
        moves=CHECKOUT_TRANSITIONS,
        entity_type="checkout",
        detail=lambda c: {"order_id": c.order_id},
        guard="status",
    )
    return moved is not None


async def attach_link_order(
    session: AsyncSession, checkout: Checkout, razorpay_order_id: str
) -> bool:
    """A link's Razorpay order id, learnt late (from a `payment_link.paid` event, the
    callback or reconciliation). False when the checkout already has another one, or the
    id is not one Razorpay issues, or another checkout holds it: then the payment is not
    this link's."""
    if checkout.razorpay_order_id is not None:
        return checkout.razorpay_order_id == razorpay_order_id
    if not RAZORPAY_ID.fullmatch(razorpay_order_id):
        return False
    taken = await session.scalar(
        select(Checkout.id).where(Checkout.razorpay_order_id == razorpay_order_id)
    )
    if taken is not None:
        return False
    await session.execute(
        update(Checkout)
        .where(Checkout.id == checkout.id, Checkout.razorpay_order_id.is_(None))
        .values(razorpay_order_id=razorpay_order_id, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    await session.refresh(checkout)
    return checkout.razorpay_order_id == razorpay_order_id


async def checkout_for_customer(
    session: AsyncSession, actor: Actor, razorpay_order_id: str
) -> Checkout:
    """The checkout a buyer is verifying a payment for."""
    checkout = await find_checkout(session, razorpay_order_id=razorpay_order_id)
    if checkout is None:
        raise NotFound(f"No checkout of ours has Razorpay order {razorpay_order_id}.")
    order = await load_order(session, checkout.order_id)
    if actor.user_id != order.customer_id:
        raise Forbidden("Only the buyer can confirm a payment for this order.")
    return checkout
