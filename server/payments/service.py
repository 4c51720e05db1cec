"""Payment flows that span a Razorpay call: transaction, gateway, transaction.

A database transaction is never held open while Razorpay is on the line. Each flow
writes its intent first (a checkout `creating` under a lease, a refund `requested` with
its amount reserved), commits, calls the gateway with a timeout, and records the answer
in a second transaction. A crash or timeout in between leaves a row that says exactly
what to retry, and every retry is safe: checkouts are looked up by receipt before being
created again, refunds carry `X-Refund-Idempotency`.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import (
    Checkout,
    CheckoutKind,
    CheckoutStatus,
    Order,
    PaymentStatus,
    Refund,
    RefundStatus,
    WebhookStatus,
    utcnow,
)
from server.domain import payments as domain
from server.domain.context import Actor
from server.domain.errors import ConcurrentUpdate, InvalidInput
from server.payments import entities, webhooks
from server.payments.errors import (
    GatewayRejected,
    GatewayUnavailable,
    PaymentsNotConfigured,
    SignatureInvalid,
)
from server.payments.gateway import Entity, RazorpayGateway

log = logging.getLogger("vyaparmitra.payments")

T = TypeVar("T")
WAIT_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class FlowSettings:
    lease_seconds: float
    """How long a request may own a `creating` checkout (> the gateway timeout)."""
    wait_seconds: float
    """How long a request waits for a concurrent one doing the same thing."""
    public_base_url: str


def flow_settings(timeout_seconds: float, public_base_url: str) -> FlowSettings:
    return FlowSettings(
        lease_seconds=timeout_seconds + 5.0,
        wait_seconds=timeout_seconds + 2.0,
        public_base_url=public_base_url.rstrip("/"),
    )


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, ConcurrentUpdate):
        return True
    if isinstance(exc, DBAPIError):
        code = getattr(exc.orig, "sqlstate", None)
        return code in ("40001", "40P01")  # serialization failure, deadlock
    return False


async def in_transaction(
    session: AsyncSession, work: Callable[[], Awaitable[T]], *, attempts: int = 5
) -> T:
    """Run `work` in a transaction, again in a fresh one when it lost a race."""
    for attempt in range(attempts):
        try:
            async with session.begin():
                return await work()
        except Exception as exc:
            if attempt == attempts - 1 or not _retryable(exc):
                raise
            await asyncio.sleep(0.005 * (attempt + 1))
    raise AssertionError("unreachable")


# -- checkouts ------------------------------------------------------------------------


def _order_notes(order: Order) -> dict[str, str]:
    return {
        "order_id": str(order.id),
        "negotiation_id": str(order.negotiation_id),
        "vendor_id": str(order.vendor_id),
        "customer_id": str(order.customer_id),
    }


def _matches(entity: Mapping[str, Any], checkout: Checkout) -> bool:
    notes = entities.notes_of(entity)
    return (
        entity.get("amount") == checkout.amount_paise
        and notes.get("order_id") == str(checkout.order_id)
        and entity.get("status") not in ("expired", "cancelled")
    )


async def _existing_at_gateway(gateway: RazorpayGateway, checkout: Checkout) -> Entity | None:
    """What an earlier, interrupted attempt may have created at Razorpay."""
    if checkout.kind is CheckoutKind.ORDER:
        found = await gateway.orders_by_receipt(checkout.receipt)
    else:
        found = await gateway.payment_links_by_reference(checkout.receipt)
    candidates = [e for e in found if _matches(e, checkout)]
    candidates.sort(key=lambda e: int(e.get("created_at") or 0))
    return candidates[0] if candidates else None


async def _create_at_gateway(
    gateway: RazorpayGateway,
    checkout: Checkout,
    order: Order,
    flow: FlowSettings,
    link_expires_at: datetime | None,
) -> Entity:
    if checkout.kind is CheckoutKind.ORDER:
        return await gateway.create_order(
            amount_paise=checkout.amount_paise,
            currency=checkout.currency,
            receipt=checkout.receipt,
            notes=_order_notes(order),
        )
    # Razorpay wants a link to live at least 15 minutes.
    floor = utcnow() + timedelta(minutes=16)
    expire_by = max(link_expires_at or floor, floor)
    return await gateway.create_payment_link(
        {
            "amount": checkout.amount_paise,
            "currency": checkout.currency,
            "accept_partial": False,
            "upi_link": True,
            "reference_id": checkout.receipt,
            "description": f"VyaparMitra order {order.id}",
            "expire_by": int(expire_by.timestamp()),
            "notify": {"sms": False, "email": False},
            "reminder_enable": False,
            "notes": _order_notes(order),
            "callback_url": f"{flow.public_base_url}/api/payment/callback",
            "callback_method": "get",
        }
    )


async def open_checkout(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    order_id: int,
    *,
    kind: CheckoutKind,
    flow: FlowSettings,
) -> Checkout:
    """The order's Razorpay order (or payment link): the same one however often asked."""
    deadline = time.monotonic() + flow.wait_seconds
    while True:
        start = await in_transaction(
            session,
            lambda: domain.open_checkout(
                session, actor, order_id, kind=kind, lease_seconds=flow.lease_seconds
            ),
        )
        if start.checkout.status is not CheckoutStatus.CREATING or start.owned:
            break
        if time.monotonic() > deadline:
            raise ConcurrentUpdate(
                "Another request is still opening this order's payment; try again shortly."
            )
        await asyncio.sleep(WAIT_POLL_SECONDS)
    checkout = start.checkout
    if checkout.status is not CheckoutStatus.CREATING:
        return checkout
    try:
        entity = await _existing_at_gateway(gateway, checkout) if start.adopt else None
        if entity is None:
            entity = await _create_at_gateway(
                gateway, checkout, start.order, flow, start.hold_expires_at
            )
        status = entities.checkout_status(entity)
    except (GatewayUnavailable, GatewayRejected, entities.MalformedEntity):
        async with session.begin():
            await domain.release_checkout_lease(session, checkout.id)
        raise
    async with session.begin():
        return await _record(session, actor, checkout, entity, status)


