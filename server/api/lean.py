"""What the lean paths share: plain-ASGI answers for the API's busiest routes, without
FastAPI's routing, dependency injection and response validation.

A lean path does what its route does, in the same order, with the same parts, and
hands anything out of the ordinary to the app untouched (the body replayed), which then
answers as always (401, 422…), so a lean path never copies those answers. An exception
raised on a lean path is answered by the app's own exception handlers, so every error
body is the route's. The routes stay declared in the app, which is what the OpenAPI
document describes. Lean paths run innermost, inside the request id, metrics, load
shedding, the database budget and the body limit, as the routes do.

`server/api/fastbids.py` (bids) and `server/api/fastpay.py` (checkout, webhook, the order
a shopper polls) are the lean paths; this module holds their common parts.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable
from typing import TypeVar

from fastapi import FastAPI
from fastapi.routing import APIRoute, APIRouter
from pydantic import BaseModel, ValidationError
from starlette.requests import Request
from starlette.types import Message, Receive, Scope, Send

from server.api.errors import RateLimited
from server.bodylimit import json_body
from server.domain.context import Actor
from server.logs import request_id_var

JSON_HEADERS = [(b"content-type", b"application/json")]
M = TypeVar("M", bound=BaseModel)


def declared_route(router: APIRouter, path: str, method: str) -> APIRoute:
    """The route a lean path answers for (metrics and traces label the request with it)."""
    for route in router.routes:
        if isinstance(route, APIRoute) and route.path == path and method in (route.methods or ()):
            return route
    raise RuntimeError(f"the router declares no {method} {path}")


def bearer(scope: Scope) -> str | None:
    """The bearer token, as `server.api.deps.bearer_token` reads it (None: let the app say)."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            token = token.strip()
            return token if scheme.lower() == "bearer" and token else None
    return None


def header(scope: Scope, wanted: bytes) -> str | None:
    """The first value of a header, read as Latin-1 (as Starlette reads it)."""
    for name, value in scope["headers"]:
        if name == wanted:
            text: str = value.decode("latin-1")
            return text
    return None


def client_ip(scope: Scope) -> str | None:
    client = scope.get("client")
    return client[0] if client else None


async def signed_in(
    api: FastAPI,
    scope: Scope,
    token: str,
    rate_limit: str,
    *,
    repeat: Callable[[Actor], Awaitable[bool]] | None = None,
) -> Actor:
    """`optional_actor` then `rate_limit(category, repeat=…)`, as the route's dependencies
    run them: the token verified, the account gate, the actor, the caller's rate limit
    (`general` for a request `repeat` calls a repeat)."""
    state = api.state
    ip = client_ip(scope) or "unknown"
    claims = state.tokens.verify(token)
    await state.accounts.check(claims.user_id, claims.version, role=claims.role)
    actor = Actor(user_id=claims.user_id, role=claims.role, request_id=request_id_var.get(), ip=ip)
    if repeat is not None and await repeat(actor):
        rate_limit = "general"
    verdict = await state.limiter.hit(rate_limit, ip=ip, user_id=actor.user_id)
    if not verdict.allowed:
        raise RateLimited(rate_limit, verdict.retry_after)
    return actor


async def signed_json(
    scope: Scope, receive: Receive, model: type[M]
) -> tuple[Receive, tuple[str, M] | None]:
    """A `receive` that gives the body again, and the bearer token with the body read by
    `model`; None for those when the request is out of the ordinary (no bearer token, a
    body that is not JSON by its content type, in more than one message, or that `model`
    refuses): the app then answers it."""
    token = bearer(scope)
    message = await receive()
    again = replay(message, receive)
    raw = one_message_body(message)
    if token is None or not json_body(scope, without_type=False) or raw is None:
        return again, None
    try:
        return again, (token, model.model_validate_json(raw))
    except ValidationError:
        return again, None


def one_message_body(message: Message) -> bytes | None:
    """The body when `message` holds all of it; None otherwise."""
    if message["type"] != "http.request" or message.get("more_body"):
        return None
    body: bytes = message.get("body", b"")
    return body


async def send_json(send: Send, status: int, payload: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*JSON_HEADERS, (b"content-length", str(len(payload)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": payload})


async def answer_error(
    api: FastAPI, scope: Scope, receive: Receive, send: Send, exc: Exception
) -> None:
    """The answer the app's exception handlers give `exc` (none found: raised on, to the
    server error middleware, as from the route)."""
    for cls in type(exc).__mro__:
        handler = api.exception_handlers.get(cls)
        if handler is not None:
            response = handler(Request(scope, receive), exc)
            if inspect.isawaitable(response):
                response = await response
            await response(scope, receive, send)
            return
    raise exc


def replay(first: Message, receive: Receive) -> Receive:
    """`receive`, giving `first` (already read) once more first."""
    given = False

    async def again() -> Message:
        nonlocal given
        if not given:
            given = True
            return first
        return await receive()

    return again
