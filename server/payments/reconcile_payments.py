"""Reconciliation's payment steps (`server.payments.reconcile`, steps 1, 2, 6 and 7): ask
Razorpay about checkouts and payments and apply what it says as a webhook would; report
captured payments for orders no order here has."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from models import (
    Checkout,
    CheckoutKind,
    CheckoutStatus,
    Order,
    OrderStatus,
    ReservationStatus,
    StockReservation,
    WebhookEvent,
    WebhookStatus,
)
from server.domain.context import Actor
from server.domain.errors import DomainError
from server.domain.payments.checkout_answers import attach_link_order, move_checkout
from server.domain.payments.checkouts import get_checkout
from server.domain.payments.payments import PaymentOutcome
from server.payments import entities
from server.payments.checkouts import adopt_checkout, commit_payment
from server.payments.errors import GatewayUnavailable
from server.payments.gateway import RazorpayGateway
from server.payments.refunds import send_refund
from server.payments.webhooks import UNMATCHED_PAYMENT, unmatched_payment

if TYPE_CHECKING:
    from server.payments.reconcile import ReconcileReport


LISTED_MAX = 10_000
"""The most payments one pass reads from Razorpay's list (`payments_since`), newest first."""


_UNMATCHED = re.compile(re.escape(UNMATCHED_PAYMENT) + r" (pay_[A-Za-z0-9]+):")


async def adopt_stuck_checkouts(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    report: ReconcileReport,
    now: datetime,
    limit: int,
) -> None:
    async with session.begin():
        stuck = list(
            await session.scalars(
                select(Checkout.id)
                .where(
                    Checkout.status == CheckoutStatus.CREATING,
                    or_(Checkout.lease_until.is_(None), Checkout.lease_until <= now),
                )
                .order_by(Checkout.id)
                .limit(limit)
            )
        )
    for checkout_id in stuck:
        try:
            checkout = await adopt_checkout(session, gateway, actor, checkout_id)
        except DomainError as exc:
            report.errors.append(f"checkout {checkout_id}: {exc.message}")
            continue
        if checkout.status is not CheckoutStatus.CREATING:
            report.checkouts_adopted += 1


async def check_open_checkouts(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    report: ReconcileReport,
    since: datetime,
    limit: int,
) -> None:
    async with session.begin():
        rows = list(
            await session.execute(
                select(
                    Checkout.id,
                    Checkout.kind,
                    Checkout.razorpay_order_id,
                    Checkout.razorpay_payment_link_id,
                )
                .where(
                    Checkout.status.in_([CheckoutStatus.CREATED, CheckoutStatus.ATTEMPTED]),
                    or_(
                        Checkout.created_at >= since,
                        Checkout.order_id.in_(
                            select(Order.id).where(Order.status == OrderStatus.PENDING_PAYMENT)
                        ),
                    ),
                )
                .order_by(Checkout.id)
                .limit(limit)
            )
        )
    await _check_rows(session, gateway, actor, report, [tuple(row) for row in rows])


async def check_before_release(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    report: ReconcileReport,
    now: datetime,
    limit: int,
) -> set[int]:
    """Before the sweeper releases orders unpaid past their reservation, ask Razorpay
    about their open checkouts and apply what it says (a payment whose webhook is late,
    say, behind an outage of ours, pays the order instead of being refunded). Returns
    the orders that could not be asked about: they are kept for the next sweep."""
    async with session.begin():
        rows = list(
            await session.execute(
                select(
                    Checkout.id,
                    Checkout.kind,
                    Checkout.razorpay_order_id,
                    Checkout.razorpay_payment_link_id,
                    Checkout.order_id,
                )
                .where(
                    Checkout.status.in_([CheckoutStatus.CREATED, CheckoutStatus.ATTEMPTED]),
                    Checkout.order_id.in_(
                        select(StockReservation.order_id).where(
                            StockReservation.status == ReservationStatus.HELD,
                            StockReservation.expires_at <= now,
                        )
                    ),
                    Checkout.order_id.in_(
                        select(Order.id).where(Order.status == OrderStatus.PENDING_PAYMENT)
                    ),
                )
                .order_by(Checkout.id)
                .limit(limit)
            )
        )
    order_of = {row[0]: row[4] for row in rows}
    failed = await _check_rows(session, gateway, actor, report, [tuple(row[:4]) for row in rows])
    return {order_of[checkout_id] for checkout_id in failed}


async def _check_rows(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    report: ReconcileReport,
    rows: list[tuple[Any, ...]],
) -> set[int]:
    """Fetch each checkout's payments (and a link's state) and apply them; returns the
    checkouts that could not be checked."""
    failed: set[int] = set()
    for checkout_id, kind, razorpay_order_id, link_id in rows:
        report.checkouts_checked += 1
        try:
            if kind is CheckoutKind.LINK and link_id:
                razorpay_order_id = await _refresh_link(
                    session, gateway, actor, checkout_id, link_id, razorpay_order_id
                )
            if not razorpay_order_id:
                continue
            found = await gateway.order_payments(razorpay_order_id)
            found.sort(key=_payment_order)
            for entity in found:
                await _apply_found(session, gateway, actor, report, entity, checkout_id)
        except (DomainError, entities.MalformedEntity) as exc:
            report.errors.append(f"checkout {checkout_id}: {exc}")
            failed.add(checkout_id)
    return failed


