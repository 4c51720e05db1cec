"""A request waits for a pooled database connection no longer than the overload bound
(`VYAPAR_MAX_WAIT_MS`): past it, it is refused 503 `overloaded` with `Retry-After`, not
left in the pool's queue for the pool's own (much longer) timeout."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import text

from server.db import PoolWaitTooLong, create_engine
from server.dbtime import database_budget
from server.outages import outage_kind
from tests.conftest import make_settings, running_app

# Bounded wall-clock waits: run after the others, away from their load.
pytestmark = pytest.mark.serial


async def test_the_wait_for_a_connection_is_cut_by_the_overload_bound(postgres_url: str) -> None:
    engine = create_engine(postgres_url, pool_size=1, pool_timeout=5)
    try:
        async with engine.connect() as held:
            await held.execute(text("SELECT 1"))
            with database_budget(10, pool_wait=0.2):
                started = time.monotonic()
                with pytest.raises(PoolWaitTooLong) as caught:
                    async with engine.connect():
                        pass
                took = time.monotonic() - started
        assert 0.15 <= took < 2, took  # the bound's 0.2 s, not the pool's 5 s
        assert outage_kind(caught.value) == "overloaded"
        # The bound only cuts a wait: a free connection is taken as ever.
        with database_budget(10, pool_wait=0.2):
            async with engine.connect() as conn:
                assert (await conn.execute(text("SELECT 1"))).scalar_one() == 1
    finally:
        await engine.dispose()


async def test_a_request_that_waits_past_the_bound_is_refused_as_overloaded(
    postgres_url: str,
) -> None:
    settings = make_settings(
        postgres_url, db_pool_size=1, db_pool_timeout_seconds=5, max_wait_ms=200
    )
    async with running_app(settings) as (app, client):
        async with app.state.engine.connect() as held:  # the pool's one connection
            await held.execute(text("SELECT 1"))
            started = time.monotonic()
            r = await client.post(
                "/api/auth/login", json={"phone": "+919833333333", "password": "not a password"}
            )
            took = time.monotonic() - started
        assert r.status_code == 503, r.text
        assert r.headers["retry-after"] == "1"
        assert r.json()["error"]["code"] == "overloaded"
        assert took < 2, took
        # With the connection back, the same request is answered.
        r = await client.post(
            "/api/auth/login", json={"phone": "+919833333333", "password": "not a password"}
        )
        assert r.status_code == 401, r.text
