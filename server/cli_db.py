"""`vyaparmitra db upgrade|downgrade|status|history`: the database's migrations."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from server.cli_confirm import NeedsYes
from server.settings import Settings


def register(main: click.Group, load: Any) -> None:
    """Attach the `db` group to the CLI group; `load()` returns Settings."""

    @main.group()
    def db() -> None:
        """Database migrations."""

    @db.command()
    @click.argument("revision", default="head")
    def upgrade(revision: str) -> None:
        """Upgrade to REVISION (default: head)."""
        from server.cli import check_data_folder

        settings: Settings = load()
        check_data_folder(settings)
        from server import migrate

        done = migrate.upgrade(settings.database_url, revision, settings.db_answer_timeout_seconds)
        report(settings, revision, done, upgrading=True)

    @db.command()
    @click.argument("revision")
    @click.option(
        "--yes",
        is_flag=True,
        help="Do it without asking (needed in production and without a terminal).",
    )
    def downgrade(revision: str, yes: bool) -> None:
        """Downgrade to REVISION (`base` removes everything); asks first on a terminal."""
        from server.cli import check_data_folder

        settings: Settings = load()
        if not yes:
            confirm_downgrade(settings, revision)
        check_data_folder(settings)
        from server import migrate

        done = migrate.downgrade(
            settings.database_url, revision, settings.db_answer_timeout_seconds
        )
        if done.changed and yes:
            click.echo(f"warning: {RUNNING_SERVERS}", err=True)
        report(settings, revision, done, upgrading=False)

    @db.command()
    def status() -> None:
        """Current revision, head, and what is pending."""
        from server.cli import check_data_folder

        settings: Settings = load()
        check_data_folder(settings)
        from server import migrate

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
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
    @click.option(
        "--yes",
        is_flag=True,
        help="Do it without asking (needed in production and without a terminal).",
    )
    def restore(file: Path, yes: bool) -> None:
        """Replace the SQLite database with FILE, a backup of it (stop the server first)."""
        from server import restore as restoring
        from server import revisions
        from server.cli import check_data_folder

        settings: Settings = load()
        backup = restoring.check_backup(file, revisions.known_revisions(settings.database_url))
        if not yes:
            confirm_restore(settings, backup)
        check_data_folder(settings)
        target = restoring.restore(settings.database_url, backup)
        click.echo(f"restored {target} from {file} (revision {backup.revision})")
        head = revisions.head_revision(settings.database_url)
        if backup.revision != head:
            click.echo(
                f"it is at {backup.revision}, not {head}: run `vyaparmitra db upgrade` "
                "before serving it"
            )

    @db.command()
    def history() -> None:
        """Every migration, oldest first."""
        from server import migrate

        for line in migrate.history(load().database_url):
            click.echo(line)


def _name(revision: str | None) -> str:
    return revision or "<base>"


def report(settings: Settings, revision: str, done: Any, *, upgrading: bool) -> None:
    """Say what really happened, from the revision before and after (`migrate.Migrated`):
    `upgraded from 0003 to 0006`, or that nothing ran and why (`already at 0006 (0001 is
    older; use db downgrade)`). Exit status 1 when the database did not end at (or, for
    an upgrade, past; for a downgrade, before) REVISION."""
    from server import revisions

    chain = revisions.revision_chain(settings.database_url)
    target = None if chain is None else revisions.target_position(chain, revision, done.before)
    after = None if chain is None or done.after not in chain else chain.index(done.after)
    wanted = revision
    if chain is not None and target is not None and chain[target] != revision:
        wanted = f"{revision} ({_name(chain[target])})"
    short = (
        target is not None
        and after is not None
        and (after < target if upgrading else after > target)
    )
    verb, other = ("upgrade", "downgrade") if upgrading else ("downgrade", "upgrade")
    if done.changed:
        said = f"{verb}d from {_name(done.before)} to {_name(done.after)}"
        if short:
            raise click.ClickException(f"{said}, not to {wanted}")
        click.echo(said)
        return
    now = _name(done.after)
    if target is None or after is None or target == after:
        named = "" if revision.strip() in (now, done.after or "base") else f" ({revision})"
        click.echo(f"already at {now}{named}: nothing to {verb}")
    elif short:
        raise click.ClickException(
            f"nothing {verb}d: at {now}, and {wanted} is "
            f"{'newer' if target > after else 'older'}; use db {other}"
        )
    else:
        relation = "older" if upgrading else "newer"
        click.echo(f"already at {now} ({wanted} is {relation}; use db {other}): nothing {verb}d")


RUNNING_SERVERS = (
    "a server running on this database answers 503 database_unavailable (and /readyz "
    "not ready) until `vyaparmitra db upgrade`"
)


def confirm_downgrade(settings: Settings, revision: str) -> None:
    """A downgrade drops tables and columns with their rows: it is asked for on a
    terminal, and refused without `--yes` in production or without a terminal. A target
    that needs no downgrade (the current revision, `head` at the head, or a newer one,
    which the downgrade itself refuses) drops nothing, so nothing is asked; nor is a
    revision it cannot find or walk to (`bogus`, `head-99`): that is said in one line."""
    from sqlalchemy.engine import make_url

    from server import migrate, revisions
    from server.domain.errors import as_typed

    if not revision.strip():
        raise click.ClickException(revisions.NO_REVISION)
    current = migrate.status(settings.database_url, settings.db_answer_timeout_seconds).current
    chain = revisions.revision_chain(settings.database_url)
    if chain is not None and current in chain:
        target = revisions.target_position(chain, revision, current)
        if target is None:  # nothing to drop, nor to ask about: say what is wrong
            raise click.ClickException(
                f"Cannot find or walk to revision {as_typed(revision)} from "
                f"{current or '<base>'}: {revisions.NAME_ONE}"
            )
        if target >= chain.index(current):
            return
    what = (
        f"Downgrading from {current or '<base>'} to {revision} drops the tables and "
        "columns of the migrations it undoes, with every row in them"
    )
    if settings.env == "production":
        raise NeedsYes(f"{what}; in production, pass --yes to do it.")
    if not sys.stdin.isatty():
        raise NeedsYes(f"{what}; pass --yes to do it without a terminal.")
    database = make_url(settings.database_url).render_as_string(hide_password=True)
    click.confirm(f"{what} ({database}); {RUNNING_SERVERS}. Go on?", abort=True)


def confirm_restore(settings: Settings, backup: Any) -> None:
    """A restore replaces every row of the database with the backup's: asked for on a
    terminal, refused without `--yes` in production or without a terminal."""
    from server.data_folder import sqlite_file

    target = sqlite_file(settings.database_url)
    what = (
        f"Restoring {backup.path} (revision {backup.revision}) replaces {target} and every "
        "row in it, those written since that backup included"
    )
    if settings.env == "production":
        raise NeedsYes(f"{what}; in production, pass --yes to do it.")
    if not sys.stdin.isatty():
        raise NeedsYes(f"{what}; pass --yes to do it without a terminal.")
    click.confirm(f"{what}. Go on?", abort=True)
