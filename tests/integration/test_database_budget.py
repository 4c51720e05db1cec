"""A unit of work's database budget counts only the time spent waiting for PostgreSQL.

A request that also waits for something else (Razorpay, a poll for another request's
answer) keeps its whole budget for the database: only a database that does not answer
spends it."""

from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import text

from server.db import DatabaseNotAnswering, create_engine
from server.dbtime import database_budget

# Bounded wall-clock waits: run after the others, away from their load.
pytestmark = pytest.mark.serial


async def test_time_away_from_the_database_is_not_charged(postgres_url: str) -> None:
    engine = create_engine(postgres_url, answer_timeout=0.5)
    try:
        with database_budget(0.5) as budget:
            async with engine.connect() as conn:
                assert (await conn.execute(text("SELECT 1"))).scalar_one() == 1
                await asyncio.sleep(0.8)  # e.g. waiting for Razorpay: not the database
                assert (await conn.execute(text("SELECT 2"))).scalar_one() == 2
            assert budget is not None and budget.spent < 0.5
    finally:
        await engine.dispose()


async def test_time_waiting_for_the_database_is_charged(postgres_url: str) -> None:
    engine = create_engine(postgres_url, answer_timeout=5)
    try:
        async with engine.connect() as conn:  # connected before the budget starts
            await conn.execute(text("SELECT 1"))
        with database_budget(0.6) as budget:
            async with engine.connect() as conn:
                await conn.execute(text("SELECT pg_sleep(0.4)"))
                assert budget is not None and budget.spent >= 0.4
                # What is left (about 0.2 s) bounds the next answer: a slower one fails.
                with pytest.raises(Exception) as caught:
                    await conn.execute(text("SELECT pg_sleep(1)"))
                assert isinstance(caught.value.__cause__ or caught.value, DatabaseNotAnswering)
    finally:
        await engine.dispose()
