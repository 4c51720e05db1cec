"""Payments: checkouts opened at Razorpay, payments applied forward-only, refunds bounded.

The rules about money, with no network and no commits (the caller owns the transaction;
gateway calls happen between the caller's transactions, see `server.payments.service`).

Invariants, each held by the database rather than by hope:

- A payment is credited to at most one order and an order is paid by at most one
  payment: `payments.credited_order_id` is unique and set by a compare-and-set together
  with `complete_payment`'s own guarded `pending_payment → paid` update.
- Refunds never exceed what was captured: every refund first reserves its amount with
  `UPDATE payments SET amount_refunded_paise = amount_refunded_paise + :a
   WHERE amount_refunded_paise + :a <= amount_paise` (plus a CHECK constraint), so two
  racing partial refunds cannot both fit when together they don't.
- Every status moves forward only, through the tables below, by compare-and-set; a
  stale or repeated event is a no-op, not an error.
- A captured payment that cannot pay its order (the reservation lapsed first, another
  payment already paid it, the amount is wrong) is *surplus* and gets an automatic full
  refund, keyed by the payment id so it can be asked for only once.
- Every change writes an audit row.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from models import (
    Checkout,
    CheckoutKind,
    CheckoutStatus,
    IdempotencyKey,
    IdempotencyState,
    Negotiation,
    NegotiationStatus,
    Order,
    OrderStatus,
    Payment,
    PaymentAllocation,
    PaymentStatus,
    Refund,
    RefundKind,
    RefundStatus,
    ReservationStatus,
    StockReservation,
    WebhookEvent,
    WebhookStatus,
    utcnow,
)
from server.domain import audit, transitions
from server.domain import negotiation as negotiations
from server.domain.context import Actor
from server.domain.errors import (
    ConcurrentUpdate,
    Conflict,
    Forbidden,
    IllegalTransition,
    InvalidInput,
    NotFound,
)

C = CheckoutStatus
P = PaymentStatus
R = RefundStatus

MIN_REFUND_PAISE = 100
"""Razorpay refunds at least ₹1."""

CHECKOUT_TRANSITIONS: dict[CheckoutStatus, frozenset[CheckoutStatus]] = {
    C.CREATING: frozenset({C.CREATED, C.ATTEMPTED, C.PAID, C.EXPIRED, C.CANCELLED}),
    C.CREATED: frozenset({C.ATTEMPTED, C.PAID, C.EXPIRED, C.CANCELLED}),
    C.ATTEMPTED: frozenset({C.PAID, C.EXPIRED, C.CANCELLED}),
    C.PAID: frozenset(),
    C.EXPIRED: frozenset(),
    C.CANCELLED: frozenset(),
}
"""A checkout mirrors its Razorpay order / link: created → attempted → paid (or ended)."""

PAYMENT_TRANSITIONS: dict[PaymentStatus, frozenset[PaymentStatus]] = {
    P.CREATED: frozenset({P.AUTHORIZED, P.CAPTURED, P.FAILED}),
    P.AUTHORIZED: frozenset({P.CAPTURED}),
    # A bank may confirm late a payment first reported failed ("late authorisation"):
    # the money is real, so failed may still move on. Nothing ever moves back to failed.
    P.FAILED: frozenset({P.AUTHORIZED, P.CAPTURED}),
    P.CAPTURED: frozenset({P.REFUNDED}),
    P.REFUNDED: frozenset(),
}
"""Razorpay's payment states; `refunded` is ours: every captured paisa refunded."""

REFUND_TRANSITIONS: dict[RefundStatus, frozenset[RefundStatus]] = {
    R.REQUESTED: frozenset({R.PENDING, R.PROCESSED, R.FAILED}),
    R.PENDING: frozenset({R.PROCESSED, R.FAILED}),
    R.PROCESSED: frozenset(),
    R.FAILED: frozenset(),
}


# -- errors ---------------------------------------------------------------------------


class OrderNotPayable(Conflict):
    code = "order_not_payable"


class AlreadyPaid(Conflict):
    code = "already_paid"


class RefundNotAllowed(Conflict):
    code = "refund_not_allowed"


class RefundExceedsCaptured(Conflict):
    code = "refund_exceeds_captured"


