"""The error answers in the OpenAPI document: the one error schema (`ErrorOut`), what
each status means, and the statuses each route's dependencies and method imply, added to
every operation. The answers themselves are made in `server.api.errors`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field

from server.api.openapi_bounds import exact_integer_bounds


class FieldErrorOut(BaseModel):
    field: str
    message: str


class ErrorInfoOut(BaseModel):
    model_config = ConfigDict(extra="allow")

    code: str = Field(description="Stable, machine-readable: `not_found`, `conflict`, …")
    message: str = Field(description="One sentence a person can act on.")
    detail: dict[str, Any] | None = Field(default=None, description="Facts behind the error.")
    fields: list[FieldErrorOut] | None = Field(
        default=None, description="422: each field that was refused, and why."
    )
    retry_after: int | None = Field(default=None, description="429: seconds to wait.")
    limit_bytes: int | None = Field(default=None, description="413: the route's body limit.")


class ErrorOut(BaseModel):
    """Every error answer: `{"error": {"code", "message", …}, "request_id"}`."""

    error: ErrorInfoOut
    request_id: str | None = Field(default=None, description="Also in `X-Request-ID`.")


ERROR_MEANINGS: dict[int, str] = {
    400: "Malformed: a body that cannot be read, a bad signature, a QR code not ours.",
    401: "No bearer token, or one that is invalid or expired.",
    403: "Logged in, but not allowed: the wrong role, or not a party to this.",
    404: "Nothing with that id, or the route does not exist.",
    409: "Conflicts with the current state: nothing of the other side's to accept, an offer "
    "changed since it was seen, out of stock, already done.",
    408: "The request body stopped arriving before it was complete.",
    410: (
        "Gone: the QR code expired, was withdrawn or was already used; the vendor's stall "
        "is closed (`stall_closed`); or the customer's account was deactivated "
        "(`customer_gone`)."
    ),
    413: "The request body is larger than this route accepts.",
    415: "The body was not sent as JSON: send it with `Content-Type: application/json`.",
    422: "The request breaks the rules: a field's type or range, an offer out of bounds.",
    429: "Too many requests; wait `Retry-After` seconds.",
    502: "Razorpay refused the request.",
    503: "A service this needs (database, Redis, Razorpay) is unavailable; retry later.",
}


BODY_STATUSES = (400, 408, 413)
"""What `server.bodylimit` answers before any route runs, on every method and path,
whether or not the route reads a body: 400 (a JSON body that is not UTF-8 text), 408 (a
body that stops arriving), 413 (a body over the limit). Every operation lists them."""


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """`responses=` entries for a route: each status with the error schema."""
    return {s: {"model": ErrorOut, "description": ERROR_MEANINGS[s]} for s in statuses}


def document_errors(app: FastAPI, routers: Sequence[APIRouter]) -> None:
    """Make `app`'s OpenAPI document list, for every API route in `routers`, the error
    answers its dependencies and method imply (401 from a token check, 403 from a role
    check, 429 from a rate limit, 422 from parameters and bodies, 400, 408 and 413 from a
    body on any operation (`BODY_STATUSES`), 503 from the database) besides those the
    route declares (404, 409, …), each with the error schema (which also replaces
    FastAPI's own 422 schema, never sent here). Operations outside `/api/` (the health
    probes) get `BODY_STATUSES` too."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        schema = generate()  # cached by FastAPI; what is added here is added again alike
        _add_error_responses(schema, routers)
        exact_integer_bounds(schema)
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def _add_error_responses(schema: dict[str, Any], routers: Sequence[APIRouter]) -> None:
    components = schema.setdefault("components", {}).setdefault("schemas", {})
    error_schema = ErrorOut.model_json_schema(ref_template="#/components/schemas/{model}")
    components.update(error_schema.pop("$defs", {}))
    components["ErrorOut"] = error_schema
    ref = {"$ref": "#/components/schemas/ErrorOut"}
    for router in routers:
        for route in router.routes:
            if not isinstance(route, APIRoute) or not route.path.startswith("/api/"):
                continue
            declared = {int(s) for s in route.responses if str(s).isdigit() and int(s) >= 400}
            for method in route.methods or ():
                operation = schema["paths"].get(route.path_format, {}).get(method.lower())
                if operation is None:
                    continue
                for status in sorted(_implied_statuses(route) | declared):
                    content = route.responses.get(status, {}).get("content", {})
                    if content and "application/json" not in content:
                        continue  # the route's own answer (a page for a browser)
                    operation["responses"][str(status)] = {
                        "description": ERROR_MEANINGS.get(status, "An error."),
                        "content": {"application/json": {"schema": ref}},
                    }
    for path, operations in schema["paths"].items():
        if path.startswith("/api/"):
            continue  # done above
        for operation in operations.values():
            for status in BODY_STATUSES:
                operation["responses"].setdefault(
                    str(status),
                    {
                        "description": ERROR_MEANINGS[status],
                        "content": {"application/json": {"schema": ref}},
                    },
                )
    used = json.dumps(schema["paths"])
    for name in ("HTTPValidationError", "ValidationError"):
        if f"/{name}" not in used and name in components:
            del components[name]


def _implied_statuses(route: APIRoute) -> set[int]:
    calls = {getattr(d.call, "__qualname__", "") for d in _dependants(route.dependant)}
    statuses: set[int] = set()
    if any(name.endswith(("optional_actor", "current_actor")) for name in calls):
        statuses.add(401)
    if any(name.startswith("require_role.") for name in calls):
        statuses.add(403)
    if any(name.startswith("rate_limit.") for name in calls):
        statuses.add(429)
    if any(name.endswith("get_session") for name in calls):
        statuses.add(503)
    dependant = route.dependant
    if dependant.path_params or dependant.query_params or dependant.header_params:
        statuses.add(422)
    if dependant.body_params:
        statuses.update((415, 422))  # every body the API reads is JSON
    statuses.update(BODY_STATUSES)
    return statuses


def _dependants(dependant: Dependant) -> list[Dependant]:
    found = [dependant]
    for sub in dependant.dependencies:
        found.extend(_dependants(sub))
    return found
