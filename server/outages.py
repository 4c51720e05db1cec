"""Which failures are outages: the database or Redis cannot be reached, or a pool stayed
full. The API answers them 503 (`server.api.errors.outage`); everywhere they are logged
as one warning line naming the cause, not with a traceback, which is kept for faults of
our own."""

from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any, Literal

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from sqlalchemy import exc as sa
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from server.redisconn import RedisPoolExhausted

OutageKind = Literal["overloaded", "database", "redis"]


def outage_kind(exc: BaseException) -> OutageKind | None:
    """What `exc` says is away, or None when it is no outage."""
    if isinstance(exc, sa.TimeoutError | RedisPoolExhausted):
        return "overloaded"
    if isinstance(exc, sa.OperationalError | sa.InterfaceError) or schema_behind(exc):
        return "database"
    if storage_refused(exc) is not None:
        return "database"
    if isinstance(exc, RedisConnectionError | RedisTimeoutError):
        return "redis"
    return None


# PostgreSQL's undefined_column and undefined_table; SQLite says so in words.
_UNDEFINED = frozenset({"42703", "42P01"})
_SQLITE_UNDEFINED = ("no such column", "no such table")


def schema_behind(exc: BaseException) -> bool:
    """Whether `exc` says a column or table this code needs is not in the database: its
    schema is behind the code (migrated down under a running server). Answered as the
    database being unusable (503, `Retry-After`) until `vyaparmitra db upgrade`."""
    if not isinstance(exc, sa.DBAPIError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in _UNDEFINED or getattr(orig, "pgcode", None) in _UNDEFINED:
        return True
    return isinstance(exc, sa.OperationalError) and str(orig).lower().startswith(_SQLITE_UNDEFINED)


StorageRefusal = Literal["disk_full", "read_only"]
# PostgreSQL's disk_full and read_only_sql_transaction; SQLite says so in words.
_PG_STORAGE: dict[str, StorageRefusal] = {"53100": "disk_full", "25006": "read_only"}
_SQLITE_STORAGE: dict[str, StorageRefusal] = {
    "database or disk is full": "disk_full",
    "attempt to write a readonly database": "read_only",
}
STORAGE_SECONDS = 30.0
"""For this long after the database last refused a write for its storage, `/readyz`
reports it ("disk_full", "read_only") and is 503: a host that cannot save anything is
taken out of a load balancer's rotation, and tried again after it."""


def storage_refused(exc: BaseException) -> StorageRefusal | None:
    """Whether `exc` is the database refusing a write because its disk is full or
    read-only (nothing was saved: it is an answer, not a lost connection)."""
    if not isinstance(exc, sa.DBAPIError):
        return None
    orig = exc.orig
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    if code in _PG_STORAGE:
        return _PG_STORAGE[code]
    text = str(orig).lower()
    for words, refusal in _SQLITE_STORAGE.items():
        if words in text:
            return refusal
    return None


def storage_named(url: Any) -> str:
    """Where refused writes were to go, for the log line that says so: the SQLite
    database's file (its disk is the one to free or remount), else PostgreSQL's disk (its
    host's data directory, which this server cannot see)."""
    try:
        parsed = make_url(str(url)) if url is not None else None
    except (ArgumentError, ValueError):
        parsed = None
    if parsed is None:
        return "the database's disk"
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if not database or database == ":memory:" or database.startswith("file:"):
            return "the disk of the SQLite database"
        return f"the disk of the SQLite database {Path(database).resolve()}"
    where = f" ({parsed.host})" if parsed.host else ""
    return f"PostgreSQL's disk{where}"


class StorageState:
    """The last time (monotonic) this process's database refused a write for its storage,
    and why; read by `/readyz`."""

    def __init__(self) -> None:
        self.refusal: StorageRefusal | None = None
        self.at = 0.0

    def refused(self, refusal: StorageRefusal) -> None:
        self.refusal, self.at = refusal, time.monotonic()

    def current(self) -> StorageRefusal | None:
        if self.refusal is not None and time.monotonic() - self.at < STORAGE_SECONDS:
            return self.refusal
        return None


def described(exc: BaseException) -> str:
    """The exception's type and first line (a driver's message can run to pages)."""
    first_line = (str(exc).splitlines() or [""])[0][:200]
    return f"{type(exc).__name__}: {first_line}"


def log_failure(logger: logging.Logger, message: str, exc: BaseException, **extra: Any) -> None:
    """`message` for a failure: an outage as one warning line ("…: database unavailable")
    with its cause, anything else as an error with its traceback."""
    kind = outage_kind(exc)
    if kind is None:
        logger.error(message, exc_info=exc, extra=extra)
    elif kind == "overloaded":
        logger.warning(f"{message}: a pool stayed full", extra={**extra, "error": described(exc)})
    else:
        logger.warning(f"{message}: {kind} unavailable", extra={**extra, "error": described(exc)})