class IdempotencyKeyReused(InvalidInput):
    code = "idempotency_key_reused"


# -- snapshots: what Razorpay says, already parsed ------------------------------------


@dataclass(frozen=True)
class PaymentSnapshot:
    """A Razorpay payment as the gateway, a webhook or a verified checkout reports it."""

    razorpay_payment_id: str
    razorpay_order_id: str | None
    amount_paise: int
    currency: str
    status: PaymentStatus
    method: str | None = None
    error_code: str | None = None
    error_description: str | None = None


@dataclass(frozen=True)
class RefundSnapshot:
    razorpay_refund_id: str
    razorpay_payment_id: str
    amount_paise: int
    status: RefundStatus
    refund_id: int | None = None
    """Our refund id, when Razorpay echoes it back in the refund's notes."""


@dataclass
class PaymentOutcome:
    payment: Payment | None
    changed: bool = False
    credited: bool = False
    refunds_to_send: list[int] = field(default_factory=list)
    ignored: str | None = None


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
class IdempotencyClaim:
    row: IdempotencyKey
    fresh: bool


@dataclass(frozen=True)
class PaymentView:
    order: Order
    checkouts: list[Checkout]
    payments: list[Payment]
    refunds: list[Refund]

    @property
    def paid_paise(self) -> int:
        return sum(
            p.amount_paise for p in self.payments if p.allocation is PaymentAllocation.CREDITED
        )

    def _credited_ids(self) -> set[int]:
        return {p.id for p in self.payments if p.allocation is PaymentAllocation.CREDITED}

    @property
    def refunded_paise(self) -> int:
        """Processed refunds of the money that paid the order (not of surplus payments)."""
        credited = self._credited_ids()
        return sum(
            r.amount_paise
            for r in self.refunds
            if r.status is R.PROCESSED and r.payment_id in credited
        )

    @property
    def refunds_pending_paise(self) -> int:
        """Refunds of the money that paid the order, asked for but not yet processed."""
        credited = self._credited_ids()
        return sum(
            r.amount_paise
            for r in self.refunds
            if r.status in (R.REQUESTED, R.PENDING) and r.payment_id in credited
        )

    @property
    def surplus_refunded_paise(self) -> int:
        """Processed refunds of payments that could not pay the order (a second payment,
        a late one): money returned that never paid for the goods."""
        credited = self._credited_ids()
        return sum(
            r.amount_paise
            for r in self.refunds
            if r.status is R.PROCESSED and r.payment_id not in credited
        )


# -- helpers --------------------------------------------------------------------------


def rupees(paise: int) -> str:
    return negotiations.rupees(paise)


async def _insert_ignore(
    session: AsyncSession, model: type[Any], values: Mapping[str, Any], conflict: Sequence[str]
) -> int | None:
    """INSERT … ON CONFLICT DO NOTHING RETURNING id, on PostgreSQL and SQLite alike.

    Racing inserters of the same key never raise: the loser gets None (on PostgreSQL
    after the winner commits) and reads the winner's row.
    """
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    now = utcnow()
    stmt = (
        insert(model)
        .values(created_at=now, updated_at=now, **values)
        .on_conflict_do_nothing(index_elements=list(conflict))
        .returning(model.id)
    )
    inserted: int | None = (await session.execute(stmt)).scalar_one_or_none()
    return inserted


def _rowcount(result: Any) -> int:
    count: int = result.rowcount
    return count


async def _hold_of(session: AsyncSession, order_id: int) -> StockReservation | None:
    return await session.scalar(
        select(StockReservation)
        .where(StockReservation.order_id == order_id)
        .execution_options(populate_existing=True)
    )


async def _load_order(session: AsyncSession, order_id: int) -> Order:
    order = await session.get(Order, order_id, populate_existing=True)
    if order is None:
        raise NotFound(f"Order {order_id} does not exist.")
    return order


def _party(order: Order, actor: Actor) -> bool:
    return actor.user_id is not None and actor.user_id in (order.customer_id, order.vendor_id)


# -- checkouts ------------------------------------------------------------------------


