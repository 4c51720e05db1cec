"""`vyaparmitra`: serve, manage the database, load demo data."""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path
from typing import Any

import click
from pydantic import ValidationError
from pydantic_settings import SettingsError

from server.settings import PlaceholderSecretError, Settings, load_settings

EXIT_DATABASE_UNAVAILABLE = 75
"""The exit status of a command that could not reach the database (EX_TEMPFAIL: try
again later). A usage or input error exits 1 or 2, as click does."""

_SQLITE_UNAVAILABLE = ("unable to open", "database is locked", "disk i/o error")


def database_unreachable(exc: BaseException) -> str | None:
    """The one line to print when `exc` says the database could not be reached; None for
    other errors (a constraint, a bug), which keep their traceback. PostgreSQL down,
    refusing or frozen (`DatabaseNotAnswering`); a SQLite file that cannot be opened or
    whose write lock another process holds."""
    import sqlite3

    import psycopg
    from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

    cause: BaseException = exc
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        cause = exc.orig
    reason = (str(cause).strip().splitlines() or [type(cause).__name__])[0]
    if isinstance(cause, sqlite3.Error):
        if not reason.lower().startswith(_SQLITE_UNAVAILABLE):
            return None
        hint = (
            "another process holds its write lock; try again"
            if "locked" in reason
            else "check VYAPAR_DATABASE_URL / can this user create and write that file?"
        )
    elif isinstance(exc, OperationalError | InterfaceError) or isinstance(
        cause, psycopg.OperationalError | psycopg.InterfaceError
    ):
        hint = "check VYAPAR_DATABASE_URL / is PostgreSQL running?"
    else:
        return None
    return f"The database cannot be reached ({reason}): {hint}"


class DatabaseUnavailable(click.ClickException):
    exit_code = EXIT_DATABASE_UNAVAILABLE


class _Commands(click.Group):
    """Every command: a database that cannot be reached is one line and exit status
    `EXIT_DATABASE_UNAVAILABLE`, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            message = database_unreachable(exc)
            if message is None:
                raise
            raise DatabaseUnavailable(message) from None


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
        )
        raise click.ClickException(f"invalid settings: {reasons}") from exc
    except SettingsError as exc:
        # A value the environment source could not even decode (JSON for a mapping).
        field = re.search(r'field "(\w+)"', str(exc))
        name = f"VYAPAR_{field.group(1).upper()}: " if field else ""
        raise click.ClickException(
            f"invalid settings: {name}not valid JSON (a mapping or a list is written as JSON)"
        ) from exc


def require_migrated(settings: Settings) -> None:
    """For commands that read or change data without migrating (`users`, `qr`, `payments
    reconcile`, `demo` with auto-migration off): the database must be at the head
    revision. Like every command, this creates the SQLite file's folder first
    (`migrate.ensure_sqlite_dir`), so a fresh data folder gets this line, not an
    `unable to open` error."""
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
@click.option("--host", default=None, help="Interface to bind (default from VYAPAR_HOST).")
@click.option("--port", default=None, type=int, help="Port (default from VYAPAR_PORT).")
@click.option(
    "--workers",
    default=1,
    show_default=True,
    type=int,
    help="Worker processes (use PostgreSQL and Redis for more than one).",
)
@click.option(
    "--tls-cert",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Serve HTTPS with this certificate chain, PEM (default VYAPAR_TLS_CERT_FILE).",
)
@click.option(
    "--tls-key",
    default=None,
    type=click.Path(dir_okay=False, path_type=Path),
    help="The certificate's private key, PEM (default VYAPAR_TLS_KEY_FILE).",
)
def serve(
    host: str | None,
    port: int | None,
    workers: int,
    tls_cert: Path | None,
    tls_key: Path | None,
) -> None:
    """Run the HTTP server (HTTPS with a certificate and key)."""
    import uvicorn

    from server.logs import configure_logging

    settings = _settings()
    configure_logging(settings.log_level, json_lines=settings.log_json)
    if workers > 1 and settings.is_sqlite:
        raise click.ClickException("More than one worker needs PostgreSQL, not SQLite.")
    if workers > 1 and not settings.redis_url:
        raise click.ClickException(
            "More than one worker needs VYAPAR_REDIS_URL: rate limits, socket tickets and "
            "rooms must be shared between the workers."
        )
    embedded_sandbox = not (settings.razorpay_key_id and settings.razorpay_key_secret)
    if workers > 1 and embedded_sandbox and settings.razorpay_sandbox_port:
        raise click.ClickException(
            f"VYAPAR_RAZORPAY_SANDBOX_PORT={settings.razorpay_sandbox_port} with {workers} "
            "workers: each worker starts its own embedded Razorpay sandbox, and only one "
            "can bind a fixed port. Run one sandbox for all of them (`vyaparmitra sandbox "
            "--port N` with VYAPAR_RAZORPAY_KEY_ID, VYAPAR_RAZORPAY_KEY_SECRET and "
            "VYAPAR_RAZORPAY_BASE_URL set for the server), or leave the port at 0 "
            "(one sandbox per worker, on any free port)."
        )
    tls = _tls_files(settings, tls_cert, tls_key)
    _follow_port(settings, port or settings.port, https=tls is not None)
    _ready_database(settings)
    engines = _start_engine_process(settings) if workers > 1 and settings.shared_engines else None
    from server import headtimeout, prefork

    headtimeout.configure(settings.header_timeout_seconds)
    if workers > 1 and settings.fork_workers:
        prefork.preload()
        prefork.fork_workers()
    prefork.tune_collector()
    try:
        uvicorn.run(
            "server.app:create_app",
            factory=True,
            http=headtimeout.HeadTimeoutProtocol,
            host=host or settings.host,
            port=port or settings.port,
            workers=workers,
            access_log=False,
            log_config=None,
            proxy_headers=True,
            server_header=False,
            timeout_worker_healthcheck=settings.worker_healthcheck_seconds,
            ssl_certfile=tls[0] if tls else None,
            ssl_keyfile=tls[1] if tls else None,
        )
    finally:
        if engines is not None:
            engines.stop()
            engines.path.parent.rmdir()


def _follow_port(settings: Settings, port: int, *, https: bool) -> None:
    """Without VYAPAR_PUBLIC_BASE_URL, QR codes and the pages' own origin point at this
    machine on the port (and scheme) actually served, not at the default's 8000."""
    import os

    if "public_base_url" in settings.model_fields_set:
        return
    os.environ["VYAPAR_PUBLIC_BASE_URL"] = f"{'https' if https else 'http'}://localhost:{port}"


