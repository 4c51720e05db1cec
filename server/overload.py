"""Load shedding: past a cap on HTTP requests in flight, answer 503 at once.

Beyond what a process can serve, every extra request only lengthens the queue for the
database and Redis pools, so all requests slow down together and then time out. Refusing
the excess at the door, with `Retry-After`, keeps the accepted ones fast and tells
clients when to come back. Health and metrics are never refused (an orchestrator must
still see the process), nor are sockets (their own limits apply).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from server.api.errors import OVERLOAD_RETRY_AFTER_S, send_error

ALWAYS_ADMITTED = frozenset({"/healthz", "/readyz", "/metrics"})


class LoadShedding:
    def __init__(self, app: ASGIApp, max_in_flight: int) -> None:
        self.app = app
        self.max_in_flight = max_in_flight
        self.in_flight = 0
        self.shed = 0
        """Requests refused so far (read by tests and benchmarks)."""

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or self.max_in_flight <= 0
            or scope.get("path") in ALWAYS_ADMITTED
        ):
            await self.app(scope, receive, send)
            return
        if self.in_flight >= self.max_in_flight:
            self.shed += 1
            await self._refuse(send)
            return
        self.in_flight += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self.in_flight -= 1

    async def _refuse(self, send: Send) -> None:
        await send_error(
            send,
            503,
            "overloaded",
            "The server is busy; try again shortly.",
            headers=[(b"retry-after", str(OVERLOAD_RETRY_AFTER_S).encode())],
            retry_after=OVERLOAD_RETRY_AFTER_S,
        )
