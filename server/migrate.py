"""Alembic, driven from code: upgrade, downgrade, status and history for the CLI and tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, pool
from sqlalchemy.engine import make_url

import migrations


def sync_url(url: str) -> str:
    """The synchronous driver for an app URL (`sqlite+aiosqlite` → `sqlite`)."""
    parsed = make_url(url)
    if parsed.drivername == "sqlite+aiosqlite":
        parsed = parsed.set(drivername="sqlite")
    elif parsed.drivername in ("postgresql", "postgresql+asyncpg"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def alembic_config(database_url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    # ConfigParser interpolation would choke on a % in a password.
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    return cfg


def _ensure_sqlite_dir(database_url: str) -> None:
    parsed = make_url(database_url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)


def upgrade(database_url: str, revision: str = "head") -> None:
    _ensure_sqlite_dir(database_url)
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str) -> None:
    command.downgrade(alembic_config(database_url), revision)


@dataclass(frozen=True)
class MigrationStatus:
    current: str | None
    head: str | None
    pending: list[str]

    @property
    def up_to_date(self) -> bool:
        return not self.pending


def status(database_url: str) -> MigrationStatus:
    _ensure_sqlite_dir(database_url)
    script = ScriptDirectory.from_config(alembic_config(database_url))
    engine = create_engine(sync_url(database_url), poolclass=pool.NullPool)
    try:
        with engine.connect() as conn:
            current = MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()
    head = script.get_current_head()
    pending = (
        [
            f"{rev.revision} {rev.doc}"
            for rev in reversed(list(script.iterate_revisions(head, current)))
        ]
        if head != current
        else []
    )
    return MigrationStatus(current=current, head=head, pending=pending)


def history(database_url: str) -> list[str]:
    script = ScriptDirectory.from_config(alembic_config(database_url))
    return [
        f"{rev.down_revision or '<base>'} -> {rev.revision}: {rev.doc}"
        for rev in reversed(list(script.walk_revisions()))
    ]
