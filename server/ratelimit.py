"""Rate limits: sliding-window counters per user and per IP, in memory or in Redis.

In memory the `limits` library keeps the counters. With Redis, one Lua script tests every
window and counts the hit in all of them atomically: one round trip per request instead
of four (`limits` tests and hits each window separately), which is what several server
processes sharing one Redis pay on every rate-limited request.

When Redis cannot be reached the limits are counted in this process's memory instead (so
each worker allows the full limit: looser, never a refusal of the whole API), logged once,
shown by a metric and `/readyz`. A check waits at most `timeout` for Redis; while Redis is
down the client's `RedisHealth` lets one request at a time try it every `retry_seconds`
and fails the others at once, so they count in memory without waiting; Redis is used
again as soon as it answers.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from limits import RateLimitItem, parse
from limits.aio.storage import MemoryStorage, Storage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from prometheus_client import CollectorRegistry, Counter, Gauge

from server.redisconn import (
    REDIS_DOWN,
    RedisPoolExhausted,
    connect_redis,
    quick_redis,
    redis_from_settings,
)
from server.settings import Settings

log = logging.getLogger("vyaparmitra.ratelimit")

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
    return math.max(1, math.min(2 * window, math.ceil(wait)))
  end
end
for i = 1, #KEYS / 2 do
  redis.call('INCR', KEYS[2 * i - 1])
  redis.call('EXPIRE', KEYS[2 * i - 1], 2 * tonumber(ARGV[2 * i + 1]))
end
return 0
"""


class LimiterMetrics:
    """Built unregistered; the app adds them to the registry `/metrics` serves."""

    def __init__(self) -> None:
        self.degraded = Gauge(
            "vyapar_rate_limits_degraded",
            "1 while rate limits count in this process's memory because Redis is unreachable.",
            registry=None,
        )
        self.fallbacks = Counter(
            "vyapar_rate_limit_fallbacks_total",
            "Requests whose rate limits were counted in memory because Redis was unreachable.",
            registry=None,
        )

    def register(self, registry: CollectorRegistry) -> None:
        registry.register(self.degraded)
        registry.register(self.fallbacks)


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
    return max(1, min(2 * int(window), math.ceil(wait)))


