"""Structured JSON logs, each line carrying the request id of the request it belongs to."""

from __future__ import annotations

import contextvars
import json
import logging
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)

_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}


class JSONFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        request_id = request_id_var.get()
        if request_id:
            line["request_id"] = request_id
        for key, value in vars(record).items():
            if key not in _STANDARD and not key.startswith("_"):
                line[key] = value
        if record.exc_info:
            line["exc"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def configure_logging(level: str = "INFO", *, json_lines: bool = True) -> None:
    handler = logging.StreamHandler(sys.stderr)
    if json_lines:
        handler.setFormatter(JSONFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Our access log replaces uvicorn's, which would print query strings (tickets, later).
    logging.getLogger("uvicorn.access").disabled = True
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    quiet_client_faults()


def quiet_client_faults() -> None:
    """Log what clients get wrong on uvicorn's own layer as warnings (once installed)."""
    uvicorn_errors = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, ClientFaultsAsWarnings) for f in uvicorn_errors.filters):
        uvicorn_errors.addFilter(ClientFaultsAsWarnings())


class ClientFaultsAsWarnings(logging.Filter):
    """A client's broken frame is the client's fault, not the server's: uvicorn logs a
    text frame that is not UTF-8 (which it answers by closing the socket 1007) as an error
    with a traceback, so any client could fill the error log with tracebacks at will. It
    becomes one warning line."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.getMessage().startswith("Invalid UTF-8 sequence received from client"):
            record.msg = "a socket sent a text frame that is not UTF-8; it was closed with 1007"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
            record.levelno = logging.WARNING
            record.levelname = "WARNING"
        return True


class ThrottledWarnings:
    """At most one warning per kind every `interval` seconds; the next one that is logged
    carries `suppressed`, the number left out since the last.

    An outage fails every request the same way: one line per request buried the logs
    (some 1,500 lines in two six-second database outages) without saying more.
    """

    def __init__(
        self,
        logger: logging.Logger,
        interval: float = 10.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.logger = logger
        self.interval = interval
        self.clock = clock
        self._next: dict[str, float] = {}
        self._suppressed: dict[str, int] = {}

    def warning(self, kind: str, msg: str, extra: dict[str, Any] | None = None) -> bool:
        """Log `msg` unless a `kind` warning was logged in the last `interval` seconds;
        True if it was logged."""
        now = self.clock()
        if now < self._next.get(kind, now):
            self._suppressed[kind] = self._suppressed.get(kind, 0) + 1
            return False
        self._next[kind] = now + self.interval
        fields = dict(extra or {})
        suppressed = self._suppressed.pop(kind, 0)
        if suppressed:
            fields["suppressed"] = suppressed
        self.logger.warning(msg, extra=fields)
        return True