async def _record(
    session: AsyncSession,
    actor: Actor,
    checkout: Checkout,
    entity: Entity,
    status: CheckoutStatus,
) -> Checkout:
    is_link = checkout.kind is CheckoutKind.LINK
    order_ref = entity.get("order_id") if is_link else entity.get("id")
    short_url = entity.get("short_url") if is_link else None
    return await domain.record_checkout(
        session,
        actor,
        checkout.id,
        status=status,
        razorpay_order_id=order_ref if isinstance(order_ref, str) and order_ref else None,
        razorpay_payment_link_id=str(entity["id"]) if is_link else None,
        short_url=short_url if isinstance(short_url, str) and short_url else None,
    )


async def adopt_checkout(
    session: AsyncSession, gateway: RazorpayGateway, actor: Actor, checkout_id: int
) -> Checkout:
    """Reconcile a checkout stuck `creating` (its request died): adopt what Razorpay has."""
    async with session.begin():
        checkout = await domain.get_checkout(session, checkout_id)
    if checkout.status is not CheckoutStatus.CREATING:
        return checkout
    entity = await _existing_at_gateway(gateway, checkout)
    if entity is None:
        return checkout
    async with session.begin():
        return await _record(session, actor, checkout, entity, entities.checkout_status(entity))


# -- payments -------------------------------------------------------------------------


async def apply_payment(
    session: AsyncSession,
    actor: Actor,
    snapshot: domain.PaymentSnapshot,
    *,
    checkout_id: int | None = None,
) -> domain.PaymentOutcome:
    async def work() -> domain.PaymentOutcome:
        checkout = await domain.get_checkout(session, checkout_id) if checkout_id else None
        return await domain.apply_payment(session, actor, snapshot, checkout=checkout)

    return await in_transaction(session, work)


async def verify_checkout_payment(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    *,
    razorpay_order_id: str,
    razorpay_payment_id: str,
    razorpay_signature: str,
) -> tuple[Checkout, domain.PaymentOutcome]:
    """The buyer's checkout returned a signature: check it against the order id *we*
    stored, then learn the payment's state from Razorpay and apply it."""
    async with session.begin():
        checkout = await domain.checkout_for_customer(session, actor, razorpay_order_id)
    stored = checkout.razorpay_order_id
    assert stored is not None
    if not gateway.verify_checkout(stored, razorpay_payment_id, razorpay_signature):
        log.warning(
            "checkout signature mismatch",
            extra={"razorpay_order_id": stored, "razorpay_payment_id": razorpay_payment_id},
        )
        raise SignatureInvalid("The payment signature does not match this order.")
    try:
        entity = await gateway.fetch_payment(razorpay_payment_id)
        snapshot = entities.payment_snapshot(entity)
        if snapshot.razorpay_order_id != stored:
            raise SignatureInvalid("That payment belongs to another order.")
    except GatewayUnavailable:
        # The signature alone proves Razorpay authorised this payment; the amount is the
        # order's. A webhook or reconciliation brings the capture.
        snapshot = domain.PaymentSnapshot(
            razorpay_payment_id=razorpay_payment_id,
            razorpay_order_id=stored,
            amount_paise=checkout.amount_paise,
            currency=checkout.currency,
            status=PaymentStatus.AUTHORIZED,
        )
    outcome = await apply_payment(session, actor, snapshot, checkout_id=checkout.id)
    return checkout, outcome


