"""Rate limits: sliding-window counters per user and per IP, in memory or in Redis.

In memory the `limits` library keeps the counters. With Redis, one Lua script tests every
window and counts the hit in all of them atomically: one round trip per request instead
of four (`limits` tests and hits each window separately), which is what several server
processes sharing one Redis pay on every rate-limited request.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter

from server.settings import Settings

CATEGORIES = ("auth", "bids", "general")
_REDIS_PREFIX = "vyapar:rl/"

_SLIDING_WINDOWS_LUA = """
-- KEYS: (this window, last window) per check; ARGV: now, then (limit, seconds) per check.
-- Returns 0 when every check allows (and counts the hit in each), otherwise the seconds
-- until the first refusing window would allow one more.
local now = tonumber(ARGV[1])
for i = 1, #KEYS / 2 do
  local limit = tonumber(ARGV[2 * i])
  local window = tonumber(ARGV[2 * i + 1])
  local current = tonumber(redis.call('GET', KEYS[2 * i - 1]) or '0')
  local previous = tonumber(redis.call('GET', KEYS[2 * i]) or '0')
  local left = window - (now % window)
  if previous * left / window + current + 1 > limit then
    local wait
    if current + 1 > limit then  -- full now, and still weighing on the next window
      wait = left + window - (limit - 1) * window / current
    else  -- the last window's share fades until one more fits
      wait = left - (limit - 1 - current) * window / previous
    end
    return math.max(1, math.min(window, math.ceil(wait)))
  end
end
for i = 1, #KEYS / 2 do
  redis.call('INCR', KEYS[2 * i - 1])
  redis.call('EXPIRE', KEYS[2 * i - 1], 2 * tonumber(ARGV[2 * i + 1]))
end
return 0
"""


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    retry_after: int = 0


def sliding_wait(limit: int, window: float, previous: int, left: float, current: int) -> int:
    """Seconds until a sliding-window counter allows one more hit, `left` seconds before
    its current window ends (the Redis script computes the same in Lua)."""
    if current + 1 > limit:  # full now, and still weighing on the next window
        wait = left + window - (limit - 1) * window / current
    elif previous:  # the last window's share fades until one more fits
        wait = left - (limit - 1 - current) * window / previous
    else:
        wait = 1
    return max(1, min(int(window), math.ceil(wait)))


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
        self._redis: Any = None
        self.storage: Storage | None = None
        """The `limits` storage in memory; None with Redis, which runs its own script."""
        if storage_uri.startswith("async+redis"):
            import redis.asyncio as aioredis

            # Our own client and pool, so that shutdown can close its sockets.
            self._redis = aioredis.Redis.from_url(storage_uri.removeprefix("async+"))
            self._script = self._redis.register_script(_SLIDING_WINDOWS_LUA)
        elif storage_uri.startswith("async+memory"):
            self.storage = MemoryStorage()
        else:
            raise ValueError(f"unsupported rate-limit storage {storage_uri!r}")
        # Two counters per key (this window and the last), not a list of every hit: the
        # moving-window memory storage rescans all keys on every hit and burned CPU in
        # proportion to the number of active users.
        self._limiter = SlidingWindowCounterRateLimiter(self.storage or MemoryStorage())
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
        if self._redis is not None:
            return await self._hit_redis(category, checks)
        # Test every window before counting in any, so a request refused by the IP
        # window does not also use up the user's allowance.
        for item, key in checks:
            if not await self._limiter.test(item, "vyapar", category, key):
                return Verdict(False, await self._memory_wait(item, category, key))
        for item, key in checks:
            if not await self._limiter.hit(item, "vyapar", category, key):
                return Verdict(False, await self._memory_wait(item, category, key))
        return Verdict(True)

    async def _memory_wait(self, item: RateLimitItem, category: str, key: str) -> int:
        """Seconds until the in-memory sliding window allows one more request: the same
        arithmetic as the Redis script (the end of the current window is not enough, as
        the last window still weighs on the next one)."""
        assert isinstance(self.storage, MemoryStorage)
        window = item.get_expiry()
        previous, left, current, _ = await self.storage.get_sliding_window(
            item.key_for("vyapar", category, key), window
        )
        return sliding_wait(item.amount, window, previous, left, current)

    async def _hit_redis(self, category: str, checks: list[tuple[RateLimitItem, str]]) -> Verdict:
        """Every window tested, then all counted, in one atomic script: one round trip.

        The same sliding-window counters as `limits` (this window's count plus the last
        window's, weighted by how much of it still overlaps), keyed by window number.
        """
        now = time.time()
        keys: list[str] = []
        args: list[float | int] = [now]
        for item, who in checks:
            window = item.get_expiry()
            number = int(now // window)
            base = f"{_REDIS_PREFIX}{category}/{who}/{item.amount}/{window}"
            keys += [f"{base}/{number}", f"{base}/{number - 1}"]
            args += [item.amount, window]
        retry_after = int(await self._script(keys=keys, args=args))
        return Verdict(True) if retry_after == 0 else Verdict(False, retry_after)

    async def aclose(self) -> None:
        if self._redis is not None:
            await self._redis.aclose()

    async def reset(self) -> None:
        if self.storage is not None:
            await self.storage.reset()
            return
        async for key in self._redis.scan_iter(match=f"{_REDIS_PREFIX}*", count=500):
            await self._redis.delete(key)
