"""With Redis, a member whose process died with its socket (a worker killed) does not
stay "here": each process refreshes a liveness key while it holds members, a member whose
process has none is read as away, and a process still in the room makes it away and tells
the room, within seconds (it used to read "here" for 24 h)."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aioredis

from server.live.redis_rooms import RedisRoomBus
from server.live.rooms import Member, RoomEvent
from tests.conftest import REDIS_URL, need

pytestmark = pytest.mark.serial  # each test waits within a bound


@pytest.fixture
async def buses(monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[tuple[Any, list[RedisRoomBus]]]:
    """Three processes' buses on one Redis, each its own connection and process id, with
    the liveness key's times shortened (10 s and 2 s in production)."""
    monkeypatch.setattr(RedisRoomBus, "PROCESS_TTL", 1.0)
    monkeypatch.setattr(RedisRoomBus, "MEMBERS_EVERY", 0.2)
    url = need(REDIS_URL, "Redis")
    prefix = f"vyapar:test:{uuid.uuid4().hex[:8]}:"
    clients = [aioredis.from_url(url) for _ in range(3)]
    made = [RedisRoomBus(c, prefix=prefix, origin=f"process-{n}") for n, c in enumerate(clients)]
    try:
        yield clients[0], made
    finally:
        for bus in made:
            await bus.aclose()
        for c in clients:
            await c.aclose()


async def join(bus: RedisRoomBus, room: int, side: str, conn: str) -> None:
    await bus.set_member(room, Member(side, 1, "hi", "browser", conn=conn))
    await bus.publish(room, "presence", {"side": side, "state": "here", "conn": conn})


async def next_presence(queue: asyncio.Queue[RoomEvent | None], within: float) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while True:
        async with asyncio.timeout(max(0.01, deadline - time.monotonic())):
            event = await queue.get()
        assert event is not None
        if event.type == "presence":
            return event.data


async def test_a_dead_processes_member_is_away_and_the_room_is_told(
    buses: tuple[Any, list[RedisRoomBus]],
) -> None:
    _, (survivor, doomed, reader) = buses
    async with survivor.listen(7) as heard:
        await join(survivor, 7, "customer", "c1")
        await next_presence(heard, 2)
        listening = doomed.listen(7)
        await listening.__aenter__()
        await join(doomed, 7, "vendor", "v1")
        assert (await next_presence(heard, 2))["state"] == "here"
        await asyncio.sleep(1.5)  # alive well past its liveness key's time: refreshed
        assert {s: m.state for s, m in (await reader.members(7)).items()} == {
            "customer": "here",
            "vendor": "here",
        }
        await doomed.aclose()  # killed: no leave, no "away", its refreshes stop
        started = time.monotonic()
        told = await next_presence(heard, 5)
        assert told == {"side": "vendor", "state": "away"}
        assert time.monotonic() - started < 3
        members = await reader.members(7)
        assert members["vendor"].state == "away" and members["vendor"].conn == "v1"
        assert members["customer"].state == "here"
        # Told once, whichever process made it away.
        with pytest.raises(TimeoutError):
            await next_presence(heard, 1.0)


async def test_a_member_read_while_its_process_is_gone_is_away_at_once(
    buses: tuple[Any, list[RedisRoomBus]],
) -> None:
    """No process left in the room to tell it: a reader still sees the side away."""
    redis, (_, doomed, reader) = buses
    async with doomed.listen(8):
        await join(doomed, 8, "vendor", "v9")
    # Left without saying so (the socket died with its process): still "here" in Redis.
    await redis.delete(f"{doomed._prefix}process:{doomed.origin}")
    assert (await reader.members(8))["vendor"].state == "away"


async def test_a_process_taken_for_gone_says_it_is_here_again(
    buses: tuple[Any, list[RedisRoomBus]],
) -> None:
    """A process whose refresh came late (a stalled loop) and was made away writes its
    member back and tells the room it is here."""
    redis, (watcher, slow, _) = buses
    async with watcher.listen(9) as heard, slow.listen(9):
        await join(slow, 9, "vendor", "v2")
        assert (await next_presence(heard, 2))["state"] == "here"
        await join(watcher, 9, "customer", "c2")
        await next_presence(heard, 2)
        keeper = slow._keeper
        assert keeper is not None
        keeper.cancel()  # its loop stalls: no refresh
        await asyncio.gather(keeper, return_exceptions=True)
        await redis.delete(f"{slow._prefix}process:{slow.origin}")
        assert await next_presence(heard, 3) == {"side": "vendor", "state": "away"}
        slow._keeper = asyncio.create_task(slow._keep_members())  # the loop runs again
        again = await next_presence(heard, 3)
        assert again["state"] == "here" and again["conn"] == "v2"
        assert (await watcher.members(9))["vendor"].state == "here"
