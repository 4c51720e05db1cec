"""Whose turn it is to run the background reconciliation: one pass per interval for the
whole deployment, not one per worker per host.

Every worker of every host runs the reconciler loop (`runtime.run_reconciler`); before,
each ran its own pass at the same moment (the workers of a host within milliseconds of
each other, started together), so `serve --workers 2` on two hosts asked Razorpay about
every open checkout four times per interval (its API is rate-limited per account) and
logged the same warning four times. Now a worker runs a pass only when it takes the turn:

- With Redis (every deployment of more than one process has it): a lease,
  `SET vyapar:reconcile:turn <holder> NX PX <ttl>`, the ttl `LEASE_SHARE` of the
  interval. The worker that sets it runs the pass; every other worker that wakes before
  it expires skips. The lease is not released after the pass, so the next pass comes about
  an interval later, from whichever worker wakes first then.
- On PostgreSQL, the pass also holds a session advisory lock (`pg_try_advisory_lock`),
  taken without waiting: a pass that outlasts its lease (a slow Razorpay) is never run
  twice at once, and with Redis down (its lease cannot be asked) at most one worker runs
  at a time. The lock ends with its connection, so a worker that dies frees it.
- SQLite: one process serves, so its loop's turn is always its own.

The loops' waits are jittered (`first_wait`, `next_wait`): workers started together do not
wake together, and which of them runs a pass varies.
"""

from __future__ import annotations

import contextlib
import logging
import os
import random
import socket
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from server.redisconn import quick_redis

LEASE_KEY = "vyapar:reconcile:turn"
LEASE_SHARE = 0.9
"""The lease lasts this share of the interval: a worker's next wake-up (the interval, give
or take `JITTER`) finds it free."""
JITTER = 0.1
ADVISORY_LOCK_KEY = 0x5679_6170_5265_636E
"""The advisory lock's key (bigint): "VyapRecn" in ASCII, one key for the deployment."""
REDIS_SECONDS = 1.0

log = logging.getLogger("vyaparmitra")


def first_wait(interval: float) -> float:
    """The first wait of a worker's loop: between half the interval and the whole."""
    return interval * random.uniform(0.5, 1.0)  # noqa: S311 (spreading, not secrecy)


def next_wait(interval: float) -> float:
    return interval * random.uniform(1 - JITTER, 1 + JITTER)  # noqa: S311


class ReconcileTurn:
    """Taken by at most one worker of the deployment per interval (`turn()`)."""

    def __init__(self, redis: Any, engine: AsyncEngine | None, interval: float) -> None:
        self.redis = redis
        self.engine = engine
        self.interval = interval
        self.holder = f"{socket.gethostname()}:{os.getpid()}"

    async def _lease(self) -> bool | None:
        """True: taken; False: another worker holds it; None: Redis did not answer."""
        if self.redis is None:
            return None
        ttl_ms = max(1, int(self.interval * LEASE_SHARE * 1000))
        try:
            with quick_redis(REDIS_SECONDS):
                taken = await self.redis.set(LEASE_KEY, self.holder, nx=True, px=ttl_ms)
        except Exception as exc:
            log.warning(
                "reconciliation: Redis did not answer for the turn; the database lock decides",
                extra={"error": type(exc).__name__},
            )
            return None
        return bool(taken)

    @contextlib.asynccontextmanager
    async def turn(self) -> AsyncIterator[bool]:
        """Yields whether this worker runs the pass now (and holds the turn while inside)."""
        if await self._lease() is False:
            yield False
            return
        if self.engine is None or self.engine.dialect.name != "postgresql":
            yield True
            return
        async with self.engine.connect() as conn:
            locked = await conn.scalar(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": ADVISORY_LOCK_KEY}
            )
            await conn.commit()  # the lock is the session's; no transaction kept open
            if not locked:
                yield False
                return
            try:
                yield True
            finally:
                with contextlib.suppress(Exception):  # a lost connection freed it already
                    await conn.execute(
                        text("SELECT pg_advisory_unlock(:key)"), {"key": ADVISORY_LOCK_KEY}
                    )
                    await conn.commit()
