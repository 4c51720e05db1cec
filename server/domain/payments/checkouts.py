"""Checkouts: the order's Razorpay order (or payment link), opened once under a lease;
those Razorpay's answers name are found and moved on in `checkout_answers`.

A checkout mirrors its Razorpay order / link: `creating` (this server is asking Razorpay,
under a lease) → created → attempted → paid, or expired / cancelled.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import (
    Checkout,
    CheckoutKind,
    CheckoutStatus,
    Negotiation,
    NegotiationStatus,
    Order,
    OrderStatus,
    ReservationStatus,
    StockReservation,
    User,
    utcnow,
)
from server.domain import audit
from server.domain import negotiation as negotiations
from server.domain.context import Actor
from server.domain.errors import (
    Conflict,
    Forbidden,
    IllegalTransition,
    NotFound,
    StallClosed,
)
from server.domain.payments.rows import (
    is_party,
    rowcount,
    upsert_for,
)
from server.domain.payments.states import CHECKOUT_TRANSITIONS, C


class OrderNotPayable(Conflict):
    code = "order_not_payable"


class AlreadyPaid(Conflict):
    code = "already_paid"


def new_receipt(order_id: int, kind: CheckoutKind) -> str:
    """What Razorpay will know a new checkout by (an order's `receipt`, a link's
    `reference_id`): the order id, then a random part. Ids are handed out again after a
    restore from backup, and the id alone would name the Razorpay order of the order the
    restore lost, which the retry of an interrupted create adopts by receipt: paid,
    perhaps, with another shopper's money. At most 37 characters (Razorpay allows 40)."""
    stem = str(order_id) if kind is CheckoutKind.ORDER else f"{order_id}-link"
    return f"{stem}-{secrets.token_hex(6)}"


@dataclass(frozen=True)
class CheckoutStart:
    checkout: Checkout
    order: Order
    owned: bool
    """This caller holds the lease: it must ask Razorpay (and then record the answer)."""
    adopt: bool
    """An earlier attempt may have reached Razorpay: look for its order before creating."""
    hold_expires_at: datetime
    """When the order's stock reservation lapses (a payment link should not outlive it)."""


@dataclass(frozen=True)
class _Deal:
    order: Order
    negotiation: Negotiation
    hold: StockReservation | None
    vendor_trading: bool


async def _load_deal(session: AsyncSession, order_id: int) -> _Deal:
    """The order with its negotiation, its stock hold and whether its vendor trades, in
    one statement (one round trip, not four)."""
    row = (
        await session.execute(
            select(Order, Negotiation, StockReservation, User.is_active)
            .join(Negotiation, Negotiation.id == Order.negotiation_id)
            .outerjoin(StockReservation, StockReservation.order_id == Order.id)
            .outerjoin(User, User.id == Order.vendor_id)
            .where(Order.id == order_id)
            .execution_options(populate_existing=True)
        )
    ).one_or_none()
    if row is None:
        raise NotFound(f"Order {order_id} does not exist.")
    return _Deal(row[0], row[1], row[2], bool(row[3]))


def _check_payable(order: Order, hold: StockReservation | None, now: datetime) -> StockReservation:
    if order.status is OrderStatus.PAID:
        raise AlreadyPaid(f"Order {order.id} is already paid.", state=order.status.value)
    if order.status is OrderStatus.EXPIRED:
        raise OrderNotPayable(
            f"Order {order.id} can no longer be paid: the reservation expired and the stock "
            "went back on sale; agree the deal again to buy.",
            state=order.status.value,
        )
    if order.status is not OrderStatus.PENDING_PAYMENT:
        raise OrderNotPayable(
            f"Order {order.id} is {order.status.value}; it can no longer be paid.",
            state=order.status.value,
        )
    if hold is None or hold.status is not ReservationStatus.HELD or hold.expires_at <= now:
        raise OrderNotPayable(
            f"Order {order.id} can no longer be paid: the reservation expired; "
            "agree the deal again to buy.",
            state="expired",
        )
    return hold


