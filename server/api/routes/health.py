"""Liveness and readiness.

`/healthz` answers while the process runs. `/readyz` is 503 when the database cannot be
reached (nothing works without it) or its schema is not the one this code needs (migrated
down under the server: `vyaparmitra db upgrade`), and 200 "degraded" when only Redis
cannot (the API still serves, rate limits count per process, and only new socket tickets
and live rooms are refused until Redis is back) or only the host's engine process cannot
(voice turns answer `engine_unavailable` until `serve` has it back). Once `serve` has
taken a SIGTERM `/readyz` is 503 `draining` at once, whatever the checks (`server.drain`):
a load balancer sends new requests elsewhere while this one finishes. Both answer HEAD (a
load balancer's probe) as they answer GET, without the body.
"""

from __future__ import annotations

import asyncio
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import text

from audio.engine_host import HostClient
from server import drain
from server.dbtime import database_deadline
from server.outages import StorageState, storage_refused
from server.redisconn import quick_redis
from server.schema_check import SchemaCheck
from server.settings import Settings

router = APIRouter(tags=["health"])

READY_DB_SECONDS = 2.0
"""How long `/readyz` waits for the database's answer before reporting it down."""
READY_ENGINES_SECONDS = 1.0
"""How long it waits for the engine process's answer to a ping (answered at once when up)."""


# A load balancer's probe may be a HEAD: answered as the GET is, without the body, by a
# route of its own kept out of the OpenAPI document (as the pages' HEAD is).
@router.api_route("/healthz", methods=["HEAD"], include_in_schema=False)
@router.get("/healthz")
async def healthz() -> dict[str, str]:
    return {"status": "ok"}


class ReadinessOut(BaseModel):
    """`/readyz`'s answer, 200 and 503 alike: a health probe's own body, not the error
    schema (docs/api.md "Health")."""

    status: Literal["ready", "degraded", "not ready", "draining"]
    checks: dict[str, str] = Field(
        description="Each dependency checked (`database`, `schema` (the database at "
        "this code's migration head), and `redis`, `rate_limits`, "
        "`engines` where used): `ok`, or `error: <kind>`; `rate_limits` says where limits "
        "are counted."
    )
    degraded: list[str] | None = Field(
        default=None, description="With `degraded`: what works differently until it is back."
    )


def _schema_check(request: Request) -> SchemaCheck:
    check: SchemaCheck | None = getattr(request.app.state, "schema_check", None)
    if check is None:
        check = request.app.state.schema_check = SchemaCheck(
            request.app.state.settings.database_url
        )
    return check


def _storage(request: Request) -> str | None:
    """ "disk_full" or "read_only" while the database's storage refuses writes (it answers
    reads: `SELECT 1` alone would report a host that can save nothing as ready)."""
    storage = getattr(request.app.state, "storage", None)
    return storage.current() if isinstance(storage, StorageState) else None


@router.api_route("/readyz", methods=["HEAD"], include_in_schema=False)
@router.get(
    "/readyz",
    responses={
        200: {
            "model": ReadinessOut,
            "description": "Ready (`ready`), or serving without Redis or the engine process "
            "(`degraded`).",
        },
        503: {
            "model": ReadinessOut,
            "description": "Not ready (`not ready`): the database cannot be reached, or "
            "refuses writes for its storage (`checks.database` is `disk_full` or `read_only` "
            "until 30 s after the last refusal), or its schema is behind this code "
            "(`checks.schema` names `vyaparmitra db upgrade`); or stopping (`draining`: "
            "the server took a SIGTERM and finishes "
            "what it holds; send new requests elsewhere). The readiness body, not the "
            "error schema.",
            "headers": {
                "Retry-After": {
                    "description": "Seconds before asking again.",
                    "schema": {"type": "integer"},
                }
            },
        },
    },
)
async def readyz(request: Request) -> JSONResponse:
    retry_after = request.app.state.settings.unavailable_retry_after_seconds
    if drain.draining():  # answered at once: nothing to check on a host that is stopping
        return JSONResponse(
            {"status": "draining", "checks": {}},
            status_code=503,
            headers={"Retry-After": str(retry_after)},
        )
    checks: dict[str, str] = {}
    try:
        # The database's answers are bounded inside the driver (`database_deadline`):
        # cancelling a wait from outside would make the driver wait again for a cancel.
        # The outer bound covers the wait for a pooled connection.
        with database_deadline(READY_DB_SECONDS):
            async with asyncio.timeout(READY_DB_SECONDS + 1):
                async with request.app.state.engine.connect() as conn:
                    await conn.execute(text("SELECT 1"))
                    checks["database"] = _storage(request) or "ok"
                    behind = await _schema_check(request).behind(conn)
        checks["schema"] = behind or "ok"
    except Exception as exc:  # readiness reports, it never raises
        failed = "schema" if "database" in checks else "database"
        checks[failed] = storage_refused(exc) or f"error: {type(exc).__name__}"
    body: dict[str, object] = {"checks": checks}
    settings: Settings = request.app.state.settings
    redis = request.app.state.redis
    if redis is not None:
        try:
            # Bounded well below a load balancer's check timeout: a hung Redis makes the
            # answer "degraded", not late. While Redis is marked down this fails at once
            # unless it is this request's turn to try it (server/redisconn.py).
            with quick_redis(settings.redis_probe_timeout_seconds):
                await redis.ping()
            checks["redis"] = "ok"
        except Exception as exc:
            checks["redis"] = f"error: {type(exc).__name__}"
        limiter = request.app.state.limiter
        checks["rate_limits"] = "memory (per process)" if limiter.degraded else "redis"
    host = getattr(getattr(getattr(request.app.state, "live", None), "engines", None), "host", None)
    if host is not None:  # this worker's speech models are in the host's engine process
        try:
            await asyncio.to_thread(HostClient(host.path, timeout=READY_ENGINES_SECONDS).ping)
            checks["engines"] = "ok"
        except Exception as exc:
            checks["engines"] = f"error: {type(exc).__name__}"
    degraded = []
    if checks.get("redis", "ok") != "ok":
        degraded += [
            "rate limits count per process",
            "new socket tickets and live rooms answer 503 until Redis is back",
        ]
    if checks.get("engines", "ok") != "ok":
        degraded.append("voice turns answer engine_unavailable until the engine process is back")
    if checks["database"] != "ok" or checks.get("schema", "ok") != "ok":
        status, code = "not ready", 503
    elif degraded:
        status, code = "degraded", 200
        body["degraded"] = degraded
    else:
        status, code = "ready", 200
    headers = {"Retry-After": str(retry_after)} if code == 503 else None
    return JSONResponse({"status": status, **body}, status_code=code, headers=headers)
