"""Opening: a customer (or QR guest) starts haggling over a product and quantity."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from models import Negotiation, Product, Role, utcnow
from server.domain import accounts, audit
from server.domain.context import Actor
from server.domain.errors import Forbidden, InvalidInput, NotFound, StallClosed, TooManyOpen
from server.domain.negotiation.rules import S, _check_on_sale, check_deal_size, check_stock


async def open_negotiation(
    session: AsyncSession,
    actor: Actor,
    *,
    product_id: int,
    quantity: int,
    idle_seconds: int,
    max_open: int = 0,
    now: datetime | None = None,
) -> Negotiation:
    """A customer (or QR guest) starts haggling over a product and quantity. `max_open`
    (0: no bound): how many deals one shopper may have open (not yet accepted, ended or
    expired) at one stall; one more is `TooManyOpen`, so one account cannot bury a
    stall's console in deals. Two opens racing may both pass the count: a bound against
    floods, not an exact one."""
    if actor.role not in (Role.CUSTOMER, Role.GUEST) or actor.user_id is None:
        raise Forbidden("Only customers can start a negotiation.")
    if quantity <= 0:
        raise InvalidInput("Quantity must be at least 1.")
    product = await session.get(Product, product_id)
    if product is None:
        raise NotFound(f"Product {product_id} does not exist.")
    _check_on_sale(product)  # it exists, off sale: 409 product_withdrawn, as mid-deal
    if not await accounts.is_trading(session, product.vendor_id):
        raise StallClosed("This vendor is not trading now; nothing can be bought here.")
    check_deal_size(product.list_price_paise, quantity, InvalidInput, list_price=True)
    check_stock(product, quantity)
    now = now or utcnow()
    if max_open:
        await _check_open(session, actor.user_id, product.vendor_id, max_open, now)
    negotiation = Negotiation(
        product_id=product.id,
        customer_id=actor.user_id,
        vendor_id=product.vendor_id,
        quantity=quantity,
        status=S.OPEN,
        version=0,
        bid_count=0,
        expires_at=now + timedelta(seconds=idle_seconds),
    )
    session.add(negotiation)
    await session.flush()
    audit.record(
        session,
        actor,
        action="negotiation.opened",
        entity_type="negotiation",
        entity_id=negotiation.id,
        new_state=S.OPEN.value,
        detail={"product_id": product.id, "quantity": quantity},
    )
    return negotiation


async def _check_open(
    session: AsyncSession, customer_id: int, vendor_id: int, max_open: int, now: datetime
) -> None:
    open_here = await session.scalar(
        select(func.count())
        .select_from(Negotiation)
        .where(
            Negotiation.customer_id == customer_id,
            Negotiation.vendor_id == vendor_id,
            Negotiation.status.in_((S.OPEN, S.COUNTERED)),
            Negotiation.expires_at > now,
        )
    )
    if (open_here or 0) >= max_open:
        raise TooManyOpen(
            f"You already have {max_open} deals open at this stall: finish or leave one "
            "before starting another."
        )
