"""A bound on the request head: a connection that has not delivered a complete request
head `VYAPAR_HEADER_TIMEOUT_SECONDS` after it opened (or after the answer to its last
request) is closed.

uvicorn arms its keep-alive timer only once a response is complete, and disarms it as
soon as any byte arrives: a connection that sends nothing, half a request line or
headers without their blank line would otherwise be held for as long as the client
likes, a file descriptor and a protocol object each. The server bounds a slow body
itself (`server.bodylimit`, 408); this bounds what comes before it, for `serve`, which
passes this protocol to uvicorn. A connection upgraded to a WebSocket has another
protocol by then and is left alone.
"""

from __future__ import annotations

import asyncio
import os
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

ENV = "VYAPAR_HEADER_TIMEOUT_SECONDS"
DEFAULT_SECONDS = 15.0


def configure(seconds: float) -> None:
    """Use `seconds` in this process and in workers started from it (spawned workers
    import this module afresh and read the environment)."""
    HeadTimeoutProtocol.timeout = seconds
    os.environ[ENV] = str(seconds)


class HeadTimeoutProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's HTTP protocol (httptools or h11), closing a connection whose request
    head does not come in time."""

    timeout: float = float(os.environ.get(ENV) or DEFAULT_SECONDS)
    _head_timer: asyncio.TimerHandle | None = None

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if self._waiting():
            self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._head_timer = self.loop.call_later(self.timeout, self._expire)

    def _disarm(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def _waiting(self) -> bool:
        """No request is being read or answered: the next head is awaited."""
        cycle = self.cycle
        waiting = cycle is None or cycle.response_complete
        return bool(waiting) and not getattr(self, "pipeline", None)

    def _expire(self) -> None:
        self._head_timer = None
        transport = self.transport
        if transport.is_closing() or transport.get_protocol() is not self:
            return  # closed already, or a WebSocket now
        if self._waiting():
            transport.close()
