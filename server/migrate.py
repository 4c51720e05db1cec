"""Alembic, driven from code: upgrade, downgrade, status and history for the CLI and tests,
each under the migration lock (`server.migration_lock`) and checked against this code's
revisions (`server.revisions`)."""

from __future__ import annotations

from dataclasses import dataclass

from server.data_folder import ensure_sqlite_dir
from server.db import DEFAULT_ANSWER_TIMEOUT
from server.migration_lock import migration_lock
from server.revisions import (
    check_given,
    check_known,
    current_revision,
    head_revision,
    revision_errors,
)
from server.sync_db import alembic_config

MIGRATION_STATEMENT_SECONDS = 600.0
"""How long one migration statement may run. Taking the migration lock (which also finds a
hung or unreachable database) keeps the answer timeout; the statements get this much,
since rewriting a large table legitimately takes longer than any request should."""


def _statement_bound(answer_timeout: float) -> float:
    return max(answer_timeout, MIGRATION_STATEMENT_SECONDS)


@dataclass(frozen=True)
class Migrated:
    """The revision before and after an upgrade or downgrade (None: base, no tables)."""

    before: str | None
    after: str | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def upgrade(
    database_url: str, revision: str = "head", answer_timeout: float = DEFAULT_ANSWER_TIMEOUT
) -> Migrated:
    """Upgrade to `revision`, holding the migration lock (see `migration_lock`); the
    revision before and after, read under the lock. A revision Alembic cannot resolve is
    a `CommandError`, never a bare assertion from its revision walker."""
    ensure_sqlite_dir(database_url)
    from alembic import command

    check_given(revision)
    with migration_lock(database_url, answer_timeout=answer_timeout):
        before = current_revision(database_url, answer_timeout)
        check_known(database_url, before, answer_timeout)
        with revision_errors(revision):
            command.upgrade(
                alembic_config(database_url, _statement_bound(answer_timeout)), revision
            )
        return Migrated(before, current_revision(database_url, answer_timeout))


def downgrade(
    database_url: str, revision: str, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT
) -> Migrated:
    """Downgrade to `revision`, as `upgrade` does."""
    ensure_sqlite_dir(database_url)
    from alembic import command

    check_given(revision)
    with migration_lock(database_url, answer_timeout=answer_timeout):
        before = current_revision(database_url, answer_timeout)
        check_known(database_url, before, answer_timeout)
        with revision_errors(revision):
            command.downgrade(
                alembic_config(database_url, _statement_bound(answer_timeout)), revision
            )
        return Migrated(before, current_revision(database_url, answer_timeout))


@dataclass(frozen=True)
class MigrationStatus:
    current: str | None
    head: str | None
    pending: list[str]

    @property
    def up_to_date(self) -> bool:
        return not self.pending


def status(database_url: str, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT) -> MigrationStatus:
    ensure_sqlite_dir(database_url)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(database_url))
    current = current_revision(database_url, answer_timeout)
    check_known(database_url, current, answer_timeout)
    head = head_revision(database_url)
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
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(database_url))
    return [
        f"{rev.down_revision or '<base>'} -> {rev.revision}: {rev.doc}"
        for rev in reversed(list(script.walk_revisions()))
    ]
