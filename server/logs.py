"""Structured JSON logs, each line carrying the request id of the request it belongs to."""

from __future__ import annotations

import contextvars
import json
import logging
import re
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
    # Every line the handler writes, whichever logger it came from (uvicorn's included).
    handler.addFilter(RedactQueries())
    handler.addFilter(SpokenWords())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # Our access log replaces uvicorn's, which would print query strings (tickets, later).
    logging.getLogger("uvicorn.access").disabled = True
    for name in ("uvicorn.error", "uvicorn.access"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactQueries) for f in logger.filters):
            logger.addFilter(RedactQueries())
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    quiet_client_faults()


def quiet_client_faults() -> None:
    """Log what clients get wrong on uvicorn's own layer as warnings (once installed)."""
    uvicorn_errors = logging.getLogger("uvicorn.error")
    if not any(isinstance(f, ClientFaultsAsWarnings) for f in uvicorn_errors.filters):
        uvicorn_errors.addFilter(ClientFaultsAsWarnings())


REDACTED = "[redacted]"

# A URL (absolute, or a path) and its query string, up to the next space or quote.
_URL_QUERY = re.compile(r"((?:\b[a-zA-Z][a-zA-Z0-9+.-]*://|(?<![^\s\"'(=])/)[^\s?\"]*)\?[^\s\"]*")
# `name=value` where the name says credential, wherever it stands in a line.
_CREDENTIAL = re.compile(
    r"(?i)\b([\w.-]*(?:token|ticket|signature|secret|password|passwd|key|auth|sig)[\w.-]*)"
    r"(=|%3D)[^\s&;\"',]+"
)


# A QR code's signed token where it stands in a path: the shopper page `/s/{token}`,
# `/api/qr/{token}` (`.png`, `.svg`, `/join`, `/stall`, `DELETE`). Whoever holds one can
# join the stall (and spend a one-visit code), so the path keeps only its route.
_TOKEN_PATH = re.compile(
    r"((?:\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/\s?#\"']*|(?<![^\s\"'(=]))(?:/s/|/api/qr/))"
    r"([^/\s?#\"']+?)(\.png|\.svg)?(?=[/\s?#\"']|$)"
)


def redact_path(path: str) -> str:
    """`path` with a QR token in it replaced by `[redacted]` (`/s/[redacted]`,
    `/api/qr/[redacted].png`); any other path as it is."""
    return _TOKEN_PATH.sub(lambda m: f"{m.group(1)}{REDACTED}{m.group(3) or ''}", path)


def redact_queries(text: str) -> str:
    """`text` with every URL's query string replaced by `[redacted]`, the value of any
    `token=`, `ticket=`, `signature=`, `…key=` (and the like) left elsewhere too, and the
    QR token of any `/s/…` or `/api/qr/…` path."""
    text = _URL_QUERY.sub(lambda m: f"{m.group(1)}?{REDACTED}", text)
    text = _CREDENTIAL.sub(lambda m: f"{m.group(1)}{m.group(2)}{REDACTED}", text)
    return redact_path(text)


def _cut_query(value: object) -> object:
    if isinstance(value, str) and "?" in value and value.startswith(("/", "ws", "http")):
        return value.split("?", 1)[0] + "?" + REDACTED
    return value


class RedactQueries(logging.Filter):
    """No credential reaches a log through a URL. uvicorn logs each socket handshake as
    `client - "WebSocket /path?query" [accepted]` (or its status): the query carries a
    socket `ticket`, or an Exotel leg's `token` (a vendor's sign-in, valid for days).
    A path argument loses its query whole (its characters are the client's, quotes and
    all); then any URL query or credential-like `name=value` left in the line is
    redacted, whichever logger wrote it. A QR token in a path (`/s/{token}`,
    `/api/qr/{token}.png`) is redacted too, in the message and in a `path` field."""

    def filter(self, record: logging.LogRecord) -> bool:
        path = getattr(record, "path", None)
        if isinstance(path, str):  # the access line's (and any other line's) path
            record.path = redact_queries(path)
        args = record.args
        if isinstance(args, tuple) and args:
            record.args = tuple(_cut_query(a) for a in args)
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: the handler reports it as it would
            return True
        redacted = redact_queries(message)
        if redacted != message:
            record.msg = redacted
            record.args = ()
        return True


WORD_FIELDS = ("text", "transcript")
"""Fields of a log line that hold what a person said or typed (the "stt decode" line's
`text`, and each of its passes' `text`)."""


def _words_cut(value: Any) -> tuple[Any, bool]:
    """`value` with the words of every `WORD_FIELDS` entry (in it, or in the dicts of a
    list in it) replaced by their length; and whether anything was cut."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        cut = False
        for key, item in value.items():
            if key in WORD_FIELDS and isinstance(item, str):
                out[f"{key}_chars"] = len(item)
                cut = True
            else:
                out[key], inner = _words_cut(item)
                cut = cut or inner
        return out, cut
    if isinstance(value, list | tuple):
        items = [_words_cut(item) for item in value]
        return [item for item, _ in items], any(c for _, c in items)
    return value, False


class SpokenWords(logging.Filter):
    """What people say is theirs: shoppers say phone numbers, names and addresses aloud,
    and a typed line is theirs too. A line at INFO or above keeps only the length of the
    words (`text` becomes `text_chars`, in the line and in each of a list's entries, such
    as the "stt decode" line's `steps`) and the language where the line carries it; the
    words themselves are logged only when the logger that wrote the line is enabled for
    DEBUG (`VYAPAR_LOG_LEVEL=DEBUG`), as a DEBUG line always may."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.INFO:
            return True
        if logging.getLogger(record.name).isEnabledFor(logging.DEBUG):
            return True
        fields = vars(record)
        for key in list(fields):
            if key in _STANDARD or key.startswith("_"):  # the record's own, not extras
                continue
            if key in WORD_FIELDS and isinstance(fields[key], str):
                fields[f"{key}_chars"] = len(fields.pop(key))
            elif isinstance(fields[key], list | tuple | dict):
                value, cut = _words_cut(fields[key])
                if cut:
                    fields[key] = value
        return True


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