class RateLimiter:
    """Per-category limits, applied to a user id and to a client IP separately.

    The per-IP allowance is `ip_factor` times the per-user one when the user is known,
    since a whole market's shoppers may share one IP (`ip_factors` widens it for some
    categories: `bids`, which a market's shoppers send all the time, at every stall);
    anonymous requests (login, register) get the plain category limit per IP.
    """

    def __init__(
        self,
        storage_uri: str,
        limits_by_category: dict[str, str],
        *,
        enabled: bool = True,
        ip_factor: int = 5,
        ip_factors: Mapping[str, int] | None = None,
        redis: Any = None,
        retry_seconds: float = 2.0,
        timeout: float = 0.5,
    ) -> None:
        """`storage_uri` is `async+memory://` or `async+redis://host:port/db`; with Redis,
        `redis` is the process's shared client (or None: the limiter opens its own)."""
        self._redis: Any = None
        self._owns_redis = False
        self.storage: Storage | None = None
        """The `limits` storage in memory; None with Redis, which runs its own script."""
        self._memory = MemoryStorage()
        """Counters in memory: the storage without Redis, the fallback with it."""
        if storage_uri.startswith("async+redis"):
            self._redis = redis
            if redis is None:
                self._redis = connect_redis(
                    storage_uri.removeprefix("async+"),
                    retry_seconds=retry_seconds,
                    probe_timeout=timeout,
                )
                self._owns_redis = True
            self._script = self._redis.register_script(_SLIDING_WINDOWS_LUA)
        elif storage_uri.startswith("async+memory"):
            self.storage = self._memory
        else:
            raise ValueError(f"unsupported rate-limit storage {storage_uri!r}")
        self.metrics = LimiterMetrics()
        self.retry_seconds = retry_seconds
        self.timeout = timeout
        self._redis_down_since: float | None = None
        # Two counters per key (this window and the last), not a list of every hit: the
        # moving-window memory storage rescans all keys on every hit and burned CPU in
        # proportion to the number of active users.
        self._limiter = SlidingWindowCounterRateLimiter(self._memory)
        self._items: dict[str, RateLimitItem] = {k: parse(v) for k, v in limits_by_category.items()}
        factors = dict(ip_factors or {})
        self._ip_items: dict[str, RateLimitItem] = {
            k: type(item)(item.amount * factors.get(k, ip_factor), item.multiples, item.namespace)
            for k, item in self._items.items()
        }
        self.enabled = enabled

    @classmethod
    def from_settings(cls, settings: Settings, redis: Any = None) -> RateLimiter:
        uri = f"async+{settings.redis_url}" if settings.redis_url else "async+memory://"
        if settings.redis_url and redis is None:
            redis = redis_from_settings(settings)
        return cls(
            uri,
            {
                "auth": settings.rate_limit_auth,
                "bids": settings.rate_limit_bids,
                "general": settings.rate_limit_general,
                "sockets": settings.rate_limit_sockets,
                "joins": settings.rate_limit_joins,
                # New deals at one stall per address (`hit_scoped`).
                "stall_deals": settings.rate_limit_stall_deals,
                # Password sign-ins of one account, from any address (`hit_scoped`).
                "sign_ins": settings.rate_limit_sign_ins,
                "payments": settings.payment_rate_limit,
                # Wrong `/metrics` tokens, per address (`server.api.routes.live`).
                "metrics": settings.rate_limit_auth,
            },
            enabled=settings.rate_limit_enabled,
            ip_factors={"bids": settings.rate_limit_bids_ip_factor},
            redis=redis,
            retry_seconds=settings.redis_retry_seconds,
            timeout=settings.redis_probe_timeout_seconds,
        )

    @property
    def categories(self) -> frozenset[str]:
        """The categories this limiter has a limit for."""
        return frozenset(self._items)

    @property
    def degraded(self) -> bool:
        """True while Redis is configured but unreachable (limits count per process)."""
        return self._redis_down_since is not None

    async def hit(self, category: str, *, ip: str, user_id: int | None) -> Verdict:
        if not self.enabled:
            return Verdict(True)
        checks: list[tuple[RateLimitItem, str]] = []
        if user_id is not None:
            checks.append((self._items[category], f"user:{user_id}"))
            checks.append((self._ip_items[category], f"ip:{ip}"))
        else:
            checks.append((self._items[category], f"ip:{ip}"))
        return await self._count(category, checks)

    async def hit_scoped(self, category: str, scope: str) -> Verdict:
        """One window for `scope` alone (an address at one stall, say), whoever asks: the
        plain category limit, with no per-user share."""
        if not self.enabled:
            return Verdict(True)
        return await self._count(category, [(self._items[category], scope)])

    async def hit_shared(self, category: str, scope: str, member: str | None) -> Verdict:
        """Windows for one `member` of a shared `scope` (one phone, by its device cookie,
        behind a market's address at one stall): the plain category limit for the member,
        and `ip_factor` times that for the whole scope, which bounds a client that makes
        up members. Without a member (no cookie), one plain window shared by all of the
        scope's members unknown."""
        if not self.enabled:
            return Verdict(True)
        return await self._count(
            category,
            [
                (self._items[category], f"{scope}#{member or '-'}"),
                (self._ip_items[category], scope),
            ],
        )

    async def _count(self, category: str, checks: list[tuple[RateLimitItem, str]]) -> Verdict:
        if self._redis is not None:
            try:
                # While Redis is down this fails at once (`RedisDown`) for all but the one
                # request that tries it every `retry_seconds`.
                with quick_redis(self.timeout):
                    verdict = await self._hit_redis(category, checks)
            except RedisPoolExhausted:
                raise  # overload, not an outage: the request is refused (503)
            except REDIS_DOWN as exc:
                self._redis_failed(exc)
            else:
                if self._redis_down_since is not None:
                    self._redis_back()
                return verdict
            self.metrics.fallbacks.inc()
        return await self._hit_memory(category, checks)

    def _redis_failed(self, exc: Exception) -> None:
        now = time.monotonic()
        if self._redis_down_since is None:
            self._redis_down_since = now
            self.metrics.degraded.set(1)
            log.warning(
                "Redis unreachable: rate limits now count in this process's memory",
                extra={"error": f"{type(exc).__name__}: {exc}", "retry_s": self.retry_seconds},
            )

    def _redis_back(self) -> None:
        assert self._redis_down_since is not None
        log.warning(
            "Redis reachable again: rate limits count in Redis",
            extra={"down_s": round(time.monotonic() - self._redis_down_since, 1)},
        )
        self._redis_down_since = None
        self.metrics.degraded.set(0)

    async def _hit_memory(self, category: str, checks: list[tuple[RateLimitItem, str]]) -> Verdict:
        # Test every window before counting in any, so a request refused by the IP
        # window does not also use up the user's allowance.
        # The weight is tested here, as the Redis script does, not by `limits`, which
        # floors the last window's weight (2.998 counts as 2) and so lets one request
        # more through just after a full window ends.
        for item, key in checks:
            wait = await self._memory_wait(item, category, key)
            if wait:
                return Verdict(False, wait)
        for item, key in checks:
            if not await self._limiter.hit(item, "vyapar", category, key):
                return Verdict(False, await self._memory_wait(item, category, key) or 1)
        return Verdict(True)

    async def _memory_wait(self, item: RateLimitItem, category: str, key: str) -> int:
        """0 when the in-memory sliding window takes one more request, else the seconds
        until it does: the same arithmetic as the Redis script (the last window still
        weighs on this one, by the share of it that still overlaps)."""
        window = item.get_expiry()
        previous, _, current, current_ttl = await self._memory.get_sliding_window(
            item.key_for("vyapar", category, key), window
        )
        # What is left of this window (windows align to the clock): the current counter
        # lives one window past it. The last window's own expiry, which `limits` gives
        # as 0 when there was no last window, is no measure of the wait.
        left = current_ttl - window
        if previous * left / window + current + 1 <= item.amount:
            return 0
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
        if self._owns_redis:
            await self._redis.aclose()

    async def reset(self) -> None:
        await self._memory.reset()
        if self._redis is None:
            return
        async for key in self._redis.scan_iter(match=f"{_REDIS_PREFIX}*", count=500):
            await self._redis.delete(key)
