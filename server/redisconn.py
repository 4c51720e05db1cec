"""The Redis client a process shares: a bounded pool that waits, short timeouts, one retry.

`Redis.from_url` gives a pool that raises `MaxConnectionsError` the moment it is full and
retries a dead server ten times with back-off, so a burst of requests became 500s and an
outage made every request hang for seconds before failing. Here a request waits up to
`redis_pool_timeout_seconds` for a free connection (then `RedisPoolExhausted`: the server
is overloaded, answered 503), and an unreachable Redis fails within about one connect
timeout (then `redis.exceptions.ConnectionError`: an outage, answered 503 by whatever
truly needs Redis, while rate limits count in process memory meanwhile).
"""

from __future__ import annotations

import asyncio
from typing import Any

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from server.settings import Settings

REDIS_DOWN: tuple[type[Exception], ...] = (RedisConnectionError, RedisTimeoutError)
"""What an unreachable (or overloaded) Redis raises."""


class RedisPoolExhausted(RedisConnectionError):
    """Every pooled connection stayed busy for the whole pool timeout: overload, not an
    outage (Redis itself answers)."""


class WaitingPool(BlockingConnectionPool):
    """`BlockingConnectionPool` whose timeout raises `RedisPoolExhausted`, so that callers
    can tell a full pool from a dead server."""

    async def get_connection(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return await super().get_connection(*args, **kwargs)  # type: ignore[no-untyped-call]
        except RedisConnectionError as exc:
            if isinstance(exc.__cause__, asyncio.TimeoutError | TimeoutError):
                raise RedisPoolExhausted(
                    f"no Redis connection free within {self.timeout} s"
                ) from exc
            raise


def connect_redis(
    url: str,
    *,
    max_connections: int = 64,
    pool_timeout: float = 2.0,
    socket_timeout: float = 2.0,
    connect_timeout: float = 1.0,
) -> Redis:
    """A client over a `WaitingPool`; nothing connects until the first command."""
    pool = WaitingPool.from_url(
        url,
        max_connections=max_connections,
        timeout=pool_timeout,
        socket_timeout=socket_timeout,
        socket_connect_timeout=connect_timeout,
        # One quick retry covers a connection the server closed while it sat in the pool;
        # more would only make a request wait longer during an outage.
        retry=Retry(NoBackoff(), 1),
    )
    return Redis.from_pool(pool)  # the client owns the pool: closing it closes the sockets


def redis_from_settings(settings: Settings) -> Redis:
    assert settings.redis_url is not None
    return connect_redis(
        settings.redis_url,
        max_connections=settings.redis_max_connections,
        pool_timeout=settings.redis_pool_timeout_seconds,
        socket_timeout=settings.redis_socket_timeout_seconds,
        connect_timeout=settings.redis_connect_timeout_seconds,
    )
