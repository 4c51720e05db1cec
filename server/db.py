"""The async engine per backend, its bounded connections and its pool. Built by the app's
lifespan, never at import time; the sessions on it are `server.sessions`'."""

from __future__ import annotations

import asyncio
import math
import select
import time
from typing import Any

import psycopg
from psycopg import errors as pg_errors
from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine
from sqlalchemy.pool import AsyncAdaptedQueuePool
from sqlalchemy.util import queue as sa_queue

from server.dbtime import charge, pool_wait_bound, wait_bound
from server.pool_log import quiet_reset_failures
from server.sessions import READ_ONLY

DEFAULT_ANSWER_TIMEOUT = 10.0
"""Seconds PostgreSQL may take to answer one step of the protocol (a statement, a commit)."""


class DatabaseNotAnswering(psycopg.OperationalError):
    """PostgreSQL accepted the connection but did not answer in time (a frozen or
    overwhelmed server), or this unit of work has spent its time on the database. The
    connection is closed: its state is unknown."""


class BoundedConnection(psycopg.AsyncConnection[Any]):
    """A psycopg connection whose every wait for the server is bounded.

    A stopped server process (SIGSTOP, a hung host, a storage stall) keeps its sockets
    open: the kernel accepts and acknowledges, nothing answers, and an unbounded wait
    would hold the request, its pooled connection and the client forever. Cancelling the
    waiting task does not help either: psycopg then sends a cancel request and waits for
    the server again. So the bound is inside the wait itself; when it expires the
    connection is closed (its protocol state is unknown), SQLAlchemy sees a disconnect and
    discards it, and the request gets the `database_unavailable` 503.

    Each wait takes at most `answer_timeout`, and no more than what is left of the unit
    of work's `DatabaseBudget`; connecting too (`connect`), bounded from outside, which
    is safe while connecting: nothing was sent that the server would act on.
    """

    answer_timeout: float = DEFAULT_ANSWER_TIMEOUT

    # psycopg names the parameter `timeout`; this override keeps its signature.
    async def wait(
        self,
        gen: Any,
        interval: float = 0.1,
        timeout: float | None = None,  # noqa: ASYNC109
    ) -> Any:
        bound = wait_bound(self.answer_timeout)
        if timeout is not None:
            bound = min(bound, timeout)
        if bound <= 0:
            gen.close()
            await self.close()
            raise DatabaseNotAnswering("the time for the database is spent; not waiting again")
        started = time.monotonic()
        try:
            return await super().wait(gen, interval=interval, timeout=bound)
        except pg_errors._WaitTimeout:
            await self.close()
            raise DatabaseNotAnswering(
                f"PostgreSQL did not answer within {bound:.1f} s; the connection was closed"
            ) from None
        finally:
            charge(started)

    @classmethod
    async def bounded_connect(cls, *args: Any, **kwargs: Any) -> BoundedConnection:
        """`connect`, within what is left of the budget (libpq's `connect_timeout`
        bounds it anyway, in whole seconds)."""
        bound = wait_bound(cls.answer_timeout)
        if bound <= 0:
            raise DatabaseNotAnswering("the time for the database is spent; not connecting")
        started = time.monotonic()
        try:
            async with asyncio.timeout(bound):
                return await cls.connect(*args, **kwargs)
        except TimeoutError:
            raise DatabaseNotAnswering(
                f"PostgreSQL did not accept a connection within {bound:.1f} s"
            ) from None
        finally:
            charge(started)


class BoundedSyncConnection(psycopg.Connection[Any]):
    """`BoundedConnection` for the synchronous engine (migrations, the CLI): every wait
    for the server takes at most `answer_timeout`, then the connection is closed."""

    answer_timeout: float = DEFAULT_ANSWER_TIMEOUT

    def wait(self, gen: Any, interval: float = 0.1, timeout: float | None = None) -> Any:
        bound = self.answer_timeout if timeout is None else min(timeout, self.answer_timeout)
        try:
            return super().wait(gen, interval=interval, timeout=bound)
        except pg_errors._WaitTimeout:
            self.close()
            raise DatabaseNotAnswering(
                f"PostgreSQL did not answer within {bound:.1f} s; the connection was closed"
            ) from None


