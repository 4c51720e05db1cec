"""`vyaparmitra`: serve, manage the database, load demo data."""

from __future__ import annotations

import asyncio
import errno
import re
import sys
from typing import Any

import click
from pydantic import ValidationError
from pydantic_settings import SettingsError

from server.cli_confirm import NeedsYes
from server.settings import Settings, load_settings
from server.settings_together import PlaceholderSecretError

EXIT_DATABASE_UNAVAILABLE = 75
"""The exit status of a command that could not reach the database (EX_TEMPFAIL: try
again later). A usage or input error exits 1 or 2, as click does."""

_SQLITE_UNAVAILABLE = ("unable to open", "database is locked")

_SQLITE_DAMAGED = ("file is not a database", "database disk image is malformed")
"""What SQLite says of a file that is not a database (another file, random bytes) or
one cut short or damaged (a copy made mid-write, a disk that failed)."""

_SQLITE_DISK = ("database or disk is full", "disk i/o error")
"""What SQLite says when its disk refuses a write (full, over quota, failing), the file's
own or its `-wal`/`-shm`'s."""


def database_unreachable(exc: BaseException) -> str | None:
    """The one line to print when `exc` says the database could not be reached; None for
    other errors (a constraint, a bug), which keep their traceback. PostgreSQL down,
    refusing or frozen (`DatabaseNotAnswering`); a SQLite file that cannot be opened or
    whose write lock another process holds."""
    import sqlite3

    if not isinstance(exc, sqlite3.Error) and not {"psycopg", "sqlalchemy"} & sys.modules.keys():
        return None  # no driver was loaded, so none raised this (and none is loaded now)
    # The settings' check loads SQLAlchemy; psycopg (a third of a second) is imported only
    # where a command loaded it, as only then can it have raised `exc`.
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    cause: BaseException = exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        cause = exc.orig
    psycopg_errors: tuple[type[BaseException], ...] = ()
    if "psycopg" in sys.modules:
        import psycopg

        psycopg_errors = (psycopg.OperationalError, psycopg.InterfaceError)
    reason = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
    if isinstance(cause, sqlite3.Error):
        if not reason.lower().startswith(_SQLITE_UNAVAILABLE):
            return None
        hint = (
            "another process holds its write lock; try again"
            if "locked" in reason
            else "check VYAPAR_DATABASE_URL / can this user create and write that file?"
        )
    elif isinstance(exc, OperationalError | InterfaceError) or isinstance(cause, psycopg_errors):
        hint = "check VYAPAR_DATABASE_URL / is PostgreSQL running?"
    else:
        return None
    return f"The database cannot be reached ({reason}): {hint}"


def database_file_error(exc: BaseException) -> str | None:
    """The one line to print when SQLite says its file is damaged or not a database, or
    that its disk refused a write: the file named and what to do, exit status 1 (no
    retry helps until that is put right, so never `EXIT_DATABASE_UNAVAILABLE`). None for
    any other error."""
    import sqlite3

    cause = getattr(exc, "orig", None) or exc
    if not isinstance(cause, sqlite3.DatabaseError):
        return None
    reason = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
    said = reason.lower()
    where = _sqlite_path()
    if said.startswith(_SQLITE_DAMAGED):
        return (
            f"The database file {where} is not a usable SQLite database ({reason}): it is "
            "damaged or another kind of file. Restore it from a backup (`vyaparmitra db "
            'restore FILE`; README, "Backup and restore").'
        )
    if said.startswith(_SQLITE_DISK):
        return (
            f"The database file {where} could not be written ({reason}): its disk is full "
            "or failing. Free some space on that disk (or check it), then run the command "
            "again."
        )
    return None


def _sqlite_path() -> str:
    """The SQLite file the settings name, for an error about it (`the database file`
    itself when the settings say none)."""
    try:
        from server.data_folder import sqlite_file

        path = sqlite_file(load_settings().database_url)
    except Exception:  # the error being reported matters more than its file's name
        path = None
    return str(path.absolute()) if path is not None else "(VYAPAR_DATABASE_URL)"


