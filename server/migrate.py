"""Alembic, driven from code: upgrade, downgrade, status and history for the CLI and tests."""

from __future__ import annotations

import contextlib
import fcntl
import functools
import re
import time
import traceback
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import anyio.to_thread
from sqlalchemy import create_engine, event, pool, text
from sqlalchemy.engine import Engine, make_url

import migrations
from server.db import DEFAULT_ANSWER_TIMEOUT, BoundedSyncConnection, connect_timeout

if TYPE_CHECKING:  # alembic is imported when a migration runs or is looked at, not before:
    # a command that fails earlier (a data folder it cannot create) starts faster
    from alembic.config import Config

MIGRATION_LOCK_KEY = 0x7679_6170_6172  # "vyapar": one advisory lock id for migrations
LOCK_TIMEOUT_S = 600.0
"""How long a process waits for another one's migrations before giving up."""


class MigrationLockTimeout(RuntimeError):
    """Another process held the migration lock for longer than `LOCK_TIMEOUT_S`."""


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
        return create_engine(url, poolclass=pool.NullPool, connect_args={"timeout": answer_timeout})
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


def alembic_config(database_url: str, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(migrations.__file__).parent))
    # ConfigParser interpolation would choke on a % in a password.
    cfg.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    cfg.attributes["answer_timeout"] = answer_timeout  # for migrations/env.py
    return cfg


class DataFolderUnusable(OSError):
    """The folder of the configured SQLite file cannot hold it: a file is in the way, it
    cannot be created (no permission), or it cannot be written (a read-only mount or
    folder). No retry helps, so every command and `serve` say so in one line, naming the
    folder, with status 1 (`server.cli.operator_error`), before SQLite's own `unable to
    open database file` (which reads as a database that cannot be reached)."""


