"""Account commands of the CLI: add a vendor; deactivate, activate, set a password; erase a
person; remove stale guest accounts.

Each change bumps what the server checks tokens against, so it takes effect in every
running worker within `VYAPAR_ACCOUNT_CACHE_SECONDS` (open sockets within that plus
`VYAPAR_REVOCATION_CHECK_SECONDS`): no restart needed.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from server.cli_confirm import NeedsYes
from server.settings import Settings

if TYPE_CHECKING:  # the database and the domain are imported by the commands that use them
    from sqlalchemy.ext.asyncio import AsyncSession

    from models import User

T = TypeVar("T")
MIN_PASSWORD, MAX_PASSWORD = 8, 128
"""As the registration form asks (`RegisterIn.password`)."""


def _run(settings: Settings, work: Callable[[AsyncSession], Awaitable[T]]) -> T:
    from server.cli import require_migrated

    require_migrated(settings)
    from server.db import create_engine
    from server.domain.errors import DomainError
    from server.sessions import session_factory

    async def _go() -> T:
        engine = create_engine(
            settings.database_url, answer_timeout=settings.db_answer_timeout_seconds
        )
        try:
            async with session_factory(engine)() as session, session.begin():
                return await work(session)
        finally:
            await engine.dispose()

    try:
        return asyncio.run(_go())
    except DomainError as exc:
        raise click.ClickException(exc.message) from exc


def _describe(user: User) -> str:
    contact = user.phone or user.email or "no contact"
    return f"user {user.id} ({user.role.value}, {contact})"


def _user(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """USER as typed: an id or a phone is ASCII digits (`١`, `１`, `𝟏`, `¹` are none)."""
    from server.domain.errors import as_typed

    if "@" not in value and not value.isascii() and any(ch.isnumeric() for ch in value):
        raise click.BadParameter(
            f"{as_typed(value)} is not an id, a phone or an email: ids and phones are written "
            "in the digits 0-9"
        )
    return value


def register(main: click.Group, load: Any) -> None:
    """Attach `users …` to the CLI group; `load()` returns Settings."""

    @main.group()
    def users() -> None:
        """Accounts: add a vendor; deactivate, activate, set a password, erase; remove
        stale guests (USER: an id, a phone or an email)."""

    def _switch(who: str, *, active: bool) -> None:
        async def work(session: AsyncSession) -> str:
            from server.domain import accounts
            from server.domain.context import Actor

            user = await accounts.find_user(session, who)
            changed = await accounts.set_active(session, Actor.system(), user, active=active)
            state = "active" if active else "deactivated"
            return f"{_describe(user)} {'is now' if changed else 'was already'} {state}"

        click.echo(_run(load(), work))

    @users.command()
    @click.argument("who", metavar="USER", callback=_user)
    def deactivate(who: str) -> None:
        """Deactivate USER: their tokens, socket tickets and open sockets end, their stall
        closes (its QR codes answer 410) and they cannot log in. Their unpaid orders (as a
        vendor, their shoppers') end as lapsed ones do, the stock given back."""
        _switch(who, active=False)

    @users.command()
    @click.argument("who", metavar="USER", callback=_user)
    def activate(who: str) -> None:
        """Activate USER again (they log in afresh: old tokens stay ended)."""
        _switch(who, active=True)

    @users.command()
    @click.argument("who", metavar="USER", callback=_user)
    @click.option(
        "--yes",
        is_flag=True,
        help="Erase without asking: the person's details cannot be brought back.",
    )
    def erase(who: str, yes: bool) -> None:
        """Erase USER's personal data (a person's right to erasure): name, phone and
        e-mail replaced by a fixed marker, password unusable, account deactivated, every
        bid transcript of theirs blanked, unpaid orders ended as lapsed ones (stock given
        back). Orders, payments, refunds and audit entries stay (ids and amounts), under
        the anonymous account. Refused without --yes."""
        if not yes:
            raise NeedsYes(
                "Erasing cannot be undone: the person's name, phone, e-mail and words are "
                "gone for good. Run it again with --yes to erase."
            )

        async def work(session: AsyncSession) -> str:
            from server.domain import accounts, erasure
            from server.domain.context import Actor

            user = await accounts.find_user(session, who)
            described = _describe(user)
            if not await erasure.erase_user(session, Actor.system(), user):
                return f"user {user.id} was already erased"
            return (
                f"{described} erased: name, phone and e-mail replaced, password unusable, "
                "account deactivated, bid transcripts blanked; orders and payments kept"
            )

        click.echo(_run(load(), work))

    @users.command("set-password")
    @click.argument("who", metavar="USER", callback=_user)
    @click.option(
        "--password-stdin",
        is_flag=True,
        help="Read the new password from the first line of standard input (no prompt).",
    )
    def set_password(who: str, password_stdin: bool) -> None:
        """Give USER a new password; every sign-in made with the old one ends (an erased
        account gets none: it stays closed)."""
        password = _read_password(password_stdin, "New password")
        settings: Settings = load()
        passwords = _passwords(settings)

        async def work(session: AsyncSession) -> str:
            from server.domain import accounts
            from server.domain.context import Actor

            user = await accounts.find_user(session, who)
            password_hash = await passwords.hash(password)
            await accounts.set_password(session, Actor.system(), user, password_hash)
            return f"{_describe(user)}: password changed; earlier sign-ins have ended"

        click.echo(_run(settings, work))

    @users.command("add-vendor")
    @click.argument("phone")
    @click.option("--name", required=True, help="The vendor's own name.")
    @click.option("--business", default=None, help="The stall's name (default: the name).")
    @click.option(
        "--language",
        default="hi",
        show_default=True,
        help="The console's language (hi en ta te bn mr gu kn ml pa).",
    )
    @click.option(
        "--password-stdin",
        is_flag=True,
        help="Read the password from the first line of standard input (no prompt).",
    )
    def add_vendor(
        phone: str, name: str, business: str | None, language: str, password_stdin: bool
    ) -> None:
        """Give a vendor an account: PHONE (any Indian way of writing it) and a password
        they sign in with at /vendor; their stall is open at once."""
        from server.api.schemas.fields import phone_number
        from server.domain.languages import check_spoken

        try:
            phone = phone_number(phone)
        except ValueError as exc:
            raise click.ClickException(f"PHONE {exc}") from None
        try:
            check_spoken(language)
        except ValueError as exc:
            raise click.ClickException(f"--language: {exc}") from None
        password = _read_password(password_stdin, "Password")
        settings: Settings = load()
        passwords = _passwords(settings)

        async def work(session: AsyncSession) -> str:
            from models import Role
            from server.domain import accounts
            from server.domain.context import Actor

            user = await accounts.register_user(
                session,
                Actor.system(),
                name=name,
                role=Role.VENDOR,
                password_hash=await passwords.hash(password),
                phone=phone,
                language=language,
                business_name=business,
            )
            return (
                f"{_describe(user)} created; they sign in at "
                f"{settings.public_base_url.rstrip('/')}/vendor with that phone and password"
            )

        click.echo(_run(settings, work))


def _read_password(from_stdin: bool, prompt: str) -> str:
    """A password from standard input's first line or a hidden prompt (asked twice),
    checked as the registration form checks it."""
    if not from_stdin and not sys.stdin.isatty():
        raise click.UsageError(
            "There is no terminal to ask for the password on: give it on standard"
            " input with --password-stdin."
        )
    try:
        if from_stdin:
            # Bytes, decoded here: the text reader lets what is not UTF-8 through as
            # surrogates (or fails) depending on the locale.
            password = sys.stdin.buffer.readline().decode("utf-8").rstrip("\r\n")
        else:
            password = click.prompt(prompt, hide_input=True, confirmation_prompt=True, err=True)
        password.encode("utf-8")  # a prompt's surrogates, as on standard input
    except UnicodeError:
        raise click.ClickException("The password must be UTF-8 text.") from None
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise click.ClickException(
            f"The password needs {MIN_PASSWORD} to {MAX_PASSWORD} characters."
        )
    return password


def _passwords(settings: Settings) -> Any:
    from server.security import Passwords

    return Passwords(
        time_cost=settings.password_hash_time_cost, memory_kib=settings.password_hash_memory_kib
    )
