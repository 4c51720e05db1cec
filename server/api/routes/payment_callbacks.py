"""Payments over HTTP, what comes back from Razorpay: its webhooks, the payment link's
callback (a shopper's browser, redirected) and the result page it lands on.

Routes translate the wire into the `server.payments` flows (`checkouts`, `webhooks`);
the shopper's and vendor's own payment requests are `server.api.routes.payments`.
"""

from __future__ import annotations

import html
import re
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Header, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from starlette.datastructures import State

from models import Order, PaymentAllocation, User
from server.api.deps import SessionDep, SettingsDep
from server.api.error_docs import error_responses
from server.api.errors import outage
from server.api.payment_schemas import WebhookOut
from server.api.routes.payments import runtime_of
from server.domain.context import Actor
from server.logs import request_id_var
from server.payments import checkouts, result_links, webhooks
from server.payments.errors import EventIdInvalid, GatewayUnavailable, SignatureInvalid
from server.payments.runtime import PaymentsRuntime
from server.web import pages

router = APIRouter(tags=["payments"])


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
    settings: SettingsDep,
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
        query = result_links.result_query("pending", settings.secret_keys)
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
    query = result_links.result_query(
        status, settings.secret_keys, order_id=checkout.order_id, lang=language
    )
    return RedirectResponse(f"/payment/result?{query}", 303)


_ORDER_ID = re.compile(r"[1-9][0-9]{0,18}")


@router.api_route(
    "/payment/result", methods=["GET", "HEAD"], response_class=HTMLResponse, include_in_schema=False
)
async def payment_result(
    request: Request,
    settings: SettingsDep,
    status: str = "invalid",
    order_id: str | None = None,
    lang: str | None = None,
    sig: str | None = None,
) -> HTMLResponse:
    """A page for a browser, in the shopper's language: `lang` (the order's shopper's,
    which the callback's redirect names), else `Accept-Language`, else English. It tells
    an outcome (paid, refunding, pending, failed) and names the order only when the
    address carries this server's signature over them (`result_links`: the callback's
    redirect signs it); any other address, however malformed, reads "could not be
    confirmed" (never an error page), so nobody can make it show a receipt. Served with
    the pages' security headers (`pages.security_headers`), styled by their stylesheet,
    since this route lives on the payments router, not the pages'."""
    language = pages.notice_language(request, lang)
    valid_id = order_id is not None and _ORDER_ID.fullmatch(order_id) and int(order_id) < 2**63
    number = int(order_id) if valid_id and order_id is not None else None
    if order_id is not None and number is None:
        outcome = result_links.UNSIGNED
    else:
        outcome = result_links.told(status, number, lang, sig, settings.secret_keys)
    signed = outcome != result_links.UNSIGNED
    order = pages.notices(language)["order"].format(id=number) if signed and number else ""
    return pages.notice_page(
        request,
        outcome,
        lang=language,
        extra=f"<p>{html.escape(order)}</p>" if order else "",
    )
