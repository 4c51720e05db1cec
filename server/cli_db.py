"""`vyaparmitra db upgrade|downgrade|status|history`: the database's migrations."""

from __future__ import annotations

import sys
from typing import Any

import click

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
        from server import migrate

        settings: Settings = load()
        migrate.upgrade(settings.database_url, revision, settings.db_answer_timeout_seconds)
        click.echo(f"upgraded to {revision}")

    @db.command()
    @click.argument("revision")
    @click.option(
        "--yes",
        is_flag=True,
        help="Do it without asking (needed in production and without a terminal).",
    )
    def downgrade(revision: str, yes: bool) -> None:
        """Downgrade to REVISION (`base` removes everything); asks first on a terminal."""
        from server import migrate

        settings: Settings = load()
        if not yes:
            confirm_downgrade(settings, revision)
        migrate.downgrade(settings.database_url, revision, settings.db_answer_timeout_seconds)
        click.echo(f"downgraded to {revision}")

    @db.command()
    def status() -> None:
        """Current revision, head, and what is pending."""
        from server import migrate

        settings: Settings = load()
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

        for line in migrate.history(load().database_url):
            click.echo(line)


def confirm_downgrade(settings: Settings, revision: str) -> None:
    """A downgrade drops tables and columns with their rows: it is asked for on a
    terminal, and refused without `--yes` in production or without a terminal."""
    from sqlalchemy.engine import make_url

    from server import migrate

    current = migrate.status(settings.database_url, settings.db_answer_timeout_seconds).current
    what = (
        f"Downgrading from {current or '<base>'} to {revision} drops the tables and "
        "columns of the migrations it undoes, with every row in them"
    )
    if settings.env == "production":
        raise click.ClickException(f"{what}; in production, pass --yes to do it.")
    if not sys.stdin.isatty():
        raise click.ClickException(f"{what}; pass --yes to do it without a terminal.")
    database = make_url(settings.database_url).render_as_string(hide_password=True)
    click.confirm(f"{what} ({database}). Go on?", abort=True)
