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

It also bounds the head's size: a request line and headers over
`VYAPAR_MAX_HEADER_BYTES` are answered `431 Request Header Fields Too Large` (plain text,
as the parser's own 400) and the connection closed as soon as the bytes read for the head
pass the bound, so a head that never ends cannot make a worker buffer more than the bound
(plus one read) for the whole timeout. httptools, which `serve` uses, has no such limit
of its own (and buffers an unfinished header line whole); under h11 the same number is
passed to uvicorn as `h11_max_incomplete_event_size` (h11 answers 400).

A WebSocket upgrade whose handshake the websockets library would refuse is answered here,
with the API's JSON error body (`server.wshandshake`), not handed to it.
"""

from __future__ import annotations

import asyncio
import os
import time
from typing import Any

from uvicorn.protocols.http.auto import AutoHTTPProtocol

ENV = "VYAPAR_HEADER_TIMEOUT_SECONDS"
DEFAULT_SECONDS = 15.0
BYTES_ENV = "VYAPAR_MAX_HEADER_BYTES"
DEFAULT_BYTES = 64 * 1024

ARRIVED = "vyapar.arrived"
"""Scope key: `time.monotonic()` when the event loop read the request head's first bytes
(httptools only; absent under h11 and in tests that call the app directly)."""

_HTTPTOOLS = AutoHTTPProtocol.__name__ == "HttpToolsProtocol"
_TOO_LARGE = b"Request header fields too large."


class _HeadTooLarge(Exception):
    """Raised from a parser callback to stop parsing a head over the bound."""


def configure(seconds: float, max_bytes: int = DEFAULT_BYTES) -> None:
    """Use `seconds` and `max_bytes` in this process and in workers started from it
    (spawned workers import this module afresh and read the environment)."""
    HeadTimeoutProtocol.timeout = seconds
    HeadTimeoutProtocol.max_head_bytes = max_bytes
    os.environ[ENV] = str(seconds)
    os.environ[BYTES_ENV] = str(max_bytes)


class HeadTimeoutProtocol(AutoHTTPProtocol):  # type: ignore[misc,valid-type]
    """uvicorn's HTTP protocol (httptools or h11), closing a connection whose request
    head does not come in time."""

    timeout: float = float(os.environ.get(ENV) or DEFAULT_SECONDS)
    max_head_bytes: int = int(os.environ.get(BYTES_ENV) or DEFAULT_BYTES)
    _head_timer: asyncio.TimerHandle | None = None
    # Bytes read since the current head began (httptools only): counted until its
    # headers are complete, reset when its message is.
    _in_head = True
    _head_bytes = 0
    _head_refused = False
    _arrived = 0.0

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if not _HTTPTOOLS:
            super().data_received(data)
            return
        if self._head_refused:
            return
        if self._in_head:
            if self._head_bytes == 0:
                self._arrived = time.monotonic()
            self._head_bytes += len(data)
        super().data_received(data)
        if self._in_head and self._head_bytes > self.max_head_bytes:
            # The head is still incomplete and already over the bound: refuse it now
            # rather than buffer until it ends (or the timeout closes it).
            self._refuse_head()

    def on_headers_complete(self) -> None:
        # The parsed head, measured as it was sent (request line, each header line, the
        # blank line): one that arrived in a single read is caught here, before the
        # request is started.
        size = len(self.url) + 32
        size += sum(len(name) + len(value) + 4 for name, value in self.headers)
        if size > self.max_head_bytes:
            self._head_refused = True
            raise _HeadTooLarge  # stops the parser; uvicorn answers via send_400_response
        self._in_head = False
        # When the loop read the head's first bytes: load shedding's measure of how long
        # the request waited before the app saw it (`server.overload.Sojourn`).
        self.scope[ARRIVED] = self._arrived
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._in_head = True
        self._head_bytes = 0

    def send_400_response(self, msg: str) -> None:
        if self._head_refused:
            self._refuse_head()
        else:
            super().send_400_response(msg)

    def _refuse_head(self) -> None:
        self._head_refused = True
        self._disarm()
        transport = self.transport
        if transport.is_closing():
            return
        content = [b"HTTP/1.1 431 Request Header Fields Too Large\r\n"]
        for name, value in self.server_state.default_headers:
            content.extend([name, b": ", value, b"\r\n"])
        content.extend(
            [
                b"content-type: text/plain; charset=utf-8\r\n",
                b"content-length: " + str(len(_TOO_LARGE)).encode("ascii") + b"\r\n",
                b"connection: close\r\n",
                b"\r\n",
                _TOO_LARGE,
            ]
        )
        transport.write(b"".join(content))
        transport.close()

    def handle_websocket_upgrade(self, *event: Any) -> None:
        """Refuse a malformed handshake with the JSON error body; else upgrade as uvicorn
        does (`event`: h11's request, none under httptools)."""
        from server import wshandshake

        scope = self.scope
        if scope["method"] == "GET":
            # (the path only names the request in the library's checks)
            target = getattr(self, "url", None) or (event[0].target if event else b"/")
            problem = wshandshake.handshake_problem(target.decode("latin-1"), scope["headers"])
            if problem is not None:
                self._disarm()
                self.connections.discard(self)
                transport = self.transport
                transport.write(
                    wshandshake.refusal(
                        problem, scope["headers"], self.server_state.default_headers
                    )
                )
                transport.close()
                return
        super().handle_websocket_upgrade(*event)

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
