"""The app's edge as one plain-ASGI layer: what every HTTP request passes before its route,
in one call and one `send` wrapper instead of a layer (a coroutine and a wrapper) each.

In order, as the separate layers did it (each is still its own module, with its own
rules, and its own ASGI class where used alone):

1. the request id and the access log line (`server.middleware`), `Connection: close`
   while the host drains;
2. the response counted by route template and status class (`server.app_metrics`), shed
   and refused requests included;
3. a redirect's `Location` made a path when it names the request's own Host
   (`server.api.methods`);
4. the body read within its route's limit and time, and a JSON body's text checked
   (`server.bodylimit`): a request counts as in flight only once its body is in;
5. admission (`server.overload`): refused with 503 `overloaded` and `Retry-After` past
   the in-flight cap, while the loop runs late, or behind a standing queue; released as
   soon as the answer starts;
6. one database budget for all the request's waits for PostgreSQL (`server.dbtime`),
   whose every wait for a pooled connection is bounded by `VYAPAR_MAX_WAIT_MS`;
7. for reads (GET, HEAD) only: gzip, conditional GETs and HEAD as GET
   (`server.conditional`, `server.api.methods`), which must see the whole answer.

Sockets get the request id and the log line only; the lifespan passes untouched.
"""

from __future__ import annotations

import time

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.api.methods import HeadAsGet, relative_location
from server.app_metrics import count_response
from server.bodylimit import BodyLimits, read_body
from server.conditional import ConditionalGet, GzipReads
from server.dbtime import database_budget
from server.logs import request_id_var
from server.middleware import log_request, request_id_of, stamp_response
from server.overload import ALWAYS_ADMITTED, LoadShedding


class Gateway(LoadShedding):
    """The edge of the app (see the module): the load shedding, with the request's other
    edges folded into the same call."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        limits: BodyLimits,
        body_timeout: float,
        db_seconds: float,
        max_in_flight: int,
        max_lag_s: float = 0.0,
        max_wait_s: float = 0.0,
        max_queue_s: float = 0.0,
    ) -> None:
        super().__init__(
            app,
            max_in_flight=max_in_flight,
            max_lag_s=max_lag_s,
            max_wait_s=max_wait_s,
            max_queue_s=max_queue_s,
        )
        self.limits = limits
        self.body_timeout = body_timeout
        self.db_seconds = db_seconds
        self.pool_wait = max_wait_s if max_wait_s > 0 else None
        self.reads = GzipReads(ConditionalGet(HeadAsGet(app)))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self._http(scope, receive, send)
        elif kind == "websocket":
            await self._socket(scope, receive, send)
        else:
            await self.app(scope, receive, send)

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = request_id_of(scope)
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 0
        since: float | None = None  # admitted and not yet released

        async def respond(message: Message) -> None:
            nonlocal status, since
            if message["type"] == "http.response.start":
                if since is not None:
                    # Answered: what is left is writing it, at the pace the client reads.
                    self.finish(since)
                    since = None
                status = message["status"]
                if 300 <= status < 400:
                    relative_location(scope, message)
                stamp_response(message, request_id)
            await send(message)

        try:
            body = await read_body(scope, receive, respond, self.limits, self.body_timeout)
            if body is None:
                return
            if scope.get("path") not in ALWAYS_ADMITTED:
                admitted = self.admit(scope)
                if admitted is None:
                    await self.refuse(scope, respond)
                    return
                since = admitted
            inner = self.reads if scope["method"] in ("GET", "HEAD") else self.app
            with database_budget(self.db_seconds, self.pool_wait):
                await inner(scope, body, respond)
        finally:
            if since is not None:
                self.finish(since)
            count_response(scope, status)
            log_request(scope, status, started)
            request_id_var.reset(token)

    async def _socket(self, scope: Scope, receive: Receive, send: Send) -> None:
        request_id = request_id_of(scope)
        token = request_id_var.set(request_id)
        started = time.perf_counter()
        status = 0

        async def respond(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":  # a handshake refused over HTTP
                status = message["status"]
                stamp_response(message, request_id)
            await send(message)

        try:
            await self.app(scope, receive, respond)
        finally:
            log_request(scope, status, started)
            request_id_var.reset(token)
