"""Accounts that go: a person's erasure (anonymised; the money rows stay whole) and
guests who never bargained, removed whole."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, exists, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import (
    AuditEntry,
    Bid,
    CallEvent,
    IdempotencyKey,
    Negotiation,
    Order,
    Role,
    User,
    VendorProfile,
    VoiceProfile,
    utcnow,
)
from server.domain import audit
from server.domain.context import Actor
from server.domain.negotiation.expiry import release_for_closed_account

ERASED = "[erased]"
"""What an erased account's name (and a vendor's business name) reads."""
ERASED_EMAIL_DOMAIN = "erased.invalid"
"""An erased account's e-mail is `erased-{id}@erased.invalid`: a registered account needs
a contact (`users.has_contact`) and contacts are unique; `.invalid` delivers nowhere
(RFC 2606) and nobody can register it (the id makes it one per account)."""


def is_erased(user: User) -> bool:
    return (
        user.name == ERASED
        and user.phone is None
        and user.email in (None, erased_email(user.id))
        and user.password_hash is None
    )


def erased_email(user_id: int) -> str:
    return f"erased-{user_id}@{ERASED_EMAIL_DOMAIN}"


async def erase_user(session: AsyncSession, actor: Actor, user: User) -> bool:
    """Anonymise `user` (a person's right to erasure): name and business name become
    `[erased]`, phone and e-mail go (the e-mail becomes a fixed, undeliverable marker),
    the password becomes unusable, the account is deactivated (every token, ticket and
    socket ends) and every bid transcript of theirs (their words) is blanked, as are the
    numbers of their calls and their stall's location and UPI handle. The money rows stay
    whole: orders, payments, refunds and audit entries keep their ids, amounts and links to
    the account's id. Its unpaid orders end as a lapsed reservation's do, their stock
    given back (`release_for_closed_account`). True when anything changed (False: erased
    before)."""
    if is_erased(user) and not user.is_active:
        return False
    old = "active" if user.is_active else "inactive"
    user.name = ERASED
    user.phone = None
    user.email = erased_email(user.id) if user.role is not Role.GUEST else None
    user.password_hash = None
    user.is_active = False
    user.token_version += 1
    await session.execute(
        update(VendorProfile)
        .where(VendorProfile.user_id == user.id)
        .values(business_name=ERASED, location=None, upi_handle=None)
        .execution_options(synchronize_session=False)
    )
    blanked = await session.execute(
        update(Bid)
        .where(Bid.bidder_id == user.id, Bid.transcript.is_not(None))
        .values(transcript=None)
        .execution_options(synchronize_session=False)
    )
    await session.execute(
        update(CallEvent)
        .where(CallEvent.vendor_id == user.id)
        .values(from_number=None, to_number=None)
        .execution_options(synchronize_session=False)
    )
    await session.flush()
    audit.record(
        session,
        actor,
        action="user.erased",
        entity_type="user",
        entity_id=user.id,
        old_state=old,
        new_state="erased",
        detail={"transcripts_blanked": blanked.rowcount},  # type: ignore[attr-defined]
    )
    await release_for_closed_account(session, actor, user.id)
    return True


async def remove_idle_guests(
    session: AsyncSession, *, older_than: timedelta, now: datetime | None = None, limit: int = 500
) -> list[int]:
    """Remove guest accounts made more than `older_than` ago that never bargained (no
    negotiation, bid or order names them): each QR join makes one, and nothing else would
    ever remove them. A guest who bargained stays, with their deals. Their voice settings
    and idempotency keys go with them; audit entries they wrote keep no actor. Returns the
    ids removed (at most `limit` a call)."""
    cutoff = (now or utcnow()) - older_than
    ids = list(
        await session.scalars(
            select(User.id)
            .where(
                User.role == Role.GUEST,
                User.created_at < cutoff,
                ~exists().where(
                    or_(Negotiation.customer_id == User.id, Negotiation.vendor_id == User.id)
                ),
                ~exists().where(Bid.bidder_id == User.id),
                ~exists().where(or_(Order.customer_id == User.id, Order.vendor_id == User.id)),
            )
            .order_by(User.id)
            .limit(limit)
        )
    )
    if not ids:
        return []
    for statement in (
        delete(IdempotencyKey).where(IdempotencyKey.user_id.in_(ids)),
        delete(VoiceProfile).where(VoiceProfile.user_id.in_(ids)),
        update(AuditEntry).where(AuditEntry.actor_id.in_(ids)).values(actor_id=None),
        delete(User).where(User.id.in_(ids), User.role == Role.GUEST),
    ):
        await session.execute(statement.execution_options(synchronize_session=False))
    return ids
