"""Rate limits with the `limits` library (sliding-window counters): memory or Redis."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, RedisStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter

from server.settings import Settings

CATEGORIES = ("auth", "bids", "general")


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0


class RateLimiter:
    """Per-category limits, applied to a user id and to a client IP separately.

    The per-IP allowance is `ip_factor` times the per-user one when the user is known,
    since a whole market's shoppers may share one IP; anonymous requests (login,
    register) get the plain category limit per IP.
    """

    def __init__(
        self,
        storage_uri: str,
        limits_by_category: dict[str, str],
        *,
        enabled: bool = True,
        ip_factor: int = 5,
    ) -> None:
        """`storage_uri` is `async+memory://` or `async+redis://host:port/db`."""
        self._pool: Any = None
        self.storage: Storage
        if storage_uri.startswith("async+redis"):
            import redis.asyncio as aioredis

            # Our own redis-py pool, so that shutdown can close its sockets.
            self._pool = aioredis.ConnectionPool.from_url(storage_uri.removeprefix("async+"))
            self.storage = RedisStorage(
                storage_uri, implementation="redispy", connection_pool=self._pool
            )
        elif storage_uri.startswith("async+memory"):
            self.storage = MemoryStorage()
        else:
            raise ValueError(f"unsupported rate-limit storage {storage_uri!r}")
        # Two counters per key (this window and the last), not a list of every hit: the
        # moving-window memory storage rescans all keys on every hit and burned CPU in
        # proportion to the number of active users.
        self._limiter = SlidingWindowCounterRateLimiter(self.storage)
        self._items: dict[str, RateLimitItem] = {k: parse(v) for k, v in limits_by_category.items()}
        self._ip_items: dict[str, RateLimitItem] = {
            k: type(item)(item.amount * ip_factor, item.multiples, item.namespace)
            for k, item in self._items.items()
        }
        self.enabled = enabled

    @classmethod
    def from_settings(cls, settings: Settings) -> RateLimiter:
        uri = f"async+{settings.redis_url}" if settings.redis_url else "async+memory://"
        return cls(
            uri,
            {
                "auth": settings.rate_limit_auth,
                "bids": settings.rate_limit_bids,
                "general": settings.rate_limit_general,
                "payments": settings.payment_rate_limit,
            },
            enabled=settings.rate_limit_enabled,
        )

    async def hit(self, category: str, *, ip: str, user_id: int | None) -> Verdict:
        if not self.enabled:
            return Verdict(True)
        checks: list[tuple[RateLimitItem, str]] = []
        if user_id is not None:
            checks.append((self._items[category], f"user:{user_id}"))
            checks.append((self._ip_items[category], f"ip:{ip}"))
        else:
            checks.append((self._items[category], f"ip:{ip}"))
        # Test every window before counting in any, so a request refused by the IP
        # window does not also use up the user's allowance.
        for item, key in checks:
            if not await self._limiter.test(item, "vyapar", category, key):
                stats = await self._limiter.get_window_stats(item, "vyapar", category, key)
                return Verdict(False, max(1, math.ceil(stats.reset_time - time.time())))
        for item, key in checks:
            if not await self._limiter.hit(item, "vyapar", category, key):
                stats = await self._limiter.get_window_stats(item, "vyapar", category, key)
                return Verdict(False, max(1, math.ceil(stats.reset_time - time.time())))
        return Verdict(True)

    async def aclose(self) -> None:
        if self._pool is not None:
            await self._pool.aclose()

    async def reset(self) -> None:
        await self.storage.reset()
