"""One place that maps typed errors to HTTP answers: `{"error": {code, message, …}}`."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Sequence
from typing import Any, NamedTuple

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy import exc as sa
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import Send

from server.api.methods import allowed_methods
from server.domain import errors as e
from server.logs import ThrottledWarnings, request_id_var
from server.outages import (
    StorageState,
    described,
    outage_kind,
    schema_behind,
    storage_named,
    storage_refused,
)
from server.payments import errors as pe
from server.redisconn import RedisPoolExhausted
from server.security import TokenError

log = logging.getLogger("vyaparmitra.api")

STATUS: list[tuple[type[Exception], int]] = [
    (pe.SignatureInvalid, 400),
    (pe.EventIdInvalid, 400),
    (pe.WebhookBodyInvalid, 400),
    (pe.GatewayRejected, 502),
    (pe.GatewayUnavailable, 503),
    (pe.PaymentsNotConfigured, 503),
    (e.OutcomeUnknown, 503),
    (e.NotFound, 404),
    (e.Forbidden, 403),
    (e.InvalidCredentials, 401),
    (e.GuestNotRenewable, 410),
    (e.QRTokenInvalid, 400),
    (e.QRTokenExpired, 410),
    (e.QRTokenUsed, 410),
    (e.StallClosed, 410),
    (e.CustomerGone, 410),
    (e.Conflict, 409),
    (e.InvalidOffer, 422),
    (e.InvalidInput, 422),
    (e.DomainError, 400),
]


class RateLimited(Exception):
    def __init__(self, category: str, retry_after: int) -> None:
        super().__init__(category)
        self.category = category
        self.retry_after = retry_after

    @property
    def message(self) -> str:
        what = _LIMITED.get(self.category, f"Too many {self.category} requests")
        return f"{what}; try again in {self.retry_after} s."


_LIMITED = {
    "sign_ins": "Too many sign-in attempts for this account",
    "stall_deals": "This stall is very busy with new deals from your network (a shared "
    "Wi-Fi or mobile address)",
}
"""What a limit guards, in words, where the category's name does not say it."""


OVERLOAD_RETRY_AFTER_S = 1
"""Retry-After of a 503 for a full pool: the queue drains in well under a second."""


def unavailable(code: str, message: str, retry_after: int) -> JSONResponse:
    """503 with Retry-After and the error body: overload, or a service we need is down."""
    return JSONResponse(
        error_body(code, message, retry_after=retry_after),
        status_code=503,
        headers={"Retry-After": str(retry_after)},
    )


def _outage_retry_after(request: Request) -> int:
    settings = getattr(request.app.state, "settings", None)
    return int(getattr(settings, "unavailable_retry_after_seconds", 5))


class Outage(NamedTuple):
    """How a request that met an outage or overload is answered: 503, `Retry-After`."""

    code: str
    message: str
    retry_after: int


def outage(request: Request, exc: BaseException) -> Outage | None:
    """The 503 answer for `exc` when it means the database or Redis cannot be reached or
    a pool stayed full, logged as one throttled warning line (no traceback); None for
    any other error. The API's handlers and the HTML pages answer outages alike."""
    warnings = getattr(request.app.state, "outage_log", None)

    def warn(kind: str, message: str, error: str) -> None:
        if warnings is not None:
            warnings.warning(kind, message, extra={"error": error})
        else:
            log.warning(message, extra={"error": error})

    kind = outage_kind(exc)
    if kind == "overloaded":
        log.warning("overloaded: a pool stayed full", extra={"error": type(exc).__name__})
        return Outage(
            "overloaded", "The server is busy; try again shortly.", OVERLOAD_RETRY_AFTER_S
        )
    retry_after = _outage_retry_after(request)
    if kind == "database" and schema_behind(exc):
        warn(
            "schema",
            "database schema behind this server's code: run `vyaparmitra db upgrade`",
            described(exc),
        )
        return Outage(
            "database_unavailable",
            f"The database cannot be used right now; try again in {retry_after} s.",
            retry_after,
        )
    refused = storage_refused(exc) if kind == "database" else None
    if refused is not None:
        storage = getattr(request.app.state, "storage", None)
        if isinstance(storage, StorageState):
            storage.refused(refused)
        what = "is full" if refused == "disk_full" else "is read-only"
        engine = getattr(request.app.state, "engine", None)
        warn(
            "storage",
            f"the database refuses writes: {storage_named(getattr(engine, 'url', None))} "
            f"{what} (free space or remount, then it resumes by itself)",
            described(exc),
        )
        return Outage(
            "database_unavailable",
            f"The server cannot save anything right now; try again in {retry_after} s.",
            retry_after,
        )
    if kind == "database":
        warn("database", "database unavailable", described(exc))
        return Outage(
            "database_unavailable",
            f"The database cannot be reached right now; try again in {retry_after} s.",
            retry_after,
        )
    if kind == "redis":
        warn("redis", "redis unavailable", f"{type(exc).__name__}: {exc}")
        return Outage(
            "redis_unavailable",
            f"A shared service (Redis) cannot be reached right now; try again in {retry_after} s.",
            retry_after,
        )
    return None


