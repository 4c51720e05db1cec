"""Ending a negotiation: accept into an order with stock reserved, reject, or cancel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import (
    Bid,
    Checkout,
    Negotiation,
    Order,
    OrderStatus,
    Product,
    ReservationStatus,
    Side,
    StockReservation,
    User,
    utcnow,
)
from server.domain import accounts, audit
from server.domain.context import Actor
from server.domain.errors import (
    BelowFloorNeedsConfirmation,
    CustomerGone,
    IllegalTransition,
    InvalidOffer,
    NotYourTurn,
    OutOfStock,
    StallClosed,
)
from server.domain.negotiation.moves import _compare_and_set, _load, _move
from server.domain.negotiation.orders import _release_order
from server.domain.negotiation.rules import (
    CUSTOMER_GONE,
    MAX_TOTAL_PAISE,
    MIN_TOTAL_PAISE,
    S,
    _check_not_idle,
    _check_on_sale,
    check_deal_size,
    check_total_payable,
    check_transition,
    rupees,
    side_of,
)


@dataclass(frozen=True)
class AcceptOutcome:
    negotiation: Negotiation
    order: Order
    below_floor: bool


async def accept_offer(
    session: AsyncSession,
    actor: Actor,
    negotiation_id: int,
    *,
    reservation_seconds: int,
    confirm_below_floor: bool = False,
    expected_seq: int | None = None,
    now: datetime | None = None,
    min_total_paise: int = MIN_TOTAL_PAISE,
    max_total_paise: int = MAX_TOTAL_PAISE,
) -> AcceptOutcome:
    """Accept the other side's latest offer: order created, stock reserved, atomically.

    Only the latest offer can be accepted, and with `expected_seq` only if it is the bid
    the accepter saw: an offer superseded meanwhile (the other side said a new price)
    is a conflict, never a deal at a price nobody is offering any more. Without
    `expected_seq`, a latest offer that superseded another of the same side cannot be
    accepted either: nothing says which of them the accepter saw."""
    now = now or utcnow()
    negotiation = await _load(session, negotiation_id)
    side = side_of(negotiation, actor)
    check_transition(negotiation.status, S.ACCEPTED)
    _check_not_idle(negotiation, now)
    if negotiation.last_bid_side is None or negotiation.last_bid_amount_paise is None:
        raise NotYourTurn("There is no offer to accept yet; make one first.")
    if negotiation.last_bid_side is side:
        raise NotYourTurn(
            "The latest offer is your own: the other side may accept or counter it, "
            "or you may make a new one."
        )
    if expected_seq is not None and expected_seq != negotiation.bid_count:
        raise IllegalTransition(
            "The offer changed since you looked at it; review the latest offer first.",
            latest_seq=negotiation.bid_count,
        )
    if expected_seq is None and await _superseded_one(session, negotiation):
        # The other side changed their price without an answer in between: which one
        # did the accepter see? Only `expected_seq` can say.
        raise IllegalTransition(
            "The other side changed their offer; accept naming the offer you saw (expected_seq).",
            latest_seq=negotiation.bid_count,
        )
    if not await accounts.is_trading(session, negotiation.vendor_id):
        raise StallClosed("This vendor is not trading now; the deal cannot be closed.")
    if not await accounts.is_active(session, negotiation.customer_id):
        raise CustomerGone(CUSTOMER_GONE)
    product = await session.get(Product, negotiation.product_id, populate_existing=True)
    assert product is not None
    _check_on_sale(product)
    # The list price is a ceiling at the moment of the deal: an offer made before the
    # vendor lowered it is accepted at the new list price, never above it.
    price = min(negotiation.last_bid_amount_paise, product.list_price_paise)
    below_floor = price < product.floor_price_paise
    if side is Side.VENDOR and below_floor and not confirm_below_floor:
        raise BelowFloorNeedsConfirmation(
            f"Accepting {rupees(price)} sells below your floor price of "
            f"{rupees(product.floor_price_paise)}; confirm to accept anyway.",
            floor_price_paise=product.floor_price_paise,
        )
    old = negotiation.status
    await _compare_and_set(session, negotiation, status=S.ACCEPTED, closed_at=now)
    quantity = negotiation.quantity
    check_deal_size(price, quantity, InvalidOffer)
    check_total_payable(price, quantity, min_total_paise, max_total_paise)
    reserved = await session.execute(
        update(Product)
        .where(Product.id == product.id, Product.is_active, Product.stock >= quantity)
        .values(stock=Product.stock - quantity, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if reserved.rowcount != 1:  # type: ignore[attr-defined]
        await session.refresh(product)
        _check_on_sale(product)  # withdrawn since we read it
        name = product.name_in("en")
        left = f"only {product.stock} {product.unit} of {name}" if product.stock else f"no {name}"
        raise OutOfStock(
            f"Sorry, {left} left, not enough for {quantity} {product.unit}; "
            "the deal could not be closed.",
            stock=product.stock,
            unit=product.unit,
        )
    order = Order(
        negotiation_id=negotiation.id,
        customer_id=negotiation.customer_id,
        vendor_id=negotiation.vendor_id,
        product_id=product.id,
        quantity=quantity,
        unit_price_paise=price,
        total_paise=price * quantity,
        currency="INR",
        status=OrderStatus.PENDING_PAYMENT,
    )
    session.add(order)
    await session.flush()
    session.add(
        StockReservation(
            product_id=product.id,
            order_id=order.id,
            quantity=quantity,
            status=ReservationStatus.HELD,
            expires_at=now + timedelta(seconds=reservation_seconds),
        )
    )
    audit.record(
        session,
        actor,
        action="negotiation.accepted",
        entity_type="negotiation",
        entity_id=negotiation.id,
        old_state=old.value,
        new_state=S.ACCEPTED.value,
        detail={
            "order_id": order.id,
            "unit_price_paise": price,
            "quantity": quantity,
            "below_floor": below_floor,
        },
    )
    audit.record(
        session,
        actor,
        action="order.created",
        entity_type="order",
        entity_id=order.id,
        new_state=OrderStatus.PENDING_PAYMENT.value,
        detail={"total_paise": order.total_paise, "reserved": quantity},
    )
    return AcceptOutcome(negotiation=negotiation, order=order, below_floor=below_floor)


async def _superseded_one(session: AsyncSession, negotiation: Negotiation) -> bool:
    """Whether the latest offer replaced an earlier one of the same side (no answer in
    between). Otherwise it answered the accepter's own move, or was the first."""
    if negotiation.bid_count < 2:
        return False
    before = await session.scalar(
        select(Bid.side).where(
            Bid.negotiation_id == negotiation.id, Bid.seq == negotiation.bid_count - 1
        )
    )
    return before is negotiation.last_bid_side


