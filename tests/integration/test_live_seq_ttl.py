"""With Redis, the event counters of rooms and vendor channels expire once unused."""

from __future__ import annotations

import asyncio
import json
import uuid
from typing import Any

import pytest
import redis.asyncio as aioredis

from server.live.redis_rooms import RedisRoomBus
from server.live.rooms import LOST, RESTARTED
from server.settings import Settings
from tests.conftest import REDIS_URL, Api, make_settings, need
from tests.integration.test_live_vendor import join_by_qr, open_console
from tests.live_helpers import live_server, open_browser, speaking, wait_for

TTL = 7200


async def test_each_event_pushes_the_counters_expiry_out(redis: Any) -> None:
    prefix = f"vyapar:test:{uuid.uuid4().hex[:8]}:"
    bus = RedisRoomBus(redis, prefix=prefix, seq_ttl_seconds=TTL)
    try:
        assert (await bus.publish(7, "ping", {})).seq == 1
        key = f"{prefix}7:seq"
        assert TTL - 5 <= await redis.ttl(key) <= TTL
        await redis.expire(key, 5)  # as if unused for almost the whole TTL
        assert (await bus.publish(7, "ping", {})).seq == 2
        assert TTL - 5 <= await redis.ttl(key) <= TTL
        assert await bus.last_seq(7) == 2
        await redis.delete(key)  # what expiry does
        assert await bus.last_seq(7) == 0
    finally:
        await bus.aclose()


async def test_a_counter_that_starts_again_makes_the_rooms_listeners_resync(redis: Any) -> None:
    """The counter's key lost while sockets stay connected (FLUSHALL, an eviction, a replica
    without it): the next event is numbered 1 again, below what listeners hold. They are
    told the room restarted (and their clients resync) instead of being handed numbers that
    no longer order anything, e.g. a newer voice's presence taken for an old one."""
    prefix = f"vyapar:test:{uuid.uuid4().hex[:8]}:"
    bus = RedisRoomBus(redis, prefix=prefix, seq_ttl_seconds=TTL)
    try:
        async with bus.listen(7) as queue, bus.listen(8) as other:
            for _ in range(5):
                await bus.publish(7, "ping", {})
            await bus.publish(8, "ping", {})
            got = [await asyncio.wait_for(queue.get(), 5) for _ in range(5)]
            assert [e.seq for e in got if e is not None] == [1, 2, 3, 4, 5]
            assert (await asyncio.wait_for(other.get(), 5)).seq == 1  # type: ignore[union-attr]
            await redis.delete(f"{prefix}7:seq")
            assert (await bus.publish(7, "ping", {})).seq == 1
            # A resync, not an outage: nothing says Redis is unavailable.
            assert await asyncio.wait_for(queue.get(), 5) is RESTARTED
            # Another room goes on as before.
            await bus.publish(8, "ping", {})
            assert (await asyncio.wait_for(other.get(), 5)).seq == 2  # type: ignore[union-attr]
        # A room listened to afresh starts from its new numbers.
        async with bus.listen(7) as queue:
            await bus.publish(7, "ping", {})
            assert (await asyncio.wait_for(queue.get(), 5)).seq == 2  # type: ignore[union-attr]
    finally:
        await bus.aclose()


async def test_a_listener_that_has_seen_no_event_notices_the_counter_start_again(
    redis: Any,
) -> None:
    """A process whose only listener joined a room after its last event (a watching page, a
    vendor's console: neither publishes on joining) holds no delivered number, yet the room
    it joined was at 4: an event numbered 1 after the counter was lost is a restart, not
    the room's next event."""
    prefix = f"vyapar:test:{uuid.uuid4().hex[:8]}:"
    elsewhere = RedisRoomBus(redis, prefix=prefix, seq_ttl_seconds=TTL)
    here = RedisRoomBus(redis, prefix=prefix, seq_ttl_seconds=TTL)
    try:
        for _ in range(4):
            await elsewhere.publish(7, "ping", {})
        async with here.listen(7) as queue:
            await elsewhere.publish(7, "ping", {})
            assert (await asyncio.wait_for(queue.get(), 5)).seq == 5  # type: ignore[union-attr]
        async with here.listen(7) as queue:
            await redis.delete(f"{prefix}7:seq")
            assert (await elsewhere.publish(7, "ping", {})).seq == 1
            assert await asyncio.wait_for(queue.get(), 5) is RESTARTED
    finally:
        await here.aclose()
        await elsewhere.aclose()


