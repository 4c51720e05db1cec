"""One migrator at a time per database, across processes: a PostgreSQL advisory lock or
a `flock` beside a SQLite file, waited for up to `LOCK_TIMEOUT_S`."""

from __future__ import annotations

import contextlib
import fcntl
import time
from collections.abc import AsyncIterator, Callable, Iterator

import anyio.to_thread
from sqlalchemy import text
from sqlalchemy.engine import make_url

from server.data_folder import sqlite_file
from server.db import DEFAULT_ANSWER_TIMEOUT
from server.sync_db import sync_engine

MIGRATION_LOCK_KEY = 0x7679_6170_6172  # "vyapar": one advisory lock id for migrations


LOCK_TIMEOUT_S = 600.0
"""How long a process waits for another one's migrations before giving up."""


class MigrationLockTimeout(RuntimeError):
    """Another process held the migration lock for longer than `LOCK_TIMEOUT_S`."""


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