async def reject_negotiation(
    session: AsyncSession,
    actor: Actor,
    negotiation_id: int,
    *,
    reason: str | None = None,
    now: datetime | None = None,
) -> Negotiation:
    """Either side turns the deal down; the negotiation ends. One gone quiet past its idle
    time has expired already (the sweeper only records it): it is refused as expired."""
    negotiation = await _load(session, negotiation_id)
    side = side_of(negotiation, actor)
    _check_not_idle(negotiation, now or utcnow())
    detail: dict[str, object] | None = {"reason": reason} if reason else None
    given = await _reason_given(session, actor, side, reason)
    await _move(session, actor, negotiation, S.REJECTED, detail, closed_at=utcnow(), **given)
    return negotiation


async def _reason_given(
    session: AsyncSession, actor: Actor, side: Side, reason: str | None
) -> dict[str, object]:
    """A reject's or cancel's reason as the negotiation keeps it for the other side: the
    words, the language of the side that typed them (its account's), and that side."""
    if not reason:
        return {}
    language = await session.scalar(select(User.language).where(User.id == actor.user_id))
    return {"end_reason": reason, "end_reason_language": language, "ended_by": side}


async def cancel_negotiation(
    session: AsyncSession,
    actor: Actor,
    negotiation_id: int,
    *,
    reason: str | None = None,
    now: datetime | None = None,
) -> Negotiation:
    """Withdraw. After acceptance (before payment starts) this also frees the stock. A
    deal locked for payment can be cancelled only when it cannot be paid: no checkout of
    its order exists (Razorpay refused every one it was asked for, `refuse_checkout`), or
    its vendor stopped trading (a payment would be refunded as a surplus, `stall_closed`),
    so the shopper is not left holding a deal nobody can pay until the reservation lapses.
    An idle one has expired already, as for `reject_negotiation`."""
    negotiation = await _load(session, negotiation_id)
    side = side_of(negotiation, actor)
    old = negotiation.status
    unpayable = old is S.LOCKED and (
        not await _has_checkout(session, negotiation)
        or not await accounts.is_trading(session, negotiation.vendor_id)
    )
    if not unpayable:
        check_transition(old, S.CANCELLED)
    _check_not_idle(negotiation, now or utcnow())
    given = await _reason_given(session, actor, side, reason)
    await _compare_and_set(session, negotiation, status=S.CANCELLED, closed_at=utcnow(), **given)
    if old in (S.ACCEPTED, S.LOCKED):
        order = await session.scalar(select(Order).where(Order.negotiation_id == negotiation.id))
        if order is not None:
            await _release_order(session, actor, order, OrderStatus.CANCELLED)
    audit.record(
        session,
        actor,
        action="negotiation.cancelled",
        entity_type="negotiation",
        entity_id=negotiation.id,
        old_state=old.value,
        new_state=S.CANCELLED.value,
        detail=({"reason": reason} if reason else {}) | ({"unpayable": True} if unpayable else {})
        or None,
    )
    return negotiation


async def _has_checkout(session: AsyncSession, negotiation: Negotiation) -> bool:
    """Whether the deal's order has a checkout (being made, made, or paid): one Razorpay
    may hold, so the deal stays locked until it is paid or its reservation lapses."""
    found = await session.scalar(
        select(Checkout.id)
        .join(Order, Order.id == Checkout.order_id)
        .where(Order.negotiation_id == negotiation.id)
        .limit(1)
    )
    return found is not None
