"""QR sessions: signed tokens printed on a stall or handed out for one visit.

A token is `<nonce>.<signature>`: the nonce names a row, the HMAC-SHA256 signature
(keyed by the server secret) proves the server issued it. A forged or altered token
fails the signature check before the database is touched. A stall code, printed and
shown to everyone at the stall for up to two years, outlives the key that signed it: a
well-formed code whose signature no held key makes is looked up by its nonce (128 random
bits) and opens if that row is a stall code (`find_nonce`); a one-visit code does not.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import Product, QRKind, QRSession, Role, VendorProfile, utcnow
from server.domain import accounts, audit
from server.domain.context import Actor
from server.domain.errors import (
    Forbidden,
    InvalidInput,
    NotFound,
    ProductWithdrawn,
    QRTokenExpired,
    QRTokenInvalid,
    QRTokenUsed,
    QRTokenWithdrawn,
    StallClosed,
)

MAX_TTL_SECONDS = 2 * 365 * 24 * 3600

log = logging.getLogger(__name__)

# What `sign_token` makes: a `token_urlsafe(16)` nonce and a SHA-256 MAC, both unpadded
# URL-safe base64.
_PRINTED = re.compile(r"([A-Za-z0-9_-]{22})\.[A-Za-z0-9_-]{43}")
_NOT_OURS = "This QR code is not one of ours; ask the vendor for a new one."


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


Keys = str | tuple[str, ...]
"""The server's secret key, or its keys: the one that signs first, then older ones still
accepted while it is being rotated (`Settings.secret_keys`)."""


def sign_token(nonce: str, secret: Keys) -> str:
    key = secret if isinstance(secret, str) else secret[0]
    mac = hmac.new(key.encode(), f"qr:{nonce}".encode(), hashlib.sha256).digest()
    return f"{nonce}.{_b64(mac)}"


def verify_token(token: str, secret: Keys) -> str:
    """The nonce inside a token this server signed (with any key it still holds);
    `QRTokenInvalid` otherwise."""
    nonce, sep, _sig = token.partition(".")
    if not sep or not nonce or len(token) > 128 or not token.isascii():
        raise QRTokenInvalid(_NOT_OURS)
    keys = (secret,) if isinstance(secret, str) else secret
    if not any(hmac.compare_digest(sign_token(nonce, key), token) for key in keys):
        raise QRTokenInvalid(_NOT_OURS)
    return nonce


async def find_nonce(session: AsyncSession, token: str, secret: Keys) -> QRSession | None:
    """The row a token names: signed by a held key, or a stall code printed under a key
    since dropped (the shape `sign_token` makes, and a stall row with its nonce: such a
    code is public at the stall, so its signature only spared the database a look at
    forgeries). `QRTokenInvalid` for anything else; None for a signed token whose row is
    gone."""
    try:
        nonce = verify_token(token, secret)
    except QRTokenInvalid:
        printed = _PRINTED.fullmatch(token)
        if printed is None:
            raise
        row = await session.scalar(select(QRSession).where(QRSession.nonce == printed[1]))
        if row is None or row.kind is not QRKind.STALL:
            raise
        log.info("stall code %s was signed by a key no longer held; it still opens", row.id)
        return row
    return await session.scalar(select(QRSession).where(QRSession.nonce == nonce))


@dataclass(frozen=True)
class IssuedQR:
    session: QRSession
    token: str


@dataclass(frozen=True)
class Revocation:
    """A withdrawn code, and whether this call withdrew it (False: it already was, at
    `row.revoked_at`)."""

    row: QRSession
    withdrew: bool


async def issue_qr(
    session: AsyncSession,
    actor: Actor,
    *,
    kind: QRKind,
    ttl_seconds: int,
    secret: Keys,
    product_id: int | None = None,
    now: datetime | None = None,
) -> IssuedQR:
    if actor.role is not Role.VENDOR or actor.user_id is None:
        raise Forbidden("Only vendors can print QR codes.")
    if not 60 <= ttl_seconds <= MAX_TTL_SECONDS:
        raise InvalidInput(f"ttl_seconds must be between 60 and {MAX_TTL_SECONDS} (two years).")
    if product_id is not None:
        product = await session.get(Product, product_id)
        if product is None or product.vendor_id != actor.user_id:
            raise NotFound(f"Product {product_id} is not in your catalogue.")
        if not product.is_active:
            raise ProductWithdrawn(
                f"{product.name_in('en')} is off sale; put it on sale again before "
                "printing a QR code for it.",
                product_id=product.id,
            )
    now = now or utcnow()
    row = QRSession(
        vendor_id=actor.user_id,
        product_id=product_id,
        kind=kind,
        nonce=secrets.token_urlsafe(16),
        expires_at=now + timedelta(seconds=ttl_seconds),
        uses=0,
        max_uses=1 if kind is QRKind.VISIT else None,
    )
    session.add(row)
    await session.flush()
    audit.record(
        session,
        actor,
        action="qr.issued",
        entity_type="qr_session",
        entity_id=row.id,
        new_state=kind.value,
        detail={"expires_at": row.expires_at.isoformat()},
    )
    return IssuedQR(session=row, token=sign_token(row.nonce, secret))


async def find_qr(session: AsyncSession, token: str, *, secret: Keys) -> QRSession:
    """The row behind a token, checking signature, revocation and expiry (not uses)."""
    row = await find_nonce(session, token, secret)
    if row is None:
        raise QRTokenInvalid("This QR code has been withdrawn; ask the vendor for a new one.")
    if row.revoked_at is not None:
        raise QRTokenWithdrawn("This QR code has been withdrawn; ask the vendor for a new one.")
    if row.expires_at <= utcnow():
        raise QRTokenExpired("This QR code has expired; ask the vendor for a new one.")
    return row


async def revoke_qr(
    session: AsyncSession,
    actor: Actor,
    token: str,
    *,
    secret: Keys,
    now: datetime | None = None,
) -> Revocation:
    """Withdraw a code: from now on it admits no one (410 `qr_withdrawn`). A vendor may
    withdraw only their own codes; the server itself (the CLI) any. Withdrawing twice is
    harmless: the first time stands, and the answer says this call changed nothing."""
    row = await find_nonce(session, token, secret)
    if actor.role is not None and (row is None or row.vendor_id != actor.user_id):
        raise NotFound("That QR code is not one of yours.")
    if row is None:
        raise NotFound("That QR code does not exist.")
    if row.revoked_at is not None:
        return Revocation(row, withdrew=False)
    now = now or utcnow()
    result = await session.execute(
        update(QRSession)
        .where(QRSession.id == row.id, QRSession.revoked_at.is_(None))
        .values(revoked_at=now)
        .execution_options(synchronize_session=False)
    )
    await session.refresh(row)
    if result.rowcount != 1:  # type: ignore[attr-defined]  # another request withdrew it
        return Revocation(row, withdrew=False)
    audit.record(
        session,
        actor,
        action="qr.revoked",
        entity_type="qr_session",
        entity_id=row.id,
        new_state="revoked",
    )
    return Revocation(row, withdrew=True)


async def redeem_qr(
    session: AsyncSession,
    token: str,
    *,
    secret: Keys,
    now: datetime | None = None,
) -> QRSession:
    """Count one use of a one-visit QR code, atomically: it works exactly once. A code
    without a limit on its uses (a stall's) is only checked here: its use is counted
    after the join commits (`count_stall_use`), so joins at one stall do not queue on
    its row for the length of a join."""
    row = await find_qr(session, token, secret=secret)
    if row.max_uses is None:
        return row
    now = now or utcnow()
    result = await session.execute(
        update(QRSession)
        .where(
            QRSession.id == row.id,
            QRSession.expires_at > now,
            QRSession.uses < QRSession.max_uses,
        )
        .values(uses=QRSession.uses + 1)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise QRTokenUsed(_USED)
    await session.refresh(row)
    return row


async def count_stall_use(
    session: AsyncSession,
    qr_id: int,
    *,
    renew_seconds: int | None,
    now: datetime | None = None,
) -> None:
    """One scan of a stall code: its count, and (with `renew_seconds`) its end moved to at
    least that long from now, so a printed sign that shoppers scan never dies under them;
    one nobody scans for that long still ends, and an ended or withdrawn one is not
    brought back. One statement, for the caller to run in a short transaction of its own
    after the join's: its row lock is held only as long as that statement."""
    now = now or utcnow()
    values: dict[str, object] = {"uses": QRSession.uses + 1}
    if renew_seconds:
        renewed = now + timedelta(seconds=renew_seconds)
        values["expires_at"] = case(
            (QRSession.expires_at < renewed, renewed), else_=QRSession.expires_at
        )
    await session.execute(
        update(QRSession)
        .where(
            QRSession.id == qr_id,
            QRSession.kind == QRKind.STALL,
            QRSession.expires_at > now,
            QRSession.revoked_at.is_(None),
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )


_USED = "This one-visit QR code has already been used; ask for a new one."
_GONE = "The vendor behind this QR code no longer trades here."
CLOSED = "This stall is closed: the vendor is not trading here now."


def check_unused(row: QRSession) -> None:
    """Refuse a one-visit code that has had its visit (`QRTokenUsed`, 410 `qr_used`)."""
    if row.max_uses is not None and row.uses >= row.max_uses:
        raise QRTokenUsed(_USED)


async def check_open(session: AsyncSession, row: QRSession) -> None:
    """Refuse a code whose vendor has been deactivated (`StallClosed`, 410)."""
    if not await accounts.is_trading(session, row.vendor_id):
        raise StallClosed(CLOSED)


async def open_stall(
    session: AsyncSession,
    token: str,
    *,
    secret: Keys,
    redeem: bool = False,
    closed_ok: bool = False,
) -> tuple[QRSession, VendorProfile]:
    """The code behind `token` and the vendor it leads to: looked at (a visit code that
    is used up is refused), or with `redeem` a visit code's one use counted (a stall
    code's use is counted by the caller after its commit: `count_stall_use`). A closed
    stall (its vendor deactivated) is refused unless `closed_ok` (the stall page says it
    is closed).
    """
    if redeem:
        row = await redeem_qr(session, token, secret=secret)
    else:
        row = await find_qr(session, token, secret=secret)
        check_unused(row)
    profile = await accounts.vendor_profile(session, row.vendor_id)
    if profile is None:
        raise NotFound(_GONE)
    if not closed_ok:
        await check_open(session, row)
    return row, profile


async def stall_qr_for(session: AsyncSession, vendor_id: int) -> QRSession | None:
    """The newest unexpired stall code of a vendor, if any (used by the demo loader)."""
    return await session.scalar(
        select(QRSession)
        .where(
            QRSession.vendor_id == vendor_id,
            QRSession.kind == QRKind.STALL,
            QRSession.revoked_at.is_(None),
            QRSession.expires_at > utcnow(),
        )
        .order_by(QRSession.id.desc())
        .limit(1)
    )
