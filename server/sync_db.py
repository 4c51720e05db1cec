"""The synchronous side of the database for migrations and the CLI: the sync driver's
URL, a bounded engine without a pool, and the Alembic configuration."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import create_engine, event, pool
from sqlalchemy.engine import Engine, make_url

import migrations
from server.db import DEFAULT_ANSWER_TIMEOUT, BoundedSyncConnection, connect_timeout

if TYPE_CHECKING:  # alembic is imported when a migration runs or is looked at, not before:
    # a command that fails earlier (a data folder it cannot create) starts faster
    from alembic.config import Config


def sync_url(url: str) -> str:
    """The synchronous driver for an app URL (`sqlite+aiosqlite` → `sqlite`)."""
    parsed = make_url(url)
    if parsed.drivername == "sqlite+aiosqlite":
        parsed = parsed.set(drivername="sqlite")
    elif parsed.drivername in ("postgresql", "postgresql+asyncpg"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def sync_engine(database_url: str, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT) -> Engine:
    """A synchronous engine (no pool) for migrations and the CLI, bounded like the app's:
    on PostgreSQL connecting takes at most libpq's `connect_timeout` and every wait for an
    answer at most `answer_timeout` (`BoundedSyncConnection`), so a hung server fails the
    command instead of hanging it. That bounds each migration statement too: raise
    `VYAPAR_DB_ANSWER_TIMEOUT_SECONDS` for a migration that rewrites a large table. On
    SQLite, waiting for another process's write lock takes at most `answer_timeout`."""
    url = sync_url(database_url)
    if make_url(url).get_backend_name() == "sqlite":
        return _sqlite_sync_engine(url, answer_timeout)
    if make_url(url).get_backend_name() != "postgresql":
        return create_engine(url, poolclass=pool.NullPool)
    engine = create_engine(
        url,
        poolclass=pool.NullPool,
        connect_args={"connect_timeout": connect_timeout(answer_timeout)},
    )
    connection_class: type[BoundedSyncConnection] = type(
        "BoundedSyncConnection", (BoundedSyncConnection,), {"answer_timeout": answer_timeout}
    )

    @event.listens_for(engine, "do_connect")
    def _connect(_dialect: Any, _record: Any, cargs: Any, cparams: Any) -> Any:
        return connection_class.connect(*cargs, **cparams)

    return engine


def _sqlite_sync_engine(url: str, answer_timeout: float) -> Engine:
    """SQLite with transactions that hold DDL too: Python's driver, left to itself, runs
    `CREATE TABLE` outside any transaction (each commits at once), so a migration stopped
    part-way (Ctrl-C, a full disk) left tables without the revision that made them, and
    every later `db upgrade` failed on them. Here the driver's own transaction handling is
    off and SQLAlchemy's BEGIN is emitted as a statement, so a migration (the whole
    upgrade, `migrations/env.py`) commits or rolls back as one."""
    engine = create_engine(url, poolclass=pool.NullPool, connect_args={"timeout": answer_timeout})

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")

    return engine


def alembic_config(database_url: str, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    # ConfigParser interpolation would choke on a % in a password.
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    cfg.attributes["answer_timeout"] = answer_timeout  # for migrations/env.py
    return cfg
