"""One place that maps typed errors to HTTP answers: `{"error": {code, message, …}}`."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from server.domain import errors as e
from server.logs import request_id_var
from server.payments import errors as pe
from server.security import TokenError

log = logging.getLogger("vyaparmitra.api")

STATUS: list[tuple[type[Exception], int]] = [
    (pe.SignatureInvalid, 400),
    (pe.GatewayRejected, 502),
    (pe.GatewayUnavailable, 503),
    (pe.PaymentsNotConfigured, 503),
    (e.NotFound, 404),
    (e.Forbidden, 403),
    (e.InvalidCredentials, 401),
    (e.QRTokenInvalid, 400),
    (e.QRTokenExpired, 410),
    (e.QRTokenUsed, 410),
    (e.StallClosed, 410),
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


def install(app: FastAPI) -> None:
    @app.exception_handler(e.DomainError)
    async def _domain(_: Request, exc: e.DomainError) -> JSONResponse:
        extra = {"detail": exc.detail} if exc.detail else {}
        return JSONResponse(error_body(exc.code, exc.message, **extra), status_code=status_for(exc))

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
                f"Too many {exc.category} requests; try again in {exc.retry_after} s.",
                retry_after=exc.retry_after,
            ),
            status_code=429,
            headers={"Retry-After": str(exc.retry_after)},
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        fields = [
            {
                "field": ".".join(str(p) for p in err.get("loc", ()) if p != "body"),
                "message": err.get("msg", "invalid"),
            }
            for err in exc.errors()
        ]
        message = "; ".join(f"{f['field'] or 'body'}: {f['message']}" for f in fields)
        return JSONResponse(error_body("validation_error", message, fields=fields), status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized"}.get(
            exc.status_code, "http_error"
        )
        return JSONResponse(
            error_body(code, str(exc.detail)),
            status_code=exc.status_code,
            headers=getattr(exc, "headers", None),
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return JSONResponse(
            error_body("internal_error", "Something went wrong on our side; it was logged."),
            status_code=500,
        )
