"""The Redis client a process shares: a bounded pool that waits, short timeouts, one retry.

`Redis.from_url` gives a pool that raises `MaxConnectionsError` the moment it is full and
retries a dead server ten times with back-off, so a burst of requests became 500s and an
outage made every request hang for seconds before failing. Here a request waits up to
`redis_pool_timeout_seconds` for a free connection (then `RedisPoolExhausted`: the server
is overloaded, answered 503), and an unreachable Redis fails within about one connect
timeout (then `redis.exceptions.ConnectionError`: an outage, answered 503 by whatever
truly needs Redis, while rate limits count in process memory meanwhile).

A Redis that hangs (a stopped process, a dead network path) answers nothing rather than
refusing connections, so each command would wait a whole socket timeout. `RedisHealth`
makes a hung Redis as cheap as a stopped one: a timeout is not retried, the first
failure marks Redis down, and while it is down every command fails at once with
`RedisDown`, except one command at a time, every `retry_seconds`, which tries it (with
`probe_timeout`, not the socket timeout) and marks it up again when it answers.
Callers that must answer fast (rate limits, `/readyz`) add a shorter bound of their own
with `quick_redis`. Running past such a short bound proves less: this process's event
loop may have been held up past it (a loaded host, a long synchronous step) while Redis
answered in time. That caller gives up alone, and one PING under `probe_timeout` tells
which it was; only its failure marks Redis down.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

from redis.asyncio import BlockingConnectionPool, Redis
from redis.asyncio.client import Pipeline
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from redis.exceptions import TimeoutError as RedisTimeoutError

from server.settings import Settings

log = logging.getLogger("vyaparmitra.redis")

REDIS_DOWN: tuple[type[Exception], ...] = (RedisConnectionError, RedisTimeoutError)
"""What an unreachable (or overloaded) Redis raises."""


class RedisPoolExhausted(RedisConnectionError):
    """Every pooled connection stayed busy for the whole pool timeout: overload, not an
    outage (Redis itself answers)."""


_arm_deadline: contextvars.ContextVar[Callable[[], None] | None] = contextvars.ContextVar(
    "redis_arm_deadline", default=None
)
"""Set while a command runs under a short bound (`quick_redis`, a probe): starts that
bound's clock once the command has a connection, so that waiting for a free connection
stays governed by the pool timeout (overload), not mistaken for an outage."""


class WaitingPool(BlockingConnectionPool):
    """`BlockingConnectionPool` whose timeout raises `RedisPoolExhausted`, so that callers
    can tell a full pool from a dead server."""

    async def ensure_connection(self, connection: Any) -> None:
        # Called with a connection taken from the pool, before it is (re)connected.
        arm = _arm_deadline.get()
        if arm is not None:
            arm()
        await super().ensure_connection(connection)

    async def get_connection(self, *args: Any, **kwargs: Any) -> Any:
        if not args and not kwargs and self._free_at_once():
            # A connection is free and no command waits for one: take it as the blocking
            # path would, without its condition, timer and wait metrics (about a twentieth
            # of a bid's CPU). Nothing runs between the test and the take: no await.
            connection = self._available_connections.pop()
            self._in_use_connections.add(connection)
            try:
                await self.ensure_connection(connection)
            except BaseException:
                await self.release(connection)
                raise
            return connection
        try:
            return await super().get_connection(*args, **kwargs)  # type: ignore[no-untyped-call]
        except RedisConnectionError as exc:
            if isinstance(exc.__cause__, asyncio.TimeoutError | TimeoutError):
                raise RedisPoolExhausted(
                    f"no Redis connection free within {self.timeout} s"
                ) from exc
            raise

    def _free_at_once(self) -> bool:
        """A pooled connection is free, and no command holds the pool's condition or waits
        on it (one that waits was there first: it is served first, by the blocking path)."""
        condition = self._condition
        return (
            bool(self._available_connections)
            and not self._in_maintenance
            and not condition.locked()
            and not getattr(condition, "_waiters", True)
        )


class RedisDown(RedisConnectionError):
    """Redis failed moments ago and is not tried again by this command: another one is
    trying it, or the next try is due later. Raised at once, without any I/O."""


T = TypeVar("T")

_call_timeout: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "redis_call_timeout", default=None
)


_checking: contextvars.ContextVar[bool] = contextvars.ContextVar("redis_checking", default=False)
"""Set in the PING that checks Redis after a command ran past a short bound."""


@contextlib.contextmanager
def quick_redis(seconds: float) -> Iterator[None]:
    """Commands sent inside give up after `seconds` (a `RedisTimeoutError`; Redis is
    marked down if a check then finds it silent too) instead of the socket timeout."""
    token = _call_timeout.set(seconds)
    try:
        yield
    finally:
        _call_timeout.reset(token)


class RedisHealth:
    """Whether Redis answers, as this process last saw it; one probe at a time while not."""

    def __init__(
        self,
        retry_seconds: float = 2.0,
        probe_timeout: float = 0.5,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.retry_seconds = retry_seconds
        self.probe_timeout = probe_timeout
        self.clock = clock
        self.down_since: float | None = None
        self.last_error = ""
        self._retry_at = 0.0
        self._probing = False
        self.on_down: list[Callable[[], None]] = []
        """Called once each time Redis is found down (not on every failed call)."""
        self.check: Callable[[], Awaitable[Any]] | None = None
        """A PING, sent when a command ran past a short bound (`quick_redis`): its
        timeout, not that command's, marks Redis down. None: that command's does."""
        self._checking: asyncio.Task[None] | None = None

    @property
    def down(self) -> bool:
        return self.down_since is not None

    async def call(self, send: Callable[[], Awaitable[T]]) -> T:
        """`send()` if Redis is up or it is this command's turn to try it, else `RedisDown`."""
        probe = False
        if self.down_since is not None:
            now = self.clock()
            if self._probing or now < self._retry_at:
                wait = max(0.0, self._retry_at - now)
                raise RedisDown(
                    f"Redis is unreachable ({self.last_error}); next try in {wait:.1f} s"
                )
            probe = self._probing = True
            self._retry_at = now + self.retry_seconds
        limit = _call_timeout.get()
        short = limit is not None and not probe and not _checking.get()
        if probe:
            limit = self.probe_timeout if limit is None else min(limit, self.probe_timeout)
        try:
            if limit is None:
                result = await send()
            else:
                try:
                    async with asyncio.timeout(None) as scope:
                        bound = limit

                        def arm() -> None:
                            scope.reschedule(asyncio.get_running_loop().time() + bound)

                        token = _arm_deadline.set(arm)
                        try:
                            result = await send()
                        finally:
                            _arm_deadline.reset(token)
                except TimeoutError as exc:
                    raise RedisTimeoutError(f"no answer from Redis within {limit} s") from exc
        except RedisPoolExhausted:
            raise  # overload: Redis itself answers
        except RedisTimeoutError as exc:
            if short and self.check is not None:
                self._check_soon()
            else:
                self._failed(exc)
            raise
        except RedisConnectionError as exc:
            self._failed(exc)
            raise
        except RedisError:
            self._answered()  # an error reply is still an answer
            raise
        else:
            self._answered()
            return result
        finally:
            if probe:
                self._probing = False

    def _check_soon(self) -> None:
        """A command ran past its short bound: Redis may hang, or this loop was held up
        while Redis answered. One PING at a time, under `probe_timeout`, finds out."""
        if self._checking is None or self._checking.done():
            self._checking = asyncio.get_running_loop().create_task(
                self._check(), name="redis-check"
            )

    async def _check(self) -> None:
        assert self.check is not None
        _checking.set(True)  # this task's own context: its timeout marks Redis down
        with contextlib.suppress(RedisError), quick_redis(self.probe_timeout):
            await self.check()

    async def aclose(self) -> None:
        """Stop a check under way (the client is closing)."""
        task, self._checking = self._checking, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def _failed(self, exc: Exception) -> None:
        now = self.clock()
        self.last_error = f"{type(exc).__name__}: {exc}"[:200]
        self._retry_at = now + self.retry_seconds
        if self.down_since is None:
            self.down_since = now
            for notify in self.on_down:
                try:
                    notify()
                except Exception:
                    log.exception("a Redis-down listener failed")

    def _answered(self) -> None:
        self.down_since = None
        self.last_error = ""


