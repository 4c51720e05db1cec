"""Checkout flows: open the order's Razorpay order or payment link, adopt one an
interrupted request left behind, and take a paid checkout's word (signature verified)
back into the domain."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from models import Checkout, CheckoutKind, CheckoutStatus, Order, PaymentStatus, utcnow
from server.domain.context import Actor
from server.domain.errors import ConcurrentUpdate
from server.domain.payments.checkout_answers import (
    attach_link_order,
    checkout_for_customer,
    find_checkout,
)
from server.domain.payments.checkouts import (
    claim_checkout,
    get_checkout,
    record_checkout,
    refuse_checkout,
    release_checkout_lease,
)
from server.domain.payments.payments import PaymentOutcome, apply_payment
from server.domain.payments.snapshots import RAZORPAY_ID, PaymentSnapshot
from server.payments import entities
from server.payments.errors import GatewayRejected, GatewayUnavailable, SignatureInvalid
from server.payments.flow import WAIT_POLL_SECONDS, FlowSettings, in_transaction
from server.payments.gateway import Entity, RazorpayGateway

log = logging.getLogger("vyaparmitra.payments")


def _order_notes(order: Order) -> dict[str, str]:
    return {
        "order_id": str(order.id),
        "negotiation_id": str(order.negotiation_id),
        "vendor_id": str(order.vendor_id),
        "customer_id": str(order.customer_id),
    }


def _matches(entity: Mapping[str, Any], checkout: Checkout) -> bool:
    """Whether an order or link Razorpay lists under this checkout's receipt is the one
    this checkout made: its own receipt (random per checkout, so never one made for an
    order a restore lost), amount and order id, and still payable."""
    notes = entities.notes_of(entity)
    receipt = entity.get("receipt" if checkout.kind is CheckoutKind.ORDER else "reference_id")
    return (
        receipt == checkout.receipt
        and entity.get("amount") == checkout.amount_paise
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
            lambda: claim_checkout(
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
    except GatewayRejected as exc:
        # Razorpay refused it (an amount below its minimum, say): nothing exists there.
        async with session.begin():
            await refuse_checkout(session, actor, checkout.id, reason=exc.message)
        raise
    except (GatewayUnavailable, entities.MalformedEntity):
        async with session.begin():
            await release_checkout_lease(session, checkout.id)
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
    return await record_checkout(
        session,
        actor,
        checkout.id,
        status=status,
        razorpay_order_id=order_ref
        if isinstance(order_ref, str) and RAZORPAY_ID.fullmatch(order_ref)
        else None,
        razorpay_payment_link_id=str(entity["id"]) if is_link else None,
        short_url=short_url if isinstance(short_url, str) and short_url else None,
    )


async def adopt_checkout(
    session: AsyncSession, gateway: RazorpayGateway, actor: Actor, checkout_id: int
) -> Checkout:
    """Reconcile a checkout stuck `creating` (its request died): adopt what Razorpay has."""
    async with session.begin():
        checkout = await get_checkout(session, checkout_id)
    if checkout.status is not CheckoutStatus.CREATING:
        return checkout
    entity = await _existing_at_gateway(gateway, checkout)
    if entity is None:
        return checkout
    async with session.begin():
        return await _record(session, actor, checkout, entity, entities.checkout_status(entity))


async def commit_payment(
    session: AsyncSession,
    actor: Actor,
    snapshot: PaymentSnapshot,
    *,
    checkout_id: int | None = None,
) -> PaymentOutcome:
    """Apply what Razorpay says about a payment in a transaction of its own (retried
    when it lost a race)."""

    async def work() -> PaymentOutcome:
        checkout = await get_checkout(session, checkout_id) if checkout_id else None
        return await apply_payment(session, actor, snapshot, checkout=checkout)

    return await in_transaction(session, work)


async def _fetched_payment(gateway: RazorpayGateway, razorpay_payment_id: str) -> PaymentSnapshot:
    """The payment as Razorpay has it now; one it describes in a way we cannot read is
    Razorpay being unavailable (503, retried), never stored half-read."""
    entity = await gateway.fetch_payment(razorpay_payment_id)
    try:
        return entities.payment_snapshot(entity)
    except entities.MalformedEntity as exc:
        raise GatewayUnavailable(
            f"Razorpay described the payment in a way we cannot read ({exc}); try again shortly."
        ) from exc


async def verify_checkout_payment(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    *,
    razorpay_order_id: str,
    razorpay_payment_id: str,
    razorpay_signature: str,
) -> tuple[Checkout, PaymentOutcome]:
    """The buyer's checkout returned a signature: check it against the order id *we*
    stored, then learn the payment's state from Razorpay and apply it."""
    async with session.begin():
        checkout = await checkout_for_customer(session, actor, razorpay_order_id)
    stored = checkout.razorpay_order_id
    assert stored is not None
    if not gateway.verify_checkout(stored, razorpay_payment_id, razorpay_signature):
        log.warning(
            "checkout signature mismatch",
            extra={"razorpay_order_id": stored, "razorpay_payment_id": razorpay_payment_id},
        )
        raise SignatureInvalid("The payment signature does not match this order.")
    try:
        snapshot = await _fetched_payment(gateway, razorpay_payment_id)
        if snapshot.razorpay_order_id != stored:
            raise SignatureInvalid("That payment belongs to another order.")
    except GatewayUnavailable:
        # The signature alone proves Razorpay authorised this payment; the amount is the
        # order's. A webhook or reconciliation brings the capture.
        snapshot = PaymentSnapshot(
            razorpay_payment_id=razorpay_payment_id,
            razorpay_order_id=stored,
            amount_paise=checkout.amount_paise,
            currency=checkout.currency,
            status=PaymentStatus.AUTHORIZED,
        )
    outcome = await commit_payment(session, actor, snapshot, checkout_id=checkout.id)
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
) -> tuple[Checkout, PaymentOutcome | None]:
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
        checkout = await find_checkout(session, razorpay_payment_link_id=payment_link_id)
    if checkout is None:
        raise SignatureInvalid("That payment link is not ours.")
    if status != "paid":
        return checkout, None
    snapshot = await _fetched_payment(gateway, payment_id)
    async with session.begin():
        if snapshot.razorpay_order_id and not await attach_link_order(
            session, await get_checkout(session, checkout.id), snapshot.razorpay_order_id
        ):
            raise SignatureInvalid("That payment belongs to another order.")
    outcome = await commit_payment(session, actor, snapshot, checkout_id=checkout.id)
    return checkout, outcome
