"""Async engine and sessions. Built by the app's lifespan, never at import time."""

from __future__ import annotations

import asyncio
import math
import select
import time
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import psycopg
from psycopg import errors as pg_errors
from sqlalchemy import event
from sqlalchemy import exc as sa_exc
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session
from sqlalchemy.pool import AsyncAdaptedQueuePool
from sqlalchemy.util import queue as sa_queue

from server.dbtime import charge, database_budget, wait_bound
from server.pool_log import quiet_reset_failures

T = TypeVar("T")

DEFAULT_ANSWER_TIMEOUT = 10.0
"""Seconds PostgreSQL may take to answer one step of the protocol (a statement, a commit)."""


class DatabaseNotAnswering(psycopg.OperationalError):
    """PostgreSQL accepted the connection but did not answer in time (a frozen or
    overwhelmed server), or this unit of work has spent its time on the database. The
    connection is closed: its state is unknown."""


READ_ONLY = "vyapar_read_only"
"""Execution option: this transaction only reads (see `read_only`)."""


async def read_only(session: AsyncSession) -> None:
    """Mark `session`'s transaction, before its first statement, as one that only reads:
    on SQLite it then takes no write lock (PostgreSQL is unaffected)."""
    await session.connection(execution_options={READ_ONLY: True})


@asynccontextmanager
async def unit_of_work(
    sessions: async_sessionmaker[AsyncSession], seconds: float
) -> AsyncIterator[AsyncSession]:
    """A session in a transaction, with its own database budget of `seconds` (the answer
    timeout). Live sockets use it for each move, so that a hung database costs a move one
    bound whatever the move does."""
    with database_budget(seconds):
        async with sessions() as session, session.begin():
            yield session


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


class BudgetedQueuePool(AsyncAdaptedQueuePool):
    """The engine's pool, whose wait for a free connection is a wait for the database:
    it is cut by what is left of the unit of work's budget and charged to it. With every
    connection held by statements a hung server never answers, a request that waited for
    one would otherwise get it after its budget, then spend a second bound on it."""

    def _do_get(self) -> Any:
        if self._max_overflow < 0 or self._overflow < self._max_overflow:
            return super()._do_get()  # a free or new connection: no wait here
        limit = wait_bound(self._timeout)
        started = time.monotonic()
        try:
            return self._pool.get(True, limit)
        except sa_queue.Empty:
            pass
        finally:
            charge(started)
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


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    class FactorySession(Session):
        """This factory's sessions: events listened for on it are this app's alone."""

    return async_sessionmaker(
        engine, expire_on_commit=False, autoflush=False, sync_session_class=FactorySession
    )


def after_commit(
    sessions: async_sessionmaker[AsyncSession], key: str, callback: Callable[[Any], None]
) -> None:
    """Call `callback(session.info[key])` after each commit of `sessions` that set it; a
    rollback drops it. The callback runs in the event loop's thread and must not block."""
    cls = sessions.kw["sync_session_class"]

    def committed(session: Session) -> None:
        value = session.info.pop(key, None)
        if value:
            callback(value)

    def rolled_back(session: Session) -> None:
        session.info.pop(key, None)

    event.listen(cls, "after_commit", committed)
    event.listen(cls, "after_rollback", rolled_back)


class DriverStatement:
    """A Core statement run straight on the psycopg connection of a session's transaction:
    compiled once per dialect, prepared by the server, no ORM and no execution context,
    with the column types' own conversions both ways. For the hottest statements only
    (a bid's read and write), where SQLAlchemy's per-statement work cost more than the
    database's. Errors come out as SQLAlchemy's (`OperationalError`…), the connection
    invalidated when it is lost, as `session.execute` would leave them."""

    def __init__(self, statement: Any) -> None:
        self.statement = statement
        self._compiled: dict[str, tuple[str, Any, dict[str, Any], list[Any]]] = {}

    def _compile(self, dialect: Any) -> tuple[str, Any, dict[str, Any], list[Any]]:
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self.statement.compile(dialect=dialect)
            binds = dict(compiled._bind_processors)
            results = [
                column.type._cached_result_processor(dialect, None)
                for column in self.statement.selected_columns
            ]
            found = self._compiled[dialect.name] = (compiled.string, compiled, binds, results)
        return found

    async def rows(self, session: AsyncSession, params: dict[str, Any]) -> list[tuple[Any, ...]]:
        connection = await session.connection()
        dialect = connection.dialect
        sql, compiled, binds, results = self._compile(dialect)
        values = compiled.construct_params(params)
        for name, process in binds.items():
            if name in values:
                values[name] = process(values[name])
        raw = await connection.get_raw_connection()
        driver: psycopg.AsyncConnection[Any] = raw.driver_connection  # type: ignore[assignment]
        try:
            cursor = driver.cursor()
            await cursor.execute(sql, values, prepare=True)
            # Whether rows came back, from the result's status: `cursor.description`
            # would build a column object per column (a bid's read has 29) only to ask.
            result = cursor.pgresult
            returned = result is not None and result.status == psycopg.pq.ExecStatus.TUPLES_OK
            fetched = await cursor.fetchall() if returned else []
        except psycopg.Error as err:
            lost = dialect.is_disconnect(err, raw, None)  # type: ignore[arg-type]
            if lost:
                await connection.invalidate()
            raise DBAPIError.instance(
                sql, None, err, psycopg.Error, connection_invalidated=lost, dialect=dialect
            ) from err
        return [
            tuple(value if p is None else p(value) for p, value in zip(results, row, strict=True))
            for row in fetched
        ]


def attribute_keys(cls: type[Any], table: Any) -> list[str]:
    """The mapped attribute of each of `table`'s columns, in column order (for `loaded`)."""
    mapper = sa_inspect(cls)
    return [mapper.get_property_by_column(c).key for c in table.c]


def loaded(cls: type[T], keys: list[str], values: Sequence[object]) -> T:
    """An instance of a mapped class whose attributes are `values` (a `DriverStatement`'s
    row), as loaded ones, outside any session (as a read outside the identity map would
    give it)."""
    instance: T = cls._sa_class_manager.new_instance()  # type: ignore[attr-defined]
    instance.__dict__.update(zip(keys, values, strict=True))
    return instance


SINGLE_STATEMENTS = "vyapar_single_statements"
"""`session.info` key: set by `single_statement`; each statement commits alone."""


async def single_statement(session: AsyncSession) -> None:
    """The session's transaction (begun, not yet connected) is statements each consistent
    on its own: on PostgreSQL its connection runs in autocommit, so each statement is
    one round trip (no `BEGIN`, no `COMMIT`): a read is one instead of three, and a read
    then a write that checks what was read (a bid's compare-and-set) two instead of
    four, the write then being the commit (`commits_alone`). The isolation level is set
    on the driver connection without a round trip and reset when the connection goes
    back to the pool. SQLite keeps its transaction (a local call)."""
    if session.get_bind().dialect.name == "postgresql":
        await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        session.info[SINGLE_STATEMENTS] = True


def commits_alone(session: AsyncSession) -> bool:
    """Whether each of `session`'s statements commits on its own (`single_statement`):
    then a write whose answer is lost may have been saved, as a lost COMMIT may."""
    return bool(session.info.get(SINGLE_STATEMENTS))
