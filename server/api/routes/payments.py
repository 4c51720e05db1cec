"""Payments over HTTP: checkout, verify, status, UPI links, refunds, webhooks, callback.

Routes translate the wire into the `server.payments` flows (`checkouts`, `refunds`,
`webhooks`), which own the transactions around each Razorpay call (see
`server.payments.flow` for why there are two).
"""

from __future__ import annotations

import base64
import html
import io
import re
from typing import Annotated
from urllib.parse import urlencode

import segno
from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from starlette.datastructures import State

from models import (
    CheckoutKind,
    Order,
    PaymentAllocation,
    RefundStatus,
    Role,
    User,
)
from server.api.deps import CurrentActor, SessionDep, rate_limit, require_role
from server.api.error_docs import error_responses
from server.api.errors import outage
from server.api.payment_schemas import (
    CheckoutOut,
    CreateIn,
    LinkOut,
    PaymentStatusOut,
    RefundIn,
    RefundOut,
    VerifyIn,
    WebhookOut,
)
from server.api.schemas import PathId
from server.domain.context import Actor
from server.domain.payments.checkouts import checkout_made
from server.domain.payments.views import payment_view
from server.logs import request_id_var
from server.payments import checkouts, refunds, webhooks
from server.payments.errors import EventIdInvalid, GatewayUnavailable, SignatureInvalid
from server.payments.runtime import PaymentsRuntime
from server.sessions import single_statement
from server.web import pages

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
    return PaymentStatusOut.of(view)


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
    return PaymentStatusOut.of(view)


@router.post(
    "/api/payment/link/{order_id}",
    response_model=LinkOut,
    dependencies=[rate_limit("payments")],
    responses=error_responses(403, 404, 409, 410, 502),
)
async def payment_link(
    order_id: PathId, request: Request, session: SessionDep, actor: CurrentActor
) -> LinkOut:
    """A UPI payment link for the order, with a QR code of it for the shopper to scan."""
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


def _utf8_header(value: str | None) -> str | None:
    """A header as the UTF-8 text it was sent as (the server reads header bytes as
    Latin-1, which would garble it); bytes that are not UTF-8 are refused (400)."""
    if value is None:
        return None
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        raise EventIdInvalid("X-Razorpay-Event-Id must be UTF-8 text.") from None


@router.post("/api/payment/webhook", response_model=WebhookOut, responses=error_responses(400, 409))
async def razorpay_webhook(
    request: Request,
    session: SessionDep,
    x_razorpay_signature: Annotated[str | None, Header()] = None,
    x_razorpay_event_id: Annotated[str | None, Header()] = None,
) -> WebhookOut:
    """Razorpay's events. Verified on the raw body; stored; applied once; answered fast."""
    return await take_webhook(
        request.app.state,
        session,
        await request.body(),
        signature=x_razorpay_signature,
        event_id=x_razorpay_event_id,
        ip=request.client.host if request.client else None,
    )


async def take_webhook(
    state: State,
    session: AsyncSession,
    raw_body: bytes,
    *,
    signature: str | None,
    event_id: str | None,
    ip: str | None,
) -> WebhookOut:
    """The route's work, shared with its lean path (`server/api/fastpay.py`)."""
    runtime: PaymentsRuntime = state.payments
    actor = Actor(None, None, request_id_var.get(), ip)
    result = await webhooks.ingest_webhook(
        session,
        runtime.gateway,
        actor,
        raw_body=raw_body,
        signature=signature,
        event_id=_utf8_header(event_id),
    )
    runtime.send_refunds_later(state.sessions, result.refunds_to_send)
    return WebhookOut(status=result.status, event_id=result.event_id)


CALLBACK_LIMITS = {
    "razorpay_payment_id": 40,
    "razorpay_payment_link_id": 40,
    "razorpay_payment_link_reference_id": 40,
    "razorpay_payment_link_status": 20,
    "razorpay_signature": 128,
}
"""The longest value of each callback parameter Razorpay sends; a longer one cannot be
signed by Razorpay, so it is an invalid callback (a redirect, not a 422)."""


def _callback_param(name: str) -> object:
    return Query(
        alias=name,
        description=f"Up to {CALLBACK_LIMITS[name]} characters; anything else is answered "
        "with the redirect to `status=invalid`.",
    )


def _invalid_callback() -> RedirectResponse:
    return RedirectResponse(f"/payment/result?{urlencode({'status': 'invalid'})}", 303)


