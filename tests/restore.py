"""A restore from backup, as the server sees it (no tests here): every row written after
the backup is gone, and the ids those rows had are handed out again.

`backup()` notes the highest id of every table; `restore()` deletes the rows above it,
children first, and (on PostgreSQL) sets each table's id sequence back, as restoring a
`pg_dump` taken at that moment does. Rows *changed* after the backup keep their change;
the tests using this depend on none.
"""

from __future__ import annotations

from sqlalchemy import create_engine, text

import models
from server import migrate

Marks = dict[str, int]


def _tables() -> list[str]:
    return [t.name for t in models.Base.metadata.sorted_tables if "id" in t.columns]


def backup(database_url: str) -> Marks:
    engine = create_engine(migrate.sync_url(database_url))
    try:
        with engine.begin() as conn:
            return {
                name: int(conn.execute(text(f"SELECT coalesce(max(id), 0) FROM {name}")).scalar())
                for name in _tables()
            }
    finally:
        engine.dispose()


def restore(database_url: str, marks: Marks) -> None:
    engine = create_engine(migrate.sync_url(database_url))
    try:
        with engine.begin() as conn:
            for name in reversed(_tables()):
                conn.execute(text(f"DELETE FROM {name} WHERE id > :mark"), {"mark": marks[name]})
            if engine.dialect.name == "postgresql":
                for name in _tables():
                    mark = marks[name]
                    conn.execute(
                        text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v, :called)"),
                        {"t": name, "v": max(mark, 1), "called": mark > 0},
                    )
    finally:
        engine.dispose()