async def _check_payable(session: AsyncSession, order: Order, now: datetime) -> StockReservation:
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
    hold = await _hold_of(session, order.id)
    if hold is None or hold.status is not ReservationStatus.HELD or hold.expires_at <= now:
        raise OrderNotPayable(
            f"Order {order.id} can no longer be paid: the reservation expired; "
            "agree the deal again to buy.",
            state="expired",
        )
    return hold


async def open_checkout(
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
    order = await _load_order(session, order_id)
    if kind is CheckoutKind.ORDER and actor.user_id != order.customer_id:
        raise Forbidden("Only the buyer can pay for this order.")
    if kind is CheckoutKind.LINK and not _party(order, actor):
        raise Forbidden("Only the buyer and the seller can ask for this order's payment link.")
    hold = await _check_payable(session, order, now)
    try:
        await negotiations.lock_for_payment(session, actor, order)
    except IllegalTransition:
        # A concurrent request for the same order locked it a moment before us.
        deal = await session.get(Negotiation, order.negotiation_id, populate_existing=True)
        if deal is None or deal.status is not NegotiationStatus.LOCKED:
            raise
    lease = now + timedelta(seconds=lease_seconds)
    inserted = await _insert_ignore(
        session,
        Checkout,
        {
            "order_id": order.id,
            "kind": kind,
            "status": C.CREATING,
            "receipt": str(order.id) if kind is CheckoutKind.ORDER else f"{order.id}-link",
            "amount_paise": order.total_paise,
            "currency": order.currency,
            "lease_until": lease,
            "version": 0,
        },
        ("order_id", "kind"),
    )
    checkout = await session.scalar(
        select(Checkout)
        .where(Checkout.order_id == order.id, Checkout.kind == kind)
        .execution_options(populate_existing=True)
    )
    assert checkout is not None
    if inserted is not None:
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
    return CheckoutStart(checkout, order, _rowcount(taken) == 1, True, hold.expires_at)


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
    """Razorpay answered: keep its ids. The first answer recorded wins."""
    checkout = await session.get(Checkout, checkout_id, populate_existing=True)
    if checkout is None:
        raise NotFound(f"Checkout {checkout_id} does not exist.")
    if checkout.status is not C.CREATING:
        return checkout
    if status not in CHECKOUT_TRANSITIONS[C.CREATING]:
        status = C.CREATED
    done = await session.execute(
        update(Checkout)
        .where(Checkout.id == checkout.id, Checkout.status == C.CREATING)
        .values(
            status=status,
            razorpay_order_id=razorpay_order_id,
            razorpay_payment_link_id=razorpay_payment_link_id,
            short_url=short_url,
            lease_until=None,
            version=Checkout.version + 1,
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    await session.refresh(checkout)
    if _rowcount(done) == 1:
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


async def get_checkout(session: AsyncSession, checkout_id: int) -> Checkout:
    checkout = await session.get(Checkout, checkout_id, populate_existing=True)
    if checkout is None:
        raise NotFound(f"Checkout {checkout_id} does not exist.")
    return checkout


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
) -> None:
    """A link's Razorpay order id, learnt late (from a `payment_link.paid` event)."""
    if checkout.razorpay_order_id is None:
        await session.execute(
            update(Checkout)
            .where(Checkout.id == checkout.id, Checkout.razorpay_order_id.is_(None))
            .values(razorpay_order_id=razorpay_order_id, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        await session.refresh(checkout)


# -- payments -------------------------------------------------------------------------


async def apply_payment(
    session: AsyncSession,
    actor: Actor,
    snapshot: PaymentSnapshot,
    *,
    checkout: Checkout | None = None,
    now: datetime | None = None,
) -> PaymentOutcome:
    """Apply what Razorpay says about a payment, forward-only, and credit it if captured.

    Idempotent: the same snapshot twice changes nothing the second time, and one that
    is behind what we know (captured, then "authorized") is ignored.
    """
    now = now or utcnow()
    if checkout is None:
        checkout = await find_checkout(session, razorpay_order_id=snapshot.razorpay_order_id)
    if checkout is None:
        return PaymentOutcome(None, ignored=f"unknown Razorpay order {snapshot.razorpay_order_id}")
    status = snapshot.status
    captured_at = now if status is P.CAPTURED else None
    inserted = await _insert_ignore(
        session,
        Payment,
        {
            "order_id": checkout.order_id,
            "checkout_id": checkout.id,
            "razorpay_payment_id": snapshot.razorpay_payment_id,
            "amount_paise": snapshot.amount_paise,
            "currency": snapshot.currency,
            "status": status,
            "allocation": PaymentAllocation.PENDING,
            "amount_refunded_paise": 0,
            "method": snapshot.method,
            "error_code": snapshot.error_code,
            "error_description": (snapshot.error_description or "")[:255] or None,
            "captured_at": captured_at,
            "version": 0,
        },
        ("razorpay_payment_id",),
    )
    payment = await session.scalar(
        select(Payment)
        .where(Payment.razorpay_payment_id == snapshot.razorpay_payment_id)
        .execution_options(populate_existing=True)
    )
    assert payment is not None
    outcome = PaymentOutcome(payment)
    if payment.checkout_id != checkout.id:
        return PaymentOutcome(payment, ignored="payment belongs to another checkout")
    if inserted is not None:
        outcome.changed = True
        audit.record(
            session,
            actor,
            action=f"payment.{status.value}",
            entity_type="payment",
            entity_id=payment.id,
            new_state=status.value,
            detail={
                "order_id": payment.order_id,
                "razorpay_payment_id": payment.razorpay_payment_id,
                "amount_paise": payment.amount_paise,
            },
        )
    else:
        outcome.changed = await _move_payment(session, actor, payment, snapshot, now)
    await move_checkout(
        session, actor, checkout, C.PAID if payment.status is P.CAPTURED else C.ATTEMPTED
    )
    if (
        payment.status in (P.CAPTURED, P.REFUNDED)
        and payment.allocation is PaymentAllocation.PENDING
    ):
        await _allocate(session, actor, payment, outcome, now)
    return outcome


async def _move_payment(
    session: AsyncSession, actor: Actor, payment: Payment, snapshot: PaymentSnapshot, now: datetime
) -> bool:
    target = snapshot.status
    values: dict[str, Any] = {}
    if target is P.CAPTURED:
        values["captured_at"] = now
    if target is P.FAILED:
        values["error_code"] = snapshot.error_code
        values["error_description"] = (snapshot.error_description or "")[:255] or None
    if snapshot.method:
        values["method"] = snapshot.method
    moved = await transitions.transition(
        session,
        actor,
        payment,
        target,
        moves=PAYMENT_TRANSITIONS,
        entity_type="payment",
        values=values,
        detail=lambda p: {"order_id": p.order_id},
    )
    return moved is not None


async def _allocate(
    session: AsyncSession, actor: Actor, payment: Payment, outcome: PaymentOutcome, now: datetime
) -> None:
    """Captured money pays its order, or (when it cannot) goes back automatically."""
    order = await _load_order(session, payment.order_id)
    reason: str | None = None
    if payment.amount_paise != order.total_paise or payment.currency != order.currency:
        reason = "amount_mismatch"
    elif order.status is OrderStatus.PENDING_PAYMENT:
        await negotiations.complete_payment(session, actor, order, now=now)
        credited = await session.execute(
            update(Payment)
            .where(Payment.id == payment.id, Payment.allocation == PaymentAllocation.PENDING)
            .values(
                allocation=PaymentAllocation.CREDITED,
                credited_order_id=order.id,
                version=Payment.version + 1,
                updated_at=utcnow(),
            )
            .execution_options(synchronize_session=False)
        )
        if _rowcount(credited) != 1:
            raise ConcurrentUpdate(f"Payment {payment.razorpay_payment_id} was allocated twice.")
        set_committed_value(payment, "allocation", PaymentAllocation.CREDITED)
        set_committed_value(payment, "credited_order_id", order.id)
        audit.record(
            session,
            actor,
            action="payment.credited",
            entity_type="payment",
            entity_id=payment.id,
            old_state=PaymentAllocation.PENDING.value,
            new_state=PaymentAllocation.CREDITED.value,
            detail={"order_id": order.id, "amount_paise": payment.amount_paise},
        )
        outcome.credited = True
        return
    elif order.status is OrderStatus.PAID:
        reason = "duplicate"
    else:
        reason = "late"  # the reservation lapsed (or the deal was cancelled) first
    surplus = await session.execute(
        update(Payment)
        .where(Payment.id == payment.id, Payment.allocation == PaymentAllocation.PENDING)
        .values(
            allocation=PaymentAllocation.SURPLUS, version=Payment.version + 1, updated_at=utcnow()
        )
        .execution_options(synchronize_session=False)
    )
    if _rowcount(surplus) != 1:
        raise ConcurrentUpdate(f"Payment {payment.razorpay_payment_id} was allocated twice.")
    await session.refresh(payment)
    audit.record(
        session,
        actor,
        action="payment.surplus",
        entity_type="payment",
        entity_id=payment.id,
        old_state=PaymentAllocation.PENDING.value,
        new_state=PaymentAllocation.SURPLUS.value,
        detail={"order_id": order.id, "reason": reason, "order_status": order.status.value},
    )
    refundable = payment.amount_paise - payment.amount_refunded_paise
    if payment.status is P.CAPTURED and refundable > 0:
        refund = await _reserve_refund(
            session,
            actor,
            payment,
            amount_paise=refundable,
            kind=RefundKind.AUTOMATIC,
            reason=_SURPLUS_REASONS[reason],
            idempotency_key=f"auto-{payment.razorpay_payment_id}",
        )
        outcome.refunds_to_send.append(refund.id)


_SURPLUS_REASONS = {
    "late": "Paid after the reservation was released; refunded automatically.",
    "duplicate": "The order was already paid by another payment; refunded automatically.",
    "amount_mismatch": "The amount paid does not match the order; refunded automatically.",
}


# -- refunds --------------------------------------------------------------------------


async def _reserve_refund(
    session: AsyncSession,
    actor: Actor,
    payment: Payment,
    *,
    amount_paise: int,
    kind: RefundKind,
    reason: str | None,
    idempotency_key: str,
    status: RefundStatus = R.REQUESTED,
    razorpay_refund_id: str | None = None,
) -> Refund:
    reserved = await session.execute(
        update(Payment)
        .where(
            Payment.id == payment.id,
            Payment.status == P.CAPTURED,
            Payment.amount_refunded_paise + amount_paise <= Payment.amount_paise,
        )
        .values(
            amount_refunded_paise=Payment.amount_refunded_paise + amount_paise,
            version=Payment.version + 1,
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
    await session.refresh(payment)
    if _rowcount(reserved) != 1:
        left = payment.amount_paise - payment.amount_refunded_paise
        raise RefundExceedsCaptured(
            f"Only {rupees(max(left, 0))} of the {rupees(payment.amount_paise)} paid is left "
            f"to refund; {rupees(amount_paise)} is too much.",
            refundable_paise=max(left, 0),
        )
    refund = Refund(
        payment_id=payment.id,
        order_id=payment.order_id,
        requested_by=actor.user_id,
        kind=kind,
        status=status,
        amount_paise=amount_paise,
        reason=(reason or "")[:255] or None,
        idempotency_key=idempotency_key,
        razorpay_refund_id=razorpay_refund_id,
        version=0,
    )
    session.add(refund)
    await session.flush()
    audit.record(
        session,
        actor,
        action="refund.requested" if status is R.REQUESTED else f"refund.{status.value}",
        entity_type="refund",
        entity_id=refund.id,
        new_state=status.value,
        detail={
            "order_id": payment.order_id,
            "payment_id": payment.id,
            "amount_paise": amount_paise,
            "kind": kind.value,
            "refunded_paise": payment.amount_refunded_paise,
        },
    )
    return refund


async def request_refund(
    session: AsyncSession,
    actor: Actor,
    order_id: int,
    *,
    amount_paise: int | None,
    reason: str | None,
) -> Refund:
    """The seller refunds a paid order, in full (no amount) or in part.

    The amount is reserved on the payment at once, so concurrent refunds can never
    together exceed what was captured; Razorpay is asked afterwards, outside this
    transaction.
    """
    order = await _load_order(session, order_id)
    if actor.user_id is None or actor.user_id != order.vendor_id:
        raise Forbidden("Only the seller of this order can refund it.")
    if order.status is not OrderStatus.PAID:
        raise RefundNotAllowed(
            f"Order {order.id} is {order.status.value}; only a paid order can be refunded.",
            state=order.status.value,
        )
    payment = await session.scalar(
        select(Payment)
        .where(Payment.credited_order_id == order.id)
        .execution_options(populate_existing=True)
    )
    if payment is None:
        raise RefundNotAllowed(f"Order {order.id} has no captured payment to refund.")
    left = payment.amount_paise - payment.amount_refunded_paise
    amount = left if amount_paise is None else amount_paise
    if left <= 0 or payment.status is not P.CAPTURED:
        raise RefundExceedsCaptured(
            f"Order {order.id} has been refunded in full already.", refundable_paise=0
        )
    if amount < MIN_REFUND_PAISE:
        raise InvalidInput(f"A refund must be at least {rupees(MIN_REFUND_PAISE)}.")
    return await _reserve_refund(
        session,
        actor,
        payment,
        amount_paise=amount,
        kind=RefundKind.VENDOR,
        reason=reason,
        idempotency_key=uuid.uuid4().hex,
    )


async def get_refund(session: AsyncSession, refund_id: int) -> Refund:
    refund = await session.get(Refund, refund_id, populate_existing=True)
    if refund is None:
        raise NotFound(f"Refund {refund_id} does not exist.")
    return refund


async def refund_target(session: AsyncSession, refund: Refund) -> Payment:
    payment = await session.get(Payment, refund.payment_id, populate_existing=True)
    assert payment is not None
    return payment


async def apply_refund(
    session: AsyncSession, actor: Actor, snapshot: RefundSnapshot, *, now: datetime | None = None
) -> Refund | None:
    """Apply what Razorpay says about a refund, forward-only. None if it is not ours."""
    now = now or utcnow()
    refund = await session.scalar(
        select(Refund)
        .where(Refund.razorpay_refund_id == snapshot.razorpay_refund_id)
        .execution_options(populate_existing=True)
    )
    if refund is None and snapshot.refund_id is not None:
        refund = await session.get(Refund, snapshot.refund_id, populate_existing=True)
        if refund is not None and refund.razorpay_refund_id not in (
            None,
            snapshot.razorpay_refund_id,
        ):
            refund = None
    if refund is None:
        return await _external_refund(session, actor, snapshot)
    await _move_refund(session, actor, refund, snapshot.status, snapshot.razorpay_refund_id, now)
    return refund


async def _external_refund(
    session: AsyncSession, actor: Actor, snapshot: RefundSnapshot
) -> Refund | None:
    """A refund made outside this server (the dashboard): record it against its payment."""
    payment = await session.scalar(
        select(Payment)
        .where(Payment.razorpay_payment_id == snapshot.razorpay_payment_id)
        .execution_options(populate_existing=True)
    )
    if payment is None:
        return None
    key = f"ext-{snapshot.razorpay_refund_id}"
    existing = await session.scalar(select(Refund).where(Refund.idempotency_key == key))
    if existing is not None:
        return existing
    if snapshot.status is R.FAILED:
        return None
    return await _reserve_refund(
        session,
        actor,
        payment,
        amount_paise=snapshot.amount_paise,
        kind=RefundKind.EXTERNAL,
        reason="Refunded outside VyaparMitra (Razorpay dashboard).",
        idempotency_key=key,
        status=R.PENDING,
        razorpay_refund_id=snapshot.razorpay_refund_id,
    )


async def _move_refund(
    session: AsyncSession,
    actor: Actor,
    refund: Refund,
    target: RefundStatus,
    razorpay_refund_id: str | None,
    now: datetime,
    error: str | None = None,
) -> bool:
    def values(row: Refund) -> dict[str, Any]:
        written: dict[str, Any] = {}
        if razorpay_refund_id and row.razorpay_refund_id is None:
            written["razorpay_refund_id"] = razorpay_refund_id
        if target is R.PROCESSED:
            written["processed_at"] = now
        if error:
            written["error"] = error[:255]
        return written

    def detail(row: Refund) -> dict[str, Any]:
        said: dict[str, Any] = {"razorpay_refund_id": row.razorpay_refund_id}
        if error:
            said["error"] = error
        return said

    moved = await transitions.transition(
        session,
        actor,
        refund,
        target,
        moves=REFUND_TRANSITIONS,
        entity_type="refund",
        values=values,
        detail=detail,
    )
    if moved is None:
        if razorpay_refund_id and refund.razorpay_refund_id is None:
            await session.execute(
                update(Refund)
                .where(Refund.id == refund.id, Refund.razorpay_refund_id.is_(None))
                .values(razorpay_refund_id=razorpay_refund_id, updated_at=utcnow())
                .execution_options(synchronize_session=False)
            )
            await session.refresh(refund)
        return False
    if target is R.FAILED:
        await _release_refund(session, refund)
    elif target is R.PROCESSED:
        await _maybe_fully_refunded(session, actor, refund.payment_id)
    return True


async def _release_refund(session: AsyncSession, refund: Refund) -> None:
    """A failed refund gives its reserved amount back to the payment."""
    await session.execute(
        update(Payment)
        .where(
            Payment.id == refund.payment_id,
            Payment.amount_refunded_paise >= refund.amount_paise,
        )
        .values(
            amount_refunded_paise=Payment.amount_refunded_paise - refund.amount_paise,
            version=Payment.version + 1,
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )


async def _maybe_fully_refunded(session: AsyncSession, actor: Actor, payment_id: int) -> None:
    # Lock the payment first: two refunds settling at once would each miss the other's
    # (uncommitted) row in the sum below, and neither would mark the payment refunded.
    await session.execute(select(Payment.id).where(Payment.id == payment_id).with_for_update())
    processed = await session.scalar(
        select(func.coalesce(func.sum(Refund.amount_paise), 0)).where(
            Refund.payment_id == payment_id, Refund.status == R.PROCESSED
        )
    )
    payment = await session.get(Payment, payment_id, populate_existing=True)
    assert payment is not None
    if payment.status is P.CAPTURED and int(processed or 0) >= payment.amount_paise:
        await transitions.transition(
            session,
            actor,
            payment,
            P.REFUNDED,
            moves=PAYMENT_TRANSITIONS,
            entity_type="payment",
            detail=lambda p: {"order_id": p.order_id},
            guard="status",
        )


async def record_refund_answer(
    session: AsyncSession,
    actor: Actor,
    refund_id: int,
    snapshot: RefundSnapshot,
    *,
    now: datetime | None = None,
) -> Refund:
    """Razorpay accepted our refund request: keep its id and status."""
    refund = await get_refund(session, refund_id)
    await _move_refund(
        session, actor, refund, snapshot.status, snapshot.razorpay_refund_id, now or utcnow()
    )
    return refund


async def fail_refund(session: AsyncSession, actor: Actor, refund_id: int, *, error: str) -> Refund:
    """Razorpay refused the refund: it failed, and its amount is free again."""
    refund = await get_refund(session, refund_id)
    await _move_refund(session, actor, refund, R.FAILED, None, utcnow(), error=error)
    return refund


# -- idempotency keys -----------------------------------------------------------------


async def claim_idempotency_key(
    session: AsyncSession, actor: Actor, *, scope: str, key: str, request_hash: str
) -> IdempotencyClaim:
    """The first request with a key owns it; a later one replays it (same request) or is
    refused (a different request under the same key)."""
    if actor.user_id is None:
        raise Forbidden("Log in to use idempotency keys.")
    inserted = await _insert_ignore(
        session,
        IdempotencyKey,
        {
            "user_id": actor.user_id,
            "scope": scope,
            "key": key,
            "request_hash": request_hash,
            "state": IdempotencyState.IN_PROGRESS,
        },
        ("user_id", "scope", "key"),
    )
    row = await session.scalar(
        select(IdempotencyKey)
        .where(
            IdempotencyKey.user_id == actor.user_id,
            IdempotencyKey.scope == scope,
            IdempotencyKey.key == key,
        )
        .execution_options(populate_existing=True)
    )
    assert row is not None
    if inserted is None and row.request_hash != request_hash:
        raise IdempotencyKeyReused(
            "This Idempotency-Key was already used for a different request; "
            "use a new key for a new refund."
        )
    return IdempotencyClaim(row, fresh=inserted is not None)


async def complete_idempotency_key(
    session: AsyncSession, claim: IdempotencyClaim, *, resource_type: str, resource_id: int
) -> None:
    await session.execute(
        update(IdempotencyKey)
        .where(IdempotencyKey.id == claim.row.id)
        .values(
            state=IdempotencyState.COMPLETED,
            resource_type=resource_type,
            resource_id=resource_id,
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )


# -- webhook events -------------------------------------------------------------------


async def store_webhook_event(
    session: AsyncSession,
    *,
    event_id: str,
    event: str,
    business_key: str | None,
    raw_body: str,
    signature: str,
) -> tuple[WebhookEvent, bool]:
    """Keep the raw event. Returns (row, fresh); a repeated delivery is counted, not kept."""
    inserted = await _insert_ignore(
        session,
        WebhookEvent,
        {
            "event_id": event_id,
            "event": event[:48],
            "business_key": business_key,
            "raw_body": raw_body,
            "signature": signature[:128],
            "status": WebhookStatus.RECEIVED,
            "deliveries": 1,
        },
        ("event_id",),
    )
    if inserted is None:
        await session.execute(
            update(WebhookEvent)
            .where(WebhookEvent.event_id == event_id)
            .values(deliveries=WebhookEvent.deliveries + 1, updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
    row = await session.scalar(
        select(WebhookEvent)
        .where(WebhookEvent.event_id == event_id)
        .execution_options(populate_existing=True)
    )
    assert row is not None
    return row, inserted is not None


async def already_applied(session: AsyncSession, event: WebhookEvent) -> bool:
    """Another event doing the same thing (same business key) was applied already."""
    if event.business_key is None:
        return False
    other = await session.scalar(
        select(WebhookEvent.id)
        .where(
            WebhookEvent.business_key == event.business_key,
            WebhookEvent.status == WebhookStatus.PROCESSED,
            WebhookEvent.id != event.id,
        )
        .limit(1)
    )
    return other is not None


async def finish_webhook_event(
    session: AsyncSession,
    actor: Actor,
    event: WebhookEvent,
    status: WebhookStatus,
    *,
    error: str | None = None,
    expected: Sequence[WebhookStatus] = (WebhookStatus.RECEIVED,),
) -> bool:
    """Mark an event handled (compare-and-set: only one handler finishes it)."""
    old = event.status
    done = await session.execute(
        update(WebhookEvent)
        .where(WebhookEvent.id == event.id, WebhookEvent.status.in_(list(expected)))
        .values(status=status, error=error, processed_at=utcnow(), updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if _rowcount(done) != 1:
        return False
    set_committed_value(event, "status", status)
    audit.record(
        session,
        actor,
        action=f"webhook.{status.value}",
        entity_type="webhook_event",
        entity_id=event.id,
        old_state=old.value,
        new_state=status.value,
        detail={"event": event.event, "event_id": event.event_id, "error": error}
        if error
        else {"event": event.event, "event_id": event.event_id},
    )
    return True


# -- reads ----------------------------------------------------------------------------


async def payment_view(session: AsyncSession, actor: Actor, order_id: int) -> PaymentView:
    """An order's payment state, for its buyer and its seller."""
    order = await session.get(Order, order_id)
    if order is None:
        raise NotFound(f"Order {order_id} does not exist.")
    if not _party(order, actor):
        raise Forbidden("Only the buyer and the seller can see this order's payments.")
    return await order_payments(session, order)


async def order_payments(session: AsyncSession, order: Order) -> PaymentView:
    checkouts = list(
        await session.scalars(
            select(Checkout).where(Checkout.order_id == order.id).order_by(Checkout.id)
        )
    )
    payments = list(
        await session.scalars(
            select(Payment).where(Payment.order_id == order.id).order_by(Payment.id)
        )
    )
    refunds = list(
        await session.scalars(select(Refund).where(Refund.order_id == order.id).order_by(Refund.id))
    )
    return PaymentView(order, checkouts, payments, refunds)


async def checkout_for_customer(
    session: AsyncSession, actor: Actor, razorpay_order_id: str
) -> Checkout:
    """The checkout a buyer is verifying a payment for."""
    checkout = await find_checkout(session, razorpay_order_id=razorpay_order_id)
    if checkout is None:
        raise NotFound(f"No checkout of ours has Razorpay order {razorpay_order_id}.")
    order = await _load_order(session, checkout.order_id)
    if actor.user_id != order.customer_id:
        raise Forbidden("Only the buyer can confirm a payment for this order.")
    return checkout