async def complete_link_callback(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    *,
    payment_link_id: str,
    reference_id: str,
    status: str,
    payment_id: str,
    signature: str,
) -> tuple[Checkout, domain.PaymentOutcome | None]:
    """The payment-link redirect: verify its signature, then apply the payment."""
    ok = gateway.verify_payment_link(
        payment_link_id=payment_link_id,
        reference_id=reference_id,
        status=status,
        payment_id=payment_id,
        signature=signature,
    )
    if not ok:
        raise SignatureInvalid("The payment link signature does not match.")
    async with session.begin():
        checkout = await domain.find_checkout(session, razorpay_payment_link_id=payment_link_id)
    if checkout is None:
        raise SignatureInvalid("That payment link is not ours.")
    if status != "paid":
        return checkout, None
    entity = await gateway.fetch_payment(payment_id)
    snapshot = entities.payment_snapshot(entity)
    async with session.begin():
        if snapshot.razorpay_order_id:
            await domain.attach_link_order(
                session, await domain.get_checkout(session, checkout.id), snapshot.razorpay_order_id
            )
    outcome = await apply_payment(session, actor, snapshot, checkout_id=checkout.id)
    return checkout, outcome


# -- refunds --------------------------------------------------------------------------


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
    """Reserve and send a refund; with an Idempotency-Key, a retry gets the same refund."""
    request_hash = refund_request_hash(order_id, amount_paise, reason)
    replayed = False

    async def reserve() -> Refund:
        nonlocal replayed
        claim = None
        if idempotency_key is not None:
            claim = await domain.claim_idempotency_key(
                session, actor, scope="refund", key=idempotency_key, request_hash=request_hash
            )
            if not claim.fresh:
                replayed = True
                if claim.row.resource_id is None:  # pragma: no cover - bound in the same txn
                    raise ConcurrentUpdate("That refund request is still being processed.")
                return await domain.get_refund(session, claim.row.resource_id)
        refund = await domain.request_refund(
            session, actor, order_id, amount_paise=amount_paise, reason=reason
        )
        if claim is not None:
            await domain.complete_idempotency_key(
                session, claim, resource_type="refund", resource_id=refund.id
            )
        return refund

    refund = await in_transaction(session, reserve)
    if replayed:
        if refund.order_id != order_id:  # pragma: no cover - the hash covers order_id
            raise domain.IdempotencyKeyReused("That Idempotency-Key belongs to another order.")
        refund = await _wait_for_answer(session, refund.id, flow.wait_seconds)
        if refund.status is RefundStatus.REQUESTED:
            # The first request never got its answer (it died or timed out): send it
            # ourselves; the refund's idempotency key makes that safe.
            refund = await send_refund(session, gateway, actor, refund.id)
        return RefundResult(refund, replayed=True)
    refund = await send_refund(session, gateway, actor, refund.id)
    return RefundResult(refund, replayed=False)


async def _wait_for_answer(session: AsyncSession, refund_id: int, wait_seconds: float) -> Refund:
    deadline = time.monotonic() + wait_seconds
    while True:
        async with session.begin():
            refund = await domain.get_refund(session, refund_id)
        if refund.status is not RefundStatus.REQUESTED or time.monotonic() > deadline:
            return refund
        await asyncio.sleep(WAIT_POLL_SECONDS)


async def send_refund(
    session: AsyncSession, gateway: RazorpayGateway, actor: Actor, refund_id: int
) -> Refund:
    """Ask Razorpay for a reserved refund and record the answer (safe to repeat)."""
    async with session.begin():
        refund = await domain.get_refund(session, refund_id)
        if refund.status is not RefundStatus.REQUESTED:
            return refund
        payment = await domain.refund_target(session, refund)
    try:
        entity = await gateway.refund(
            payment.razorpay_payment_id,
            amount_paise=refund.amount_paise,
            idempotency_key=refund.idempotency_key,
            notes={"refund_id": str(refund.id), "order_id": str(refund.order_id)},
        )
        snapshot = entities.refund_snapshot(entity)
    except GatewayRejected as exc:
        error = exc.message
        log.warning("refund refused", extra={"refund_id": refund.id, "error": error})
        return await in_transaction(
            session, lambda: domain.fail_refund(session, actor, refund_id, error=error)
        )
    except (GatewayUnavailable, entities.MalformedEntity) as exc:
        log.warning("refund not confirmed; will retry", extra={"refund_id": refund.id})
        if isinstance(exc, entities.MalformedEntity):
            raise GatewayUnavailable("Razorpay's refund answer was not understood.") from exc
        return refund
    return await in_transaction(
        session, lambda: domain.record_refund_answer(session, actor, refund_id, snapshot)
    )


