"""This code's migration revisions and the database's: which revision the database is
at, whether this code knows it (`DatabaseAhead`), and how a revision given on the command
line is named, resolved and refused."""

from __future__ import annotations

import contextlib
import functools
import re
import traceback
from collections.abc import Iterator
from pathlib import Path

from server.db import DEFAULT_ANSWER_TIMEOUT
from server.sync_db import alembic_config, sync_engine


class DatabaseAhead(RuntimeError):
    """The database is at a revision none of this code's migrations is: newer code
    migrated it. Nothing this code does can walk from there (upgrade, downgrade, or
    serving a schema it does not know), so every command and `serve` say so in one line,
    naming the revision and what works, with status 1 (`server.cli.operator_error`)."""

    def __init__(self, current: str, head: str | None) -> None:
        self.current, self.head = current, head
        super().__init__(
            f"The database is at revision {current!r}, which this code does not have (its "
            f"newest is {head or '<base>'}): newer code migrated it. Run the newer code, or "
            f"downgrade the database with it (`vyaparmitra db downgrade {head or 'base'}` run "
            "from the newer code) before using this one."
        )


@functools.lru_cache(maxsize=4)
def known_revisions(database_url: str) -> frozenset[str]:
    """Every revision id of this code's migrations (read from the scripts once)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(database_url))
    return frozenset(rev.revision for rev in script.walk_revisions())


@functools.lru_cache(maxsize=4)
def head_revision(database_url: str) -> str | None:
    """The head revision of this code's migrations (read from the scripts once)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()


class PartlyMigrated(RuntimeError):
    """A SQLite file with this code's tables but no recorded revision: a first `db
    upgrade` of an older version, stopped part-way (Ctrl-C, a full disk), which did not
    roll back. No migration can go on from there (its tables are in the way), so every
    command and `serve` say so in one line naming the file and what to do, status 1."""


def check_known(
    database_url: str, current: str | None, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT
) -> None:
    """`DatabaseAhead` when the database's revision is not one of this code's;
    `PartlyMigrated` when a SQLite database has none but holds this code's tables."""
    if current is not None and current not in known_revisions(database_url):
        raise DatabaseAhead(current, head_revision(database_url))
    if current is None:
        check_not_partly_migrated(database_url, answer_timeout)


def check_not_partly_migrated(
    database_url: str, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT
) -> None:
    """`PartlyMigrated` for a SQLite file at no revision that holds this code's tables.
    Deleting it is said only when none of them holds a row."""
    from sqlalchemy import func, inspect, select

    import models
    from server.data_folder import sqlite_file

    path = sqlite_file(database_url)
    if path is None:
        return
    ours = set(models.Base.metadata.tables)
    engine = sync_engine(database_url, answer_timeout)
    try:
        with engine.connect() as conn:
            found = sorted(ours & set(inspect(conn).get_table_names()))
            rows = sum(
                conn.execute(
                    select(func.count()).select_from(models.Base.metadata.tables[name])
                ).scalar_one()
                for name in found
            )
    finally:
        engine.dispose()
    if not found:
        return
    what = (
        f"The database {path.absolute()} was left part-way through its first migration ("
        f"{len(found)} tables, no recorded revision), by a `db upgrade` that was stopped"
    )
    if rows == 0:
        raise PartlyMigrated(
            f"{what}; it holds no data: delete it and run `vyaparmitra db upgrade`."
        )
    raise PartlyMigrated(
        f"{what}, and it holds {rows:,} rows since: keep it, and restore a backup taken "
        "before (`vyaparmitra db restore FILE`) or move it aside and run `vyaparmitra db "
        "upgrade`."
    )


def current_revision(
    database_url: str, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT
) -> str | None:
    """The database's revision (None: base, not migrated at all)."""
    from alembic.runtime.migration import MigrationContext

    engine = sync_engine(database_url, answer_timeout)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


NAME_ONE = "name one (an id from `db history`, head, base, or a relative one such as head-1)"
"""How to name a revision, said after a revision given wrong."""


NO_REVISION = f"No revision given: {NAME_ONE}"


def check_given(revision: str) -> None:
    from alembic.util.exc import CommandError

    if not revision.strip():
        raise CommandError(NO_REVISION)


@contextlib.contextmanager
def revision_errors(revision: str) -> Iterator[None]:
    """Alembic's revision walker answers some revisions it cannot resolve (`head+1` on
    an upgrade, `head-99`) with a bare `AssertionError`, and a few resolution errors
    escape unwrapped: both become the `CommandError` the other unknown revisions are."""
    from alembic.script.revision import RevisionError
    from alembic.util.exc import CommandError

    try:
        yield
    except RevisionError as exc:
        raise CommandError(str(exc) or f"Can't resolve revision {revision!r}") from exc
    except AssertionError as exc:
        frames = traceback.extract_tb(exc.__traceback__)
        if not frames or Path(frames[-1].filename).parts[-3:-1] != ("alembic", "script"):
            raise
        raise CommandError(
            f"Can't resolve revision {revision!r}: no migration is there (see `db history`)"
        ) from exc


def revision_chain(database_url: str) -> list[str | None] | None:
    """Every revision from base (None) to head, oldest first; None when the history
    branches (then revisions have no single order)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(database_url))
    revisions = list(reversed(list(script.walk_revisions())))
    chain: list[str | None] = [None]
    for rev in revisions:
        if rev.down_revision != chain[-1]:
            return None
        chain.append(rev.revision)
    return chain


_RELATIVE = re.compile(r"^(?:(?P<anchor>\w+)(?:@(?P<at>\w+))?)?(?P<step>[+-]\d+)?$")


def target_position(chain: list[str | None], revision: str, current: str | None) -> int | None:
    """Where `revision` (an id, head, heads, base, `ID@head`, or one of those with a
    relative step such as base+1; a bare step counts from `current`) is in `chain`;
    None when it names no single revision there."""
    spelled = _RELATIVE.match(revision.strip())
    if spelled is None or not (spelled["anchor"] or spelled["step"]):
        return None
    anchor, at, step = spelled["anchor"], spelled["at"], spelled["step"]
    ids = [rev for rev in chain if rev is not None]
    if at is not None:  # ID@head: the head of ID's branch; one branch here
        if at != "head" or not any(rev.startswith(anchor) for rev in ids):
            return None
        anchor = "head"
    if anchor is None:
        position = chain.index(current) if current in chain else None
    elif anchor in ("head", "heads"):
        position = len(chain) - 1
    elif anchor == "base":
        position = 0
    else:
        matches = [i for i, rev in enumerate(chain) if rev is not None and rev.startswith(anchor)]
        position = matches[0] if len(matches) == 1 else None
    if position is None:
        return None
    position += int(step or 0)
    return position if 0 <= position < len(chain) else None