async def _refresh_link(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    checkout_id: int,
    link_id: str,
    razorpay_order_id: str | None,
) -> str | None:
    link = await gateway.fetch_payment_link(link_id)
    status = entities.checkout_status(link)
    async with session.begin():
        checkout = await get_checkout(session, checkout_id)
        order_ref = link.get("order_id")
        if isinstance(order_ref, str) and await attach_link_order(session, checkout, order_ref):
            razorpay_order_id = order_ref
        if status in (CheckoutStatus.EXPIRED, CheckoutStatus.CANCELLED):
            await move_checkout(session, actor, checkout, status)
    return razorpay_order_id


async def _apply_found(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    report: ReconcileReport,
    entity: Any,
    checkout_id: int | None = None,
) -> PaymentOutcome:
    """Apply a payment Razorpay listed, as a webhook would; count what it changed."""
    outcome = await commit_payment(
        session, actor, entities.payment_snapshot(entity), checkout_id=checkout_id
    )
    if outcome.changed:
        report.payments_applied += 1
    if outcome.credited and outcome.payment is not None:
        report.orders_paid.append(outcome.payment.order_id)
    for refund_id in outcome.refunds_to_send:
        await send_refund(session, gateway, actor, refund_id)
        report.refunds_sent += 1
    return outcome


async def payments_since(
    session: AsyncSession,
    gateway: RazorpayGateway,
    actor: Actor,
    report: ReconcileReport,
    since: datetime,
    now: datetime,
    limit: int,
) -> None:
    try:
        found = await gateway.payments_between(_unix(since), _unix(now), limit=LISTED_MAX)
    except GatewayUnavailable as exc:
        report.errors.append(f"Razorpay's payments since {since:%Y-%m-%d %H:%M} UTC: {exc}")
        return
    report.payments_listed = len(found)
    if len(found) >= LISTED_MAX:
        report.errors.append(
            f"Razorpay lists more than {LISTED_MAX} payments since {since:%Y-%m-%d %H:%M} UTC; "
            "only the newest were read: compare the older ones with Razorpay's dashboard"
        )
    seen: set[str] = set()
    for entity in sorted(found, key=_payment_order):
        payment_id = str(entity.get("id"))
        if payment_id in seen:
            continue  # a page that shifted while it was read
        seen.add(payment_id)
        try:
            outcome = await _apply_found(session, gateway, actor, report, entity)
            if outcome.payment is not None or entity.get("status") != "captured":
                continue
            if payment_id in report.unmatched_payments:
                continue  # reported already, from its stored webhook (step 6)
            snapshot = entities.payment_snapshot(entity)
            try:
                order = await gateway.fetch_order(snapshot.razorpay_order_id or "")
            except GatewayUnavailable:
                order = None  # the report names no order of ours, but still the money
            report.unmatched_payments.append(payment_id)
            report.errors.append(unmatched_payment(snapshot, order))
        except (DomainError, entities.MalformedEntity) as exc:
            report.errors.append(f"payment {payment_id}: {exc}")


async def report_unmatched(
    session: AsyncSession,
    gateway: RazorpayGateway,
    report: ReconcileReport,
    since: datetime,
    limit: int,
) -> None:
    """Captured payments for Razorpay orders no order here has, from their stored
    webhooks within the window, while Razorpay still holds their money (one refunded in
    full from the dashboard is no longer reported; one Razorpay cannot be asked about
    now is)."""
    async with session.begin():
        rows = list(
            await session.execute(
                select(WebhookEvent.event_id, WebhookEvent.error)
                .where(
                    WebhookEvent.status == WebhookStatus.IGNORED,
                    WebhookEvent.error.like(f"{UNMATCHED_PAYMENT} %"),
                    WebhookEvent.created_at >= since,
                )
                .order_by(WebhookEvent.id)
                .limit(limit)
            )
        )
    said: dict[str, str] = {}
    for _event_id, error in rows:
        found = _UNMATCHED.match(error or "")
        if found is None or not error:
            continue
        # Of one payment's events, keep one that names our order (`order.paid` carries
        # the order's notes; `payment.captured` does not).
        if found.group(1) not in said or "(our order" in error:
            said[found.group(1)] = error
    for payment_id, error in said.items():
        try:
            entity = await gateway.fetch_payment(payment_id)
            held = entity.get("status") == "captured"
        except GatewayUnavailable:
            held = True
        if held:
            report.unmatched_payments.append(payment_id)
            report.errors.append(error)


def _payment_order(entity: Any) -> tuple[int, str]:
    """Oldest first, by Razorpay's timestamp (0 where it is missing or not a number)."""
    created = entity.get("created_at") if isinstance(entity, dict) else None
    stamp = created if isinstance(created, int) and not isinstance(created, bool) else 0
    return stamp, str(entity.get("id")) if isinstance(entity, dict) else ""


def _unix(when: datetime) -> int:
    """Unix seconds of `when`, read as UTC when it names no zone (as the database's)."""
    return int((when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp())