_CONNINFO_REFUSED = re.compile(
    r"(?:connection is bad: |connection failed: )?"
    r"(invalid (?:connection option|URI query parameter|port number|integer value|\w+ value)"
    r"|bad value for |missing \"=\" after|unterminated quoted string)"
)
"""What libpq (or psycopg) says of a connection option it cannot use, before connecting:
an unknown option, a value outside its choices (`sslmode=bogus`), a number that is not."""


def database_setting_error(exc: BaseException) -> str | None:
    """The one line to print when `exc` says `VYAPAR_DATABASE_URL` itself is wrong (an
    option PostgreSQL's client refuses): a setting to correct, exit status 1, not an
    outage to wait out. None for any other error."""
    if "psycopg" not in sys.modules:
        return None
    import psycopg
    from sqlalchemy.exc import DBAPIError

    cause = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    if not isinstance(cause, psycopg.Error):
        return None
    reason = (str(cause).strip().splitlines() or [""])[0]
    if _CONNINFO_REFUSED.match(reason) is None:
        return None
    reason = reason.removeprefix("connection is bad: ").removeprefix("connection failed: ")
    return (
        f"invalid settings: VYAPAR_DATABASE_URL: {reason} "
        "(an option or a value PostgreSQL's client does not take)"
    )


class DatabaseUnavailable(click.ClickException):
    exit_code = EXIT_DATABASE_UNAVAILABLE


def operator_error(exc: BaseException) -> str | None:
    """The one line to print for an error the operator can put right, not a bug: a file
    or folder that cannot be written or read (a read-only or foreign-owned data folder,
    an output path in a missing folder), or a migration revision that does not exist.
    None for anything else, which keeps its traceback. A database at a revision this code
    does not have (newer code migrated it) is one line naming it and what works."""
    # Alembic and the revision checks are imported only where loaded (else none of them
    # raised `exc`): a command that failed before touching the database ends at once.
    if "server.revisions" in sys.modules:
        from server.revisions import DatabaseAhead, PartlyMigrated

        if isinstance(exc, DatabaseAhead | PartlyMigrated):
            return str(exc)
    if "server.restore" in sys.modules:
        from server.restore import RestoreRefused

        if isinstance(exc, RestoreRefused):
            return str(exc)
    if "alembic" in sys.modules:
        from alembic.util.exc import CommandError

        if isinstance(exc, CommandError):
            return str(exc).strip().splitlines()[0] if str(exc).strip() else "migration failed"
    if isinstance(exc, OSError) and exc.errno in _DISK_ERRNOS:
        # The path was fine, the disk was not (full, over quota, failing): no filename
        # where the write itself failed rather than the open.
        reason = exc.strerror or type(exc).__name__
        where = f": {exc.filename}" if exc.filename is not None else ""
        return f"{reason}{where} (a file could not be written: {_DISK_ERRNOS[exc.errno]})"
    if isinstance(exc, OSError) and exc.filename is not None:
        reason = exc.strerror or type(exc).__name__
        return (
            f"{reason}: {exc.filename} (check the path, and that this user may write "
            "there: VYAPAR_DATA_DIR holds the database, models and certificates)"
        )
    return None


_DISK_ERRNOS = {
    errno.ENOSPC: "free some space on that disk",
    errno.EDQUOT: "this user's disk quota is used up",
    errno.EFBIG: "the file would be larger than that file system allows",
    errno.EIO: "the disk reported an input/output error",
}


class _Commands(click.Group):
    """Every command: a database that cannot be reached is one line and exit status
    `EXIT_DATABASE_UNAVAILABLE`, and a file that cannot be written, an unknown migration
    revision, a database URL with an option PostgreSQL's client refuses, a SQLite file
    that is damaged or whose disk is full is one line and status 1; never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            message = database_setting_error(exc)
            if message is not None:
                raise click.ClickException(message) from None
            message = database_file_error(exc)
            if message is not None:
                raise click.ClickException(message) from None
            message = database_unreachable(exc)
            if message is not None:
                raise DatabaseUnavailable(message) from None
            message = operator_error(exc)
            if message is None:
                raise
            raise click.ClickException(message) from None


def _setting_name(loc: tuple[int | str, ...]) -> str:
    """`VYAPAR_NAME: ` for a field's error (a model-wide check names none)."""
    return f"VYAPAR_{str(loc[0]).upper()}: " if loc and isinstance(loc[0], str) else ""


