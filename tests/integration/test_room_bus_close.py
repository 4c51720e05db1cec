"""Closing the Redis room bus never hangs a shutdown: a task that does not stop when
cancelled, or a subscription that does not close, is waited for a bounded time, logged,
and left behind; the bus's own loops end once it is closed."""

from __future__ import annotations

import asyncio
import logging
import uuid

import pytest
import redis.asyncio as aioredis

from server.live.redis_rooms import RedisRoomBus
from tests.conftest import REDIS_URL, need


async def test_a_reader_that_swallows_its_cancel_and_a_stuck_close_do_not_hang_aclose(
    caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    client = aioredis.from_url(need(REDIS_URL, "Redis"))
    bus = RedisRoomBus(client, prefix=f"vyapar:test:{uuid.uuid4().hex[:8]}:")
    monkeypatch.setattr(RedisRoomBus, "CLOSE_SECONDS", 0.2)
    cancels = 0
    release = asyncio.Event()

    async def stubborn() -> None:  # a library that catches CancelledError and goes on
        nonlocal cancels
        while not release.is_set():
            try:
                await asyncio.sleep(3600)
            except asyncio.CancelledError:
                cancels += 1

    never = asyncio.Event()

    async def stuck_close() -> None:
        await never.wait()

    bus._reader = asyncio.create_task(stubborn(), name="room-reader")
    await asyncio.sleep(0)
    monkeypatch.setattr(bus._pubsub, "aclose", stuck_close)
    try:
        with caplog.at_level(logging.ERROR, logger="vyaparmitra"):
            await asyncio.wait_for(bus.aclose(), timeout=30)
        messages = [r.getMessage() for r in caplog.records]
        assert any("did not stop" in m for m in messages), messages
        assert any("did not close" in m for m in messages), messages
        assert cancels == 1
        release.set()
        bus._reader.cancel()
        await asyncio.wait_for(bus._reader, timeout=30)
        # The bus's own loops end at their next turn once it is closed.
        bus._own = {1: {}}
        await asyncio.wait_for(bus._keep_members(), timeout=30)
    finally:
        await client.aclose()
