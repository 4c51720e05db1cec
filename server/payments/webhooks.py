"""Razorpay webhook events → domain changes. Parsing and dispatch only; no network.

Each event has a *business identity* (`pay_X:captured`, `rfnd_Y:processed`,
`plink_Z:paid`): two events with different event ids that mean the same thing (say
`payment.captured` and `order.paid` for one payment) are applied once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from models import CheckoutStatus, PaymentStatus, RefundStatus
from server.domain import payments as domain
from server.domain.context import Actor
from server.payments.entities import MalformedEntity, payment_snapshot, refund_snapshot

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
    wrapper = payload.get("payload", {}).get(name)
    entity = wrapper.get("entity") if isinstance(wrapper, dict) else None
    return entity if isinstance(entity, dict) else None


def event_name(payload: Mapping[str, Any]) -> str:
    name = payload.get("event")
    if not isinstance(name, str) or not name:
        raise MalformedEntity("a webhook without an `event`")
    return name


def business_key(payload: Mapping[str, Any]) -> str | None:
    """What the event does, e.g. `pay_X:captured`; None for events we do not handle."""
    name = payload.get("event")
    if name in _PAYMENT_TARGET and name != "payment_link.paid":
        entity = _entity(payload, "payment")
        if entity and isinstance(entity.get("id"), str):
            return f"{entity['id']}:{_PAYMENT_TARGET[name].value}"
    if name in _REFUND_TARGET:
        entity = _entity(payload, "refund")
        if entity and isinstance(entity.get("id"), str):
            return f"{entity['id']}:{name.split('.', 1)[1]}"
    if isinstance(name, str) and name.startswith("payment_link."):
        entity = _entity(payload, "payment_link")
        if entity and isinstance(entity.get("id"), str):
            return f"{entity['id']}:{name.split('.', 1)[1]}"
    return None


async def apply_event(session: AsyncSession, actor: Actor, payload: Mapping[str, Any]) -> Applied:
    """Apply one verified event inside the caller's transaction."""
    name = event_name(payload)
    if name not in HANDLED:
        return Applied(ignored=f"event {name} is not one we act on")
    if name in _REFUND_TARGET:
        entity = _entity(payload, "refund")
        if entity is None:
            raise MalformedEntity(f"{name} without a refund entity")
        refund = await domain.apply_refund(
            session, actor, refund_snapshot(entity, status=_REFUND_TARGET[name])
        )
        return Applied(ignored=None if refund else "refund of a payment that is not ours")
    if name.startswith("payment_link."):
        return await _apply_link_event(session, actor, name, payload)
    entity = _entity(payload, "payment")
    if entity is None:
        raise MalformedEntity(f"{name} without a payment entity")
    outcome = await domain.apply_payment(
        session, actor, payment_snapshot(entity, status=_PAYMENT_TARGET[name])
    )
    return Applied(ignored=outcome.ignored, refunds_to_send=outcome.refunds_to_send)


async def _apply_link_event(
    session: AsyncSession, actor: Actor, name: str, payload: Mapping[str, Any]
) -> Applied:
    link = _entity(payload, "payment_link")
    if link is None or not isinstance(link.get("id"), str):
        raise MalformedEntity(f"{name} without a payment_link entity")
    checkout = await domain.find_checkout(session, razorpay_payment_link_id=link["id"])
    if checkout is None:
        return Applied(ignored=f"payment link {link['id']} is not ours")
    if name in _LINK_TARGET:
        await domain.move_checkout(session, actor, checkout, _LINK_TARGET[name])
        return Applied()
    entity = _entity(payload, "payment")
    if entity is None:
        raise MalformedEntity(f"{name} without a payment entity")
    order = _entity(payload, "order")
    order_id = (order or {}).get("id") or entity.get("order_id")
    if isinstance(order_id, str) and order_id:
        await domain.attach_link_order(session, checkout, order_id)
    outcome = await domain.apply_payment(
        session,
        actor,
        payment_snapshot(entity, status=PaymentStatus.CAPTURED),
        checkout=checkout,
    )
    return Applied(ignored=outcome.ignored, refunds_to_send=outcome.refunds_to_send)
