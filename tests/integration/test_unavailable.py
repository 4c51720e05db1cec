"""Overload and unreachable services answer 503 with Retry-After and the error body.

The outage tests (test_outages.py) stop real servers; these check the last line of
defence in `server/api/errors.py` for each error class, and the load shedding in front.
"""

from __future__ import annotations

import asyncio
import logging
import time

import httpx
import pytest
import redis.exceptions
from fastapi import FastAPI
from sqlalchemy import exc as sa

from server.api.routes import payment_callbacks
from server.overload import LoadShedding
from server.web import pages
from tests.conftest import Api, make_settings, running_app


def assert_503(r: httpx.Response, code: str, retry_after: int) -> None:
    assert r.status_code == 503, r.text
    assert r.headers["retry-after"] == str(retry_after)
    body = r.json()
    assert body["error"]["code"] == code
    assert body["error"]["retry_after"] == retry_after
    assert body["request_id"] == r.headers["x-request-id"]


async def test_a_full_database_pool_answers_503(postgres_url: str) -> None:
    settings = make_settings(
        postgres_url, db_pool_size=1, db_max_overflow=0, db_pool_timeout_seconds=0.2
    )
    async with running_app(settings) as (app, client):
        api = Api(client)
        user = await api.register("customer")
        async with app.state.engine.connect():  # the only connection, taken
            r = await api.get(user["token"], "/api/me")
            assert_503(r, "overloaded", 1)
        assert (await api.get(user["token"], "/api/me")).status_code == 200


RAISED: list[tuple[Exception, str, int]] = [
    (sa.OperationalError("SELECT 1", {}, Exception("server closed the connection")), "database", 7),
    (sa.InterfaceError("SELECT 1", {}, Exception("connection already closed")), "database", 7),
    (sa.TimeoutError("QueuePool limit reached"), "overloaded", 1),
    (redis.exceptions.ConnectionError("Connection refused"), "redis", 7),
    (redis.exceptions.TimeoutError("Timeout reading"), "redis", 7),
]


@pytest.mark.parametrize(("exc", "what", "retry_after"), RAISED, ids=lambda v: type(v).__name__)
async def test_each_outage_error_maps_to_503(
    database_url: str, exc: Exception, what: str, retry_after: int
) -> None:
    settings = make_settings(database_url, unavailable_retry_after_seconds=7)
    async with running_app(settings) as (app, client):

        async def boom() -> None:
            raise exc

        app.add_api_route("/test/boom", boom)
        r = await client.get("/test/boom")
        code = "overloaded" if what == "overloaded" else f"{what}_unavailable"
        assert_503(r, code, retry_after)


async def test_requests_beyond_the_cap_are_shed(database_url: str) -> None:
    settings = make_settings(database_url, max_requests_in_flight=2)
    async with running_app(settings) as (app, client):
        release = asyncio.Event()
        started = 0

        async def slow() -> dict[str, bool]:
            nonlocal started
            started += 1
            await release.wait()
            return {"ok": True}

        _mount(app, slow)
        held = [asyncio.create_task(client.get("/test/slow")) for _ in range(2)]
        while started < 2:  # bounded by the two requests above
            await asyncio.sleep(0.01)
        assert_503(await client.get("/test/slow"), "overloaded", 1)
        assert_503(await client.get("/api/me"), "overloaded", 1)
        assert (await client.get("/healthz")).status_code == 200  # never shed
        assert (await client.get("/readyz")).status_code == 200
        release.set()
        assert [(await t).status_code for t in held] == [200, 200]
        assert (await client.get("/test/slow")).status_code == 200


def _mount(app: FastAPI, endpoint: object) -> None:
    app.add_api_route("/test/slow", endpoint)  # type: ignore[arg-type]


async def test_requests_are_shed_while_the_event_loop_runs_late(database_url: str) -> None:
    settings = make_settings(database_url, max_loop_lag_ms=50)
    async with running_app(settings) as (app, client):
        assert (await client.get("/api/me")).status_code == 401  # starts the timer
        shedding = _shedding(app)
        # The process falls behind: callbacks that hold the loop (CPU-bound work, a
        # process short of cores) make every timer late.
        for _ in range(10):
            time.sleep(0.2)  # holding the loop is the point
            await asyncio.sleep(0)
        assert shedding.lag.seconds > 0.05
        shed_before = shedding.shed
        assert_503(await client.get("/api/me"), "overloaded", 1)
        assert shedding.shed == shed_before + 1
        assert (await client.get("/healthz")).status_code == 200  # never shed
        # Once the loop keeps time again the lag decays and requests are served.
        for _ in range(200):  # bounded: about 4 s at most
            if shedding.lag.seconds <= 0.05:
                break
            await asyncio.sleep(0.02)
        assert (await client.get("/api/me")).status_code == 401


async def test_loop_lag_shedding_can_be_turned_off(database_url: str) -> None:
    settings = make_settings(database_url, max_loop_lag_ms=0)
    async with running_app(settings) as (_, client):
        for _ in range(5):
            time.sleep(0.2)  # holding the loop is the point
            await asyncio.sleep(0)
        assert (await client.get("/api/me")).status_code == 401


def _shedding(app: FastAPI) -> LoadShedding:
    layer = app.middleware_stack
    while layer is not None and not isinstance(layer, LoadShedding):
        layer = getattr(layer, "app", None)
    assert isinstance(layer, LoadShedding)
    return layer


@pytest.mark.parametrize(("exc", "what", "retry_after"), RAISED, ids=lambda v: type(v).__name__)
async def test_pages_answer_an_outage_with_a_503_page(
    database_url: str,
    exc: Exception,
    what: str,
    retry_after: int,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """The shopper page (the only page that reads the database) and the payment-link
    callback (a browser's redirect) answer an outage as the API does: 503 and
    `Retry-After`, but as a page in the visitor's language saying to try again shortly;
    a warning line, no traceback."""
    settings = make_settings(database_url, unavailable_retry_after_seconds=7)

    async def boom(*_: object, **__: object) -> None:
        raise exc

    monkeypatch.setattr(pages.qr, "open_stall", boom)
    monkeypatch.setattr(payment_callbacks.checkouts, "complete_link_callback", boom)
    code = "overloaded" if what == "overloaded" else f"{what}_unavailable"
    async with running_app(settings) as (_, client):
        for path in ("/s/some-token", "/api/payment/callback?razorpay_signature=ab"):
            caplog.clear()
            r = await client.get(path, headers={"Accept-Language": "mr-IN,mr;q=0.9,en;q=0.5"})
            assert r.status_code == 503, (path, r.text)
            assert r.headers["retry-after"] == str(retry_after)
            assert r.headers["content-type"].startswith("text/html")
            assert r.headers["cache-control"] == "no-store"
            assert '<html lang="mr">' in r.text
            assert pages.strings()["mr"]["err_unavailable"] in r.text
            assert pages.strings()["mr"]["err_retry"] in r.text
            assert code in r.text and "Traceback" not in r.text
            errors = [rec for rec in caplog.records if rec.levelno >= logging.ERROR]
            assert errors == [], path
            assert not any(rec.exc_info for rec in caplog.records), path
        # Every other page reads nothing from the database: unaffected.
        for path in ("/", "/shop", "/vendor", "/vendor/flyer", "/payment/result?status=paid"):
            assert (await client.get(path)).status_code in (200, 307), path


async def test_the_payment_callback_outage_page_is_documented(database_url: str) -> None:
    async with running_app(make_settings(database_url)) as (app, _):
        answers = app.openapi()["paths"]["/api/payment/callback"]["get"]["responses"]
    assert list(answers["503"]["content"]) == ["text/html"]
