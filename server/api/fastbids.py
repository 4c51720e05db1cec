"""The bid route's lean path: `POST /api/negotiations/{id}/bids` without FastAPI's routing,
dependency injection and response validation, for the API's busiest route (what lean
paths share and promise: `server/api/lean.py`).

It does what the route does (`server/api/routes/negotiation_moves.py` `place_bid`), in the
same order, with the same parts: the bearer token and the account gate
(`optional_actor`), the `bids` rate limit, the body read by `BidIn` itself, the domain's
`place_bid` committed through the live service's `Moves.commit` (an unknown outcome
followed up), the room told, and `BidResultOut` as the answer.

Handed to the app untouched: no bearer token, a body that is not JSON by its content
type or has none (FastAPI refuses those), a body `BidIn` refuses, an id that is not plain
digits in range. What it saves was measured per bid with the whole server
(`benchmarks/api_load.py`); see `benchmarks/README.md`.
"""

from __future__ import annotations

import re

from fastapi import FastAPI
from starlette.types import ASGIApp, Receive, Scope, Send

from server.api import lean
from server.api.routes import negotiation_moves
from server.api.schemas import BidIn
from server.api.schemas.fields import MAX_ID

BID_PATH = "/api/negotiations/{negotiation_id}/bids"
_PATH = re.compile(r"/api/negotiations/([1-9][0-9]{0,18})/bids")


class LeanBids:
    """ASGI middleware: answers the bid route itself, hands everything else on."""

    def __init__(self, app: ASGIApp, *, api: FastAPI) -> None:
        self.app = app
        self.api = api
        self.route = lean.declared_route(negotiation_moves.router, BID_PATH, "POST")
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
        replay, taken = await lean.signed_json(scope, receive, BidIn)
        if taken is None:
            await self.app(scope, replay, send)
            return
        token, body = taken
        # As the router would have: what metrics and traces label the request with.
        scope["route"] = self.route
        scope["path_params"] = {"negotiation_id": negotiation_id}
        self.served += 1
        try:
            payload = await self._place(scope, token, negotiation_id, body)
        except Exception as exc:
            await lean.answer_error(self.api, scope, replay, send, exc)
            return
        await lean.send_json(send, 201, payload)

    async def _place(self, scope: Scope, token: str, negotiation_id: int, body: BidIn) -> bytes:
        state = self.api.state
        actor = await lean.signed_in(self.api, scope, token, "bids")
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


def install(api: FastAPI) -> None:
    """Add the lean path innermost: call before any other middleware is added."""
    api.add_middleware(LeanBids, api=api)
