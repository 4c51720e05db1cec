"""Users: registration, lookup for login, and guests who arrive by QR code (erased and
removed: `server.domain.erasure`)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from models import (
    Role,
    User,
    VendorProfile,
)
from server.domain import audit
from server.domain.context import Actor
from server.domain.erasure import is_erased
from server.domain.errors import (
    AlreadyRegistered,
    GuestNotRenewable,
    InvalidInput,
    NotFound,
    as_typed,
)
from server.domain.languages import LANGUAGES, default_script, visible
from server.domain.negotiation.expiry import release_for_closed_account
from server.domain.phone_numbers import check_can_exist

_SEPARATORS = str.maketrans("", "", " -().")


def canonical_phone(phone: str) -> str:
    """One form per number, E.164: an Indian mobile written `+917308157172`,
    `917308157172`, `07308157172` or `7308157172` is `+917308157172`; a number with a
    country code (`+44…`, `0044…`) is `+` and its digits. Spaces, dashes, dots and
    brackets are dropped."""
    raw = phone.strip().translate(_SEPARATORS)
    if raw.startswith("+"):
        return "+" + raw[1:]
    if raw.startswith("00"):
        return "+" + raw[2:]
    if raw.startswith("0"):  # the trunk prefix of a number dialled within India
        return "+91" + raw[1:]
    if len(raw) == 10:
        return "+91" + raw
    return "+" + raw


def canonical_email(email: str) -> str:
    """Email addresses are matched without regard to case (as every mail provider here
    delivers them): stored and looked up in lower case."""
    return email.strip().lower()


def as_registered(email: str) -> str:
    """An address as an account from before contacts were stored in one form keeps it:
    its local part as written, its domain in lower case (a domain has no case; the login
    form sends it so, and migration 0006 stored it so)."""
    local, at, domain = email.strip().rpartition("@")
    return f"{local}@{domain.lower()}" if at else email.strip()


def _check_name(name: str, what: str = "name") -> None:
    if not visible(name):
        raise InvalidInput(f"The {what} shows nothing; write a name people can read.")


def _check_indian_mobile(phone: str) -> None:
    """An Indian number is +91 and ten digits, the first 6 to 9 (every mobile number;
    the 0 and 1 to 5 ranges are trunk prefixes and landline codes, not numbers)."""
    if phone.startswith("+91") and (len(phone) != 13 or phone[3] not in "6789"):
        raise InvalidInput("An Indian mobile number has 10 digits after +91, the first 6 to 9.")


def phone_for_account(phone: str) -> str:
    """A phone number to register, E.164 (`canonical_phone`), if it can exist: a country
    code in use (`phone_numbers.check_can_exist`; a bare number is Indian or needs its
    country code) and, for India, a mobile number. Else `InvalidInput` saying why."""
    e164 = canonical_phone(phone)
    check_can_exist(phone.strip().translate(_SEPARATORS), e164)
    _check_indian_mobile(e164)
    return e164


def _check_language(language: str) -> None:
    if language not in LANGUAGES:
        raise InvalidInput(
            f"Language {language!r} is not supported; use one of {', '.join(sorted(LANGUAGES))}."
        )


async def register_user(
    session: AsyncSession,
    actor: Actor,
    *,
    name: str,
    role: Role,
    password_hash: str,
    phone: str | None = None,
    email: str | None = None,
    language: str = "hi",
    script: str | None = None,
    business_name: str | None = None,
) -> User:
    """Create a vendor or customer. Vendors get a profile (business name defaults to name)."""
    if role is Role.GUEST:
        raise InvalidInput("Guests are created by scanning a QR code, not by registering.")
    if not phone and not email:
        raise InvalidInput("Give a phone number or an email address.")
    _check_language(language)
    _check_name(name)
    if business_name is not None:
        _check_name(business_name, "business name")
    phone = phone_for_account(phone) if phone else None
    email = canonical_email(email) if email else None
    clauses = []
    if phone:
        clauses.append(User.phone == phone)
    if email:
        clauses.append(User.email == email)
    for clause in clauses:
        if await session.scalar(select(User.id).where(clause)) is not None:
            raise AlreadyRegistered("An account with that phone or email already exists; log in.")
    user = User(
        name=name,
        role=role,
        phone=phone,
        email=email,
        password_hash=password_hash,
        language=language,
        script=script or default_script(language),
    )
    session.add(user)
    try:
        await session.flush()
    except IntegrityError as exc:  # a racing registration with the same contact
        raise AlreadyRegistered(
            "An account with that phone or email already exists; log in."
        ) from exc
    if role is Role.VENDOR:
        session.add(VendorProfile(user_id=user.id, business_name=business_name or name))
    audit.record(
        session,
        actor,
        action="user.registered",
        entity_type="user",
        entity_id=user.id,
        new_state=role.value,
    )
    return user


async def create_guest(
    session: AsyncSession, actor: Actor, *, language: str, name: str | None = None
) -> User:
    _check_language(language)
    if name is not None:
        _check_name(name)
    user = User(
        name=name or "Guest",
        role=Role.GUEST,
        language=language,
        script=default_script(language),
    )
    session.add(user)
    await session.flush()
    audit.record(
        session,
        actor,
        action="user.guest_created",
        entity_type="user",
        entity_id=user.id,
        new_state=Role.GUEST.value,
    )
    return user


async def renew_guest(session: AsyncSession, actor: Actor, user_id: int, version: int) -> User:
    """A fresh sign-in for a guest whose token (of `version`) lapsed or is about to. Every
    earlier token of theirs ends (the version moves on): the lapsed token renews once,
    so one copied off the phone cannot be renewed after its owner did, nor the owner's
    after a copy was. A deactivated guest, or a token already renewed, is refused."""
    user = await session.get(User, user_id, populate_existing=True, with_for_update=True)
    if user is None or user.role is not Role.GUEST or not user.is_active:
        raise GuestNotRenewable("This visit has ended; scan the stall's QR code to start again.")
    if user.token_version != version:
        raise GuestNotRenewable(
            "This sign-in was renewed or ended already; scan the stall's QR code to start again."
        )
    user.token_version += 1
    await session.flush()
    audit.record(
        session,
        actor,
        action="user.guest_renewed",
        entity_type="user",
        entity_id=user.id,
        detail={"version": user.token_version},
    )
    return user


async def find_for_login(
    session: AsyncSession, *, phone: str | None, email: str | None
) -> User | None:
    """The account registered with this phone number or email address, however it is
    written now or was written then (accounts from before contacts were stored in one
    form are found first by the form they were registered with)."""
    if phone:
        column, given, canonical = User.phone, phone.strip(), canonical_phone(phone)
    elif email:
        column, given, canonical = User.email, as_registered(email), canonical_email(email)
    else:
        return None
    if given != canonical:
        legacy = await session.scalar(select(User).where(column == given))
        if legacy is not None:
            return legacy
    return await session.scalar(select(User).where(column == canonical))


async def get_user(session: AsyncSession, user_id: int) -> User:
    user = await session.get(User, user_id)
    if user is None or not user.is_active:
        raise NotFound(f"User {user_id} does not exist.")
    return user


async def vendor_profile(session: AsyncSession, user_id: int) -> VendorProfile | None:
    """A vendor's profile, whether or not their stall is open (see `is_trading`)."""
    return await session.scalar(select(VendorProfile).where(VendorProfile.user_id == user_id))


