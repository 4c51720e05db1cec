"""Reconciliation: ask Razorpay what really happened, and apply it the same way.

Webhooks get lost and processes die between our write and Razorpay's answer. This walks
everything that may be unfinished and heals it with the same forward-only transitions
the webhook and verify paths use:

1. checkouts stuck `creating` (their request died): adopt the Razorpay order or link an
   earlier attempt created (found by receipt / reference id);
2. open checkouts (created or attempted, within the window): fetch the order's payments
   (and the link's state) and apply each: a captured payment completes the negotiation,
   or, if the reservation lapsed first, is refunded automatically;
3. webhook events stored but not applied: apply them from their raw body;
4. refunds never confirmed: send again (same `X-Refund-Idempotency`, so at most one
   refund exists), and refresh pending ones;
5. release the stock of orders still unpaid past their reservation;
6. report captured payments whose Razorpay order no order here has (their webhooks were
   stored `ignored` as unmatched: after a restore from backup, the payments of orders the
   restore lost) while Razorpay still holds the money, for a person to refund or match;
7. with `payments_since` (after a restore: the backup's time), ask Razorpay for every
   payment made since (`GET /v1/payments`, paged): one for a checkout here is applied as
   in step 2 (whatever the checkout's age or state: nothing is credited twice), a
   captured one for a Razorpay order no checkout here has is reported as in step 6. This
   finds what no webhook will tell again: payments whose webhooks the server had taken
   before the restore lost its rows.

Step 2 asks about every checkout still open for an order awaiting payment, however old
(a restore from an older backup brings such orders back), and about the other open
checkouts within the window.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import (
    Refund,
    RefundStatus,
    WebhookEvent,
    utcnow,
)
from server.domain import negotiation
from server.domain.context import Actor
from server.domain.errors import DomainError
from server.domain.payments.inbox import TO_APPLY
from server.domain.payments.refund_answers import apply_refund
from server.domain.payments.snapshots import RefundSnapshot
from server.payments import entities, reconcile_payments, refund_sync
from server.payments.flow import in_transaction
from server.payments.gateway import RazorpayGateway
from server.payments.refunds import send_refund
from server.payments.webhooks import (
    WebhookResult,
    apply_stored_event,
)


@dataclass
class ReconcileReport:
    checkouts_adopted: int = 0
    checkouts_checked: int = 0
    payments_applied: int = 0
    orders_paid: list[int] = field(default_factory=list)
    refunds_sent: int = 0
    refunds_updated: int = 0
    refunds_learnt: int = 0
    """Refunds Razorpay made that the books lacked (the dashboard, a restore), recorded."""
    webhooks_replayed: int = 0
    orders_released: list[int] = field(default_factory=list)
    payments_listed: int = 0
    """Payments Razorpay listed as made since `payments_since` (step 7)."""
    unmatched_payments: list[str] = field(default_factory=list)
    """Captured payments (Razorpay ids) for orders we do not have; each is in `errors`."""
    errors: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def retryable(self) -> int:
        """Errors another pass may clear (Razorpay out of reach, a row that failed); an
        unmatched payment stays until a person refunds or matches it."""
        return len(self.errors) - len(self.unmatched_payments)


async def reconcile(
    sessions: async_sessionmaker[AsyncSession],
    gateway: RazorpayGateway,
    *,
    now: datetime | None = None,
    window: timedelta = timedelta(days=3),
    settle_after: timedelta = timedelta(0),
    limit: int = 500,
    payments_since: datetime | None = None,
) -> ReconcileReport:
    """One pass. `settle_after` leaves alone what a live request may still be finishing
    (the background loop passes the checkout lease; the CLI passes nothing);
    `payments_since` also asks Razorpay for every payment made since then (step 7)."""
    now = now or utcnow()
    actor = Actor.system(request_id=f"reconcile-{uuid.uuid4().hex[:12]}")
    report = ReconcileReport()
    async with sessions() as session:
        await reconcile_payments.adopt_stuck_checkouts(session, gateway, actor, report, now, limit)
        await reconcile_payments.check_open_checkouts(
            session, gateway, actor, report, now - window, limit
        )
        await _replay_webhooks(session, actor, report, now - settle_after, limit)
        await _settle_refunds(session, gateway, actor, report, now - settle_after, limit)
        await _learn_outside_refunds(session, gateway, actor, report, now - window, limit)
        async with session.begin():
            report.orders_released = await negotiation.release_unpaid(
                session, actor, now=now, limit=limit
            )
        await reconcile_payments.report_unmatched(session, gateway, report, now - window, limit)
        if payments_since is not None:
            await reconcile_payments.payments_since(
                session, gateway, actor, report, payments_since, now, limit
            )
    return report


async def _learn_outside_refunds(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    report: ReconcileReport,
    since: datetime,
    limit: int,
) -> None:
    """Razorpay's refunds in the window that the books lack, recorded (`refund_sync`)."""
    learnt = await refund_sync.learn_recent_refunds(session, gateway, actor, since, limit)
    report.refunds_learnt += len(learnt.recorded)
    report.errors.extend(learnt.errors)


async def _replay_webhooks(
    session: AsyncSession,
    actor: Actor,
    report: ReconcileReport,
    before: datetime,
    limit: int,
) -> None:
    async with session.begin():
        ids = list(
            await session.scalars(
                select(WebhookEvent.id)
                .where(
                    WebhookEvent.status.in_(TO_APPLY),
                    WebhookEvent.updated_at <= before,
                )
                .order_by(WebhookEvent.id)
                .limit(limit)
            )
        )
    for event_id in ids:

        async def replay(event_id: int = event_id) -> WebhookResult | None:
            row = await session.get(WebhookEvent, event_id, populate_existing=True)
            if row is None or row.status not in TO_APPLY:
                return None
            return await apply_stored_event(session, actor, row, json.loads(row.raw_body))

        try:
            result = await in_transaction(session, replay)
        except Exception as exc:
            report.errors.append(f"webhook {event_id}: {exc!r}")
            continue
        if result is not None:
            report.webhooks_replayed += 1


async def _settle_refunds(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    report: ReconcileReport,
    before: datetime,
    limit: int,
) -> None:
    async with session.begin():
        rows = list(
            await session.execute(
                select(Refund.id, Refund.status, Refund.razorpay_refund_id)
                .where(
                    Refund.status.in_([RefundStatus.REQUESTED, RefundStatus.PENDING]),
                    Refund.updated_at <= before,
                )
                .order_by(Refund.id)
                .limit(limit)
            )
        )
    for refund_id, status, razorpay_refund_id in rows:
        try:
            if status is RefundStatus.REQUESTED:
                refund = await send_refund(session, gateway, actor, refund_id)
                if refund.status is not RefundStatus.REQUESTED:
                    report.refunds_sent += 1
                continue
            if razorpay_refund_id is None:
                continue
            entity = await gateway.fetch_refund(razorpay_refund_id)
            snapshot = entities.refund_snapshot(entity)

            async def apply(snapshot: RefundSnapshot = snapshot) -> Refund | None:
                return await apply_refund(session, actor, snapshot)

            before_status = status
            refund_row = await in_transaction(session, apply)
            if refund_row is not None and refund_row.status is not before_status:
                report.refunds_updated += 1
        except (DomainError, entities.MalformedEntity) as exc:
            report.errors.append(f"refund {refund_id}: {exc}")