@router.get(
    "/api/payment/callback",
    response_class=RedirectResponse,
    status_code=303,
    responses={
        503: {
            "description": "The database cannot be reached: a page in the browser's "
            "language saying to try again shortly (reloading sends the callback again), "
            "with `Retry-After`.",
            "content": {"text/html": {"schema": {"type": "string"}}},
        }
    },
)
async def payment_link_callback(
    request: Request,
    session: SessionDep,
    razorpay_payment_id: Annotated[str, _callback_param("razorpay_payment_id")] = "",
    razorpay_payment_link_id: Annotated[str, _callback_param("razorpay_payment_link_id")] = "",
    razorpay_payment_link_reference_id: Annotated[
        str, _callback_param("razorpay_payment_link_reference_id")
    ] = "",
    razorpay_payment_link_status: Annotated[
        str, _callback_param("razorpay_payment_link_status")
    ] = "",
    razorpay_signature: Annotated[str, _callback_param("razorpay_signature")] = "",
) -> Response:
    """Where a paid link sends the shopper: verify its signature, record, show the result.
    A browser follows it, so every callback that is not Razorpay's, however malformed
    (values too long, missing, not text Razorpay sends), is answered with the same 303 to
    `/payment/result?status=invalid`, never an error page."""
    values = {
        "razorpay_payment_id": razorpay_payment_id,
        "razorpay_payment_link_id": razorpay_payment_link_id,
        "razorpay_payment_link_reference_id": razorpay_payment_link_reference_id,
        "razorpay_payment_link_status": razorpay_payment_link_status,
        "razorpay_signature": razorpay_signature,
    }
    if any(
        len(value) > CALLBACK_LIMITS[name] or not value.isascii() or not value.isprintable()
        for name, value in values.items()
    ):
        return _invalid_callback()
    runtime = runtime_of(request)
    actor = Actor(None, None, request_id_var.get(), request.client.host if request.client else None)
    try:
        checkout, outcome = await checkouts.complete_link_callback(
            session,
            runtime.gateway,
            actor,
            payment_link_id=razorpay_payment_link_id,
            reference_id=razorpay_payment_link_reference_id,
            status=razorpay_payment_link_status,
            payment_id=razorpay_payment_id,
            signature=razorpay_signature,
        )
        # The result page speaks the shopper's language (their account's, not only
        # what this browser asks for): one indexed read.
        language = await session.scalar(
            select(User.language)
            .join(Order, Order.customer_id == User.id)
            .where(Order.id == checkout.order_id)
        )
    except SignatureInvalid:
        return _invalid_callback()
    except GatewayUnavailable:
        # Signed and paid, but Razorpay is slow to tell us more: the webhook will.
        query = urlencode({"status": "pending"})
        return RedirectResponse(f"/payment/result?{query}", 303)
    except Exception as exc:
        unavailable = outage(request, exc)
        if unavailable is None:
            raise
        # A browser is waiting, not a client of the API: the 503 page in its language
        # (reloading it sends the same signed callback again), not the JSON answer.
        return pages.error_page(request, exc, unavailable)
    if outcome is not None:
        runtime.send_refunds_later(request.app.state.sessions, outcome.refunds_to_send)
    if outcome is not None and outcome.credited:
        status = "paid"
    elif outcome is not None and outcome.payment is not None:
        status = "refunding" if outcome.payment.allocation is PaymentAllocation.SURPLUS else "paid"
    else:
        status = "failed"
    query = urlencode(
        {
            "status": status,
            "order_id": checkout.order_id,
            **({"lang": language} if language else {}),
        }
    )
    return RedirectResponse(f"/payment/result?{query}", 303)


_ORDER_ID = re.compile(r"[1-9][0-9]{0,18}")

_RESULTS = frozenset({"paid", "refunding", "pending", "failed", "invalid"})
"""The outcomes `/payment/result` tells (`web/notices/<language>.json`)."""


@router.api_route(
    "/payment/result", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False
)
async def payment_result(
    request: Request,
    status: str = "failed",
    order_id: str | None = None,
    lang: str | None = None,
) -> HTMLResponse:
    """A page for a browser, in the shopper's language: `lang` (the order's shopper's,
    which the callback's redirect names), else `Accept-Language`, else English. An unknown
    `status` reads as "failed", an `order_id` that is not an id is left out and an unknown
    `lang` ignored (never an error page). Served with the pages' security headers
    (`pages.security_headers`), styled by their stylesheet, since this route lives on the
    payments router, not the pages'."""
    language = pages.notice_language(request, lang)
    shown = order_id is not None and _ORDER_ID.fullmatch(order_id) and int(order_id) < 2**63
    order = pages.notices(language)["order"].format(id=order_id) if shown else ""
    return pages.notice_page(
        request,
        status if status in _RESULTS else "failed",
        lang=language,
        extra=f"<p>{html.escape(order)}</p>" if order else "",
    )