async def claim_checkout(
    session: AsyncSession,
    actor: Actor,
    order_id: int,
    *,
    kind: CheckoutKind,
    lease_seconds: float,
    now: datetime | None = None,
) -> CheckoutStart:
    """Start paying an order: lock the deal, and find or reserve the order's checkout.

    The buyer opens an order checkout; either party may open a payment link (the vendor
    shows its QR code at the stall). The first caller inserts the checkout `creating`
    and holds a lease while it asks Razorpay; later callers get the recorded one, wait
    for the lease, or, once it lapsed (a crash, a timeout), take it over.
    """
    now = now or utcnow()
    deal = await _load_deal(session, order_id)
    order = deal.order
    if kind is CheckoutKind.ORDER and actor.user_id != order.customer_id:
        raise Forbidden("Only the buyer can pay for this order.")
    if kind is CheckoutKind.LINK and not is_party(order, actor):
        raise Forbidden("Only the buyer and the seller can ask for this order's payment link.")
    if not deal.vendor_trading and order.status is not OrderStatus.PAID:
        # Nobody could hand over the goods or refund the money. Asked before whether the
        # order can still be paid: stopping trading expired it, and "agree the deal
        # again" would send the shopper to a stall that is closed.
        raise StallClosed("This vendor is not trading now; the order cannot be paid.")
    hold = _check_payable(order, deal.hold, now)
    try:
        await negotiations.lock_for_payment(session, actor, order, deal.negotiation)
    except IllegalTransition:
        # A concurrent request for the same order locked it a moment before us.
        current = await session.get(Negotiation, order.negotiation_id, populate_existing=True)
        if current is None or current.status is not NegotiationStatus.LOCKED:
            raise
    lease = now + timedelta(seconds=lease_seconds)
    # One insert that returns the row; the order's checkout exists already (asked again,
    # or a racer's insert won the unique index): read it.
    stamp = utcnow()
    checkout = (
        await session.scalars(
            upsert_for(session)(Checkout)
            .values(
                order_id=order.id,
                kind=kind,
                status=C.CREATING,
                receipt=new_receipt(order.id, kind),
                amount_paise=order.total_paise,
                currency=order.currency,
                lease_until=lease,
                version=0,
                created_at=stamp,
                updated_at=stamp,
            )
            .on_conflict_do_nothing(index_elements=["order_id", "kind"])
            .returning(Checkout)
            .execution_options(populate_existing=True)
        )
    ).one_or_none()
    inserted = checkout is not None
    if checkout is None:
        checkout = await session.scalar(
            select(Checkout)
            .where(Checkout.order_id == order.id, Checkout.kind == kind)
            .execution_options(populate_existing=True)
        )
    assert checkout is not None
    if inserted:
        audit.record(
            session,
            actor,
            action="checkout.opened",
            entity_type="checkout",
            entity_id=checkout.id,
            new_state=C.CREATING.value,
            detail={"order_id": order.id, "kind": kind.value, "amount_paise": order.total_paise},
        )
        return CheckoutStart(checkout, order, True, False, hold.expires_at)
    if checkout.status is not C.CREATING or (
        checkout.lease_until is not None and checkout.lease_until > now
    ):
        return CheckoutStart(checkout, order, False, False, hold.expires_at)
    taken = await session.execute(
        update(Checkout)
        .where(
            Checkout.id == checkout.id,
            Checkout.status == C.CREATING,
            Checkout.version == checkout.version,
        )
        .values(lease_until=lease, version=checkout.version + 1, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    await session.refresh(checkout)
    return CheckoutStart(checkout, order, rowcount(taken) == 1, True, hold.expires_at)


async def checkout_made(
    session: AsyncSession, actor: Actor, order_id: int, kind: CheckoutKind
) -> bool:
    """Whether the buyer asking has this order's checkout of `kind` made already (not
    being made): asking again is answered from it, without a call to Razorpay."""
    found = await session.scalar(
        select(Checkout.id)
        .join(Order, Order.id == Checkout.order_id)
        .where(
            Checkout.order_id == order_id,
            Checkout.kind == kind,
            Checkout.status != C.CREATING,
            Order.customer_id == actor.user_id,
        )
    )
    return found is not None


async def record_checkout(
    session: AsyncSession,
    actor: Actor,
    checkout_id: int,
    *,
    status: CheckoutStatus,
    razorpay_order_id: str | None,
    razorpay_payment_link_id: str | None = None,
    short_url: str | None = None,
) -> Checkout:
    """Razorpay answered: keep its ids. The first answer recorded wins.

    One guarded `UPDATE … WHERE status = 'creating' RETURNING *`; when another answer was
    recorded first, the checkout as it is."""
    if status not in CHECKOUT_TRANSITIONS[C.CREATING]:
        status = C.CREATED
    checkout = (
        await session.scalars(
            update(Checkout)
            .where(Checkout.id == checkout_id, Checkout.status == C.CREATING)
            .values(
                status=status,
                razorpay_order_id=razorpay_order_id,
                razorpay_payment_link_id=razorpay_payment_link_id,
                short_url=short_url,
                lease_until=None,
                version=Checkout.version + 1,
                updated_at=utcnow(),
            )
            .returning(Checkout)
            .execution_options(populate_existing=True, synchronize_session=False)
        )
    ).one_or_none()
    if checkout is None:
        return await get_checkout(session, checkout_id)
    audit.record(
        session,
        actor,
        action="checkout.created",
        entity_type="checkout",
        entity_id=checkout.id,
        old_state=C.CREATING.value,
        new_state=status.value,
        detail={
            "order_id": checkout.order_id,
            "razorpay_order_id": razorpay_order_id,
            "razorpay_payment_link_id": razorpay_payment_link_id,
        },
    )
    return checkout


async def release_checkout_lease(session: AsyncSession, checkout_id: int) -> None:
    """Razorpay could not be reached: let the next request try again at once."""
    await session.execute(
        update(Checkout)
        .where(Checkout.id == checkout_id, Checkout.status == C.CREATING)
        .values(lease_until=None, updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )


async def refuse_checkout(
    session: AsyncSession, actor: Actor, checkout_id: int, *, reason: str
) -> None:
    """Razorpay refused to make this checkout (its 4xx: nothing was made there). The row
    goes, with an audit row saying why: nothing waits on it, the next attempt starts
    afresh, and a locked deal none of whose checkouts could be made may be cancelled
    (`cancel_negotiation`) rather than stay stuck with its stock held."""
    gone = (
        await session.execute(
            delete(Checkout)
            .where(
                Checkout.id == checkout_id,
                Checkout.status == C.CREATING,
                Checkout.razorpay_order_id.is_(None),
                Checkout.razorpay_payment_link_id.is_(None),
            )
            .returning(Checkout.order_id, Checkout.kind, Checkout.amount_paise)
            .execution_options(synchronize_session=False)
        )
    ).one_or_none()
    if gone is None:
        return
    audit.record(
        session,
        actor,
        action="checkout.refused",
        entity_type="checkout",
        entity_id=checkout_id,
        old_state=C.CREATING.value,
        detail={
            "order_id": gone[0],
            "kind": gone[1].value,
            "amount_paise": gone[2],
            "reason": reason[:300],
        },
    )


async def get_checkout(session: AsyncSession, checkout_id: int) -> Checkout:
    checkout = await session.get(Checkout, checkout_id, populate_existing=True)
    if checkout is None:
        raise NotFound(f"Checkout {checkout_id} does not exist.")
    return checkout