def connect_timeout(answer_timeout: float) -> int:
    """libpq's `connect_timeout` for an answer timeout: whole seconds, at least 2."""
    return max(2, math.ceil(answer_timeout))


def _bounded_class(answer_timeout: float) -> type[BoundedConnection]:
    return type("BoundedConnection", (BoundedConnection,), {"answer_timeout": answer_timeout})


class PoolWaitTooLong(sa_exc.TimeoutError):
    """An HTTP request waited its overload bound for a pooled connection: the process is
    past what it serves in time, and the request is refused 503 `overloaded`."""


class BudgetedQueuePool(AsyncAdaptedQueuePool):
    """The engine's pool, whose wait for a free connection is a wait for the database:
    it is cut by what is left of the unit of work's budget and charged to it, and for an
    HTTP request by its overload bound (`pool_wait_bound`, then `PoolWaitTooLong`). With every
    connection held by statements a hung server never answers, a request that waited for
    one would otherwise get it after its budget, then spend a second bound on it."""

    def _do_get(self) -> Any:
        if self._max_overflow < 0 or self._overflow < self._max_overflow:
            return super()._do_get()  # a free or new connection: no wait here
        limit = wait_bound(self._timeout)
        overload = pool_wait_bound()
        if overload is not None and overload < limit:
            limit = overload
        else:
            overload = None
        started = time.monotonic()
        try:
            return self._pool.get(True, limit)
        except sa_queue.Empty:
            pass
        finally:
            charge(started)
        if overload is not None:
            raise PoolWaitTooLong(
                f"no pooled connection came free within {overload * 1000:.0f} ms, the "
                "longest a request may wait for one (VYAPAR_MAX_WAIT_MS)"
            )
        if limit < self._timeout:
            raise sa_exc.OperationalError(
                None,
                None,
                DatabaseNotAnswering(
                    "no pooled connection came free within the time left for the database"
                ),
            )
        raise sa_exc.TimeoutError(
            f"no pooled connection came free within {self._timeout:.1f} s "
            f"(pool size {self.size()}, overflow {self._max_overflow})",
        )


quiet_reset_failures(BudgetedQueuePool, DatabaseNotAnswering)


def create_engine(
    database_url: str,
    *,
    pool_size: int = 20,
    max_overflow: int = 0,
    pool_timeout: float = 5.0,
    answer_timeout: float = DEFAULT_ANSWER_TIMEOUT,
) -> AsyncEngine:
    """An async engine tuned for the backend the URL names.

    SQLite: WAL, foreign keys on, and `BEGIN IMMEDIATE` so a transaction takes the write
    lock up front instead of failing half-way when two writers race (SQLite's deferred
    transactions cannot upgrade a read lock safely). Waiting for that lock is bounded as
    PostgreSQL's answers are (`_sqlite_engine`).

    PostgreSQL: a bounded pool; a checkout waits at most `pool_timeout` seconds (then
    `sqlalchemy.exc.TimeoutError`, answered 503) and pings the connection first, so that
    connections a server restart killed are replaced instead of failing a request.
    Connecting and every answer are bounded by `answer_timeout` (`BoundedConnection`), so
    a server that hangs costs a request that long, then a 503, never a hung request.
    """
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite":
        return _sqlite_engine(url, pool_timeout=pool_timeout, answer_timeout=answer_timeout)
    connection_class = _bounded_class(answer_timeout)
    engine = create_async_engine(
        url,
        connect_args={
            "async_creator_fn": connection_class.bounded_connect,
            "connect_timeout": connect_timeout(answer_timeout),
        },
        poolclass=BudgetedQueuePool,
        pool_size=pool_size,
        max_overflow=max_overflow,
        pool_timeout=pool_timeout,
        # A ping per checkout is what lets the pool survive a PostgreSQL restart: without
        # it every pooled connection failed one request (AdminShutdown) before it was
        # replaced. The ping is `_quiet_or_ping`: no round trip for a connection with
        # nothing waiting on its socket.
        pool_pre_ping=True,
        pool_recycle=1800,
    )
    _ping_without_round_trip(engine)
    return engine


