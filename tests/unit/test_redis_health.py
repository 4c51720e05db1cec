"""A command that runs past a short bound (`quick_redis`) because this process's event
loop was held up, not because Redis was silent, does not mark Redis down for the whole
process: one PING finds out which it was, and only its own timeout marks Redis down."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

import pytest
from redis.exceptions import TimeoutError as RedisTimeoutError

from server.redisconn import RedisDown, RedisHealth, _arm_deadline, quick_redis

BOUND = 0.05
PROBE = 0.1


def armed() -> None:
    """What the pool does once a command has its connection: the short bound starts."""
    arm = _arm_deadline.get()
    if arm is not None:
        arm()


async def answers_at_once() -> str:
    armed()
    await asyncio.sleep(0.005)
    return "PONG"


async def never_answers() -> str:
    armed()
    await asyncio.sleep(3600)
    raise AssertionError("unreachable")


async def held_up_loop() -> None:
    """A long synchronous step elsewhere in the process: nothing runs meanwhile."""
    await asyncio.sleep(0)
    time.sleep(BOUND * 3)


async def past_the_bound(health: RedisHealth) -> None:
    """A command Redis answers in 5 ms, while the loop is held up three bounds long."""
    stall = asyncio.create_task(held_up_loop())
    with pytest.raises(RedisTimeoutError), quick_redis(BOUND):
        await health.call(answers_at_once)
    await stall


class Pings:
    """The health's check, counted, sent through the health as the client's PING goes."""

    def __init__(self, health: RedisHealth, answer: Callable[[], Awaitable[str]]) -> None:
        self.count = 0
        self.answer = answer
        health.check = lambda: health.call(self.ping)

    async def ping(self) -> str:
        self.count += 1
        return await self.answer()


async def test_a_held_up_loop_is_not_taken_for_a_silent_redis() -> None:
    health = RedisHealth(retry_seconds=5, probe_timeout=PROBE)
    pings = Pings(health, answers_at_once)
    await past_the_bound(health)
    # That caller gave up alone; the next command goes to Redis as before.
    assert not health.down
    assert await health.call(answers_at_once) == "PONG"
    await asyncio.sleep(PROBE)
    assert pings.count == 1 and not health.down
    await health.aclose()


async def test_a_silent_redis_is_marked_down_by_the_check() -> None:
    health = RedisHealth(retry_seconds=5, probe_timeout=PROBE)
    health.check = lambda: health.call(never_answers)
    with pytest.raises(RedisTimeoutError), quick_redis(BOUND):
        await health.call(never_answers)
    assert not health.down  # not yet: the check is under way
    await asyncio.sleep(PROBE + 0.1)
    assert health.down
    with pytest.raises(RedisDown):
        await health.call(answers_at_once)


async def test_one_check_at_a_time() -> None:
    health = RedisHealth(retry_seconds=5, probe_timeout=PROBE)
    pings = Pings(health, never_answers)

    async def one() -> None:
        with pytest.raises(RedisTimeoutError), quick_redis(BOUND):
            await health.call(never_answers)

    await asyncio.gather(*(one() for _ in range(5)))
    await asyncio.sleep(PROBE + 0.1)
    assert pings.count == 1 and health.down


async def test_without_a_check_a_short_bound_marks_redis_down_at_once() -> None:
    health = RedisHealth(retry_seconds=5, probe_timeout=PROBE)
    with pytest.raises(RedisTimeoutError), quick_redis(BOUND):
        await health.call(never_answers)
    assert health.down


async def test_a_closing_client_stops_its_check() -> None:
    health = RedisHealth(retry_seconds=5, probe_timeout=10)
    health.check = lambda: health.call(never_answers)
    with pytest.raises(RedisTimeoutError), quick_redis(BOUND):
        await health.call(never_answers)
    await health.aclose()
    assert not health.down
