"""Exotel's side of a Voicebot (bidirectional) stream, written from Exotel's documentation
(developer.exotel.com, "Working with the Stream and Voicebot Applet" and "WebSocket
protocol"), not from the server: what Exotel sends, and checks on what it is sent back.

Exotel connects to the applet's URL (custom parameters in its query string), sends
`connected`, then `start` (the same parameters as `start.custom_parameters`, and
`media_format` with the rate as a string), then the caller's audio as `media` messages of
base64 raw PCM16 little-endian mono at 8 kHz, about 100 ms each, with string sequence
numbers, chunk numbers and timestamps; `stop` when the call ends. Audio sent back must
come in chunks of a multiple of 320 bytes, at least 3.2 kB (100 ms) and at most 100 kB.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from websockets.asyncio.client import ClientConnection, connect

RATE = 8000
CHUNK = 3200
"""100 ms of PCM16 at 8 kHz."""


@dataclass
class ExotelCall:
    ws: ClientConnection
    stream_sid: str = "b3d5c1e0a4f24c8e9e2b7f1a6c3d8e90"
    call_sid: str = "e2f7a9c4b1d84e6f8a3c5b7d9e1f2a4c"
    sent: int = 1
    """The last sequence number used."""
    chunks: int = 0
    heard: list[dict[str, Any]] = field(default_factory=list)
    """Every message the server sent, in order."""
    problems: list[str] = field(default_factory=list)
    """What in those messages breaks Exotel's documented rules."""
    reader: asyncio.Task[None] | None = None

    def _next(self) -> str:
        self.sent += 1
        return str(self.sent)

    async def send(self, message: dict[str, Any]) -> None:
        await self.ws.send(json.dumps(message))

    async def start(
        self, params: dict[str, str], *, in_start: bool = True, fmt: dict[str, str] | None = None
    ) -> None:
        await self.send({"event": "connected"})
        start: dict[str, Any] = {
            "stream_sid": self.stream_sid,
            "call_sid": self.call_sid,
            "account_sid": "vyaparmitra1",
            "from": "09876543210",
            "to": "08047491899",
            "media_format": fmt
            or {"encoding": "audio/x-raw", "sample_rate": str(RATE), "bit_rate": "16"},
        }
        if in_start:
            start["custom_parameters"] = params
        await self.send(
            {
                "event": "start",
                "sequence_number": "1",
                "stream_sid": self.stream_sid,
                "start": start,
            }
        )

    async def speak(self, pcm16: bytes, *, realtime: bool = True) -> None:
        """The caller's audio, in 100 ms `media` messages."""
        loop = asyncio.get_running_loop()
        began = loop.time()
        for i, offset in enumerate(range(0, len(pcm16), CHUNK)):
            self.chunks += 1
            await self.send(
                {
                    "event": "media",
                    "sequence_number": self._next(),
                    "stream_sid": self.stream_sid,
                    "media": {
                        "chunk": str(self.chunks),
                        "timestamp": str(self.chunks * 100),
                        "payload": base64.b64encode(pcm16[offset : offset + CHUNK]).decode(),
                    },
                }
            )
            if realtime:
                delay = began + (i + 1) * 0.1 - loop.time()
                if delay > 0:
                    await asyncio.sleep(delay)

    async def hang_up(self) -> None:
        with contextlib.suppress(Exception):
            await self.send(
                {
                    "event": "stop",
                    "sequence_number": self._next(),
                    "stream_sid": self.stream_sid,
                    "stop": {"call_sid": self.call_sid, "reason": "callended"},
                }
            )
        await self.ws.close()
        if self.reader is not None:
            await self.reader

    def of(self, event: str) -> list[dict[str, Any]]:
        return [m for m in self.heard if m.get("event") == event]

    def audio(self) -> bytes:
        """The PCM16 played to the caller so far."""
        return b"".join(base64.b64decode(m["media"]["payload"]) for m in self.of("media"))

    def _check(self, message: dict[str, Any]) -> None:
        event = message.get("event")
        if event not in ("media", "mark", "clear"):
            return  # anything else is not Exotel's, and Exotel ignores it
        if message.get("stream_sid") != self.stream_sid:
            self.problems.append(f"{event} names stream {message.get('stream_sid')!r}")
        if event == "media":
            size = len(base64.b64decode(message["media"]["payload"], validate=True))
            if size % 320 or not CHUNK <= size <= 100_000:
                self.problems.append(f"a media chunk of {size} bytes")
        if event == "mark" and not isinstance(message.get("mark", {}).get("name"), str):
            self.problems.append("a mark without a name")

    async def _read(self) -> None:
        with contextlib.suppress(Exception):
            async for raw in self.ws:
                if isinstance(raw, bytes):
                    self.problems.append("a binary frame")
                    continue
                message = json.loads(raw)
                self._check(message)
                self.heard.append(message)


async def dial(base_ws_url: str, query: dict[str, str] | None = None) -> ExotelCall:
    """Open the stream as the applet does (`query`: the custom parameters on its URL) and
    start reading what comes back."""
    url = f"{base_ws_url}/ws/telephony/exotel"
    if query:
        url += "?" + urlencode(query)
    call = ExotelCall(await connect(url, max_size=2**22))
    call.reader = asyncio.create_task(call._read())
    return call
