"""Refunds Razorpay made that our books lack, learnt from Razorpay itself.

A refund made on Razorpay's dashboard, or one sent before a backup and lost by the
restore whose webhooks were already taken, reaches us only by its webhook; when that never
comes the books keep the money as refundable, and the vendor's next refund was refused by
Razorpay ("The refund amount provided is greater than amount captured") and answered 502,
a gateway error for a business refusal, with a reason that is false to the vendor.

Two ways to learn them now, both recording each Razorpay refund exactly as its webhook
would (`apply_refund`: ours moved forward, others recorded once as made outside,
keyed by Razorpay's refund id, so the webhook arriving later changes nothing):

- `refused_refund`: when Razorpay refuses a vendor's refund, ask it for the payment's
  refunds ("fetch refunds of a payment"), record those we lack, and when what is left to
  refund no longer covers the request answer 409 `refund_exceeds_captured` with the
  amount left, instead of the 502.
- `learn_recent_refunds` (a reconciliation step): Razorpay's refunds created in the
  window ("fetch all refunds", a page of 100 at a time), each applied.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from models import Payment, Refund, RefundKind, RefundStatus
from server.domain.context import Actor
from server.domain.negotiation import rupees
from server.domain.payments.refund_answers import apply_refund
from server.domain.payments.refunds import RefundExceedsCaptured, refund_target
from server.payments import entities
from server.payments.errors import GatewayRejected, GatewayUnavailable
from server.payments.flow import in_transaction
from server.payments.gateway import RazorpayGateway

log = logging.getLogger("vyaparmitra.payments")

PAGE = 100


@dataclass
class Learnt:
    """What a look at Razorpay's refunds found."""

    recorded: list[Refund]
    """Refunds made outside this server, recorded now."""
    errors: list[str]


async def _apply(session: AsyncSession, actor: Actor, entity: Mapping[str, Any]) -> Refund | None:
    """Apply one Razorpay refund in its own transaction; the refund when it was recorded
    now as made outside this server."""
    snapshot = entities.refund_snapshot(entity)

    async def work() -> Refund | None:
        known = await session.scalar(
            select(Refund.id).where(Refund.razorpay_refund_id == snapshot.razorpay_refund_id)
        )
        refund = await apply_refund(session, actor, snapshot)
        if known is None and refund is not None and refund.kind is RefundKind.EXTERNAL:
            return refund
        return None

    return await in_transaction(session, work)


async def _apply_all(
    session: AsyncSession, actor: Actor, items: Sequence[Mapping[str, Any]], learnt: Learnt
) -> None:
    for entity in items:
        try:
            refund = await _apply(session, actor, entity)
        except entities.MalformedEntity as exc:
            learnt.errors.append(f"a refund Razorpay listed was not understood: {exc}")
            continue
        except RefundExceedsCaptured as exc:
            # More refunded than this server knows was captured: a person looks at it.
            learnt.errors.append(f"refund {entity.get('id')}: {exc.message}")
            continue
        if refund is not None:
            learnt.recorded.append(refund)
            log.warning(
                "refund made outside this server recorded",
                extra={
                    "razorpay_refund_id": refund.razorpay_refund_id,
                    "order_id": refund.order_id,
                    "amount_paise": refund.amount_paise,
                },
            )


async def learn_payment_refunds(
    session: AsyncSession, gateway: RazorpayGateway, actor: Actor, razorpay_payment_id: str
) -> Learnt:
    """Every refund Razorpay holds for the payment, applied; what was recorded new."""
    learnt = Learnt([], [])
    try:
        items = await gateway.payment_refunds(razorpay_payment_id)
    except (GatewayRejected, GatewayUnavailable) as exc:
        learnt.errors.append(f"payment {razorpay_payment_id}: {exc.message}")
        return learnt
    await _apply_all(session, actor, items, learnt)
    return learnt


async def refused_refund(
    session: AsyncSession, gateway: RazorpayGateway, actor: Actor, refund: Refund
) -> None:
    """After Razorpay refused `refund` outright (it is `failed`, its reservation
    released): learn the payment's refunds; raise `RefundExceedsCaptured` (409, with the
    amount left) when the refunds Razorpay holds leave less than it asked for. Otherwise
    return, and the refusal stands as Razorpay's (502)."""
    async with session.begin():
        payment = await refund_target(session, refund)
    learnt = await learn_payment_refunds(session, gateway, actor, payment.razorpay_payment_id)
    async with session.begin():
        fresh = await session.get(Payment, payment.id, populate_existing=True)
        assert fresh is not None
        payment = fresh
        outside = await session.scalar(
            select(Refund.id).where(
                Refund.payment_id == payment.id,
                Refund.kind == RefundKind.EXTERNAL,
                Refund.status != RefundStatus.FAILED,
            )
        )
    left = max(payment.amount_paise - payment.amount_refunded_paise, 0)
    if outside is None or refund.amount_paise <= left:
        return  # refused for another reason
    news = (
        f"{rupees(sum(r.amount_paise for r in learnt.recorded))} of it was refunded outside "
        "VyaparMitra (Razorpay dashboard) and is now recorded"
        if learnt.recorded
        else "part of it was refunded outside VyaparMitra (Razorpay dashboard)"
    )
    raise RefundExceedsCaptured(
        f"Order {refund.order_id}: {rupees(refund.amount_paise)} cannot be refunded: {news}; "
        f"{rupees(left)} of the {rupees(payment.amount_paise)} paid is left to refund.",
        refundable_paise=left,
    )


async def learn_recent_refunds(
    session: AsyncSession, gateway: RazorpayGateway, actor: Actor, since: datetime, limit: int
) -> Learnt:
    """Razorpay's refunds created since `since` (at most `limit`, newest first), applied."""
    learnt = Learnt([], [])
    skip = 0
    while skip < limit:
        try:
            items = await gateway.refunds_since(
                int(since.timestamp()), skip=skip, count=min(PAGE, limit - skip)
            )
        except (GatewayRejected, GatewayUnavailable) as exc:
            learnt.errors.append(f"refunds since {since:%Y-%m-%d %H:%M}: {exc.message}")
            break
        await _apply_all(session, actor, items, learnt)
        if len(items) < min(PAGE, limit - skip):
            break
        skip += len(items)
    return learnt
