"""QR commands of the CLI: withdraw a printed code."""

from __future__ import annotations

import asyncio
from typing import Any

import click

from server.settings import Settings


def token_of(code: str) -> str:
    """The token in a shopper URL (`…/s/<token>`) or picture URL, or the token itself."""
    # As a browser or a messaging app shows it: a query ("?lang=hi") or fragment dropped.
    token = code.strip().split("#", 1)[0].split("?", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    for suffix in (".png", ".svg"):
        token = token.removesuffix(suffix)
    return token


def register(main: click.Group, load: Any) -> None:
    """Attach `qr revoke` to the CLI group; `load()` returns Settings."""

    @main.group()
    def qr() -> None:
        """Stall and visit QR codes."""

    # A code may begin with "-" (its nonce is URL-safe base64): taken as a code, never
    # as an option.
    @qr.command(context_settings={"ignore_unknown_options": True})
    @click.argument("codes", nargs=-1, required=True, type=click.UNPROCESSED)
    def revoke(codes: tuple[str, ...]) -> None:
        """Withdraw QR codes (given as tokens or shopper URLs): from now on they admit no
        one and answer 410 `qr_withdrawn`. Safe to repeat: a code withdrawn already is named
        with when it was, and left as it is (status 0)."""
        from server.cli import require_migrated

        settings: Settings = load()
        require_migrated(settings)
        from server.db import create_engine
        from server.domain import qr as domain
        from server.domain.context import Actor
        from server.domain.errors import DomainError, as_typed
        from server.sessions import session_factory

        async def _run() -> int:
            failed = 0
            engine = create_engine(
                settings.database_url, answer_timeout=settings.db_answer_timeout_seconds
            )
            try:
                sessions = session_factory(engine)
                for code in codes:
                    try:
                        async with sessions() as session, session.begin():
                            done = await domain.revoke_qr(
                                session, Actor.system(), token_of(code), secret=settings.secret_keys
                            )
                    except DomainError as exc:
                        failed += 1
                        click.echo(f"Error: QR code {as_typed(code)}: {exc.message}", err=True)
                        continue
                    row = done.row
                    named = f"QR {row.id} ({row.kind.value}) of vendor {row.vendor_id}"
                    when = f"{row.revoked_at:%Y-%m-%d %H:%M:%S} UTC"
                    # Run again, it says so: the operator can tell this run changed nothing.
                    click.echo(
                        f"withdrew {named} at {when}"
                        if done.withdrew
                        else f"{named} was already withdrawn at {when}"
                    )
            finally:
                await engine.dispose()
            return failed

        if asyncio.run(_run()):
            raise SystemExit(1)
