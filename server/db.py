"""Async engine and sessions. Built by the app's lifespan, never at import time."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)


def create_engine(
    database_url: str,
    *,
    pool_size: int = 20,
    max_overflow: int = 40,
    pool_timeout: float = 5.0,
) -> AsyncEngine:
    """An async engine tuned for the backend the URL names.

    SQLite: WAL, a busy timeout, foreign keys on, and `BEGIN IMMEDIATE` so a
    transaction takes the write lock up front instead of failing half-way when two
    writers race (SQLite's deferred transactions cannot upgrade a read lock safely).

    PostgreSQL: a bounded pool; a checkout waits at most `pool_timeout` seconds (then
    `sqlalchemy.exc.TimeoutError`, answered 503) and pings the connection first, so that
    connections a server restart killed are replaced instead of failing a request.
    """
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        engine = create_async_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine.sync_engine, "connect")
        def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # let us emit BEGIN ourselves
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine.sync_engine, "begin")
        def _sqlite_begin(conn: Any) -> None:
            conn.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_async_engine(
        url,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=pool_timeout,
        # A ping per checkout is what lets the pool survive a PostgreSQL restart: without
        # it every pooled connection failed one request (AdminShutdown) before it was
        # replaced. It is one more round trip per request: measured 0.2-0.35 ms a checkout
        # on a shared 2-core machine (checkout + SELECT 1: 0.74 ms without, 0.96-1.10 with),
        # against ~2 ms of server CPU for a whole bid.
        pool_pre_ping=True,
        pool_recycle=1800,
    )


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)
