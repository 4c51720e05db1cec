"""Razorpay webhooks: verified on the raw body, kept in the inbox, deduplicated, applied.

Each event has a *business identity* (`pay_X:captured`, `rfnd_Y:processed`,
`plink_Z:paid`): two events with different event ids that mean the same thing (say
`payment.captured` and `order.paid` for one payment) are applied once.

`ingest_webhook` is the whole flow in one transaction; `apply_stored_event` applies an
event already in the inbox (reconciliation replays failed ones through it).
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from models import CheckoutStatus, PaymentStatus, RefundStatus, WebhookStatus
from server import app_metrics, jsontext
from server.domain.context import Actor
from server.domain.errors import InvalidInput
from server.domain.negotiation import rupees
from server.domain.payments.checkout_answers import attach_link_order, find_checkout, move_checkout
from server.domain.payments.inbox import (
    TO_APPLY,
    StoredEvent,
    already_applied,
    finish_webhook_event,
    keep_webhook_event,
)
from server.domain.payments.payments import apply_payment
from server.domain.payments.refund_answers import apply_refund
from server.domain.payments.refunds import RefundExceedsCaptured
from server.domain.payments.snapshots import RAZORPAY_ID, PaymentSnapshot
from server.payments.entities import (
    MalformedEntity,
    notes_of,
    payment_snapshot,
    refund_snapshot,
)
from server.payments.errors import PaymentsNotConfigured, SignatureInvalid, WebhookBodyInvalid
from server.payments.flow import in_transaction
from server.payments.gateway import RazorpayGateway

log = logging.getLogger("vyaparmitra.payments")

HANDLED = frozenset(
    {
        "payment.authorized",
        "payment.captured",
        "payment.failed",
        "order.paid",
        "refund.created",
        "refund.processed",
        "refund.failed",
        "payment_link.paid",
        "payment_link.expired",
        "payment_link.cancelled",
    }
)

_PAYMENT_TARGET = {
    "payment.authorized": PaymentStatus.AUTHORIZED,
    "payment.captured": PaymentStatus.CAPTURED,
    "payment.failed": PaymentStatus.FAILED,
    "order.paid": PaymentStatus.CAPTURED,
    "payment_link.paid": PaymentStatus.CAPTURED,
}
_REFUND_TARGET = {
    "refund.created": RefundStatus.PENDING,
    "refund.processed": RefundStatus.PROCESSED,
    "refund.failed": RefundStatus.FAILED,
}
_LINK_TARGET = {
    "payment_link.expired": CheckoutStatus.EXPIRED,
    "payment_link.cancelled": CheckoutStatus.CANCELLED,
}


@dataclass
class Applied:
    ignored: str | None = None
    refunds_to_send: list[int] = field(default_factory=list)


def _entity(payload: Mapping[str, Any], name: str) -> Mapping[str, Any] | None:
    inner = payload.get("payload")
    wrapper = inner.get(name) if isinstance(inner, dict) else None
    entity = wrapper.get("entity") if isinstance(wrapper, dict) else None
    return entity if isinstance(entity, dict) else None


def event_name(payload: Mapping[str, Any]) -> str:
    name = payload.get("event")
    if name is None or name == "":
        raise MalformedEntity("a webhook without an `event`")
    if not isinstance(name, str):
        raise MalformedEntity(f"a webhook whose `event` is not a name: {str(name)[:60]!r}")
    if not _EVENT_NAME.fullmatch(name):
        raise MalformedEntity(f"not a Razorpay event name: {name[:60]!r}")
    return name


_EVENT_NAME = re.compile(r"[a-z_]{1,24}(\.[a-z_]{1,23}){1,2}")
"""`payment.captured`, `payment_link.partially_paid`: what the 48-character column holds."""


def business_key(payload: Mapping[str, Any]) -> str | None:
    """What the event does, e.g. `pay_X:captured`; None for events we do not handle (or
    whose entity has no usable Razorpay id: the event is then kept and answered as
    malformed when applied)."""
    name = payload.get("event")
    if name in _PAYMENT_TARGET and name != "payment_link.paid":
        entity_id = _id_of(_entity(payload, "payment"))
        if entity_id:
            return f"{entity_id}:{_PAYMENT_TARGET[name].value}"
    if name in _REFUND_TARGET:
        entity_id = _id_of(_entity(payload, "refund"))
        if entity_id:
            return f"{entity_id}:{name.split('.', 1)[1]}"
    if isinstance(name, str) and name.startswith("payment_link."):
        entity_id = _id_of(_entity(payload, "payment_link"))
        if entity_id:
            return f"{entity_id}:{name.split('.', 1)[1]}"
    return None


def _id_of(entity: Mapping[str, Any] | None) -> str | None:
    value = entity.get("id") if entity else None
    return value if isinstance(value, str) and RAZORPAY_ID.fullmatch(value) else None


async def apply_event(session: AsyncSession, actor: Actor, payload: Mapping[str, Any]) -> Applied:
    """Apply one verified event inside the caller's transaction."""
    name = event_name(payload)
    if name not in HANDLED:
        return Applied(ignored=f"event {name} is not one we act on")
    if name in _REFUND_TARGET:
        entity = _entity(payload, "refund")
        if entity is None:
            raise MalformedEntity(f"{name} without a refund entity")
        try:
            refund = await apply_refund(
                session, actor, refund_snapshot(entity, status=_REFUND_TARGET[name])
            )
        except RefundExceedsCaptured as exc:
            # Razorpay says more was refunded than this server knows was captured: kept
            # and logged for a person to look at, not refused for Razorpay to resend.
            log.warning("refund event past what was captured", extra={"error": str(exc)})
            return Applied(ignored=f"refund past what was captured: {exc}")
        return Applied(ignored=None if refund else "refund of a payment that is not ours")
    if name.startswith("payment_link."):
        return await _apply_link_event(session, actor, name, payload)
    entity = _entity(payload, "payment")
    if entity is None:
        raise MalformedEntity(f"{name} without a payment entity")
    snapshot = payment_snapshot(entity, status=_PAYMENT_TARGET[name])
    outcome = await apply_payment(session, actor, snapshot)
    if outcome.payment is None and snapshot.status is PaymentStatus.CAPTURED:
        return Applied(ignored=unmatched_payment(snapshot, _entity(payload, "order")))
    return Applied(ignored=outcome.ignored, refunds_to_send=outcome.refunds_to_send)


