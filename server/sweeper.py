"""Background upkeep: expire idle negotiations, release stock held by unpaid orders, remove
guest accounts that never bargained once their sign-in has lapsed."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Collection
from dataclasses import dataclass, field
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from server.domain import erasure, negotiation
from server.domain.context import Actor

log = logging.getLogger("vyaparmitra.sweeper")


@dataclass(frozen=True)
class SweepResult:
    expired_negotiations: list[int]
    released_orders: list[int]
    removed_guests: list[int] = field(default_factory=list)


GUESTS_KEPT = timedelta(days=1)
"""A guest who never bargained is removed a day after joining (or once their sign-in
has lapsed, where `VYAPAR_GUEST_TOKEN_TTL_SECONDS` is longer)."""


BeforeRelease = Callable[[], Awaitable[Collection[int]]]
"""Asks the payment gateway about orders due for release and applies what it says;
returns the orders it could not ask about (kept until the next sweep)."""


async def sweep_once(
    sessions: async_sessionmaker[AsyncSession],
    *,
    guests_kept: timedelta = GUESTS_KEPT,
    before_release: BeforeRelease | None = None,
) -> SweepResult:
    actor = Actor.system()
    async with sessions() as session, session.begin():
        expired = await negotiation.expire_idle(session, actor)
    # A payment whose webhook is late (Razorpay retrying through an outage of ours)
    # pays its order here rather than being refunded after the stock went back.
    keep = await before_release() if before_release is not None else ()
    async with sessions() as session, session.begin():
        released = await negotiation.release_unpaid(session, actor, keep=keep)
    async with sessions() as session, session.begin():
        removed = await erasure.remove_idle_guests(session, older_than=guests_kept)
    if expired or released or removed:
        log.info(
            "swept",
            extra={"expired": len(expired), "released": len(released), "guests": len(removed)},
        )
    return SweepResult(expired, released, removed)


def guests_kept(guest_token_ttl_seconds: int) -> timedelta:
    """How long a guest who never bargained is kept: a day, or their sign-in's life."""
    return max(GUESTS_KEPT, timedelta(seconds=guest_token_ttl_seconds))


async def run_sweeper(
    sessions: async_sessionmaker[AsyncSession],
    interval: float,
    *,
    guests_kept: timedelta = GUESTS_KEPT,
    before_release: BeforeRelease | None = None,
) -> None:
    while True:
        try:
            await sweep_once(sessions, guests_kept=guests_kept, before_release=before_release)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("sweep failed; will retry")
        await asyncio.sleep(interval)
