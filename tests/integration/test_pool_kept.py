"""The database pool keeps the connections it opens, and its wait for a free one is a
wait for the database: bounded by the unit of work's budget and charged to it."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc

from server.db import DatabaseNotAnswering, create_engine
from server.dbtime import database_budget
from server.outages import outage_kind

pytestmark = pytest.mark.asyncio


async def _work(engine: Any, rounds: int) -> None:
    for _ in range(rounds):
        async with engine.connect() as conn:
            await conn.execute(text("SELECT pg_sleep(0.01)"))


async def test_more_work_at_once_than_the_pool_opens_no_connection_per_request(
    postgres_url: str,
) -> None:
    engine = create_engine(postgres_url, pool_size=3, pool_timeout=10)
    opened = []
    event.listen(engine.sync_engine, "connect", lambda *_: opened.append(1))
    try:
        # 12 at once, 5 rounds each, on a pool of 3: they take turns on 3 connections
        await asyncio.gather(*(_work(engine, 5) for _ in range(12)))
        assert len(opened) == 3
        assert engine.pool.checkedin() == 3
    finally:
        await engine.dispose()


async def test_the_wait_for_a_connection_is_cut_by_the_budget_and_charged(
    postgres_url: str,
) -> None:
    engine = create_engine(postgres_url, pool_size=1, pool_timeout=5)
    try:
        async with engine.connect() as held:
            await held.execute(text("SELECT 1"))
            with database_budget(0.3) as budget:
                started = time.monotonic()
                with pytest.raises(sa_exc.OperationalError) as caught:
                    async with engine.connect():
                        pass
                took = time.monotonic() - started
            assert budget is not None and budget.remaining() < 0.05
        assert took < 2, took  # the budget's 0.3 s, not the pool's 5 s
        assert isinstance(caught.value.orig, DatabaseNotAnswering)
        assert outage_kind(caught.value) == "database"
    finally:
        await engine.dispose()


async def test_without_a_budget_a_full_pool_is_overload(postgres_url: str) -> None:
    engine = create_engine(postgres_url, pool_size=1, pool_timeout=0.3)
    try:
        async with engine.connect() as held:
            await held.execute(text("SELECT 1"))
            started = time.monotonic()
            with pytest.raises(sa_exc.TimeoutError) as caught:
                async with engine.connect():
                    pass
            assert time.monotonic() - started < 3
        assert outage_kind(caught.value) == "overloaded"
        # the held connection came back: the next checkout gets it at once
        async with engine.connect() as conn:
            assert (await conn.execute(text("SELECT 1"))).scalar_one() == 1
    finally:
        await engine.dispose()
