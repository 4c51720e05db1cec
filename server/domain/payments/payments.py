"""Payments: what Razorpay says about a payment, applied forward-only, and captured money
allocated: it pays its order (once), or it is surplus and goes back automatically."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from models import (
    Checkout,
    OrderStatus,
    Payment,
    PaymentAllocation,
    utcnow,
)
from server.domain import audit, transitions
from server.domain import negotiation as negotiations
from server.domain.context import Actor
from server.domain.errors import ConcurrentUpdate
from server.domain.payments import refunds
from server.domain.payments.checkout_answers import find_checkout_with_deal, move_checkout
from server.domain.payments.rows import Deal, load_order_and_deal, rowcount, upsert_for
from server.domain.payments.snapshots import PaymentSnapshot
from server.domain.payments.states import PAYMENT_TRANSITIONS, C, P


@dataclass
class PaymentOutcome:
    payment: Payment | None
    changed: bool = False
    credited: bool = False
    refunds_to_send: list[int] = field(default_factory=list)
    ignored: str | None = None


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
    deal: Deal | None = None
    if checkout is None:
        # The checkout, its order and the deal in one statement: the order's status is
        # only ever acted on through guarded updates (a racer's change since is a
        # `ConcurrentUpdate`, retried in a fresh transaction).
        found = await find_checkout_with_deal(session, snapshot.razorpay_order_id)
        if found is not None:
            checkout, deal = found
    if checkout is None:
        return PaymentOutcome(None, ignored=f"unknown Razorpay order {snapshot.razorpay_order_id}")
    status = snapshot.status
    captured_at = now if status is P.CAPTURED else None
    # One insert that returns the row (the usual case: `order.paid` is the first word of
    # a payment); a payment known already (or a racer's insert that won the unique index)
    # is read instead.
    stamp = utcnow()
    stmt = (
        upsert_for(session)(Payment)
        .values(
            order_id=checkout.order_id,
            checkout_id=checkout.id,
            razorpay_payment_id=snapshot.razorpay_payment_id,
            amount_paise=snapshot.amount_paise,
            currency=snapshot.currency,
            status=status,
            allocation=PaymentAllocation.PENDING,
            amount_refunded_paise=0,
            method=snapshot.method,
            error_code=snapshot.error_code,
            error_description=(snapshot.error_description or "")[:255] or None,
            captured_at=captured_at,
            version=0,
            created_at=stamp,
            updated_at=stamp,
        )
        .on_conflict_do_nothing(index_elements=["razorpay_payment_id"])
        .returning(Payment)
        .execution_options(populate_existing=True)
    )
    payment = (await session.scalars(stmt)).one_or_none()
    inserted = payment is not None
    if payment is None:
        payment = await session.scalar(
            select(Payment)
            .where(Payment.razorpay_payment_id == snapshot.razorpay_payment_id)
            .execution_options(populate_existing=True)
        )
    assert payment is not None
    outcome = PaymentOutcome(payment)
    if payment.checkout_id != checkout.id:
        return PaymentOutcome(payment, ignored="payment belongs to another checkout")
    if inserted:
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
        await _allocate(session, actor, payment, outcome, now, deal)
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
    session: AsyncSession,
    actor: Actor,
    payment: Payment,
    outcome: PaymentOutcome,
    now: datetime,
    deal: Deal | None,
) -> None:
    """Captured money pays its order, or (when it cannot) goes back automatically.
    `deal`: the payment's order, negotiation and vendor's standing when read already.
    A closed stall's order (its vendor deactivated after the checkout opened) is not
    paid: nobody would hand over the goods or could refund them."""
    if deal is None or deal.order.id != payment.order_id:
        deal = await load_order_and_deal(session, payment.order_id)
    order, negotiation, trading = deal
    reason: str | None = None
    if payment.amount_paise != order.total_paise or payment.currency != order.currency:
        reason = "amount_mismatch"
    elif order.status is OrderStatus.PENDING_PAYMENT and not trading:
        reason = "stall_closed"
    elif order.status is OrderStatus.PENDING_PAYMENT:
        await negotiations.complete_payment(session, actor, order, now=now, negotiation=negotiation)
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
        if rowcount(credited) != 1:
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
    if rowcount(surplus) != 1:
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
    refund = await refunds.refund_surplus(session, actor, payment, reason)
    if refund is not None:
        outcome.refunds_to_send.append(refund.id)
