"""`FrameGuard.take_audio`: audio paced in seconds, whatever the frames hold."""

from __future__ import annotations

import pytest

from server.live.transports import guard as guard_module
from server.live.transports.guard import FrameGuard
from tests.conftest import make_settings


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(guard_module.time, "monotonic", clock)
    return clock


def test_a_live_microphone_is_never_stopped(clock: Clock) -> None:
    guard = FrameGuard(make_settings("sqlite+aiosqlite://"))
    for _ in range(3600 * 50):  # an hour of 20 ms frames, each sent on time
        clock.now += 0.02
        assert guard.take_audio(0.02)


def test_a_stall_is_caught_up_within_the_burst(clock: Clock) -> None:
    guard = FrameGuard(make_settings("sqlite+aiosqlite://"))
    clock.now += 8.0  # the link stalled 8 s; its audio comes at once
    assert guard.take_audio(8.0)


def test_a_recording_streamed_fast_is_stopped(clock: Clock) -> None:
    guard = FrameGuard(make_settings("sqlite+aiosqlite://"))
    sent = 0.0
    while guard.take_audio(2.0):  # 2 s frames, 84 times a real speaker's pace
        sent += 2.0
        clock.now += 2.0 / 84
    assert 10.0 <= sent <= 12.0


def test_the_pace_is_a_setting(clock: Clock) -> None:
    guard = FrameGuard(make_settings("sqlite+aiosqlite://", ws_max_audio_pace=10_000))
    assert all(guard.take_audio(2.0) for _ in range(1000))
