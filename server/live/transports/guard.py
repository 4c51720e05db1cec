"""Limits on what one socket may send: frame size, frame rate (with a catch-up burst),
idle time and session length. `receive` applies them, closing the socket with the code
that says which was passed."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from fastapi import WebSocket, WebSocketDisconnect

from server.live.transports.connection import next_frame
from server.settings import Settings

# Close codes: 1008 policy (origin, flood, protocol order), 1009 too big, 1003 unsupported
# data (sample rate), 1011 server error, 1013 too slow to read; 4401 bad ticket (or one for
# another negotiation), 4403 not a party, 4404 unknown, 4410 the sign-in ended.
CLOSE_POLICY = 1008
CLOSE_TOO_BIG = 1009
CLOSE_UNSUPPORTED = 1003
CLOSE_TRY_AGAIN = 1013

BURST_SECONDS = 5
"""A client that stalled may catch up with a burst of this many seconds of frames (and of
audio)."""
AUDIO_BURST_SECONDS = 10.0
"""Seconds of audio a socket may send at once to catch up after a stall (as many as 500
frames of 20 ms, the frame limit's burst), beyond its pace (`ws_max_audio_pace`)."""


class FrameGuard:
    """Size, rate, idle and session-length limits for one socket."""

    def __init__(self, settings: Settings) -> None:
        self.max_bytes = settings.ws_max_message_bytes
        self.rate = settings.ws_max_frames_per_second
        self.idle = settings.ws_idle_seconds
        self.deadline = time.monotonic() + settings.ws_max_session_seconds
        self._allowance = self.rate * BURST_SECONDS
        self._last = time.monotonic()
        self.audio_pace = settings.ws_max_audio_pace
        self._audio_burst = max(AUDIO_BURST_SECONDS, BURST_SECONDS * self.audio_pace)
        self._audio_allowance = self._audio_burst
        self._audio_last = self._last
        self.flooded = False
        """The socket was closed for sending frames, or audio, too fast."""

    def take(self) -> bool:
        now = time.monotonic()
        refill = (now - self._last) * self.rate
        self._allowance = min(self.rate * BURST_SECONDS, self._allowance + refill)
        self._last = now
        if self._allowance < 1:
            return False
        self._allowance -= 1
        return True

    def take_audio(self, seconds: float) -> bool:
        """Whether `seconds` of audio may come now: frames are counted by `take`, but one
        frame may hold up to `ws_max_message_bytes` of audio (two seconds at 16 kHz), so the
        audio itself is paced too: `ws_max_audio_pace` seconds a second (a live microphone
        sends 1.0; a recording streamed faster is no live speaker, and its backlog would
        delay every room's turns), with a burst to catch up after a stall."""
        now = time.monotonic()
        refill = (now - self._audio_last) * self.audio_pace
        self._audio_allowance = min(self._audio_burst, self._audio_allowance + refill)
        self._audio_last = now
        if seconds > self._audio_allowance:
            return False
        self._audio_allowance -= seconds
        return True


async def receive(
    websocket: WebSocket, guard: FrameGuard, stop: asyncio.Future[Any] | None = None
) -> dict[str, Any] | None:
    """The next frame, or None after closing the socket for a limit (with its code), once
    `stop` is done, or with `guard.flooded` set for frames too fast (left to the caller to
    close, as audio too fast is)."""
    remaining = guard.deadline - time.monotonic()
    if remaining <= 0:
        await websocket.close(1000, "session time limit reached")
        return None
    try:
        async with asyncio.timeout(min(guard.idle, remaining)):
            message = await next_frame(websocket, stop)
    except TimeoutError:
        await websocket.close(
            1001, "idle too long" if remaining > guard.idle else "session time limit reached"
        )
        return None
    if message is None:
        return None
    if message["type"] == "websocket.disconnect":
        raise WebSocketDisconnect(message.get("code", 1000))
    size = len(message.get("bytes") or b"") + len((message.get("text") or "").encode())
    if size > guard.max_bytes:
        await websocket.close(CLOSE_TOO_BIG, f"message larger than {guard.max_bytes} bytes")
        return None
    if not guard.take():
        guard.flooded = True  # the session closes it (`SocketSession.flood`)
        return None
    return dict(message)
