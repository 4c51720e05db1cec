"""Clips of words relayed untranslated (`RoomBus.put_clip`): kept for the listener's
process for `CLIP_SECONDS`, in memory or in Redis, and gone after; and a room on Redis
relays spoken words that no engine translates in the speaker's own voice."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

from audio.relayed import relay_note
from server.live import rooms
from server.live.redis_rooms import RedisRoomBus
from server.live.rooms import CLIP_SECONDS, MemoryRoomBus
from tests.conftest import REDIS_URL, make_settings, need
from tests.fakes import FakeSTT
from tests.integration.test_live import with_silence
from tests.integration.test_live_relay import SMALL_TALK, haggle
from tests.live_helpers import fake_stt, live_server, speaking, spoken, stream_pcm, wait_for

CLIP = bytes(range(256)) * 40


async def test_redis_keeps_a_clip_for_its_time_and_no_longer(redis: Any) -> None:
    prefix = f"vyapar:test:{uuid.uuid4().hex[:8]}:"
    bus = RedisRoomBus(redis, prefix=prefix)
    try:
        await bus.put_clip(7, "u-1", CLIP)
        assert await bus.clip(7, "u-1") == CLIP
        assert await bus.clip(7, "u-2") is None and await bus.clip(8, "u-1") is None
        assert CLIP_SECONDS - 5 <= await redis.ttl(f"{prefix}7:clip:u-1") <= CLIP_SECONDS
        await redis.delete(f"{prefix}7:clip:u-1")  # as if expired
        assert await bus.clip(7, "u-1") is None
    finally:
        await bus.aclose()


async def test_memory_keeps_a_clip_for_its_time_and_a_bounded_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bus = MemoryRoomBus()
    now = [1000.0]
    monkeypatch.setattr(rooms.time, "monotonic", lambda: now[0])
    await bus.put_clip(7, "u-1", CLIP)
    assert await bus.clip(7, "u-1") == CLIP and await bus.clip(7, "u-2") is None
    now[0] += CLIP_SECONDS + 1
    assert await bus.clip(7, "u-1") is None
    for i in range(rooms.CLIPS_KEPT + 5):
        await bus.put_clip(7, f"v-{i}", b"x")
    assert await bus.clip(7, "v-0") is None  # the oldest went first
    assert await bus.clip(7, f"v-{rooms.CLIPS_KEPT + 4}") == b"x"
    assert len(bus._clips) == rooms.CLIPS_KEPT


async def test_a_claim_is_held_once_until_given_back_or_its_time_is_up(redis: Any) -> None:
    """`RoomBus.claim` (a stall line joining a shopper): one taker of all, in Redis and
    in memory; free again once released or after its seconds."""
    prefix = f"vyapar:test:{uuid.uuid4().hex[:8]}:"
    for bus in (RedisRoomBus(redis, prefix=prefix), MemoryRoomBus()):
        try:
            assert await bus.claim(7, "stall-line", 0.3) is True
            assert await bus.claim(7, "stall-line", 0.3) is False
            assert await bus.claim(8, "stall-line", 0.3) is True  # another room's own
            await bus.release(7, "stall-line")
            assert await bus.claim(7, "stall-line", 0.3) is True
            await asyncio.sleep(0.4)
            assert await bus.claim(7, "stall-line", 0.3) is True
        finally:
            await bus.aclose()


async def test_a_room_on_redis_relays_untranslated_speech_in_the_speakers_voice(
    database_url: str,
) -> None:
    settings = make_settings(
        database_url,
        redis_url=need(REDIS_URL, "Redis"),
        ws_max_frames_per_second=10_000,
        ws_max_audio_pace=10_000,
    )
    async with live_server(settings, stt=FakeSTT(), tts=speaking()) as server:
        c, v = await haggle(server)
        fake_stt(server).say(SMALL_TALK)
        speech = with_silence(await spoken("Any speech at all.", 16000), 16000)
        await stream_pcm(c[0], speech, 16000, realtime=False)
        await wait_for(
            lambda: any(e.get("type") == "audio_end" for e in v[1].events),
            what="the vendor's audio",
        )
        [start] = v[1].of("audio_start")
        assert start["text"] == relay_note("ta", "customer", "hi")
        said = server.app.state.live.engines.fake_tts.said
        assert not any(text == SMALL_TALK for _, text in said)  # the voice, not a reading
        assert len(v[1].audio) > 2 * 16000 * 2  # the note's second, then the speech
        for ws, _got, task in (c, v):
            await ws.close()
            await task
