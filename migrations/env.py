"""Alembic environment: runs migrations with the synchronous flavour of the app's URL."""

from __future__ import annotations

from alembic import context

import models
from server.db import DEFAULT_ANSWER_TIMEOUT
from server.sync_db import sync_engine, sync_url

config = context.config
target_metadata = models.Base.metadata


def run_migrations_offline() -> None:
    context.configure(
        url=sync_url(config.get_main_option("sqlalchemy.url") or ""),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = sync_engine(
        config.get_main_option("sqlalchemy.url") or "",
        config.attributes.get("answer_timeout", DEFAULT_ANSWER_TIMEOUT),
    )
    with engine.connect() as conn:
        _run(conn)
    engine.dispose()


def _run(connection: object) -> None:
    # Every migration of one upgrade in one transaction, on SQLite too (whose DDL the
    # sync engine keeps in transactions, `server.sync_db`; Alembic assumes it cannot):
    # an upgrade stopped part-way leaves the database as it was, never tables without
    # the revision that made them.
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
