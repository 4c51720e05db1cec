"""A connection the pool cannot reset, because its unit of work has spent its database
time, is one warning line in the log: no error record, no traceback (docs/architecture.md,
"Outages and overload")."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import text

from server.db import BudgetedQueuePool, DatabaseNotAnswering, create_engine
from server.dbtime import database_budget

POOL_LOGGER = f"{BudgetedQueuePool.__module__}.{BudgetedQueuePool.__name__}"


async def test_a_reset_that_finds_the_time_spent_is_one_warning(
    postgres_url: str, caplog: pytest.LogCaptureFixture
) -> None:
    engine = create_engine(postgres_url, answer_timeout=2)
    caplog.set_level(logging.DEBUG, logger=POOL_LOGGER)
    try:
        with database_budget(1.0) as budget:
            assert budget is not None
            conn = await engine.connect()
            await conn.execute(text("SELECT 1"))
            await conn.commit()
            budget.spent = budget.seconds  # the unit of work's time runs out here
            await conn.close()  # given back: the pool's reset (a rollback) cannot wait
        async with engine.connect() as fresh:  # the pool goes on with a new connection
            assert (await fresh.execute(text("SELECT 2"))).scalar_one() == 2
    finally:
        await engine.dispose()
    records = [r for r in caplog.records if r.name == POOL_LOGGER]
    assert all(r.levelno < logging.ERROR and not r.exc_info for r in records), [
        (r.levelname, r.getMessage()) for r in records
    ]


def test_the_pool_logger_turns_a_reset_failure_into_one_line(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger=POOL_LOGGER)
    logger = logging.getLogger(POOL_LOGGER)
    try:
        raise DatabaseNotAnswering("the time for the database is spent; not waiting again")
    except DatabaseNotAnswering:
        logger.error("Exception during reset or similar", exc_info=True)
    try:
        raise ValueError("something else")
    except ValueError:
        logger.error("Exception during reset or similar", exc_info=True)
    quiet, other = [r for r in caplog.records if r.name == POOL_LOGGER]
    assert quiet.levelno == logging.WARNING and quiet.exc_info is None
    assert "could not be reset and was closed" in quiet.getMessage()
    assert "the time for the database is spent" in quiet.getMessage()
    assert other.levelno == logging.ERROR and other.exc_info is not None  # untouched
