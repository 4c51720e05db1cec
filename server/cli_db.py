"""`vyaparmitra db upgrade|downgrade|status|history`: the database's migrations."""

from __future__ import annotations

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
    def downgrade(revision: str) -> None:
        """Downgrade to REVISION (`base` removes everything)."""
        from server import migrate

        settings: Settings = load()
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
