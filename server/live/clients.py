"""A connected participant, as the live service sees it: a browser or a phone socket.

Both take the same calls (events, audio, clear); each speaks its own wire format. Sends
are serialized per socket, since several tasks (room events, TTS playback) write to it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from typing import Any, Protocol

import numpy as np
from starlette.websockets import WebSocket, WebSocketState

from audio.codecs import float32_to_pcm16, pcm16_to_float32, pcm16_to_ulaw, resample
from server.live import twilio

log = logging.getLogger("vyaparmitra.live")


class Client(Protocol):
    side: str
    user_id: int
    language: str
    kind: str
    output_rate: int
    conn_id: str
    """This connection, among all processes: a room's presence names its voice by it."""

    async def send_event(self, payload: dict[str, Any]) -> None: ...

    async def start_audio(self, utterance_id: str, text: str) -> None: ...

    async def send_audio(self, pcm16: bytes) -> None:
        """PCM16LE mono at `output_rate`."""
        ...

    async def end_audio(self, utterance_id: str, *, interrupted: bool) -> None: ...

    async def close(self, code: int, reason: str) -> None: ...


class _Socket:
    def __init__(self, websocket: WebSocket) -> None:
        self.websocket = websocket
        self._lock = asyncio.Lock()
        self.closed = False
        self.conn_id = uuid.uuid4().hex[:16]

    async def _send_text(self, text: str) -> None:
        if self.closed:
            return
        async with self._lock:
            try:
                await self.websocket.send_text(text)
            except Exception:  # the peer went away; the receive loop will notice
                self.closed = True

    async def _send_bytes(self, data: bytes) -> None:
        if self.closed:
            return
        async with self._lock:
            try:
                await self.websocket.send_bytes(data)
            except Exception:
                self.closed = True

    async def close(self, code: int, reason: str) -> None:
        if self.closed:
            return
        self.closed = True
        if self.websocket.application_state is WebSocketState.CONNECTED:
            try:
                await self.websocket.close(code=code, reason=reason[:120])
            except Exception:
                log.debug("close failed", exc_info=True)


class BrowserClient(_Socket):
    kind = "browser"

    def __init__(
        self, websocket: WebSocket, *, side: str, user_id: int, language: str, output_rate: int
    ) -> None:
        super().__init__(websocket)
        self.side = side
        self.user_id = user_id
        self.language = language
        self.output_rate = output_rate

    async def send_event(self, payload: dict[str, Any]) -> None:
        await self._send_text(json.dumps(payload, ensure_ascii=False, separators=(",", ":")))

    async def start_audio(self, utterance_id: str, text: str) -> None:
        await self.send_event(
            {
                "type": "audio_start",
                "utterance_id": utterance_id,
                "text": text,
                "format": "pcm16le",
                "sample_rate": self.output_rate,
                "channels": 1,
            }
        )

    async def send_audio(self, pcm16: bytes) -> None:
        await self._send_bytes(pcm16)

    async def end_audio(self, utterance_id: str, *, interrupted: bool) -> None:
        await self.send_event(
            {"type": "audio_end", "utterance_id": utterance_id, "interrupted": interrupted}
        )


class PhoneClient(_Socket):
    """A Twilio Media Streams leg: μ-law 8 kHz both ways, marks, and `clear` on barge-in."""

    kind = "phone"
    output_rate = twilio.SAMPLE_RATE

    def __init__(
        self, websocket: WebSocket, *, side: str, user_id: int, language: str, stream_sid: str
    ) -> None:
        super().__init__(websocket)
        self.side = side
        self.user_id = user_id
        self.language = language
        self.stream_sid = stream_sid
        self._carry = b""
        self.marks_sent: list[str] = []

    async def send_event(self, payload: dict[str, Any]) -> None:
        # A phone has no screen: events are only for the log.
        log.debug("phone event", extra={"event": payload.get("type")})

    async def start_audio(self, utterance_id: str, text: str) -> None:
        self._carry = b""

    async def send_audio(self, pcm16: bytes) -> None:
        ulaw = self._carry + pcm16_to_ulaw(pcm16)
        whole = len(ulaw) - len(ulaw) % twilio.FRAME_BYTES
        for i in range(0, whole, twilio.FRAME_BYTES):
            await self._send_text(
                twilio.media_message(self.stream_sid, ulaw[i : i + twilio.FRAME_BYTES])
            )
        self._carry = ulaw[whole:]

    async def end_audio(self, utterance_id: str, *, interrupted: bool) -> None:
        if interrupted:
            self._carry = b""
            await self._send_text(twilio.clear_message(self.stream_sid))
            return
        if self._carry:
            pad = self._carry + b"\xff" * (twilio.FRAME_BYTES - len(self._carry))
            await self._send_text(twilio.media_message(self.stream_sid, pad))
            self._carry = b""
        self.marks_sent.append(utterance_id)
        await self._send_text(twilio.mark_message(self.stream_sid, utterance_id))


def to_rate(pcm16: bytes, from_rate: int, to_rate: int) -> bytes:
    if from_rate == to_rate:
        return pcm16
    x = resample(pcm16_to_float32(pcm16), from_rate, to_rate)
    return float32_to_pcm16(np.asarray(x, dtype=np.float32))
