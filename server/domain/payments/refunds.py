"""Refunds: reserved against what was captured before Razorpay is asked, then moved
forward-only as Razorpay answers; a failed refund frees its amount again.

Refunds never exceed what was captured: every refund first reserves its amount with
`UPDATE payments SET amount_refunded_paise = amount_refunded_paise + :a
 WHERE amount_refunded_paise + :a <= amount_paise` (plus a CHECK constraint), so two
racing partial refunds cannot both fit when together they don't.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
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
from server.domain import audit, transitions
from server.domain.context import Actor
from server.domain.errors import Conflict, Forbidden, InvalidInput, NotFound
from server.domain.negotiation import rupees
from server.domain.payments.rows import load_order, rowcount
from server.domain.payments.snapshots import RefundSnapshot
from server.domain.payments.states import PAYMENT_TRANSITIONS, REFUND_TRANSITIONS, P, R

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


async def _reserve(
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
    if rowcount(reserved) != 1:
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


async def refund_surplus(
    session: AsyncSession, actor: Actor, payment: Payment, why: str
) -> Refund | None:
    """Captured money that could not pay its order goes back in full, automatically, and
    only once (the refund is keyed by the payment). None when nothing is left to return."""
    refundable = payment.amount_paise - payment.amount_refunded_paise
    if payment.status is not P.CAPTURED or refundable <= 0:
        return None
    return await _reserve(
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
    return await _reserve(
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
    refund = await _reserve(
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
    if refund is not None and (
        refund.amount_paise != snapshot.amount_paise
        or (await refund_target(session, refund)).razorpay_payment_id
        != snapshot.razorpay_payment_id
    ):
        return None  # our refund's id, but another payment or amount: not what we sent
    if refund is None:
        refund = await _named_in_notes(session, snapshot)
    if refund is None:
        return await _external_refund(session, actor, snapshot, now)
    await _move_refund(session, actor, refund, snapshot.status, snapshot.razorpay_refund_id, now)
    return refund


async def _named_in_notes(session: AsyncSession, snapshot: RefundSnapshot) -> Refund | None:
    """The refund of ours the Razorpay refund's notes name (by its own key; refunds sent
    before the notes carried the key, by our id) when it is the one we sent: no other
    Razorpay refund recorded on it, the same amount and payment. Razorpay may tell of a
    refund before our request has its answer."""
    refund: Refund | None = None
    if snapshot.refund_key is not None:
        refund = await session.scalar(
            select(Refund)
            .where(Refund.idempotency_key == snapshot.refund_key)
            .execution_options(populate_existing=True)
        )
    elif snapshot.refund_id is not None:
        refund = await session.get(Refund, snapshot.refund_id, populate_existing=True)
    if refund is None or (
        refund.razorpay_refund_id not in (None, snapshot.razorpay_refund_id)
        or refund.amount_paise != snapshot.amount_paise
        or (await refund_target(session, refund)).razorpay_payment_id
        != snapshot.razorpay_payment_id
    ):
        return None  # our note names a refund, but not this one
    return refund


async def _external_refund(
    session: AsyncSession, actor: Actor, snapshot: RefundSnapshot, now: datetime
) -> Refund | None:
    """A refund made outside this server (the dashboard): record it against its payment,
    then move it to what the event says. Razorpay may send `refund.processed` before
    `refund.created`, so whichever comes first creates the refund, and a processed one
    is settled at once."""
    payment = await session.scalar(
        select(Payment)
        .where(Payment.razorpay_payment_id == snapshot.razorpay_payment_id)
        .execution_options(populate_existing=True)
    )
    if payment is None:
        return None
    key = f"ext-{snapshot.razorpay_refund_id}"
    refund = await session.scalar(select(Refund).where(Refund.idempotency_key == key))
    if refund is None:
        if snapshot.status is R.FAILED:
            return None
        refund = await _reserve(
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
    await _move_refund(session, actor, refund, snapshot.status, snapshot.razorpay_refund_id, now)
    return refund


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
    """Razorpay accepted our refund request: keep its id and status.

    When another refund here holds the id Razorpay answered with, Razorpay recognised
    this one as a refund it had made already, which that one records (after a restore
    from backup the refund's replayed webhooks came before the vendor's retry): this
    reservation is released (`failed`, saying which refund it is) and that one returned,
    so the money is counted once."""
    refund = await get_refund(session, refund_id)
    holder = await session.scalar(
        select(Refund)
        .where(Refund.razorpay_refund_id == snapshot.razorpay_refund_id, Refund.id != refund.id)
        .execution_options(populate_existing=True)
    )
    if holder is not None and refund.razorpay_refund_id is None:
        await _move_refund(
            session,
            actor,
            refund,
            R.FAILED,
            None,
            now or utcnow(),
            error=f"Razorpay had made this refund already: refund {holder.id}.",
        )
        return holder
    await _move_refund(
        session, actor, refund, snapshot.status, snapshot.razorpay_refund_id, now or utcnow()
    )
    return refund


async def fail_refund(session: AsyncSession, actor: Actor, refund_id: int, *, error: str) -> Refund:
    """Razorpay refused the refund: it failed, and its amount is free again."""
    refund = await get_refund(session, refund_id)
    await _move_refund(session, actor, refund, R.FAILED, None, utcnow(), error=error)
    return refund