async def test_events_published_at_once_from_two_processes_arrive_in_order(redis: Any) -> None:
    """Numbered and published in one step: two publishers racing on one room never make
    a listener see a number go back (which would read as a counter that started again)."""
    prefix = f"vyapar:test:{uuid.uuid4().hex[:8]}:"
    listener = RedisRoomBus(redis, prefix=prefix, seq_ttl_seconds=TTL)
    other = aioredis.from_url(need(REDIS_URL, "Redis"))
    publishers = [RedisRoomBus(redis, prefix=prefix), RedisRoomBus(other, prefix=prefix)]
    try:
        async with listener.listen(9) as queue:
            for _ in range(20):
                await asyncio.gather(*(p.publish(9, "ping", {}) for p in publishers * 5))
            got = [await asyncio.wait_for(queue.get(), 5) for _ in range(200)]
            assert all(e is not None and e is not LOST for e in got)
            assert [e.seq for e in got if e is not None] == list(range(1, 201))
    finally:
        for bus in (listener, *publishers):
            await bus.aclose()
        await other.aclose()


async def test_the_servers_counters_expire(database_url: str, redis: Any) -> None:
    settings = make_settings(
        database_url, redis_url=need(REDIS_URL, "Redis"), live_seq_ttl_seconds=TTL
    )
    async with live_server(settings, tts=speaking()) as server:
        api = Api(server.http)
        vendor = await api.register("vendor")
        product = await api.product(vendor["token"])
        qr = (await server.http.post("/api/qr", json={}, headers=api.auth(vendor["token"]))).json()[
            "token"
        ]
        r = await server.http.post(
            f"/api/qr/{qr}/join", json={"language": "hi", "product_id": product["id"]}
        )
        assert r.status_code == 200, r.text
        joined = r.json()
        vendor_key = f"vyapar:vendor:{vendor['user']['id']}:seq"
        assert TTL - 5 <= await redis.ttl(vendor_key) <= TTL

        n = joined["negotiation"]["id"]
        ws, got, task = await open_browser(server, n, joined["token"], language="hi")
        await wait_for(lambda: got.events, what="the first event")
        await ws.send(json.dumps({"type": "offer", "amount_paise": 3500}))
        room_key = f"vyapar:room:{n}:seq"
        await wait_for(lambda: got.of("offer"), what="the offer event")
        assert got.of("offer")[0]["seq"] >= 1
        assert TTL - 5 <= await redis.ttl(room_key) <= TTL
        await ws.close()
        await task


async def test_sockets_of_a_restarted_room_are_told_to_resync_not_that_redis_is_down(
    database_url: str, redis: Any
) -> None:
    """The counters lost while Redis stays up (FLUSHALL, an eviction): the room's sockets
    and the vendor's console are told `room_restarted` (no `retry_after`: nothing to wait
    out) and closed with 1013; a reconnect resumes from a snapshot."""
    settings = make_settings(database_url, redis_url=need(REDIS_URL, "Redis"))
    async with live_server(settings, tts=speaking()) as server:
        api = Api(server.http)
        vendor = await api.register("vendor")
        product = await api.product(vendor["token"])
        cws, cgot, ctask = await open_console(server, vendor["token"], language="hi")
        joined = await join_by_qr(api, vendor["token"], product["id"])
        await wait_for(lambda: cgot.of("customer_joined"), what="the console's notice")
        n = joined["negotiation"]["id"]
        ws, got, task = await open_browser(server, n, joined["token"], language="hi")
        await ws.send(json.dumps({"type": "offer", "amount_paise": 3500}))
        await wait_for(lambda: got.of("offer"), what="the offer event")

        await redis.delete(f"vyapar:room:{n}:seq", f"vyapar:vendor:{vendor['user']['id']}:seq")
        await server.app.state.live.bus.publish(n, "marker", {})
        await server.app.state.live.vendors.bus.publish(vendor["user"]["id"], "marker", {})
        await asyncio.wait_for(task, timeout=10)
        await asyncio.wait_for(ctask, timeout=10)
        for sock, frames in ((ws, got), (cws, cgot)):
            assert sock.close_code == 1013
            assert "resync" in (sock.close_reason or ""), sock.close_reason
            last = frames.events[-1]
            assert last["type"] == "error" and last["code"] == "room_restarted", last
            assert "retry_after" not in last
            assert not [e for e in frames.events if e.get("code") == "redis_unavailable"]
        # Reconnected: the snapshot holds what was said before, numbered afresh.
        ws, got, task = await open_browser(server, n, joined["token"], language="hi")
        snapshot = got.of("snapshot")[0]
        assert [b["amount_paise"] for b in snapshot["bids"]][-1] == 3500
        assert snapshot["members"]["customer"]["state"] == "here"
        await ws.close()
        await task
        await cws.close()


def test_the_counters_must_outlive_a_negotiation() -> None:
    with pytest.raises(ValueError, match="longer than a negotiation lives"):
        Settings(
            env="test",
            database_url="sqlite+aiosqlite://",
            secret_key="x" * 40,
            live_seq_ttl_seconds=3600,
            negotiation_idle_seconds=3000,
            reservation_ttl_seconds=900,
        )