def _start_engine_process(settings: Settings) -> Any:
    """One copy of the speech models for every worker: start the engine process, wait
    (bounded) while it loads them, and point the workers at its socket."""
    import os
    import tempfile
    from pathlib import Path

    from server.engine_process import EngineProcess

    folder = Path(tempfile.mkdtemp(prefix="vyaparmitra-engines-"))
    engines = EngineProcess(
        folder / "engines.sock",
        hang_seconds=settings.engine_hang_seconds,
        start_seconds=settings.engine_start_seconds,
    )
    engines.start()
    if not engines.wait_ready(settings.engine_start_seconds):
        click.echo(
            f"The engine process did not answer within {settings.engine_start_seconds:.0f} s; "
            "starting the workers anyway (turns get engine_unavailable until it does).",
            err=True,
        )
    os.environ["VYAPAR_ENGINE_SOCKET"] = str(engines.path)
    return engines


def _tls_files(settings: Settings, cert: Path | None, key: Path | None) -> tuple[Path, Path] | None:
    """The certificate and key to serve HTTPS with (the options, else the settings), both
    checked to load as a pair before anything starts; None: plain HTTP."""
    from server.cli_tls import check_tls_files

    if cert is None and key is None:
        cert, key = settings.tls_cert_file, settings.tls_key_file
    if cert is None or key is None:
        if cert is not None or key is not None:
            raise click.UsageError("--tls-cert and --tls-key go together.")
        return None
    check_tls_files(cert, key)
    if not settings.public_base_url.startswith("https://"):
        click.echo(
            f"note: VYAPAR_PUBLIC_BASE_URL is {settings.public_base_url}; QR codes and the "
            "socket origin check expect the https:// address phones open.",
            err=True,
        )
    return cert, key


def _ready_database(settings: Settings) -> None:
    """Before any worker starts: migrate once (or check the database is at head), each
    wait bounded by the answer timeout. A database that cannot be reached (down, frozen)
    ends `serve` here with one line and `EXIT_DATABASE_UNAVAILABLE`, for a supervisor to
    retry, instead of workers that never come up. Workers check again at start-up."""
    from server import migrate

    timeout = settings.db_answer_timeout_seconds
    if settings.should_auto_migrate:
        migrate.upgrade(settings.database_url, answer_timeout=timeout)
        return
    st = migrate.status(settings.database_url, answer_timeout=timeout)
    if not st.up_to_date and settings.env != "test":
        raise click.ClickException(
            f"The database is at {st.current or '<base>'}, not {st.head}; "
            "run `vyaparmitra db upgrade` first."
        )


@main.group()
def db() -> None:
    """Database migrations."""


@db.command()
@click.argument("revision", default="head")
def upgrade(revision: str) -> None:
    """Upgrade to REVISION (default: head)."""
    from server import migrate

    settings = _settings()
    migrate.upgrade(settings.database_url, revision, settings.db_answer_timeout_seconds)
    click.echo(f"upgraded to {revision}")


@db.command()
@click.argument("revision")
def downgrade(revision: str) -> None:
    """Downgrade to REVISION (`base` removes everything)."""
    from server import migrate

    settings = _settings()
    migrate.downgrade(settings.database_url, revision, settings.db_answer_timeout_seconds)
    click.echo(f"downgraded to {revision}")


@db.command()
def status() -> None:
    """Current revision, head, and what is pending."""
    from server import migrate

    settings = _settings()
    st = migrate.status(settings.database_url, settings.db_answer_timeout_seconds)
    click.echo(f"current: {st.current or '<base>'}")
    click.echo(f"head:    {st.head}")
    if st.pending:
        click.echo("pending:")
        for line in st.pending:
            click.echo(f"  {line}")
    else:
        click.echo("pending: none (up to date)")


@db.command()
def history() -> None:
    """Every migration, oldest first."""
    from server import migrate

    for line in migrate.history(_settings().database_url):
        click.echo(line)


@main.command()
def demo() -> None:
    """Load the demo vendor, products and stall QR (safe to run twice)."""
    from server import migrate
    from server.db import create_engine, session_factory
    from server.demo import load_demo_once
    from server.security import Passwords

    settings = _settings()
    if settings.should_auto_migrate:
        migrate.upgrade(settings.database_url, answer_timeout=settings.db_answer_timeout_seconds)
    else:
        require_migrated(settings)

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


def _register_voice() -> None:
    from server import cli_voice

    cli_voice.register(main, _settings)


_register_voice()


def _register_payments() -> None:
    from server import cli_payments

    cli_payments.register(main, _settings)


_register_payments()


def _register_users() -> None:
    from server import cli_users

    cli_users.register(main, _settings)


_register_users()


def _register_qr() -> None:
    from server import cli_qr

    cli_qr.register(main, _settings)


_register_qr()


def _register_tls() -> None:
    from server import cli_tls

    cli_tls.register(main, _settings)


_register_tls()

if __name__ == "__main__":
    sys.exit(main())