UNMATCHED_PAYMENT = "unmatched captured payment"
"""How the stored event's `error` begins when the event tells of money captured for a
Razorpay order no order here has; reconciliation reports these (`payments reconcile`)."""


def unmatched_payment(snapshot: PaymentSnapshot, order: Mapping[str, Any] | None) -> str:
    """Money captured on our Razorpay account (the webhook is signed) for an order we do
    not know: after a restore from backup, the payment of an order the restore lost.
    Nothing here can pay with it; logged, counted and kept for a person to refund (the
    Razorpay dashboard) or match by hand."""
    ours = notes_of(order).get("order_id") if order is not None else None
    named = f" (our order {ours}, say its notes)" if ours and ours.isdigit() else ""
    log.warning(
        "captured payment for a Razorpay order no order here has",
        extra={
            "razorpay_payment_id": snapshot.razorpay_payment_id,
            "razorpay_order_id": snapshot.razorpay_order_id,
            "amount_paise": snapshot.amount_paise,
            "order_id": ours,
        },
    )
    app_metrics.PAYMENTS_UNMATCHED.inc()
    return (
        f"{UNMATCHED_PAYMENT} {snapshot.razorpay_payment_id}: {rupees(snapshot.amount_paise)} "
        f"for Razorpay order {snapshot.razorpay_order_id}{named}, which no order here has; "
        "refund it (Razorpay dashboard) or match it by hand"
    )


async def _apply_link_event(
    session: AsyncSession, actor: Actor, name: str, payload: Mapping[str, Any]
) -> Applied:
    link = _entity(payload, "payment_link")
    if link is None or _id_of(link) is None:
        raise MalformedEntity(f"{name} without a payment_link entity")
    checkout = await find_checkout(session, razorpay_payment_link_id=link["id"])
    if checkout is None:
        return Applied(ignored=f"payment link {link['id']} is not ours")
    if name in _LINK_TARGET:
        await move_checkout(session, actor, checkout, _LINK_TARGET[name])
        return Applied()
    entity = _entity(payload, "payment")
    if entity is None:
        raise MalformedEntity(f"{name} without a payment entity")
    order = _entity(payload, "order")
    named = {o for o in ((order or {}).get("id"), entity.get("order_id")) if o}
    if len(named) > 1:
        return Applied(ignored="the payment names another order than the event's")
    order_id = (order or {}).get("id") or entity.get("order_id")
    if (
        isinstance(order_id, str)
        and RAZORPAY_ID.fullmatch(order_id)
        and not await attach_link_order(session, checkout, order_id)
    ):
        return Applied(ignored=f"order {order_id} is not this payment link's")
    outcome = await apply_payment(
        session,
        actor,
        payment_snapshot(entity, status=PaymentStatus.CAPTURED),
        checkout=checkout,
    )
    return Applied(ignored=outcome.ignored, refunds_to_send=outcome.refunds_to_send)


