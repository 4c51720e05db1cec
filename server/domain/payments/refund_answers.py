"""Refunds answered: what Razorpay says about a refund (its answer to our request, a
webhook, a reconcile read) moves it forward-only; a failed refund frees its reserved
amount again, and a payment whose refunds settle in full becomes refunded. A refund made
outside this server is recorded here once, reserved like one of ours (`refunds`).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import Payment, Refund, RefundKind, RefundStatus, utcnow
from server.domain import transitions
from server.domain.context import Actor
from server.domain.payments import refunds
from server.domain.payments.snapshots import RefundSnapshot
from server.domain.payments.states import PAYMENT_TRANSITIONS, REFUND_TRANSITIONS, P, R


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
        or (await refunds.refund_target(session, refund)).razorpay_payment_id
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
        or (await refunds.refund_target(session, refund)).razorpay_payment_id
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
    is settled at once.

    Both events of one refund may arrive at the same moment (two workers, one each): the
    payment's row is locked before the refund is looked up (`FOR UPDATE` on PostgreSQL;
    SQLite's transactions queue already), so the second waits for the first to commit
    and then finds the refund it recorded, instead of inserting it again."""
    payment = await session.scalar(
        select(Payment)
        .where(Payment.razorpay_payment_id == snapshot.razorpay_payment_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    )
    if payment is None:
        return None
    key = f"ext-{snapshot.razorpay_refund_id}"
    refund = await session.scalar(
        select(Refund)
        .where(Refund.idempotency_key == key)
        .execution_options(populate_existing=True)
    )
    if refund is None:
        if snapshot.status is R.FAILED:
            return None
        refund = await refunds.reserve(
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
    refund = await refunds.get_refund(session, refund_id)
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
    refund = await refunds.get_refund(session, refund_id)
    await _move_refund(session, actor, refund, R.FAILED, None, utcnow(), error=error)
    return refund
