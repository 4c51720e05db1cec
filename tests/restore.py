"""A backup and a restore, as the server sees them (no tests here): after `restore()`,
the database is as it was at `backup()` — every row written after it gone, every row
changed after it as it was — and ids go on from where the backup left them, so the ids
of the lost rows are handed out again.

SQLite is copied with its backup API; PostgreSQL's tables are copied into a schema of
their own and back, with each id sequence's position, as `pg_dump` and `pg_restore`
would. Restore only while no server has the database open.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text

import models
from server import sync_db

_SCHEMA = "restore_backup"


@dataclass
class Backup:
    database_url: str
    sqlite_copy: Path | None = None
    sequences: dict[str, tuple[int, bool]] = field(default_factory=dict)


def _sqlite_path(database_url: str) -> Path | None:
    prefix = "sqlite+aiosqlite:///"
    return Path(database_url[len(prefix) :]) if database_url.startswith(prefix) else None


def _copy_sqlite(source: Path, target: Path) -> None:
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    src.close()
    dst.close()


def _tables() -> list[str]:
    return [t.name for t in models.Base.metadata.sorted_tables]


def backup(database_url: str) -> Backup:
    path = _sqlite_path(database_url)
    if path is not None:
        copy = path.with_name(path.name + ".backup")
        _copy_sqlite(path, copy)
        return Backup(database_url, sqlite_copy=copy)
    taken = Backup(database_url)
    engine = create_engine(sync_db.sync_url(database_url))
    try:
        with engine.begin() as conn:
            conn.execute(text(f"DROP SCHEMA IF EXISTS {_SCHEMA} CASCADE"))
            conn.execute(text(f"CREATE SCHEMA {_SCHEMA}"))
            for name in _tables():
                conn.execute(text(f"CREATE TABLE {_SCHEMA}.{name} AS SELECT * FROM {name}"))
                sequence = conn.execute(
                    text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": name}
                ).scalar()
                if sequence is not None:
                    last, called = conn.execute(
                        text(f"SELECT last_value, is_called FROM {sequence}")
                    ).one()
                    taken.sequences[sequence] = (int(last), bool(called))
    finally:
        engine.dispose()
    return taken


def restore(taken: Backup) -> None:
    if taken.sqlite_copy is not None:
        path = _sqlite_path(taken.database_url)
        assert path is not None
        _copy_sqlite(taken.sqlite_copy, path)
        return
    engine = create_engine(sync_db.sync_url(taken.database_url))
    try:
        with engine.begin() as conn:
            for name in reversed(_tables()):
                conn.execute(text(f"DELETE FROM {name}"))
            for name in _tables():
                conn.execute(text(f"INSERT INTO {name} SELECT * FROM {_SCHEMA}.{name}"))
            for sequence, (last, called) in taken.sequences.items():
                conn.execute(
                    text("SELECT setval(:s, :v, :c)"), {"s": sequence, "v": last, "c": called}
                )
            conn.execute(text(f"DROP SCHEMA {_SCHEMA} CASCADE"))
    finally:
        engine.dispose()
