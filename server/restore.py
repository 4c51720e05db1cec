"""`vyaparmitra db restore FILE`: a SQLite database replaced by a backup of it, only while
no server holds it and only from a file that is a database of a revision this code has.

A file copied over a running server's database (`cp copy.db var/vyaparmitra.db`) mixes
old and new: the server's `-wal` frames, written for the replaced file, are read on top
of the copy (rows made after the backup come back, or the file is damaged). So `serve`
holds a shared lock on `<file>.serve.lock` for as long as it runs (`holding`), and a
restore takes it exclusively (and the migration lock), removes the old `-wal`/`-shm`,
then puts the checked copy in place in one rename."""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from server.data_folder import sqlite_file


class RestoreRefused(RuntimeError):
    """A restore that cannot be done as asked: one line saying why (status 1)."""


def _lock_path(database: Path) -> Path:
    return database.with_name(f"{database.name}.serve.lock")


@contextlib.contextmanager
def holding(database_url: str) -> Iterator[None]:
    """Held by `serve` while it runs: a shared `flock` beside the SQLite file (freed by
    the kernel however the process ends). None for PostgreSQL or a database in memory."""
    path = sqlite_file(database_url)
    if path is None:
        yield
        return
    with _lock_path(path).open("a") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RestoreRefused(
                f"A restore of {path.absolute()} is under way: start the server when it ends."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@dataclass(frozen=True)
class Backup:
    """A file checked for a restore: a whole SQLite database at `revision`."""

    path: Path
    revision: str


def check_backup(source: Path, known: frozenset[str]) -> Backup:
    """`source` read only: it must open as SQLite, pass `quick_check`, and be at one of
    this code's revisions (`known`); else `RestoreRefused`, saying which."""
    if not source.is_file():
        raise RestoreRefused(f"{source}: no such file")
    uri = f"{source.absolute().as_uri()}?mode=ro"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            checked = conn.execute("PRAGMA quick_check").fetchone()
            if checked is None or checked[0] != "ok":
                raise RestoreRefused(
                    f"{source} is a damaged SQLite database (quick_check: "
                    f"{checked[0] if checked else 'no answer'}): not restored"
                )
            try:
                rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            except sqlite3.OperationalError:
                rows = []
    except sqlite3.DatabaseError as exc:
        raise RestoreRefused(
            f"{source} is not a usable SQLite database ({exc}): not restored"
        ) from None
    if len(rows) != 1:
        raise RestoreRefused(
            f"{source} records no revision (or several): it is not a migrated VyaparMitra "
            "database; not restored"
        )
    revision = str(rows[0][0])
    if revision not in known:
        raise RestoreRefused(
            f"{source} is at revision {revision!r}, which this code does not have (newer "
            "code made it): restore it with that code; not restored"
        )
    return Backup(source, revision)


def restore(database_url: str, backup: Backup) -> Path:
    """Replace the SQLite database with `backup`; the file replaced. Refused while a
    server holds it (`holding`)."""
    from server.migration_lock import migration_lock

    target = sqlite_file(database_url)
    if target is None:
        raise RestoreRefused(
            "db restore is for a SQLite database; restore PostgreSQL with pg_restore "
            '(docs/architecture.md, "Backup and restore")'
        )
    if target.exists() and target.resolve() == backup.path.resolve():
        raise RestoreRefused(f"{backup.path} is the database itself: nothing to restore")
    target.parent.mkdir(parents=True, exist_ok=True)
    with _lock_path(target).open("a") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RestoreRefused(
                f"A server is running on {target.absolute()} (it holds "
                f"{_lock_path(target).name}): stop it, then run db restore again."
            ) from None
        try:
            with migration_lock(database_url):
                _replace(target, backup.path)
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    return target


def _replace(target: Path, source: Path) -> None:
    """A consistent copy of `source` (SQLite's backup, so its own `-wal` is included)
    beside `target`, then the old `-wal`/`-shm` removed (they belong to the replaced
    file) before the copy is renamed over it: a crash between leaves the old file whole."""
    staged = target.with_name(f"{target.name}.restoring")
    staged.unlink(missing_ok=True)
    try:
        uri = f"{source.absolute().as_uri()}?mode=ro"
        with (
            contextlib.closing(sqlite3.connect(uri, uri=True)) as src,
            contextlib.closing(sqlite3.connect(staged)) as dst,
        ):
            src.backup(dst)
        with open(staged, "rb") as written:
            os.fsync(written.fileno())
        for suffix in ("-wal", "-shm", "-journal"):
            target.with_name(target.name + suffix).unlink(missing_ok=True)
        os.replace(staged, target)
    finally:
        staged.unlink(missing_ok=True)
