"""Refund flows: reserve (under an Idempotency-Key when given), ask Razorpay with the
refund's own idempotency key, record the answer; automatic refunds in the background."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Refund, RefundStatus
from server.domain.context import Actor
from server.domain.errors import ConcurrentUpdate
from server.domain.payments.idempotency import (
    IdempotencyKeyReused,
    claim_idempotency_key,
    complete_idempotency_key,
)
from server.domain.payments.refund_answers import fail_refund, record_refund_answer
from server.domain.payments.refunds import get_refund, refund_target, reserve_refund
from server.payments import entities, refund_sync
from server.payments.errors import GatewayRejected, GatewayUnavailable
from server.payments.flow import WAIT_POLL_SECONDS, FlowSettings, in_transaction
from server.payments.gateway import RazorpayGateway

log = logging.getLogger("vyaparmitra.payments")


def refund_request_hash(order_id: int, amount_paise: int | None, reason: str | None) -> str:
    canonical = json.dumps(
        {"order_id": order_id, "amount_paise": amount_paise, "reason": reason or ""},
        sort_keys=True,
    )
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True)
class RefundResult:
    refund: Refund
    replayed: bool


async def request_refund(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    order_id: int,
    *,
    amount_paise: int | None,
    reason: str | None,
    idempotency_key: str | None,
    flow: FlowSettings,
) -> RefundResult:
    """Reserve and send a refund; with an Idempotency-Key, a retry gets the same refund.
    Raises `RefundExceedsCaptured` when Razorpay refused it because refunds made outside
    this server (now recorded) leave less than it asked for."""
    request_hash = refund_request_hash(order_id, amount_paise, reason)
    replayed = False

    async def reserve() -> Refund:
        nonlocal replayed
        claim = None
        if idempotency_key is not None:
            claim = await claim_idempotency_key(
                session, actor, scope="refund", key=idempotency_key, request_hash=request_hash
            )
            if not claim.fresh:
                replayed = True
                if claim.row.resource_id is None:  # pragma: no cover - bound in the same txn
                    raise ConcurrentUpdate("That refund request is still being processed.")
                return await get_refund(session, claim.row.resource_id)
        refund = await reserve_refund(
            session,
            actor,
            order_id,
            amount_paise=amount_paise,
            reason=reason,
            request_key=None
            if idempotency_key is None
            else json.dumps([idempotency_key, request_hash]),
        )
        if claim is not None:
            await complete_idempotency_key(
                session, claim, resource_type="refund", resource_id=refund.id
            )
        return refund

    refund = await in_transaction(session, reserve)
    if replayed:
        if refund.order_id != order_id:  # pragma: no cover - the hash covers order_id
            raise IdempotencyKeyReused("That Idempotency-Key belongs to another order.")
        refund = await _wait_for_answer(session, refund.id, flow.wait_seconds)
        if refund.status is RefundStatus.REQUESTED:
            # The first request never got its answer (it died or timed out): send it
            # ourselves; the refund's idempotency key makes that safe.
            refund = await send_refund(session, gateway, actor, refund.id)
    else:
        refund = await send_refund(session, gateway, actor, refund.id)
    if refund.status is RefundStatus.FAILED and refund.razorpay_refund_id is None:
        # Razorpay refused it outright: a refund it made that our books lack (the
        # dashboard, a restore) is learnt now, and explains the refusal (409).
        await refund_sync.refused_refund(session, gateway, actor, refund)
    return RefundResult(refund, replayed=replayed)


async def _wait_for_answer(session: AsyncSession, refund_id: int, wait_seconds: float) -> Refund:
    deadline = time.monotonic() + wait_seconds
    while True:
        async with session.begin():
            refund = await get_refund(session, refund_id)
        if refund.status is not RefundStatus.REQUESTED or time.monotonic() > deadline:
            return refund
        await asyncio.sleep(WAIT_POLL_SECONDS)


async def send_refund(
    session: AsyncSession, gateway: RazorpayGateway, actor: Actor, refund_id: int
) -> Refund:
    """Ask Razorpay for a reserved refund and record the answer (safe to repeat)."""
    async with session.begin():
        refund = await get_refund(session, refund_id)
        if refund.status is not RefundStatus.REQUESTED:
            return refund
        payment = await refund_target(session, refund)
    try:
        entity = await gateway.refund(
            payment.razorpay_payment_id,
            amount_paise=refund.amount_paise,
            idempotency_key=refund.idempotency_key,
            # Only what a retry sends alike, our id included in none of it: Razorpay
            # compares a retry's body with the first under the same key, and after a
            # restore from backup the refund that retries it has another id.
            notes={"refund_key": refund.idempotency_key, "order_id": str(refund.order_id)},
        )
        snapshot = entities.refund_snapshot(entity)
    except GatewayRejected as exc:
        error = exc.message
        log.warning("refund refused", extra={"refund_id": refund.id, "error": error})
        return await in_transaction(
            session, lambda: fail_refund(session, actor, refund_id, error=error)
        )
    except (GatewayUnavailable, entities.MalformedEntity) as exc:
        log.warning("refund not confirmed; will retry", extra={"refund_id": refund.id})
        if isinstance(exc, entities.MalformedEntity):
            raise GatewayUnavailable("Razorpay's refund answer was not understood.") from exc
        return refund
    return await in_transaction(
        session, lambda: record_refund_answer(session, actor, refund_id, snapshot)
    )


async def send_refunds(
    sessions: async_sessionmaker[AsyncSession],
    gateway: RazorpayGateway,
    actor: Actor,
    refund_ids: Sequence[int],
    *,
    unconfirmed: Callable[[int], None] | None = None,
) -> None:
    """Background: send automatic refunds. One Razorpay did not answer is handed to
    `unconfirmed` (the prompt follow-up); any other failure is left for reconciliation."""
    for refund_id in refund_ids:
        try:
            async with sessions() as session:
                refund = await send_refund(session, gateway, actor, refund_id)
        except Exception:
            log.exception(
                "automatic refund failed; reconciliation will retry", extra={"refund_id": refund_id}
            )
            continue
        if refund.status is RefundStatus.REQUESTED and unconfirmed is not None:
            unconfirmed(refund_id)


async def follow_up_refund(
    sessions: async_sessionmaker[AsyncSession],
    gateway: RazorpayGateway,
    refund_id: int,
    *,
    first_delay: float,
    attempts: int,
) -> Refund | None:
    """Background, after Razorpay did not answer a refund: send it again (the same
    `X-Refund-Idempotency`, so Razorpay makes at most one) `first_delay` seconds later,
    then after twice as long, up to `attempts` times, until Razorpay answers. A refund
    cut off by a Razorpay blip is then `processed` (or `pending`, or `failed`) within
    about `first_delay` of Razorpay recovering, instead of at the next reconciliation,
    which still covers whatever this gives up on. Each try runs in its own session, not
    charged to any request's database budget (the caller spawns it without one)."""
    delay = first_delay
    refund: Refund | None = None
    for attempt in range(1, attempts + 1):
        await asyncio.sleep(delay)
        delay *= 2
        try:
            async with sessions() as session:
                refund = await send_refund(session, gateway, Actor.system(), refund_id)
        except Exception as exc:  # the database or Razorpay: try again later
            log.warning(
                "refund follow-up failed; will retry",
                extra={"refund_id": refund_id, "attempt": attempt, "error": type(exc).__name__},
            )
            continue
        if refund.status is not RefundStatus.REQUESTED:
            log.info(
                "refund confirmed by its follow-up",
                extra={"refund_id": refund_id, "attempt": attempt, "status": refund.status.value},
            )
            return refund
    log.warning(
        "refund still unconfirmed after its follow-ups; reconciliation will retry",
        extra={"refund_id": refund_id, "attempts": attempts},
    )
    return refund