@dataclass(frozen=True)
class WebhookResult:
    event_id: str
    status: str
    refunds_to_send: list[int]


MAX_EVENT_ID = 64
"""Characters `webhook_events.event_id` holds."""


def stored_event_id(event_id: str | None, raw_body: bytes) -> str:
    """The key an event is deduplicated by: its `X-Razorpay-Event-Id` as sent; for an id
    longer than the column, `id-sha256:` and its SHA-256 (never a cut-off prefix, which
    two ids could share); with none, `sha256:` and the body's SHA-256."""
    given = (event_id or "").strip()
    if not given:
        return "sha256:" + hashlib.sha256(raw_body).hexdigest()[: MAX_EVENT_ID - 7]
    if len(given) <= MAX_EVENT_ID:
        return given
    digest = hashlib.sha256(given.encode("utf-8")).hexdigest()
    return "id-sha256:" + digest[: MAX_EVENT_ID - 10]


def parse_webhook(raw_body: bytes) -> dict[str, Any]:
    try:
        payload = jsontext.loads(raw_body.decode("utf-8-sig"))  # a UTF-8 BOM is still UTF-8
    except jsontext.RepeatedKey as exc:
        raise WebhookBodyInvalid(f"The webhook body is refused: {exc}") from exc
    except (ValueError, RecursionError) as exc:  # not UTF-8, not JSON, numbers past limits
        raise WebhookBodyInvalid("The webhook body is not JSON.") from exc
    if not isinstance(payload, dict):
        raise WebhookBodyInvalid("The webhook body is not a Razorpay event (a JSON object).")
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
        name = event_name(payload)
    except MalformedEntity as exc:
        raise InvalidInput(str(exc)) from exc
    app_metrics.PAYMENT_WEBHOOKS.labels(name).inc()
    event_id = stored_event_id(event_id, raw_body)
    text = raw_body.decode("utf-8")
    key = business_key(payload)
    assert signature is not None

    async def store() -> StoredEvent:
        return await keep_webhook_event(
            session,
            event_id=event_id,
            event=name,
            business_key=key,
            raw_body=text,
            signature=signature,
        )

    async def handle() -> WebhookResult:
        stored = await store()
        if not stored.fresh and stored.row.status not in TO_APPLY:
            return WebhookResult(event_id, "duplicate", [])
        return await apply_stored_event(
            session, actor, stored.row, payload, applied_elsewhere=stored.applied_elsewhere
        )

    try:
        return await in_transaction(session, handle)
    except Exception as exc:
        if isinstance(exc, DBAPIError) and exc.connection_invalidated:
            raise
        log.exception("webhook not applied; kept for retry", extra={"event_id": event_id})
        app_metrics.PAYMENT_WEBHOOK_ERRORS.inc()
        error = repr(exc)[:1000]

        async def keep() -> None:
            stored = await store()
            await finish_webhook_event(
                session,
                actor,
                stored.row,
                WebhookStatus.FAILED,
                error=error,
                expected=(WebhookStatus.RECEIVED,),
            )

        await in_transaction(session, keep)
        raise


async def apply_stored_event(
    session: AsyncSession,
    actor: Actor,
    row: Any,
    payload: Mapping[str, Any],
    *,
    applied_elsewhere: bool | None = None,
) -> WebhookResult:
    """Apply a stored event inside the caller's transaction and mark it handled.
    `applied_elsewhere`: `already_applied`'s answer when the insert read it already."""
    expected = TO_APPLY
    if applied_elsewhere is None:
        applied_elsewhere = await already_applied(session, row)
    if applied_elsewhere:
        await finish_webhook_event(session, actor, row, WebhookStatus.DUPLICATE, expected=expected)
        return WebhookResult(row.event_id, "duplicate", [])
    try:
        applied = await apply_event(session, actor, payload)
    except MalformedEntity as exc:
        await finish_webhook_event(
            session, actor, row, WebhookStatus.IGNORED, error=str(exc), expected=expected
        )
        return WebhookResult(row.event_id, "ignored", [])
    status = WebhookStatus.IGNORED if applied.ignored else WebhookStatus.PROCESSED
    await finish_webhook_event(
        session, actor, row, status, error=applied.ignored, expected=expected
    )
    return WebhookResult(row.event_id, status.value, applied.refunds_to_send)
