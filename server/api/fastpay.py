"""The payment's lean paths: the three requests every payment makes, answered without
FastAPI's routing, dependency injection and response validation (what lean paths share
and promise: `server/api/lean.py`).

- `POST /api/payment/create`: the bearer token and the account gate, the `payments` rate
  limit, the body read by `CreateIn`, then `open_order_checkout`, as the route does.
- `POST /api/payment/webhook`: the raw body, `X-Razorpay-Signature` and
  `X-Razorpay-Event-Id` as sent, then `take_webhook` (signature checked on the raw body,
  the inbox, dedup, applied in one transaction), as the route does.
- `GET /api/orders/{id}`: the bearer token and the account gate, the `general` rate
  limit, then `read_order`, as the route does (the page of a shopper waiting to pay
  polls it).

Handed to the app untouched: no bearer token where one is needed, a body that is not
JSON by its content type or that `CreateIn` refuses, a body in more than one message, an
id that is not plain digits in range.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from server.api import lean
from server.api.payment_schemas import CreateIn
from server.api.routes import orders, payment_callbacks, payments
from server.api.schemas.fields import MAX_ID

CREATE_PATH = "/api/payment/create"
WEBHOOK_PATH = "/api/payment/webhook"
ORDER_PATH = "/api/orders/{order_id}"
_ORDER = re.compile(r"/api/orders/([1-9][0-9]{0,18})")

Answer = Callable[[], Awaitable[bytes]]


class LeanPayments:
    """ASGI middleware: answers the payment's three requests itself, hands everything
    else on."""

    def __init__(self, app: ASGIApp, *, api: FastAPI) -> None:
        self.app = app
        self.api = api
        self.routes = {
            CREATE_PATH: lean.declared_route(payments.router, CREATE_PATH, "POST"),
            WEBHOOK_PATH: lean.declared_route(payment_callbacks.router, WEBHOOK_PATH, "POST"),
            ORDER_PATH: lean.declared_route(orders.router, ORDER_PATH, "GET"),
        }
        self.served = 0
        """Requests these paths answered themselves, errors included (read by tests)."""
        api.state.lean_payments = self

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        method, path = scope["method"], scope["path"]
        if method == "GET" and (match := _ORDER.fullmatch(path)) is not None:
            await self._order(scope, receive, send, int(match.group(1)))
        elif method == "POST" and path == CREATE_PATH:
            await self._create(scope, receive, send)
        elif method == "POST" and path == WEBHOOK_PATH:
            await self._webhook(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _order(self, scope: Scope, receive: Receive, send: Send, order_id: int) -> None:
        token = lean.bearer(scope)
        if token is None or order_id > MAX_ID:
            await self.app(scope, receive, send)
            return

        async def answer() -> bytes:
            actor = await lean.signed_in(self.api, scope, token, "general")
            async with self.api.state.sessions() as session:
                out = await orders.read_order(session, actor, order_id)
            return out.model_dump_json().encode()

        await self._serve(scope, receive, send, ORDER_PATH, {"order_id": order_id}, answer)

    async def _create(self, scope: Scope, receive: Receive, send: Send) -> None:
        replay, taken = await lean.signed_json(scope, receive, CreateIn)
        if taken is None:
            await self.app(scope, replay, send)
            return
        token, body = taken

        async def answer() -> bytes:
            state = self.api.state
            actor = await lean.signed_in(
                self.api,
                scope,
                token,
                "payments",
                repeat=lambda actor: payments.asks_again(state.sessions, actor, body.order_id),
            )
            async with state.sessions() as session:
                out = await payments.open_order_checkout(
                    state.payments, session, actor, body.order_id
                )
            return out.model_dump_json().encode()

        await self._serve(scope, replay, send, CREATE_PATH, {}, answer)

    async def _webhook(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = await receive()
        replay = lean.replay(message, receive)
        raw = lean.one_message_body(message)
        if raw is None:
            await self.app(scope, replay, send)
            return

        async def answer() -> bytes:
            state = self.api.state
            async with state.sessions() as session:
                out = await payment_callbacks.take_webhook(
                    state,
                    session,
                    raw,
                    signature=lean.header(scope, b"x-razorpay-signature"),
                    event_id=lean.header(scope, b"x-razorpay-event-id"),
                    ip=lean.client_ip(scope),
                )
            return out.model_dump_json().encode()

        await self._serve(scope, replay, send, WEBHOOK_PATH, {}, answer)

    async def _serve(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        path: str,
        params: dict[str, int],
        answer: Answer,
    ) -> None:
        # As the router would have: what metrics and traces label the request with.
        scope["route"] = self.routes[path]
        scope["path_params"] = params
        self.served += 1
        try:
            payload = await answer()
        except Exception as exc:
            await lean.answer_error(self.api, scope, receive, send, exc)
            return
        await lean.send_json(send, 200, payload)


def install(api: FastAPI) -> None:
    """Add the lean paths innermost (next to the bids' own): call before any other
    middleware is added."""
    api.add_middleware(LeanPayments, api=api)