class GuardedRedis(Redis):
    """A client whose commands and pipelines go through a `RedisHealth`."""

    health: RedisHealth

    async def aclose(self, close_connection_pool: bool | None = None) -> None:
        await self.health.aclose()
        await super().aclose(close_connection_pool)

    async def execute_command(self, *args: Any, **options: Any) -> Any:
        send = super().execute_command
        return await self.health.call(lambda: send(*args, **options))  # type: ignore[no-untyped-call]

    def pipeline(self, transaction: bool = True, shard_hint: str | None = None) -> Pipeline:
        pipe = GuardedPipeline(
            self.connection_pool, self.response_callbacks, transaction, shard_hint
        )
        pipe.health = self.health
        return pipe


class GuardedPipeline(Pipeline):
    health: RedisHealth

    async def execute(self, raise_on_error: bool = True) -> list[Any]:
        send = super().execute
        return await self.health.call(lambda: send(raise_on_error))


def connect_redis(
    url: str,
    *,
    max_connections: int = 64,
    pool_timeout: float = 2.0,
    socket_timeout: float = 2.0,
    connect_timeout: float = 1.0,
    retry_seconds: float = 2.0,
    probe_timeout: float = 0.5,
) -> GuardedRedis:
    """A client over a `WaitingPool`; nothing connects until the first command."""
    pool = WaitingPool.from_url(
        url,
        max_connections=max_connections,
        timeout=pool_timeout,
        socket_timeout=socket_timeout,
        socket_connect_timeout=connect_timeout,
        # One quick retry covers a connection the server closed while it sat in the pool.
        # A timeout is not retried: a Redis that did not answer within the socket timeout
        # will not answer the retry either, it would only double the wait.
        retry=Retry(NoBackoff(), 1, supported_errors=(RedisConnectionError,)),
    )
    client = GuardedRedis.from_pool(pool)  # it owns the pool: closing it closes the sockets
    assert isinstance(client, GuardedRedis)
    client.health = RedisHealth(retry_seconds, probe_timeout)
    client.health.check = client.ping
    return client


def redis_from_settings(settings: Settings) -> GuardedRedis:
    assert settings.redis_url is not None
    return connect_redis(
        settings.redis_url,
        max_connections=settings.redis_max_connections,
        pool_timeout=settings.redis_pool_timeout_seconds,
        socket_timeout=settings.redis_socket_timeout_seconds,
        connect_timeout=settings.redis_connect_timeout_seconds,
        retry_seconds=settings.redis_retry_seconds,
        probe_timeout=settings.redis_probe_timeout_seconds,
    )
