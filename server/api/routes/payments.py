"""Payments over HTTP, what shoppers and vendors ask: checkout, verify, status, UPI links,
refunds (Razorpay's webhooks and the link's callback are `payment_callbacks`).

Routes translate the wire into the `server.payments` flows (`checkouts`, `refunds`,
`webhooks`), which own the transactions around each Razorpay call (see
`server.payments.flow` for why there are two).
"""

from __future__ import annotations

import base64
import io
from typing import Annotated

import segno
from fastapi import APIRouter, Header, Request, Response
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import (
    CheckoutKind,
    Order,
    RefundStatus,
    Role,
)
from server.api.deps import CurrentActor, SessionDep, client_ip, rate_limit, require_role
from server.api.error_docs import error_responses
from server.api.errors import RateLimited
from server.api.payment_schemas import (
    CheckoutOut,
    CreateIn,
    LinkOut,
    PaymentStatusOut,
    RefundIn,
    RefundOut,
    VerifyIn,
)
from server.api.schemas import PathId
from server.domain.context import Actor
from server.domain.payments.checkouts import checkout_made
from server.domain.payments.views import pay_by, payment_view
from server.payments import checkouts, refunds
from server.payments.runtime import PaymentsRuntime
from server.ratelimit import RateLimiter
from server.sessions import single_statement

router = APIRouter(tags=["payments"])


IdempotencyKeyHeader = Annotated[
    str | None,
    Header(alias="Idempotency-Key", pattern=r"^[A-Za-z0-9_\-:.]{8,128}$"),
]


VendorOnly = Annotated[Actor, require_role(Role.VENDOR)]


def runtime_of(request: Request) -> PaymentsRuntime:
    payments: PaymentsRuntime = request.app.state.payments
    return payments


def _qr_png(url: str) -> str:
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind="png", scale=8, border=4)
    return base64.b64encode(buffer.getvalue()).decode()


async def asks_again(
    sessions: async_sessionmaker[AsyncSession], actor: Actor, order_id: int
) -> bool:
    """Whether a create asks again for the checkout its buyer has already: answered
    without Razorpay, it counts against the general rate limit, not the payments one, so
    a shopper who taps Pay again (a page that failed) is never locked out of paying.
    One statement, which commits alone (`single_statement`: one round trip, not three)."""
    async with sessions() as session, session.begin():
        await single_statement(session)
        return await checkout_made(session, actor, order_id, CheckoutKind.ORDER)


async def _create_repeats(request: Request, actor: Actor) -> bool:
    try:
        body = CreateIn.model_validate_json(await request.body())
    except ValidationError:
        return False  # the route answers 422
    return await asks_again(request.app.state.sessions, actor, body.order_id)


@router.post(
    "/api/payment/create",
    response_model=CheckoutOut,
    dependencies=[rate_limit("payments", repeat=_create_repeats)],
    responses=error_responses(403, 404, 409, 410, 502),
)
async def create_payment(
    body: CreateIn, request: Request, session: SessionDep, actor: CurrentActor
) -> CheckoutOut:
    """A Razorpay order for the order's total; asking again returns the same one."""
    return await open_order_checkout(runtime_of(request), session, actor, body.order_id)


async def open_order_checkout(
    runtime: PaymentsRuntime, session: AsyncSession, actor: Actor, order_id: int
) -> CheckoutOut:
    """The route's work, shared with its lean path (`server/api/fastpay.py`)."""
    checkout = await checkouts.open_checkout(
        session, runtime.gateway, actor, order_id, kind=CheckoutKind.ORDER, flow=runtime.flow
    )
    assert checkout.razorpay_order_id is not None
    base = runtime.checkout_base_url
    return CheckoutOut(
        order_id=checkout.order_id,
        key_id=runtime.gateway.key_id,
        razorpay_order_id=checkout.razorpay_order_id,
        amount=checkout.amount_paise,
        amount_paise=checkout.amount_paise,
        currency=checkout.currency,
        receipt=checkout.receipt,
        status=checkout.status.value,
        checkout_url=f"{base}/sandbox/checkout/{checkout.razorpay_order_id}" if base else None,
    )