def _settings() -> Settings:
    try:
        return load_settings()
    except PlaceholderSecretError as exc:
        raise click.ClickException(str(exc)) from exc
    except ValidationError as exc:
        # Only the reasons: the input (secrets, database passwords) is never echoed.
        reasons = "; ".join(
            _setting_name(err.get("loc", ())) + str(err.get("ctx", {}).get("error") or err["msg"])
            for err in exc.errors()
            # A default built from another field is skipped once that field is refused
            # (the data folder's database under a bad setting): no fault of its own.
            if err["type"] != "default_factory_not_called"
        )
        raise click.ClickException(f"invalid settings: {reasons}") from exc
    except SettingsError as exc:
        # A value the environment source could not even decode (JSON for a mapping).
        field = re.search(r'field "(\w+)"', str(exc))
        name = f"VYAPAR_{field.group(1).upper()}: " if field else ""
        raise click.ClickException(
            f"invalid settings: {name}not valid JSON (a mapping or a list is written as JSON)"
        ) from exc


def check_data_folder(settings: Settings) -> None:
    """Create the SQLite file's folder, or fail on it in one line (`DataFolderUnusable`),
    before a command loads SQLAlchemy, Alembic or the server: a data folder that is a file
    or read-only is an answer within a second, not after the imports."""
    from server.data_folder import ensure_sqlite_dir

    ensure_sqlite_dir(settings.database_url)


def require_migrated(settings: Settings) -> None:
    """For commands that read or change data without migrating (`users`, `qr`, `payments
    reconcile`, `demo` with auto-migration off): the database must be at the head
    revision. Like every command, this creates the SQLite file's folder first
    (`data_folder.ensure_sqlite_dir`), so a fresh data folder gets this line, not an
    `unable to open` error."""
    check_data_folder(settings)
    from server import migrate

    st = migrate.status(settings.database_url, answer_timeout=settings.db_answer_timeout_seconds)
    if not st.up_to_date:
        raise click.ClickException(
            f"The database is at {st.current or '<base>'}, not {st.head}; "
            "run `vyaparmitra db upgrade` first."
        )


@click.group(cls=_Commands)
def main() -> None:
    """VyaparMitra: voice negotiation server for Indian markets."""


@main.command()
@click.option(
    "--yes",
    is_flag=True,
    help="Load it in production too (its accounts' passwords are in the README).",
)
def demo(yes: bool) -> None:
    """Load the demo vendor, products and stall QR (safe to run twice)."""
    settings = _settings()
    if settings.env == "production" and not yes:
        raise NeedsYes(
            "The demo accounts' passwords are published in the README; "
            "in production, pass --yes to load them."
        )
    check_data_folder(settings)
    from server import migrate

    if settings.should_auto_migrate:
        migrate.upgrade(settings.database_url, answer_timeout=settings.db_answer_timeout_seconds)
    else:
        require_migrated(settings)
    # What loads the data, once the database is there (a command that fails before
    # starts faster without it).
    from server.db import create_engine
    from server.demo import load_demo_once
    from server.security import Passwords
    from server.sessions import session_factory

    async def _run() -> None:
        engine = create_engine(
            settings.database_url, answer_timeout=settings.db_answer_timeout_seconds
        )
        try:
            sessions = session_factory(engine)
            passwords = Passwords(
                time_cost=settings.password_hash_time_cost,
                memory_kib=settings.password_hash_memory_kib,
            )
            data = await load_demo_once(sessions, settings, passwords)
        finally:
            await engine.dispose()
        click.echo(f"demo vendor {data.vendor_id}, products {data.product_ids}")
        click.echo(f"stall QR: {data.stall_url}")

    asyncio.run(_run())


def _register_commands() -> None:
    """The commands kept in modules of their own (`server/cli_*.py`)."""
    from server import cli_db, cli_payments, cli_qr, cli_serve, cli_tls, cli_users, cli_voice

    for module in (cli_serve, cli_db, cli_voice, cli_payments, cli_users, cli_qr, cli_tls):
        module.register(main, _settings)


_register_commands()

if __name__ == "__main__":
    sys.exit(main())