async def send_refunds(
    sessions: async_sessionmaker[AsyncSession],
    gateway: RazorpayGateway,
    actor: Actor,
    refund_ids: Sequence[int],
) -> None:
    """Background: send automatic refunds (a failure is left for reconciliation)."""
    for refund_id in refund_ids:
        try:
            async with sessions() as session:
                await send_refund(session, gateway, actor, refund_id)
        except Exception:
            log.exception(
                "automatic refund failed; reconciliation will retry", extra={"refund_id": refund_id}
            )


# -- webhooks -------------------------------------------------------------------------


@dataclass(frozen=True)
class WebhookResult:
    event_id: str
    status: str
    refunds_to_send: list[int]


def parse_webhook(raw_body: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(raw_body.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidInput("The webhook body is not JSON.") from exc
    if not isinstance(payload, dict):
        raise InvalidInput("The webhook body is not a Razorpay event.")
    return payload


async def ingest_webhook(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    *,
    raw_body: bytes,
    signature: str | None,
    event_id: str | None,
) -> WebhookResult:
    """Verify, store raw, deduplicate (event id, then business identity), apply.

    One transaction for the happy path. If applying fails, the raw event is still kept
    (marked failed) for reconciliation, and the error reaches Razorpay as a 5xx so it
    delivers again.
    """
    if not gateway.config.webhook_secrets:
        raise PaymentsNotConfigured(
            "No webhook secret is configured (VYAPAR_RAZORPAY_WEBHOOK_SECRET); "
            "webhooks cannot be verified."
        )
    if not gateway.verify_webhook(raw_body, signature):
        raise SignatureInvalid("The webhook signature does not match.")
    payload = parse_webhook(raw_body)
    try:
        name = webhooks.event_name(payload)
    except entities.MalformedEntity as exc:
        raise InvalidInput(str(exc)) from exc
    event_id = (event_id or "").strip()[:64] or "sha256:" + hashlib.sha256(raw_body).hexdigest()[
        :57
    ]
    text = raw_body.decode("utf-8")
    key = webhooks.business_key(payload)
    assert signature is not None

    async def handle() -> WebhookResult:
        row, fresh = await domain.store_webhook_event(
            session,
            event_id=event_id,
            event=name,
            business_key=key,
            raw_body=text,
            signature=signature,
        )
        if not fresh and row.status not in (WebhookStatus.RECEIVED, WebhookStatus.FAILED):
            return WebhookResult(event_id, "duplicate", [])
        return await apply_stored_event(session, actor, row, payload)

    try:
        return await in_transaction(session, handle)
    except Exception as exc:
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            raise
        log.exception("webhook not applied; kept for retry", extra={"event_id": event_id})
        error = repr(exc)[:1000]

        async def keep() -> None:
            row, _ = await domain.store_webhook_event(
                session,
                event_id=event_id,
                event=name,
                business_key=key,
                raw_body=text,
                signature=signature,
            )
            await domain.finish_webhook_event(
                session,
                actor,
                row,
                WebhookStatus.FAILED,
                error=error,
                expected=(WebhookStatus.RECEIVED,),
            )

        await in_transaction(session, keep)
        raise


async def apply_stored_event(
    session: AsyncSession, actor: Actor, row: Any, payload: Mapping[str, Any]
) -> WebhookResult:
    """Apply a stored event inside the caller's transaction and mark it handled."""
    expected = (WebhookStatus.RECEIVED, WebhookStatus.FAILED)
    if await domain.already_applied(session, row):
        await domain.finish_webhook_event(
            session, actor, row, WebhookStatus.DUPLICATE, expected=expected
        )
        return WebhookResult(row.event_id, "duplicate", [])
    try:
        applied = await webhooks.apply_event(session, actor, payload)
    except entities.MalformedEntity as exc:
        await domain.finish_webhook_event(
            session, actor, row, WebhookStatus.IGNORED, error=str(exc), expected=expected
        )
        return WebhookResult(row.event_id, "ignored", [])
    status = WebhookStatus.IGNORED if applied.ignored else WebhookStatus.PROCESSED
    await domain.finish_webhook_event(
        session, actor, row, status, error=applied.ignored, expected=expected
    )
    return WebhookResult(row.event_id, status.value, applied.refunds_to_send)