async def is_trading(session: AsyncSession, vendor_id: int) -> bool:
    """Whether a vendor's stall is open: their account exists and is active."""
    return await is_active(session, vendor_id)


async def stall_open(session: AsyncSession, vendor_id: int) -> bool:
    """Whether a vendor's stall is open (False: their account is deactivated, the stall
    closed); `NotFound` when no vendor has this id."""
    row = (
        await session.execute(select(User.role, User.is_active).where(User.id == vendor_id))
    ).first()
    if row is None or row[0] is not Role.VENDOR:
        raise NotFound("No vendor has this id.")
    return bool(row[1])


async def is_active(session: AsyncSession, user_id: int) -> bool:
    """Whether a user's account exists and is active."""
    active = await session.scalar(select(User.is_active).where(User.id == user_id))
    return bool(active)


async def find_user(session: AsyncSession, who: str) -> User:
    """A user by id, phone or email, as an operator types it on the command line: a phone
    or an email in any form the account logs in with (`7308157172`, `07308157172`,
    `+91 73081 57172`, `Shop@Example.COM`), the form an older account was registered
    with included. When what is typed could name two users (an id and a phone, or an
    older account's own form and another account's canonical one), the operator is asked
    to say which, with both named."""
    who = who.strip()
    found: dict[int, User] = {}
    if "@" in who:
        for form in dict.fromkeys((as_registered(who), canonical_email(who))):
            user = await session.scalar(select(User).where(User.email == form))
            if user is not None:
                found[user.id] = user
    else:
        if who.isascii() and who.isdigit() and len(who) <= 18:
            by_id = await session.get(User, int(who))
            if by_id is not None:
                found[by_id.id] = by_id
        digits = who.translate(_SEPARATORS).removeprefix("+")
        if digits.isascii() and digits.isdigit() and len(digits) >= 8:
            for form in dict.fromkeys((who, canonical_phone(who))):
                by_phone = await session.scalar(select(User).where(User.phone == form))
                if by_phone is not None:
                    found[by_phone.id] = by_phone
    if not found:
        raise NotFound(f"No user is known by {as_typed(who)} (give an id, a phone or an email).")
    if len(found) > 1:
        named = "; ".join(
            f"user {u.id} ({u.role.value}, {u.phone or u.email})"
            for u in sorted(found.values(), key=lambda u: u.id)
        )
        raise InvalidInput(
            f"{as_typed(who)} could name more than one user: {named}. Give the user's id."
        )
    return next(iter(found.values()))


async def set_active(session: AsyncSession, actor: Actor, user: User, *, active: bool) -> bool:
    """Deactivate or activate `user`; True when that changed anything.

    Deactivating also bumps the token version, so activating again later does not bring
    back the tokens, tickets and sockets it ended, and ends the account's unpaid orders
    (its own, and as a vendor its shoppers'), giving their stock back: nobody can pay them.
    """
    if user.is_active == active:
        return False
    if active and is_erased(user):
        raise InvalidInput(f"User {user.id} was erased; an erased account stays closed.")
    old = "active" if user.is_active else "inactive"
    user.is_active = active
    if not active:
        user.token_version += 1
    await session.flush()
    audit.record(
        session,
        actor,
        action="user.activated" if active else "user.deactivated",
        entity_type="user",
        entity_id=user.id,
        old_state=old,
        new_state="active" if active else "inactive",
    )
    if not active:
        await release_for_closed_account(session, actor, user.id)
    return True


async def set_password(session: AsyncSession, actor: Actor, user: User, password_hash: str) -> None:
    """A new password; every token and socket signed in with the old one ends. An erased
    account gets none: a password would make it no longer read as erased, and activating
    it would then reopen a stall nobody stands behind."""
    if user.role is Role.GUEST:
        raise InvalidInput("Guests have no password; they arrive by QR code.")
    if is_erased(user):
        raise InvalidInput(f"User {user.id} was erased; an erased account stays closed.")
    user.password_hash = password_hash
    user.token_version += 1
    await session.flush()
    audit.record(
        session, actor, action="user.password_changed", entity_type="user", entity_id=user.id
    )
