"""Background upkeep: expire idle negotiations, release stock held by unpaid orders."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from server.domain import negotiation
from server.domain.context import Actor

log = logging.getLogger("vyaparmitra.sweeper")


@dataclass(frozen=True)
class SweepResult:
    expired_negotiations: list[int]
    released_orders: list[int]


async def sweep_once(sessions: async_sessionmaker[AsyncSession]) -> SweepResult:
    actor = Actor.system()
    async with sessions() as session, session.begin():
        expired = await negotiation.expire_idle(session, actor)
    async with sessions() as session, session.begin():
        released = await negotiation.release_unpaid(session, actor)
    if expired or released:
        log.info("swept", extra={"expired": len(expired), "released": len(released)})
    return SweepResult(expired, released)


async def run_sweeper(sessions: async_sessionmaker[AsyncSession], interval: float) -> None:
    while True:
        try:
            await sweep_once(sessions)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("sweep failed; will retry")
        await asyncio.sleep(interval)
