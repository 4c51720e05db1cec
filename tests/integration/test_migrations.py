"""Migrations on SQLite and PostgreSQL: up, down, up again; no drift from the models.

Each test that needs an un-migrated database gets its own: a temporary SQLite file, or a
PostgreSQL database created for the test on the test server and dropped after it.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, pool, select, text, update
from sqlalchemy.engine import Engine, make_url

import migrations
import models
from models import Role, User, utcnow
from server import migrate, sync_db
from server.db import create_engine
from server.sessions import session_factory
from tests.conftest import POSTGRES_URL, need

TABLES = set(models.Base.metadata.tables)
# Revision ids, oldest first, from the file names (`0001_initial_schema.py` is `0001`).
VERSIONS = sorted(
    p.stem.split("_", 1)[0]
    for p in (Path(migrations.__file__).parent / "versions").glob("*.py")
    if not p.name.startswith("_")
)


@contextmanager
def scratch_postgres(server_url: str) -> Iterator[str]:
    """A brand-new, empty database on the test server, dropped afterwards."""
    name = f"vyapar_mig_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(
        sync_db.sync_url(server_url), isolation_level="AUTOCOMMIT", poolclass=pool.NullPool
    )
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def fresh_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An app URL (async driver) for an empty, never-migrated database."""
    if request.param == "sqlite":
        yield f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
    else:
        with scratch_postgres(need(POSTGRES_URL, "PostgreSQL")) as url:
            yield url


@pytest.fixture
def migrated_url(fresh_url: str) -> str:
    migrate.upgrade(fresh_url)
    return fresh_url


@contextmanager
def sync_engine(url: str) -> Iterator[Engine]:
    engine = sa.create_engine(sync_db.sync_url(url), poolclass=pool.NullPool)
    try:
        yield engine
    finally:
        engine.dispose()


def table_names(url: str) -> set[str]:
    with sync_engine(url) as engine:
        return set(inspect(engine).get_table_names())


def leftovers(url: str) -> set[str]:
    """Every index, sequence or type left in the schema, apart from alembic's own."""
    with sync_engine(url) as engine, engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(
                text(
                    "SELECT type || ':' || name FROM sqlite_master "
                    "WHERE name NOT LIKE 'sqlite_%' AND tbl_name != 'alembic_version'"
                )
            )
        else:
            rows = conn.execute(
                text(
                    "SELECT 'relation:' || c.relname FROM pg_class c "
                    "JOIN pg_namespace n ON n.oid = c.relnamespace "
                    "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i', 'S', 'v', 'm') "
                    "AND c.relname NOT IN ('alembic_version', 'alembic_version_pkc') "
                    "UNION ALL "
                    "SELECT 'type:' || t.typname FROM pg_type t "
                    "JOIN pg_namespace n ON n.oid = t.typnamespace "
                    "WHERE n.nspname = 'public' AND t.typtype = 'e'"
                )
            )
        return {row[0] for row in rows}


def drift(url: str) -> list[object]:
    with sync_engine(url) as engine, engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        return list(compare_metadata(context, models.Base.metadata))


# -- status and history ---------------------------------------------------------------


def test_status_before_upgrade_lists_everything_pending(fresh_url: str) -> None:
    st = migrate.status(fresh_url)
    assert st.current is None
    assert st.head == VERSIONS[-1]
    assert st.up_to_date is False
    assert [line.split(" ", 1)[0] for line in st.pending] == VERSIONS
    assert st.pending[0] == "0001 initial schema"
    # Asking for the status creates nothing.
    assert table_names(fresh_url) == set()


def test_history_lists_every_revision_oldest_first(fresh_url: str) -> None:
    lines = migrate.history(fresh_url)
    assert lines[0] == "<base> -> 0001: initial schema"
    assert len(lines) == len(VERSIONS)
    previous = "<base>"
    for line, revision in zip(lines, VERSIONS, strict=True):
        assert line.startswith(f"{previous} -> {revision}: ")
        previous = revision


# -- up, down, up again ---------------------------------------------------------------


def test_upgrade_downgrade_upgrade(fresh_url: str) -> None:
    migrate.upgrade(fresh_url)
    st = migrate.status(fresh_url)
    assert st.current == st.head == VERSIONS[-1]
    assert st.pending == []
    assert st.up_to_date
    assert table_names(fresh_url) == TABLES | {"alembic_version"}

    migrate.downgrade(fresh_url, "base")
    assert table_names(fresh_url) == {"alembic_version"}
    assert leftovers(fresh_url) == set()
    st = migrate.status(fresh_url)
    assert st.current is None
    assert not st.up_to_date
    assert len(st.pending) == len(VERSIONS)

    migrate.upgrade(fresh_url)
    assert migrate.status(fresh_url).up_to_date
    assert table_names(fresh_url) == TABLES | {"alembic_version"}
    assert drift(fresh_url) == []


def test_upgrade_twice_is_a_no_op(migrated_url: str) -> None:
    migrate.upgrade(migrated_url)
    assert migrate.status(migrated_url).up_to_date
    assert table_names(migrated_url) == TABLES | {"alembic_version"}


def test_upgrade_creates_the_sqlite_folder(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'not' / 'yet' / 'there.db'}"
    migrate.upgrade(url)
    assert (tmp_path / "not" / "yet" / "there.db").is_file()
    assert migrate.status(url).up_to_date


