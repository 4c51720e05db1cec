"""Refunds asked for: reserved against what was captured before Razorpay is asked (the
seller's, the operator's and the automatic refund of a surplus payment); what Razorpay
answers moves them on in `refund_answers`.

Refunds never exceed what was captured: every refund first reserves its amount with
`UPDATE payments SET amount_refunded_paise = amount_refunded_paise + :a
 WHERE amount_refunded_paise + :a <= amount_paise` (plus a CHECK constraint), so two
racing partial refunds cannot both fit when together they don't.
"""

from __future__ import annotations

import hashlib
import json
import uuid

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import (
    Order,
    OrderStatus,
    Payment,
    Refund,
    RefundKind,
    RefundStatus,
    utcnow,
)
from server.domain import audit
from server.domain.context import Actor
from server.domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from server.domain.negotiation import rupees
from server.domain.payments.rows import load_order, rowcount
from server.domain.payments.states import P, R

MIN_REFUND_PAISE = 100
"""Razorpay refunds at least ₹1."""

SURPLUS_REASONS = {
    "late": "Paid after the reservation was released; refunded automatically.",
    "duplicate": "The order was already paid by another payment; refunded automatically.",
    "amount_mismatch": "The amount paid does not match the order; refunded automatically.",
    "stall_closed": "The vendor stopped trading before the payment came; refunded automatically.",
}
"""Why a surplus payment went back, by the reason its allocation gives."""


class RefundNotAllowed(Conflict):
    code = "refund_not_allowed"


class RefundExceedsCaptured(Conflict):
    code = "refund_exceeds_captured"


async def reserve(
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
    """Reserve `amount_paise` on the captured `payment` and record the refund asking for
    it; `RefundExceedsCaptured` when it does not fit in what is left."""
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
    if rowcount(reserved) != 1:
        left = payment.amount_paise - payment.amount_refunded_paise
        if left <= 0:  # another refund took the rest meanwhile: said as when it was read
            raise RefundExceedsCaptured(
                f"Order {payment.order_id} has been refunded in full already.", refundable_paise=0
            )
        raise RefundExceedsCaptured(
            f"Only {rupees(left)} of the {rupees(payment.amount_paise)} paid is left "
            f"to refund; {rupees(amount_paise)} is too much.",
            refundable_paise=left,
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


async def refund_surplus(
    session: AsyncSession, actor: Actor, payment: Payment, why: str
) -> Refund | None:
    """Captured money that could not pay its order goes back in full, automatically, and
    only once (the refund is keyed by the payment). None when nothing is left to return."""
    refundable = payment.amount_paise - payment.amount_refunded_paise
    if payment.status is not P.CAPTURED or refundable <= 0:
        return None
    return await reserve(
        session,
        actor,
        payment,
        amount_paise=refundable,
        kind=RefundKind.AUTOMATIC,
        reason=SURPLUS_REASONS[why],
        idempotency_key=f"auto-{payment.razorpay_payment_id}",
    )


def vendor_refund_key(vendor_id: int, razorpay_payment_id: str, request_key: str) -> str:
    """The refund's own key (its `X-Refund-Idempotency` at Razorpay) for a vendor's
    request made under an Idempotency-Key: derived from the vendor, the payment and
    `request_key` (the client's key with the request's hash), never drawn at random, so
    Razorpay recognises the retry even where this database lost the first refund (a
    restore from backup) and makes no second one. The payment's Razorpay id, not our
    order id, keeps it from naming a refund of another order that reuses the id."""
    canonical = json.dumps([vendor_id, razorpay_payment_id, request_key])
    return "vendor-" + hashlib.sha256(canonical.encode()).hexdigest()[:48]


async def reserve_refund(
    session: AsyncSession,
    actor: Actor,
    order_id: int,
    *,
    amount_paise: int | None,
    reason: str | None,
    request_key: str | None = None,
) -> Refund:
    """The seller refunds a paid order, in full (no amount) or in part.

    The amount is reserved on the payment at once, so concurrent refunds can never
    together exceed what was captured; Razorpay is asked afterwards, outside this
    transaction. `request_key` (the client's Idempotency-Key with the request's hash)
    makes the refund's own key: see `vendor_refund_key`; without one it is random.
    """
    order = await load_order(session, order_id)
    if actor.user_id is None or actor.user_id != order.vendor_id:
        raise Forbidden("Only the seller of this order can refund it.")
    payment, amount = await _refundable(session, order, amount_paise)
    return await reserve(
        session,
        actor,
        payment,
        amount_paise=amount,
        kind=RefundKind.VENDOR,
        reason=reason,
        idempotency_key=uuid.uuid4().hex
        if request_key is None
        else vendor_refund_key(actor.user_id, payment.razorpay_payment_id, request_key),
    )


async def _refundable(
    session: AsyncSession, order: Order, amount_paise: int | None
) -> tuple[Payment, int]:
    """The payment that paid `order` and the amount to refund from it (all that is left
    when `amount_paise` is None), or why it cannot be refunded."""
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
    return payment, amount


def operator_refund_key(order_id: int, amount_paise: int | None, reason: str) -> str:
    """An operator's refund is named by what it asks (the order, the amount, the reason):
    the same command run again after a timeout finds the refund it made, and Razorpay,
    given the same key, makes no second one."""
    canonical = json.dumps(["operator", order_id, amount_paise, reason])
    return "operator-" + hashlib.sha256(canonical.encode()).hexdigest()[:48]


async def reserve_operator_refund(
    session: AsyncSession,
    actor: Actor,
    order_id: int,
    *,
    amount_paise: int | None,
    reason: str,
) -> tuple[Refund, bool]:
    """The operator refunds a paid order (`vyaparmitra payments refund`), whoever its
    vendor is: one whose stall is closed (account deactivated) can refund nothing
    themselves. Returns the refund and whether it is new (False: this same request was
    made before, and its refund is returned)."""
    key = operator_refund_key(order_id, amount_paise, reason)
    made = await session.scalar(
        select(Refund)
        .where(Refund.idempotency_key == key)
        .execution_options(populate_existing=True)
    )
    if made is not None:
        return made, False
    order = await load_order(session, order_id)
    payment, amount = await _refundable(session, order, amount_paise)
    refund = await reserve(
        session,
        actor,
        payment,
        amount_paise=amount,
        kind=RefundKind.VENDOR,
        reason=reason,
        idempotency_key=key,
    )
    return refund, True


async def get_refund(session: AsyncSession, refund_id: int) -> Refund:
    refund = await session.get(Refund, refund_id, populate_existing=True)
    if refund is None:
        raise NotFound(f"Refund {refund_id} does not exist.")
    return refund


async def refund_target(session: AsyncSession, refund: Refund) -> Payment:
    payment = await session.get(Payment, refund.payment_id, populate_existing=True)
    assert payment is not None
    return payment