def _ping_without_round_trip(engine: AsyncEngine) -> None:
    """Make the pool's checkout ping free for a healthy idle connection.

    A pooled connection is idle: the server has nothing to say to it. One the server
    ended (a restart, `pg_terminate_backend`, an idle timeout) has its FATAL message or
    the end of the stream waiting on the socket, which a zero-timeout poll sees without
    a round trip. Only then is the usual `SELECT 1` sent, which fails on a dead
    connection (the pool then replaces every connection older than it, as before) and
    passes on a live one that was merely told something (a parameter change). A `SELECT
    1` measured 0.2-0.35 ms of a request on a shared 2-core machine; the poll, a few
    microseconds. What the poll cannot see, a server that stopped answering without
    closing, the ping could only have timed out on; the first statement's bounded wait
    does the same (a 503)."""
    dialect = engine.sync_engine.dialect
    select_one = dialect.do_ping

    def do_ping(dbapi_connection: Any) -> bool:
        driver = getattr(dbapi_connection, "driver_connection", None)
        if isinstance(driver, psycopg.AsyncConnection) and _quiet(driver):
            return True
        return bool(select_one(dbapi_connection))

    dialect.do_ping = do_ping  # type: ignore[method-assign]


def _quiet(connection: psycopg.AsyncConnection[Any]) -> bool:
    """An open, idle connection with nothing waiting to be read."""
    if connection.closed or connection.broken:
        return False
    pgconn = connection.pgconn
    if pgconn.transaction_status != psycopg.pq.TransactionStatus.IDLE:
        return False
    try:
        readable, _, _ = select.select([pgconn.socket], [], [], 0)
    except (OSError, ValueError, psycopg.OperationalError):
        return False
    return not readable


def _busy_ms(answer_timeout: float) -> int:
    """SQLite's busy timeout for the next lock wait: `_bound`, in whole 100 ms steps (so
    that a connection's pragma changes only when the bound really moved)."""
    return int(wait_bound(answer_timeout) * 10) * 100


def _sqlite_engine(url: Any, *, pool_timeout: float, answer_timeout: float) -> AsyncEngine:
    """SQLite: a transaction waits for the write lock (another process's transaction, a
    `sqlite3` shell holding `BEGIN IMMEDIATE`) at most as long as PostgreSQL may take to
    answer: `answer_timeout`, cut by the unit of work's `DatabaseBudget` and any
    `database_deadline` (`/readyz`), and the wait is charged to that budget. Then SQLite
    says `database is locked`, answered 503 `database_unavailable` like a hung
    PostgreSQL. The wait happens in the driver's thread; the event loop keeps serving."""
    engine = create_async_engine(
        url,
        connect_args={"timeout": answer_timeout},
        pool_timeout=pool_timeout,
    )
    busy_key = "vyapar_busy_ms"

    @event.listens_for(engine.sync_engine, "connect")
    def _sqlite_connect(dbapi_connection: Any, record: Any) -> None:
        dbapi_connection.isolation_level = None  # let us emit BEGIN ourselves
        busy = int(answer_timeout * 1000)
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={busy}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()
        record.info[busy_key] = busy

    @event.listens_for(engine.sync_engine, "begin")
    def _sqlite_begin(conn: Any) -> None:
        # Every transaction takes the write lock here, so this is where a locked database
        # makes a request wait; nothing after it in the transaction waits for a lock.
        busy = _busy_ms(answer_timeout)
        info = conn.connection.info
        if info.get(busy_key) != busy:
            conn.exec_driver_sql(f"PRAGMA busy_timeout={busy}")
            info[busy_key] = busy
        started = time.monotonic()
        # A unit that only reads (`read_only`) begins DEFERRED: in WAL mode it neither
        # waits for the write lock nor holds it from the moves that need it.
        mode = "DEFERRED" if conn.get_execution_options().get(READ_ONLY) else "IMMEDIATE"
        try:
            conn.exec_driver_sql(f"BEGIN {mode}")
        finally:
            charge(started)

    return engine