def sqlite_file(database_url: str) -> Path | None:
    """The file a SQLite URL names, or None (another database, or one in memory). A URI
    filename (`sqlite+aiosqlite:///file:var/x.db?mode=rwc&uri=true`) names `var/x.db`."""
    parsed = make_url(database_url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    name = parsed.database
    if str(parsed.query.get("uri", "")).lower() in ("true", "1") and name.startswith("file:"):
        name = name.removeprefix("file:").split("?", 1)[0]
        if name.startswith("//"):  # file://host/path: only an empty host or localhost
            host, _, rest = name[2:].partition("/")
            name = "/" + rest if host in ("", "localhost") else name
        if name in ("", ":memory:") or parsed.query.get("mode") == "memory":
            return None
    return Path(name)


def ensure_sqlite_dir(database_url: str) -> None:
    """Create the folder of a SQLite database file (the data folder, by default) if it
    does not exist yet, and check this process can write there (`DataFolderUnusable` if
    not; a database opened read-only, `mode=ro` or `immutable=1`, needs no writing).
    Every command and the server do this before they connect, so a fresh checkout or
    install works without a `mkdir` (`var/` does not exist until then), and a data folder
    that is a file or read-only is one line naming it."""
    import errno
    import os

    path = sqlite_file(database_url)
    if path is None:
        return
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file where the folder should be
        raise DataFolderUnusable(errno.ENOTDIR, "Not a directory", str(folder)) from None
    except OSError as exc:
        raise DataFolderUnusable(
            exc.errno, f"Cannot create the database's folder: {exc.strerror or exc}", str(folder)
        ) from None
    query = make_url(database_url).query
    if query.get("mode") == "ro" or str(query.get("immutable", "")) == "1":
        return
    if not os.access(folder, os.W_OK | os.X_OK):
        read_only = bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
        raise DataFolderUnusable(
            errno.EROFS if read_only else errno.EACCES,
            "Read-only file system" if read_only else "Permission denied",
            str(folder),
        )


@contextlib.contextmanager
def migration_lock(
    database_url: str,
    timeout: float = LOCK_TIMEOUT_S,
    answer_timeout: float = DEFAULT_ANSWER_TIMEOUT,
) -> Iterator[None]:
    """One migrator at a time per database, across processes.

    Workers that start together (`serve --workers 2`) all upgrade at start-up; without
    this they raced to create the same tables. PostgreSQL: a session advisory lock (freed
    by the server if the process dies). SQLite: an exclusive `flock` on a file beside the
    database (`:memory:` needs none). Whoever waited then finds the work done.
    """
    parsed = make_url(database_url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        path = sqlite_file(database_url)
        if path is None:
            yield
            return
        lock_path = path.with_name(f"{path.name}.migrate.lock")
        lock_path.parent.mkdir(parents=True, exist_ok=True)
        with lock_path.open("a") as handle:
            _wait_for(lambda: _try_flock(handle.fileno()), timeout, database_url)
            try:
                yield
            finally:
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
        return
    if backend != "postgresql":
        yield
        return
    engine = sync_engine(database_url, answer_timeout)
    try:
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:

            def try_lock() -> bool:
                query = text("SELECT pg_try_advisory_lock(:key)")
                return bool(conn.scalar(query, {"key": MIGRATION_LOCK_KEY}))

            _wait_for(try_lock, timeout, database_url)
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": MIGRATION_LOCK_KEY})
    finally:
        engine.dispose()


@contextlib.asynccontextmanager
async def migration_lock_async(
    database_url: str, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT
) -> AsyncIterator[None]:
    """`migration_lock` for async code: taken and freed in a worker thread, so that the
    event loop runs on while another process holds it. Start-up work beyond migrations
    (the demo data) takes it too, so that workers starting together do it one at a time."""
    with contextlib.ExitStack() as stack:
        lock = migration_lock(database_url, answer_timeout=answer_timeout)
        await anyio.to_thread.run_sync(stack.enter_context, lock)
        try:
            yield
        finally:
            await anyio.to_thread.run_sync(stack.close)


def _try_flock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _wait_for(take: Callable[[], bool], timeout: float, database_url: str) -> None:
    deadline = time.monotonic() + timeout
    delay = 0.05
    while not take():  # bounded by the deadline
        if time.monotonic() >= deadline:
            url = make_url(database_url).render_as_string(hide_password=True)
            raise MigrationLockTimeout(
                f"another process has been migrating {url} for over {timeout:.0f} s"
            )
        time.sleep(delay)
        delay = min(delay * 2, 1.0)


MIGRATION_STATEMENT_SECONDS = 600.0
"""How long one migration statement may run. Taking the migration lock (which also finds a
hung or unreachable database) keeps the answer timeout; the statements get this much,
since rewriting a large table legitimately takes longer than any request should."""


def _statement_bound(answer_timeout: float) -> float:
    return max(answer_timeout, MIGRATION_STATEMENT_SECONDS)


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


def check_known(database_url: str, current: str | None) -> None:
    """`DatabaseAhead` when the database's revision is not one of this code's."""
    if current is not None and current not in known_revisions(database_url):
        raise DatabaseAhead(current, head_revision(database_url))


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

    _check_given(revision)
    with migration_lock(database_url, answer_timeout=answer_timeout):
        before = current_revision(database_url, answer_timeout)
        check_known(database_url, before)
        with _revision_errors(revision):
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

    _check_given(revision)
    with migration_lock(database_url, answer_timeout=answer_timeout):
        before = current_revision(database_url, answer_timeout)
        check_known(database_url, before)
        with _revision_errors(revision):
            command.downgrade(
                alembic_config(database_url, _statement_bound(answer_timeout)), revision
            )
        return Migrated(before, current_revision(database_url, answer_timeout))


NAME_ONE = "name one (an id from `db history`, head, base, or a relative one such as head-1)"
"""How to name a revision, said after a revision given wrong."""
NO_REVISION = f"No revision given: {NAME_ONE}"


def _check_given(revision: str) -> None:
    from alembic.util.exc import CommandError

    if not revision.strip():
        raise CommandError(NO_REVISION)


@contextlib.contextmanager
def _revision_errors(revision: str) -> Iterator[None]:
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


@dataclass(frozen=True)
class MigrationStatus:
    current: str | None
    head: str | None
    pending: list[str]

    @property
    def up_to_date(self) -> bool:
        return not self.pending


@functools.lru_cache(maxsize=4)
def head_revision(database_url: str) -> str | None:
    """The head revision of this code's migrations (read from the scripts once)."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(database_url)).get_current_head()


def status(database_url: str, answer_timeout: float = DEFAULT_ANSWER_TIMEOUT) -> MigrationStatus:
    ensure_sqlite_dir(database_url)
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(database_url))
    current = current_revision(database_url, answer_timeout)
    check_known(database_url, current)
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
