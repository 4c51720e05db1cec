"""A connected participant, as the live service sees it: a browser or a phone socket.

Both take the same calls (events, audio, clear); each speaks its own wire format. Sends
go through a bounded outbox per socket, written by one task, since several tasks (room
events, TTS playback) write to it and none of them may wait for a slow client.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from starlette.websockets import WebSocket, WebSocketState

from audio.codecs import pcm16_to_ulaw
from server.live import exotel, twilio

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

    async def close(self, code: int, reason: str, last: dict[str, Any] | None = None) -> None:
        """Close with `code`; `last`, an event, is sent just before the close frame."""
        ...


@dataclass(frozen=True, slots=True)
class SendLimits:
    """How far one socket may fall behind before it is closed as a slow consumer."""

    queue_bytes: int = 2 * 1024 * 1024
    """Speech and events waiting to be written; more than this closes the socket (1013)."""
    timeout: float = 15.0
    """One write that waits this long (the client stopped reading) closes it too."""
    on_slow: Callable[[], None] | None = None
    """Called once per socket closed for being slow (a metric)."""


CLOSE_SLOW = 1013
_ITEM_OVERHEAD = 64
"""Bytes counted per queued message beyond its payload, so many tiny ones add up too."""


class _Socket:
    """Writes go through a bounded outbox drained by one writer task, so a client that
    stops reading holds up no one: not the room's event pump, not the speech of others.
    One that falls `SendLimits.queue_bytes` behind, or whose write waits
    `SendLimits.timeout`, is closed with 1013 and logged."""

    def __init__(
        self,
        websocket: WebSocket,
        limits: SendLimits | None = None,
        gone: asyncio.Event | None = None,
    ) -> None:
        self.websocket = websocket
        self.limits = limits or SendLimits()
        self.closed = False
        self.gone = gone or asyncio.Event()
        """Set once the socket is closed (or closing) for any reason: its receive loop ends."""
        self.conn_id = uuid.uuid4().hex[:16]
        self._outbox: deque[str | bytes] = deque()
        self._queued = 0
        self._ready = asyncio.Event()
        self._writer: asyncio.Task[None] | None = None
        self._closer: asyncio.Task[None] | None = None
        self._stuck = False

    @property
    def queued_bytes(self) -> int:
        return self._queued

    def _enqueue(self, item: str | bytes) -> None:
        if self.closed:
            return
        size = len(item) + _ITEM_OVERHEAD
        # Only a client whose write is stuck (it stopped reading) is behind: speech is
        # queued a sentence at a time, and a burst may exceed the bound before the writer
        # has had a turn.
        if self._stuck and self._queued + size > self.limits.queue_bytes:
            self._fell_behind(f"{self._queued + size} bytes waiting to be sent")
            return
        self._outbox.append(item)
        self._queued += size
        self._ready.set()
        if self._writer is None:
            self._writer = asyncio.create_task(self._write(), name=f"ws-writer-{self.conn_id}")

    async def _write(self) -> None:
        while True:
            while not self._outbox:
                self._ready.clear()
                await self._ready.wait()
            item = self._outbox.popleft()
            self._queued -= len(item) + _ITEM_OVERHEAD
            self._stuck = True  # until the write returns: it waits only on the client
            try:
                async with asyncio.timeout(self.limits.timeout):
                    if isinstance(item, bytes):
                        await self.websocket.send_bytes(item)
                    else:
                        await self.websocket.send_text(item)
                self._stuck = False
            except TimeoutError:
                self._fell_behind(f"a write waited {self.limits.timeout:g} s")
                return
            except Exception:  # the peer went away; the receive loop will notice
                self._mark_closed()
                return

    async def _send_text(self, text: str) -> None:
        self._enqueue(text)

    async def _send_bytes(self, data: bytes) -> None:
        self._enqueue(data)

    def _mark_closed(self) -> None:
        self.closed = True
        self.gone.set()
        self._outbox.clear()
        self._queued = 0

    def _fell_behind(self, why: str) -> None:
        log.warning(
            "slow consumer closed",
            extra={
                "conn": self.conn_id,
                "side": getattr(self, "side", None),
                "user_id": getattr(self, "user_id", None),
                "why": why,
                "code": CLOSE_SLOW,
            },
        )
        if self.limits.on_slow is not None:
            self.limits.on_slow()
        self._start_close(CLOSE_SLOW, "too slow: fell behind; reconnect to resync")

    def _start_close(self, code: int, reason: str, last: str | None = None) -> None:
        if self._closer is not None:
            return
        self._mark_closed()
        writer = self._writer
        if writer is not None and writer is not asyncio.current_task():
            writer.cancel()  # it waits only for the client to read: nothing half-sent
        self._closer = asyncio.create_task(self._send_close(code, reason, last))

    async def _send_close(self, code: int, reason: str, last: str | None = None) -> None:
        if self.websocket.application_state is not WebSocketState.CONNECTED:
            return
        try:
            # A client that reads nothing never takes the close frame either; give up on
            # it after the write timeout (the server then drops the connection).
            async with asyncio.timeout(self.limits.timeout):
                if last is not None:
                    await self.websocket.send_text(last)
                await self.websocket.close(code=code, reason=reason[:120])
        except Exception:
            log.debug("close failed", exc_info=True)

    async def close(self, code: int, reason: str, last: dict[str, Any] | None = None) -> None:
        """Close with `code` now, dropping what waits to be sent but `last` (an event sent
        just before the close frame); returns at once."""
        text = None if last is None else json.dumps(last, ensure_ascii=False)
        self._start_close(code, reason, text)

    async def wait_closed(self) -> None:
        """Let the closing (bounded by the write timeout) finish; stop the writer."""
        if self._closer is not None:
            with contextlib.suppress(Exception):
                await self._closer
        if self._writer is not None and not self._writer.done():
            self._writer.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._writer


class BrowserClient(_Socket):
    kind = "browser"

    def __init__(
        self,
        websocket: WebSocket,
        *,
        side: str,
        user_id: int,
        language: str,
        output_rate: int,
        limits: SendLimits | None = None,
        gone: asyncio.Event | None = None,
    ) -> None:
        super().__init__(websocket, limits, gone)
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


OVER_STATES = frozenset({"REJECTED", "EXPIRED", "CANCELLED", "COMPLETED"})
"""Negotiation states after which nothing more happens in its room: a phone leg that named
the negotiation ends its stream once the last words are said."""


class PhoneClient(_Socket):
    """A Twilio Media Streams leg: μ-law 8 kHz both ways, marks, and `clear` on barge-in.

    A carrier's own framing fills in `frame_bytes`, `silence`, `encode` and the three
    messages (`ExotelClient`: PCM16 in 100 ms chunks); the pacing, the carry between
    chunks and barge-in are shared."""

    kind = "phone"
    output_rate = twilio.SAMPLE_RATE
    frame_bytes = twilio.FRAME_BYTES
    """Bytes of encoded audio per outbound `media` message."""
    silence = b"\xff"
    """One byte of encoded silence (μ-law), to pad the last frame of an utterance."""

    def __init__(
        self,
        websocket: WebSocket,
        *,
        side: str,
        user_id: int,
        language: str,
        stream_sid: str,
        limits: SendLimits | None = None,
        gone: asyncio.Event | None = None,
    ) -> None:
        super().__init__(websocket, limits, gone)
        self.side = side
        self.user_id = user_id
        self.language = language
        self.stream_sid = stream_sid
        self._carry = b""
        self._cleared = False
        """Barge-in cleared the utterance: none of its audio may follow the `clear`."""

    def encode(self, pcm16: bytes) -> bytes:
        return pcm16_to_ulaw(pcm16)

    def media_message(self, chunk: bytes) -> str:
        return twilio.media_message(self.stream_sid, chunk)

    def mark_message(self, name: str) -> str:
        return twilio.mark_message(self.stream_sid, name)

    def clear_message(self) -> str:
        return twilio.clear_message(self.stream_sid)

    deal_over: asyncio.Event | None = None
    """Set (by the room's `state` event) once the negotiation a leg named is over, for
    its session to end the call's stream; None: not watched (the stall line leaves the
    room instead)."""

    async def send_event(self, payload: dict[str, Any]) -> None:
        # A phone has no screen: events are only for the log (what it must know is said).
        log.debug("phone event", extra={"event": payload.get("type")})
        if self.deal_over is not None and payload.get("type") == "state":
            status = (payload.get("negotiation") or {}).get("status")
            if status in OVER_STATES:
                self.deal_over.set()

    async def close(self, code: int, reason: str, last: dict[str, Any] | None = None) -> None:
        """Close with `code`. A carrier's stream knows no `error` event: `last` is not sent;
        its code leads the close reason instead (as a refusal's does)."""
        if last is not None and last.get("code") and not reason.startswith(str(last["code"])):
            reason = f"{last['code']}: {reason}"
        await super().close(code, reason.encode()[:123].decode(errors="ignore"))

    async def start_audio(self, utterance_id: str, text: str) -> None:
        self._carry = b""
        self._cleared = False

    async def send_audio(self, pcm16: bytes) -> None:
        if self._cleared:
            return
        encoded = self._carry + self.encode(pcm16)
        whole = len(encoded) - len(encoded) % self.frame_bytes
        for i in range(0, whole, self.frame_bytes):
            if self._cleared:  # barge-in came while this chunk was going out
                return
            await self._send_text(self.media_message(encoded[i : i + self.frame_bytes]))
        self._carry = encoded[whole:]

    async def end_audio(self, utterance_id: str, *, interrupted: bool) -> None:
        if interrupted:
            self._carry = b""
            self._cleared = True
            await self._send_text(self.clear_message())
            return
        if self._carry:
            pad = self._carry + self.silence * (self.frame_bytes - len(self._carry))
            await self._send_text(self.media_message(pad))
            self._carry = b""
        await self._send_text(self.mark_message(utterance_id))


class ExotelClient(PhoneClient):
    """An Exotel Voicebot leg: raw PCM16 at 8 kHz both ways, sent in 100 ms chunks (Exotel
    plays chunks of at least 3.2 kB, a multiple of 320 bytes, without gaps)."""

    frame_bytes = exotel.CHUNK_BYTES
    silence = b"\x00"

    def encode(self, pcm16: bytes) -> bytes:
        return pcm16

    def media_message(self, chunk: bytes) -> str:
        return exotel.media_message(self.stream_sid, chunk)

    def mark_message(self, name: str) -> str:
        return exotel.mark_message(self.stream_sid, name)

    def clear_message(self) -> str:
        return exotel.clear_message(self.stream_sid)
