"""With Redis, a room's members set heals when Redis loses it while the room lives (an
eviction, a `DEL` of that one key): each process that holds the room's sockets writes its
own members back within `RedisRoomBus.MEMBERS_EVERY`, leaving a newer member alone."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aioredis

from server.live.redis_rooms import RedisRoomBus
from server.live.rooms import Member
from tests.conftest import REDIS_URL, need

pytestmark = pytest.mark.serial  # each test waits for the members within a bound

BOUND = 2 * RedisRoomBus.MEMBERS_EVERY + 1.0
"""A few seconds: one refresh round, a late one, and the round trip."""


@pytest.fixture
async def buses() -> AsyncIterator[tuple[Any, list[RedisRoomBus], str]]:
    """Three processes' buses on one Redis (each its own connection), and their prefix."""
    url = need(REDIS_URL, "Redis")
    prefix = f"vyapar:test:{uuid.uuid4().hex[:8]}:"
    clients = [aioredis.from_url(url) for _ in range(3)]
    made = [RedisRoomBus(c, prefix=prefix) for c in clients]
    try:
        yield clients[0], made, prefix
    finally:
        for bus in made:
            await bus.aclose()
        for c in clients:
            await c.aclose()


async def members_within(bus: RedisRoomBus, room: int, want: dict[str, str]) -> float:
    """Seconds until `bus` lists `want` (side → conn) as the room's members."""
    started = time.monotonic()
    while True:
        got = {side: m.conn for side, m in (await bus.members(room)).items()}
        if got == want:
            return time.monotonic() - started
        assert time.monotonic() - started < BOUND, f"members still {got}, not {want}"
        await asyncio.sleep(0.05)


async def join(bus: RedisRoomBus, room: int, side: str, conn: str) -> None:
    """What a process does when a voice joins: the member, then its presence."""
    await bus.set_member(room, Member(side, 1, "hi", "browser", conn=conn))
    await bus.publish(room, "presence", {"side": side, "state": "here", "conn": conn})


async def test_a_lost_members_key_heals_within_seconds(
    buses: tuple[Any, list[RedisRoomBus], str],
) -> None:
    redis, (a, b, joiner), prefix = buses
    key = f"{prefix}5:members"
    async with a.listen(5), b.listen(5):
        await join(a, 5, "customer", "c1")
        await join(b, 5, "vendor", "v1")
        assert await members_within(joiner, 5, {"customer": "c1", "vendor": "v1"}) < 0.5
        await redis.delete(key)  # an eviction, or a DEL of that one key
        assert await joiner.members(5) == {}
        await members_within(joiner, 5, {"customer": "c1", "vendor": "v1"})
        assert 24 * 3600 - 10 <= await redis.ttl(key) <= 24 * 3600
        # One side's field alone lost: written back too, the other left as it is.
        await redis.hdel(key, "vendor")
        await members_within(joiner, 5, {"customer": "c1", "vendor": "v1"})
    # No process holds the room any more: nothing writes its members back.
    await redis.delete(key)
    await asyncio.sleep(BOUND)
    assert await redis.exists(key) == 0


async def test_a_side_taken_elsewhere_is_not_written_back_by_the_old_voice(
    buses: tuple[Any, list[RedisRoomBus], str],
) -> None:
    """The customer reconnects through another process: the first one keeps the room
    (its vendor is there) but its customer member is no longer its to write back."""
    redis, (a, b, joiner), prefix = buses
    async with a.listen(6) as queue, b.listen(6):
        await join(a, 6, "vendor", "v1")
        await join(a, 6, "customer", "c1")
        await join(b, 6, "customer", "c2")
        while (await asyncio.wait_for(queue.get(), 5)).data.get("conn") != "c2":  # type: ignore[union-attr]
            pass  # `a` has heard of the newer voice
        for _ in range(3):  # whichever process writes first, the newer customer stays
            await redis.delete(f"{prefix}6:members")
            await members_within(joiner, 6, {"customer": "c2", "vendor": "v1"})
            await asyncio.sleep(RedisRoomBus.MEMBERS_EVERY)
            await members_within(joiner, 6, {"customer": "c2", "vendor": "v1"})
