"""Words said in a room (final transcripts, translations) are kept a while, in memory or
in Redis (`RoomBus.keep_said`): the latest `SAID_KEPT` of them for `SAID_SECONDS`, so a
socket that resumes after a dropped link gets those it missed in its snapshot's `said`,
as its side would have got them (another side's own notices left out)."""

from __future__ import annotations

import time
import uuid
from types import SimpleNamespace
from typing import Any

from server.live.redis_rooms import RedisRoomBus
from server.live.rooms import SAID_KEPT, SAID_SECONDS, MemoryRoomBus, RoomBus, RoomEvent
from server.live.service import LiveService, is_said


def line(seq: int, *, at: float | None = None, **data: Any) -> RoomEvent:
    data = {"side": "vendor", "utterance_id": f"u-{seq}", "text": f"words {seq}"} | data
    return RoomEvent(7, seq, "translation", data, at=time.time() if at is None else at)


async def check_bus(bus: RoomBus) -> None:
    assert await bus.said(7) == []
    await bus.keep_said(7, line(1, at=time.time() - SAID_SECONDS - 5))  # too old to replay
    for seq in range(2, SAID_KEPT + 5):
        await bus.keep_said(7, line(seq))
    kept = await bus.said(7)
    assert [e.seq for e in kept] == list(range(5, SAID_KEPT + 5))  # the latest, in order
    assert kept[-1].data["text"] == f"words {SAID_KEPT + 4}"
    assert await bus.said(8) == []  # each room its own


async def test_memory_keeps_the_latest_words_of_each_room() -> None:
    await check_bus(MemoryRoomBus())


async def test_redis_keeps_the_latest_words_of_each_room_for_a_while(redis: Any) -> None:
    prefix = f"vyapar:test:{uuid.uuid4().hex[:8]}:"
    bus = RedisRoomBus(redis, prefix=prefix)
    try:
        await check_bus(bus)
        assert SAID_SECONDS - 5 <= await redis.ttl(f"{prefix}7:said") <= SAID_SECONDS
    finally:
        await bus.aclose()


async def test_a_side_gets_back_the_words_it_would_have_got() -> None:
    bus = MemoryRoomBus()
    await bus.keep_said(7, line(1))
    mine_only = RoomEvent(
        7, 2, "transcript", {"side": "customer", "final": True, "only": "customer"}
    )
    await bus.keep_said(7, mine_only)
    service: Any = SimpleNamespace(bus=bus, rooms={})
    for_vendor = await LiveService.said(service, 7, "vendor", "ta")
    assert [e["seq"] for e in for_vendor] == [1]
    assert for_vendor[0] | {"text": None} == {
        "type": "translation",
        "seq": 1,
        "room": 7,
        "side": "vendor",
        "utterance_id": "u-1",
        "text": None,
    }
    for_customer = await LiveService.said(service, 7, "customer", "hi")
    assert [e["seq"] for e in for_customer] == [1, 2]
    assert all("only" not in e for e in for_customer)


async def test_a_bus_that_fails_gives_no_words_not_an_error() -> None:
    class Broken(MemoryRoomBus):
        async def said(self, room: int) -> list[RoomEvent]:
            raise ConnectionError("redis is down")

    service: Any = SimpleNamespace(bus=Broken())
    assert await LiveService.said(service, 7, "customer", "hi") == []


def test_only_words_said_are_kept() -> None:
    assert is_said(line(1))
    assert is_said(RoomEvent(7, 1, "transcript", {"final": True}))
    assert not is_said(RoomEvent(7, 1, "transcript", {"final": False}))  # a partial
    assert not is_said(RoomEvent(7, 1, "offer", {}))  # bids come with the snapshot's own
