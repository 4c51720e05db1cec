"""Phone calls: who is calling (a vendor, by the phone they registered with) and what the
telephony provider reported about each call."""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from models import CallEvent, Role, User
from server.domain.accounts import find_for_login

_NUMBER = re.compile(r"\+?[0-9][0-9 ().-]{5,30}")
"""A dialled number as a provider sends it (`+917308157172`); not `anonymous` or a
`client:` identity."""


async def vendor_calling(session: AsyncSession, number: str) -> User | None:
    """The vendor account registered with `number` (however it was written then), active or
    not; None for a withheld or unknown number, or one registered to someone else."""
    if not _NUMBER.fullmatch(number.strip()):
        return None
    user = await find_for_login(session, phone=number, email=None)
    if user is None or user.role is not Role.VENDOR:
        return None
    return user


async def record_call_event(
    session: AsyncSession,
    *,
    provider: str,
    call_sid: str,
    status: str,
    vendor_id: int | None = None,
    from_number: str | None = None,
    to_number: str | None = None,
    direction: str | None = None,
    duration_seconds: int | None = None,
    sequence_number: int | None = None,
) -> bool:
    """Store one status of one call; False when that status of that call is already stored
    (a callback sent again, maybe by two processes at once). The caller commits."""
    known = await session.scalar(
        select(CallEvent.id).where(CallEvent.call_sid == call_sid, CallEvent.status == status)
    )
    if known is not None:
        return False
    event = CallEvent(
        provider=provider,
        call_sid=call_sid,
        status=status,
        vendor_id=vendor_id,
        from_number=from_number,
        to_number=to_number,
        direction=direction,
        duration_seconds=duration_seconds,
        sequence_number=sequence_number,
    )
    try:
        async with session.begin_nested():
            session.add(event)
    except IntegrityError:  # stored by a concurrent delivery of the same callback
        return False
    return True
