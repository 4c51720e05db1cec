"""The bid route's lean path: `POST /api/negotiations/{id}/bids` without FastAPI's routing,
dependency injection and response validation, for the API's busiest route.

It does what the route does (`server/api/routes/negotiation_moves.py` `place_bid`), in the
same order, with the same parts: the bearer token and the account gate
(`optional_actor`), the `bids` rate limit, the body read by `BidIn` itself, the domain's
`place_bid` committed through the live service's `Moves.commit` (an unknown outcome
followed up), the room told, and `BidResultOut` as the answer. An exception is answered
by the app's own exception handlers, so every error body is the route's.

Anything out of the ordinary is handed to the app untouched (the body replayed): no
bearer token, a body that is not JSON by its content type or has none (FastAPI refuses those), a
body `BidIn` refuses, an id that is not plain digits in range. The app
then answers it as always (401, 422…), so the lean path never has to copy those answers.
The route stays declared in the app, which is what the OpenAPI document describes.

It runs innermost, inside the request id, metrics, load shedding, the database budget and
the body limit, as the route does. What it saves was measured per bid with the whole
server (`benchmarks/api_load.py`); see `benchmarks/README.md`.
"""

from __future__ import annotations

import inspect
import re

from fastapi import FastAPI
from fastapi.routing import APIRoute
from pydantic import ValidationError
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.api.errors import RateLimited
from server.api.routes import negotiation_moves
from server.api.schemas import BidIn
from server.api.schemas.fields import MAX_ID
from server.bodylimit import json_body
from server.domain.context import Actor
from server.logs import request_id_var

BID_PATH = "/api/negotiations/{negotiation_id}/bids"
_PATH = re.compile(r"/api/negotiations/([1-9][0-9]{0,18})/bids")
_JSON_HEADERS = [(b"content-type", b"application/json")]


class LeanBids:
    """ASGI middleware: answers the bid route itself, hands everything else on."""

    def __init__(self, app: ASGIApp, *, api: FastAPI) -> None:
        self.app = app
        self.api = api
        self.route = _bid_route()
        self.served = 0
        """Bids this path answered itself, errors included (read by tests)."""
        api.state.lean_bids = self

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] != "POST"
            or (match := _PATH.fullmatch(scope["path"])) is None
            or (negotiation_id := int(match.group(1))) > MAX_ID
        ):
            await self.app(scope, receive, send)
            return
        token = _bearer(scope)
        message = await receive()
        replay = _replay(message, receive)
        if (
            token is None
            or not json_body(scope, without_type=False)
            or message["type"] != "http.request"
            or message.get("more_body")
        ):
            await self.app(scope, replay, send)
            return
        try:
            body = BidIn.model_validate_json(message.get("body", b""))
        except ValidationError:
            await self.app(scope, replay, send)
            return
        # As the router would have: what metrics and traces label the request with.
        scope["route"] = self.route
        scope["path_params"] = {"negotiation_id": negotiation_id}
        self.served += 1
        try:
            payload = await self._place(scope, token, negotiation_id, body)
        except Exception as exc:
            await self._answer_error(scope, replay, send, exc)
            return
        await send(
            {
                "type": "http.response.start",
                "status": 201,
                "headers": [*_JSON_HEADERS, (b"content-length", str(len(payload)).encode())],
            }
        )
        await send({"type": "http.response.body", "body": payload})

    async def _place(self, scope: Scope, token: str, negotiation_id: int, body: BidIn) -> bytes:
        state = self.api.state
        ip = _client_ip(scope)
        claims = state.tokens.verify(token)
        await state.accounts.check(claims.user_id, claims.version, role=claims.role)
        actor = Actor(
            user_id=claims.user_id, role=claims.role, request_id=request_id_var.get(), ip=ip
        )
        verdict = await state.limiter.hit("bids", ip=ip, user_id=actor.user_id)
        if not verdict.allowed:
            raise RateLimited("bids", verdict.retry_after)
        live = getattr(state, "live", None)
        async with state.sessions() as session:
            outcome = await negotiation_moves.record_bid(
                session,
                actor,
                negotiation_id,
                body,
                settings=state.settings,
                moves=live.moves if live is not None else None,
                lean=True,
            )
        return negotiation_moves.bid_result(outcome).model_dump_json().encode()

    async def _answer_error(
        self, scope: Scope, receive: Receive, send: Send, exc: Exception
    ) -> None:
        """The answer the app's exception handlers give `exc` (none found: raised on, to
        the server error middleware, as from the route)."""
        for cls in type(exc).__mro__:
            handler = self.api.exception_handlers.get(cls)
            if handler is not None:
                response = handler(Request(scope, receive), exc)
                if inspect.isawaitable(response):
                    response = await response
                await response(scope, receive, send)
                return
        raise exc


def _bid_route() -> APIRoute:
    for route in negotiation_moves.router.routes:
        if (
            isinstance(route, APIRoute)
            and route.path == BID_PATH
            and "POST" in (route.methods or ())
        ):
            return route
    raise RuntimeError(f"the negotiation moves router declares no POST {BID_PATH}")


def _bearer(scope: Scope) -> str | None:
    """The bearer token, as `server.api.deps._bearer` reads it (None: let the app say)."""
    for name, value in scope["headers"]:
        if name == b"authorization":
            scheme, _, token = value.decode("latin-1").partition(" ")
            token = token.strip()
            return token if scheme.lower() == "bearer" and token else None
    return None


def _client_ip(scope: Scope) -> str:
    client = scope.get("client")
    return client[0] if client else "unknown"


def _replay(first: Message, receive: Receive) -> Receive:
    """`receive`, giving `first` (already read) once more first."""
    given = False

    async def replay() -> Message:
        nonlocal given
        if not given:
            given = True
            return first
        return await receive()

    return replay


def install(api: FastAPI) -> None:
    """Add the lean path innermost: call before any other middleware is added."""
    api.add_middleware(LeanBids, api=api)
