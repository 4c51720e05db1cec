"""Request ids and the access log, the parts `server.gateway` runs for every request:
every request gets an id (the caller's `X-Request-ID` if sane), echoed back, and one log
line: method, path (never the query string, which may carry tickets, nor the QR token of
`/s/{token}` or `/api/qr/{token}…`), status and duration. While the server drains
(`server.drain`) every answer says `Connection: close`."""

from __future__ import annotations

import logging
import re
import time
import uuid

from starlette.types import Message, Scope

from server import drain
from server.logs import redact_path

log = logging.getLogger("vyaparmitra.access")
_SAFE_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")


def request_id_of(scope: Scope) -> str:
    """The caller's `X-Request-ID` if sane (the last one given), else a new one."""
    incoming = b""
    for name, value in scope.get("headers") or ():
        if name == b"x-request-id":
            incoming = value
    text = incoming.decode("latin-1")
    return text if _SAFE_ID.match(text) else uuid.uuid4().hex


def stamp_response(start: Message, request_id: str) -> None:
    """Add the request id to an `http.response.start`, and `Connection: close` while this
    host drains."""
    headers = list(start.get("headers", []))
    headers.append((b"x-request-id", request_id.encode()))
    if drain.draining():  # this host is stopping: the next request goes elsewhere
        headers.append((b"connection", b"close"))
    start["headers"] = headers


def log_request(scope: Scope, status: int, started: float) -> None:
    """The access log's line for a request that began at `perf_counter()` `started`."""
    if not log.isEnabledFor(logging.INFO):
        return
    client = scope.get("client")
    log.info(
        "request",
        extra={
            "method": scope.get("method", "WS"),
            "path": redact_path(scope.get("path") or ""),
            "status": status,
            "duration_ms": round((time.perf_counter() - started) * 1000, 2),
            "ip": client[0] if client else None,
        },
    )
