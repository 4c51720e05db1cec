"""The pool's checkout ping: free for a healthy idle connection, a real `SELECT 1` for
one with something waiting on its socket (the server ended it)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from sqlalchemy import text

from server.db import _quiet, create_engine

pytestmark = pytest.mark.asyncio


async def _backend_pid(engine: Any) -> int:
    async with engine.connect() as conn:
        return int((await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one())


async def test_the_poll_tells_a_live_connection_from_one_the_server_ended(
    postgres_url: str,
) -> None:
    engine = create_engine(postgres_url, pool_size=1, max_overflow=0)
    other = create_engine(postgres_url, pool_size=1, max_overflow=0)
    try:
        async with engine.connect() as conn:
            raw = await conn.get_raw_connection()
            driver = raw.driver_connection
            assert driver is not None
            pid = int((await conn.execute(text("SELECT pg_backend_pid()"))).scalar_one())
            await conn.rollback()
            assert _quiet(driver)  # idle, nothing to read: no round trip needed
            async with other.connect() as killer:
                await killer.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            for _ in range(100):  # the FATAL message is on its way
                if not _quiet(driver):
                    break
                await asyncio.sleep(0.01)
            assert not _quiet(driver)
            await conn.invalidate()
    finally:
        await engine.dispose()
        await other.dispose()


async def test_a_connection_the_server_ended_is_replaced(postgres_url: str) -> None:
    engine = create_engine(postgres_url, pool_size=1, max_overflow=0)
    other = create_engine(postgres_url, pool_size=1, max_overflow=0)
    try:
        first = await _backend_pid(engine)
        async with other.connect() as conn:
            await conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": first})
            await conn.commit()
            for _ in range(100):  # until the backend is gone (its FATAL sent)
                gone = await conn.scalar(
                    text("SELECT count(*) = 0 FROM pg_stat_activity WHERE pid = :pid"),
                    {"pid": first},
                )
                await conn.commit()
                if gone:
                    break
                await asyncio.sleep(0.01)
        # The pooled connection is dead: the checkout sees its socket readable, pings
        # for real, and connects again; the request never sees the dead one.
        second = await _backend_pid(engine)
        assert second != first
    finally:
        await engine.dispose()
        await other.dispose()
