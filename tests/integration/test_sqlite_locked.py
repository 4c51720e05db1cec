"""A locked SQLite database (another process holding a write transaction) costs a request
the database answer bound, then a 503 `database_unavailable` with Retry-After, as a hung
PostgreSQL does; `/readyz` answers within its own bound; all recovers when the lock goes.

The lock is real: a second `sqlite3` connection holding `BEGIN IMMEDIATE`."""

from __future__ import annotations

import shutil
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text

from server.api.routes.health import READY_DB_SECONDS
from server.db import create_engine
from server.dbtime import database_budget
from server.sessions import read_only, session_factory
from tests.conftest import Api, make_settings, running_app

BOUND = 1.0


@pytest.fixture
def sqlite_path(sqlite_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "locked.db"
    shutil.copy(sqlite_template, path)
    return path


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """Another process's transaction: a plain `sqlite3` connection in `BEGIN IMMEDIATE`."""
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        yield
        other.execute("ROLLBACK")
    finally:
        other.close()


def assert_unavailable(r: httpx.Response, started: float, bound: float) -> None:
    elapsed = time.monotonic() - started
    assert r.status_code == 503, r.text
    assert r.json()["error"]["code"] == "database_unavailable"
    assert int(r.headers["retry-after"]) >= 1
    assert elapsed < bound + 1.5, elapsed


async def test_a_locked_database_answers_503_within_the_bound(sqlite_path: Path) -> None:
    settings = make_settings(f"sqlite+aiosqlite:///{sqlite_path}", db_answer_timeout_seconds=BOUND)
    async with running_app(settings) as (_app, client):
        api = Api(client)
        vendor = await api.register("vendor", business_name="Lock Stall")
        with write_lock(sqlite_path):
            started = time.monotonic()
            r = await client.post(
                "/api/products",
                json={
                    "names": {"en": "Onion"},
                    "unit": "kg",
                    "list_price_paise": 3000,
                    "floor_price_paise": 2500,
                    "stock": 5,
                },
                headers=api.auth(vendor["token"]),
            )
            assert_unavailable(r, started, BOUND)
            assert time.monotonic() - started >= BOUND * 0.9  # it did wait for the lock
            started = time.monotonic()
            r = await api.get(vendor["token"], "/api/me")
            assert_unavailable(r, started, BOUND)
            started = time.monotonic()
            ready = await client.get("/readyz")
            assert ready.status_code == 503, ready.text
            assert int(ready.headers["retry-after"]) >= 1
            assert time.monotonic() - started < BOUND + 1.5
            assert (await client.get("/healthz")).status_code == 200
        # The lock is gone: the same requests work, nothing restarted.
        assert (await api.get(vendor["token"], "/api/me")).status_code == 200
        assert (await client.get("/readyz")).status_code == 200
        await api.product(vendor["token"])


async def test_readyz_keeps_its_own_bound_under_a_longer_answer_bound(
    sqlite_path: Path,
) -> None:
    """With the default 10 s answer bound, `/readyz` still answers within its 2 s."""
    settings = make_settings(f"sqlite+aiosqlite:///{sqlite_path}")
    assert settings.db_answer_timeout_seconds > READY_DB_SECONDS
    async with running_app(settings) as (_app, client):
        assert (await client.get("/readyz")).status_code == 200  # the server's WAL file
        with write_lock(sqlite_path):
            started = time.monotonic()
            ready = await client.get("/readyz")
            elapsed = time.monotonic() - started
            assert ready.status_code == 503, ready.text
            assert ready.json()["checks"]["database"].startswith("error"), ready.text
            assert READY_DB_SECONDS * 0.9 <= elapsed < READY_DB_SECONDS + 1.0, (elapsed, ready.text)
        assert (await client.get("/readyz")).status_code == 200


async def test_the_lock_wait_is_charged_to_the_budget(sqlite_path: Path) -> None:
    """Two transactions in one unit of work share one bound: the second does not wait a
    second time once the first spent it."""
    engine = create_engine(f"sqlite+aiosqlite:///{sqlite_path}", answer_timeout=BOUND)
    try:
        async with engine.begin() as conn:  # connected (in WAL mode) before the lock
            await conn.execute(text("SELECT 1"))
        with write_lock(sqlite_path), database_budget(BOUND) as budget:
            started = time.monotonic()
            for _ in range(2):
                with pytest.raises(Exception, match="locked"):
                    async with engine.begin() as conn:
                        await conn.execute(text("SELECT 1"))
            assert budget is not None and budget.spent >= BOUND * 0.9
            assert time.monotonic() - started < BOUND + 0.8
    finally:
        await engine.dispose()


async def test_a_read_only_unit_reads_while_another_writes(sqlite_path: Path) -> None:
    """A unit marked `read_only` begins DEFERRED: in WAL mode it reads at once while
    another transaction holds the write lock (a plain unit would wait and fail)."""
    engine = create_engine(f"sqlite+aiosqlite:///{sqlite_path}", answer_timeout=BOUND)
    sessions = session_factory(engine)
    try:
        async with engine.begin() as conn:  # connected (in WAL mode) before the lock
            await conn.execute(text("SELECT 1"))
        with write_lock(sqlite_path):
            started = time.monotonic()
            async with sessions() as session, session.begin():
                await read_only(session)
                assert (await session.execute(text("SELECT 1"))).scalar_one() == 1
            assert time.monotonic() - started < BOUND / 2
            with pytest.raises(Exception, match="locked"):
                async with sessions() as session, session.begin():
                    await session.execute(text("SELECT 1"))
    finally:
        await engine.dispose()