# -- the migrations match the models --------------------------------------------------


def test_no_drift_between_models_and_migrations(migrated_url: str) -> None:
    assert drift(migrated_url) == []


def test_drift_check_can_fail(migrated_url: str) -> None:
    """The control for the test above: a column the migrations lack is reported."""
    with sync_engine(migrated_url) as engine, engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_bids_utterance_id"))
    diff = drift(migrated_url)
    assert [d[0] for d in diff] == ["add_index"]  # type: ignore[index]


# -- foreign keys are indexed, every table is timestamped -----------------------------


def leading_columns(table: sa.Table) -> set[str]:
    leads = {idx.columns[0].name for idx in table.indexes if idx.columns}
    leads |= {
        next(iter(c.columns)).name
        for c in table.constraints
        if isinstance(c, sa.UniqueConstraint | sa.PrimaryKeyConstraint) and c.columns
    }
    return leads


def test_every_foreign_key_column_is_indexed_in_the_models() -> None:
    missing = [
        f"{table.name}.{fk.parent.name}"
        for table in models.Base.metadata.sorted_tables
        for fk in table.foreign_keys
        if fk.parent.name not in leading_columns(table)
    ]
    assert missing == []


def test_every_foreign_key_column_is_indexed_in_the_database(migrated_url: str) -> None:
    with sync_engine(migrated_url) as engine:
        insp = inspect(engine)
        missing = []
        for table in TABLES:
            leads = {i["column_names"][0] for i in insp.get_indexes(table) if i["column_names"]}
            leads |= {
                u["column_names"][0]
                for u in insp.get_unique_constraints(table)
                if u["column_names"]
            }
            leads |= set(insp.get_pk_constraint(table)["constrained_columns"][:1])
            for fk in insp.get_foreign_keys(table):
                if fk["constrained_columns"][0] not in leads:
                    missing.append(f"{table}.{fk['constrained_columns'][0]}")
    assert missing == []


def test_every_table_has_timestamps_in_the_models() -> None:
    for table in models.Base.metadata.sorted_tables:
        for name in ("created_at", "updated_at"):
            column = table.columns.get(name)
            assert column is not None, f"{table.name}.{name} is missing"
            assert column.nullable is False, f"{table.name}.{name}"
            assert column.server_default is not None, f"{table.name}.{name}"
        assert table.columns["updated_at"].onupdate is not None, table.name


def test_every_table_has_timestamps_with_server_defaults_in_the_database(
    migrated_url: str,
) -> None:
    with sync_engine(migrated_url) as engine:
        insp = inspect(engine)
        for table in TABLES:
            columns = {c["name"]: c for c in insp.get_columns(table)}
            for name in ("created_at", "updated_at"):
                assert name in columns, f"{table}.{name} is missing"
                assert columns[name]["nullable"] is False, f"{table}.{name}"
                assert columns[name]["default"], f"{table}.{name} has no server default"


# -- timestamps behave ----------------------------------------------------------------


def near_now(value: datetime) -> bool:
    return abs(value - utcnow()) < timedelta(minutes=2)


async def test_updated_at_changes_on_update(database_url: str) -> None:
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    try:
        async with sessions() as session, session.begin():
            user = User(role=Role.CUSTOMER, name="Asha", phone="+919811111111")
            session.add(user)
        created, first_update = user.created_at, user.updated_at
        assert created.tzinfo is not None
        assert near_now(created)

        await asyncio.sleep(0.01)
        async with sessions() as session, session.begin():
            row = await session.get(User, user.id)
            assert row is not None
            row.name = "Asha Devi"
        async with sessions() as session:
            row = await session.get(User, user.id)
            assert row is not None
            assert row.name == "Asha Devi"
            assert row.created_at == created
            assert row.updated_at > first_update
            second_update = row.updated_at

        # A Core UPDATE through the session bumps it as well (the domain writes that way).
        await asyncio.sleep(0.01)
        async with sessions() as session, session.begin():
            await session.execute(update(User).where(User.id == user.id).values(language="ta"))
        async with sessions() as session:
            row = await session.get(User, user.id)
            assert row is not None
            assert row.language == "ta"
            assert row.created_at == created
            assert row.updated_at > second_update
    finally:
        await engine.dispose()


async def test_timestamps_have_server_defaults(database_url: str) -> None:
    # A bare Core table: none of the models' Python-side defaults apply here, so only the
    # database can fill in created_at and updated_at.
    users = sa.table(
        "users",
        sa.column("role"),
        sa.column("name"),
        sa.column("language"),
        sa.column("script"),
        sa.column("is_active"),
    )
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    try:
        async with sessions() as session, session.begin():
            await session.execute(
                sa.insert(users).values(
                    role="guest", name="walk-in", language="hi", script="Deva", is_active=True
                )
            )
        async with sessions() as session:
            row = await session.scalar(select(User).where(User.name == "walk-in"))
            assert row is not None
            assert row.role is Role.GUEST
            assert row.created_at.tzinfo is not None
            assert row.updated_at.tzinfo is not None
            assert row.created_at.utcoffset() == timedelta(0)
            # The database's clock in UTC, not local time mislabelled as UTC.
            assert near_now(row.created_at), (row.created_at, datetime.now(UTC))
            assert near_now(row.updated_at)
    finally:
        await engine.dispose()
