from __future__ import annotations

from typing import Any

import httpx
from fastapi import FastAPI

from tests.conftest import make_settings
from tests.live_helpers import live_server


async def test_health(client: httpx.AsyncClient) -> None:
    r = await client.get("/healthz")
    assert r.json() == {"status": "ok"}
    r = await client.get("/readyz")
    assert r.status_code == 200
    assert r.json()["checks"]["database"] == "ok"


async def test_health_answers_a_load_balancers_head_without_a_body(
    app_client: tuple[FastAPI, httpx.AsyncClient], database_url: str
) -> None:
    app, client = app_client
    for path in ("/healthz", "/readyz"):
        got, head = await client.get(path), await client.head(path)
        assert head.status_code == got.status_code == 200, (path, head.status_code)
        assert head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
    # Not ready: the same 503 and Retry-After as a GET.
    engine, app.state.engine = app.state.engine, Unreachable()
    try:
        head = await client.head("/readyz")
        assert head.status_code == 503 and head.headers["retry-after"]
        assert head.content == b""
    finally:
        app.state.engine = engine
    # Over the wire, as a load balancer asks.
    async with live_server(make_settings(database_url)) as server:
        for path in ("/healthz", "/readyz"):
            head = await server.http.head(path)
            assert head.status_code == 200 and head.content == b"", path
    # The document still lists GET only.
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert set(paths["/healthz"]) == set(paths["/readyz"]) == {"get"}


class Unreachable:
    """An engine whose connections fail, as with the database down."""

    def connect(self) -> Any:
        raise ConnectionRefusedError("database down")