@router.post(
    "/api/payment/verify",
    response_model=PaymentStatusOut,
    dependencies=[rate_limit("general")],
    responses=error_responses(400, 403, 404, 409, 502),
)
async def verify_payment(
    body: VerifyIn, request: Request, session: SessionDep, actor: CurrentActor
) -> PaymentStatusOut:
    """The checkout's answer: signature over *our* stored order id, then the payment."""
    runtime = runtime_of(request)
    checkout, outcome = await checkouts.verify_checkout_payment(
        session,
        runtime.gateway,
        actor,
        razorpay_order_id=body.razorpay_order_id,
        razorpay_payment_id=body.razorpay_payment_id,
        razorpay_signature=body.razorpay_signature,
    )
    runtime.send_refunds_later(request.app.state.sessions, outcome.refunds_to_send)
    async with session.begin():
        view = await payment_view(session, actor, checkout.order_id)
        # As the status route says it: a shopper page reads the time left to pay from
        # either answer, and a payment that did not pay the order leaves it waiting.
        deadline = await pay_by(session, view.order)
    return PaymentStatusOut.of(view, pay_by=deadline)


@router.get(
    "/api/payment/status/{order_id}",
    response_model=PaymentStatusOut,
    dependencies=[rate_limit("general")],
    responses=error_responses(403, 404),
)
async def payment_status(
    order_id: PathId, session: SessionDep, actor: CurrentActor
) -> PaymentStatusOut:
    async with session.begin():
        view = await payment_view(session, actor, order_id)
        deadline = await pay_by(session, view.order)
    return PaymentStatusOut.of(view, pay_by=deadline)


@router.post(
    "/api/payment/link/{order_id}",
    response_model=LinkOut,
    dependencies=[rate_limit("general")],
    responses=error_responses(403, 404, 409, 410, 429, 502),
)
async def payment_link(
    order_id: PathId, request: Request, session: SessionDep, actor: CurrentActor
) -> LinkOut:
    """A UPI payment link for the order, with a QR code of it for the shopper to scan."""
    await _count_link(request, session, actor, order_id)
    runtime = runtime_of(request)
    checkout = await checkouts.open_checkout(
        session, runtime.gateway, actor, order_id, kind=CheckoutKind.LINK, flow=runtime.flow
    )
    assert checkout.razorpay_payment_link_id is not None
    assert checkout.short_url is not None
    return LinkOut(
        order_id=checkout.order_id,
        payment_link_id=checkout.razorpay_payment_link_id,
        short_url=checkout.short_url,
        amount_paise=checkout.amount_paise,
        currency=checkout.currency,
        status=checkout.status.value,
        qr_png_base64=_qr_png(checkout.short_url),
    )


async def _count_link(request: Request, session: SessionDep, actor: Actor, order_id: int) -> None:
    """The *payments* limit on a link. The buyer's attempts count per buyer, as their
    checkouts do (one shopper retrying). A seller makes a link for every buyer, so their
    asks count per order (seller and order): a stall selling to a shopper a minute is not
    held to five sales in five minutes, while one order's link is still asked of Razorpay
    at most five times in five minutes (and asking again is answered from the link made).
    Who is neither is refused by the checkout (403) after their own per-user count."""
    async with session.begin():
        seller = await session.scalar(select(Order.vendor_id).where(Order.id == order_id))
    limiter: RateLimiter = request.app.state.limiter
    if seller is not None and seller == actor.user_id:
        verdict = await limiter.hit_scoped("payments", f"link:{actor.user_id}:{order_id}")
    else:
        verdict = await limiter.hit("payments", ip=client_ip(request), user_id=actor.user_id)
    if not verdict.allowed:
        raise RateLimited("payments", verdict.retry_after)


@router.post(
    "/api/payment/refund",
    response_model=RefundOut,
    status_code=201,
    dependencies=[rate_limit("general")],
    responses={
        202: {"description": "Reserved; Razorpay has not confirmed it yet."},
        **error_responses(403, 404, 409, 502),
    },
)
async def refund_payment(
    body: RefundIn,
    request: Request,
    response: Response,
    session: SessionDep,
    actor: VendorOnly,
    idempotency_key: IdempotencyKeyHeader = None,
) -> RefundOut:
    """The seller refunds all or part of a paid order. Send an `Idempotency-Key` to make
    retries safe: the same key returns the same refund, never a second one."""
    runtime = runtime_of(request)
    result = await refunds.request_refund(
        session,
        runtime.gateway,
        actor,
        body.order_id,
        amount_paise=body.amount_paise,
        reason=body.reason,
        idempotency_key=idempotency_key,
        flow=runtime.flow,
    )
    if result.replayed:
        response.headers["Idempotent-Replayed"] = "true"
    if result.refund.status is RefundStatus.REQUESTED:
        # Razorpay's answer did not come: ask again shortly, in the background.
        runtime.follow_up_refund(request.app.state.sessions, result.refund.id)
        response.status_code = 202
    elif result.refund.status is RefundStatus.FAILED and result.refund.razorpay_refund_id is None:
        response.status_code = 502  # Razorpay refused it outright (a later failure is news)
    return RefundOut.of(result.refund)