def status_for(exc: Exception) -> int:
    for cls, status in STATUS:
        if isinstance(exc, cls):
            return status
    return 500


def error_body(code: str, message: str, **extra: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"error": {"code": code, "message": message, **extra}}
    request_id = request_id_var.get()
    if request_id:
        body["request_id"] = request_id
    return body


async def send_error(
    send: Send,
    status: int,
    code: str,
    message: str,
    *,
    headers: Sequence[tuple[bytes, bytes]] = (),
    **extra: Any,
) -> None:
    """The project's error answer written straight to ASGI `send`, for middleware that
    answers before any route runs (a request refused at the door)."""
    body = json.dumps(error_body(code, message, **extra)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


OUTAGE_LOG_INTERVAL_S = 10.0
"""At most one "database unavailable" and one "redis unavailable" line per process in
this many seconds; the next one says how many were left out."""


def install(app: FastAPI) -> None:
    outage_log = ThrottledWarnings(log, OUTAGE_LOG_INTERVAL_S)
    app.state.outage_log = outage_log
    app.state.storage = StorageState()

    @app.exception_handler(e.DomainError)
    async def _domain(request: Request, exc: e.DomainError) -> JSONResponse:
        extra: dict[str, Any] = {"detail": exc.detail} if exc.detail else {}
        status = status_for(exc)
        if status == 503:  # every 503 says when to come back (Razorpay slow or unset)
            retry_after = _outage_retry_after(request)
            return JSONResponse(
                error_body(exc.code, exc.message, retry_after=retry_after, **extra),
                status_code=503,
                headers={"Retry-After": str(retry_after)},
            )
        return JSONResponse(error_body(exc.code, exc.message, **extra), status_code=status)

    @app.exception_handler(TokenError)
    async def _token(_: Request, exc: TokenError) -> JSONResponse:
        return JSONResponse(
            error_body(exc.code, str(exc)),
            status_code=401,
            headers={"WWW-Authenticate": "Bearer"},
        )

    @app.exception_handler(RateLimited)
    async def _limited(_: Request, exc: RateLimited) -> JSONResponse:
        return JSONResponse(
            error_body(
                "rate_limited",
                exc.message,
                retry_after=exc.retry_after,
                detail={"limit": exc.category},
            ),
            status_code=429,
            headers={"Retry-After": str(exc.retry_after)},
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        unread = _body_not_sent_as_json(request, exc.errors())
        if unread is not None:
            return unread
        return _validation_error(exc.errors())

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        if exc.status_code in (404, 405) and _a_browser_page(request):
            # A page the browser cannot have (no such page, or a page it sent a form or
            # some other method to): the same small page, in the reader's language.
            from server.web import pages  # the pages import this module

            page = pages.notice_page(
                request, "not_found", lang=pages.notice_language(request), status=exc.status_code
            )
            if exc.status_code == 405:
                page.headers["Allow"] = allowed_methods(request.app.router.routes, request.scope)
            return page
        unreadable = _json_past_the_parser(exc)
        if unreadable is not None:
            return _validation_error([{"loc": ("body",), "msg": unreadable}])
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}.get(
            exc.status_code, "http_error"
        )
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            headers["Allow"] = allowed_methods(request.app.router.routes, request.scope)
        return JSONResponse(
            error_body(code, str(exc.detail)), status_code=exc.status_code, headers=headers
        )

    # The last line of defence for outages and overload: whatever a route was doing when
    # the database or Redis became unreachable, or a pool stayed full, the caller gets a
    # 503 it can retry, never a 500. Specific classes before their bases: a handler is
    # found by the exception's MRO.
    @app.exception_handler(sa.TimeoutError)
    @app.exception_handler(RedisPoolExhausted)
    @app.exception_handler(sa.OperationalError)
    @app.exception_handler(sa.ProgrammingError)  # a column or table gone: schema behind
    @app.exception_handler(sa.InterfaceError)
    @app.exception_handler(RedisConnectionError)
    @app.exception_handler(RedisTimeoutError)
    async def _outage(request: Request, exc: Exception) -> JSONResponse:
        answer = outage(request, exc)
        if answer is None:  # a ProgrammingError of our own making: a fault, logged
            return await _unexpected(request, exc)
        return unavailable(answer.code, answer.message, answer.retry_after)

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(
            error_body("internal_error", "Something went wrong on our side; it was logged."),
            status_code=500,
        )


def _validation_error(errors: Sequence[Any]) -> JSONResponse:
    """422 `validation_error`: each refused field (`loc`) and why (`msg`)."""
    fields = [
        {
            "field": ".".join(str(p) for p in err.get("loc", ()) if p != "body"),
            "message": err.get("msg", "invalid"),
        }
        for err in errors
    ]
    message = "; ".join(f"{f['field'] or 'body'}: {f['message']}" for f in fields)
    return JSONResponse(error_body("validation_error", message, fields=fields), status_code=422)


JSON_TYPE = "application/json"


def _body_not_sent_as_json(request: Request, errors: Sequence[Any]) -> JSONResponse | None:
    """415 `unsupported_media_type` naming the type expected, when a route that reads a
    JSON body was sent one under another content type (`text/plain`, a form) or none:
    FastAPI reads a body as JSON only when its type says so, and otherwise refused the
    raw bytes as "not a valid dictionary", which did not say why. None otherwise."""
    if not any(
        tuple(err.get("loc", ())) == ("body",) and isinstance(err.get("input"), bytes | str)
        for err in errors
    ):
        return None
    given = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if given == JSON_TYPE or given.endswith("+json"):
        return None
    sent = f"it was sent as `{given}`" if given else "it was sent with no `Content-Type`"
    return JSONResponse(
        error_body(
            "unsupported_media_type",
            f"The request body must be JSON sent with `Content-Type: {JSON_TYPE}`; {sent}.",
            detail={"expected": JSON_TYPE, "given": given or None},
        ),
        status_code=415,
        headers={"Accept-Post": JSON_TYPE} if request.method == "POST" else {},
    )


def _a_browser_page(request: Request) -> bool:
    """A browser asking for a page (`Accept` names HTML), not for the API: an unknown
    page is a small HTML page in the reader's language; the API keeps its JSON."""
    path = request.url.path
    accept = request.headers.get("accept", "")
    return not path.startswith("/api/") and path != "/api" and "text/html" in accept


def _json_past_the_parser(exc: StarletteHTTPException) -> str | None:
    """Why a JSON body could not be read, when FastAPI's generic 400 ("There was an error
    parsing the body") hides what is malformed JSON as much as a decode error is (which it
    answers 422): an integer of more digits than Python converts (ValueError), nesting
    deeper than the parser recurses (RecursionError). None for any other error."""
    if exc.status_code != 400 or exc.detail != "There was an error parsing the body":
        return None
    if isinstance(exc.__cause__, RecursionError):
        return "JSON decode error: nested too deep to read"
    if isinstance(exc.__cause__, UnicodeError):  # the body limit refuses these first
        return "JSON decode error: not UTF-8 text"
    if isinstance(exc.__cause__, ValueError):
        return (
            "JSON decode error: a number too long to read "
            f"(over {sys.get_int_max_str_digits()} digits)"
        )
    return None
