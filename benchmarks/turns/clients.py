"""The two sides' sockets: a shopper on the browser protocol and a vendor on the Twilio
Media Streams protocol, each with an always-on microphone, plus the HTTP set-up calls."""

from __future__ import annotations

import asyncio
import contextlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import httpx

from benchmarks.lib.output import fail
from benchmarks.turns.clips import BROWSER_RATE, FRAME_S, PHONE_RATE

PASSWORD = "bench-password-1"  # throwaway accounts in a throwaway database


class Inbox:
    """Wakes whoever waits on a client's messages."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def notify(self) -> None:
        self._event.set()

    async def until(self, predicate: Callable[[], bool], deadline: float) -> bool:
        """Wait until `predicate()` or the monotonic `deadline`; returns `predicate()`."""
        loop = asyncio.get_running_loop()
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            self._event.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), timeout=min(remaining, 0.5))
        return True


@dataclass
class Reply:
    """Speech one listener received for one utterance."""

    utterance_id: str | None
    started: float
    """Arrival of the first audio frame."""
    seconds: float = 0.0
    """Audio received so far, in seconds of playback."""
    ended: float | None = None
    interrupted: bool = False


@dataclass
class Said:
    """One line a microphone streamed."""

    first_frame: float
    last_speech_frame: float = 0.0
    done: asyncio.Event = field(default_factory=asyncio.Event)


class Microphone:
    """Always-on: one 20 ms frame per slot, a line's frames when one is queued, else the
    noise floor. Frames that fall due while the client is busy go out at once."""

    def __init__(
        self, send: Callable[[int, Any], Any], silence: Sequence[Any], lags: list[float]
    ) -> None:
        self.send = send
        self.silence = silence
        self.lags = lags
        self.queue: asyncio.Queue[tuple[Sequence[Any], Said]] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None
        self.sent = 0

    def start(self) -> None:
        self.task = asyncio.create_task(self._run())

    async def say(self, frames: Sequence[Any]) -> Said:
        """Queue a line; returns once its last frame has been sent."""
        said = Said(first_frame=0.0)
        await self.queue.put((frames, said))
        await said.done.wait()
        return said

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        start = loop.time()
        current: Sequence[Any] | None = None
        said: Said | None = None
        position = 0
        silence_at = 0
        while True:
            due = start + self.sent * FRAME_S
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            elif delay < -0.005:
                self.lags.append(-delay)
            if current is None and not self.queue.empty():
                current, said = self.queue.get_nowait()
                position = 0
            if current is not None and said is not None:
                frame = current[position]
                await self.send(self.sent, frame)
                now = loop.time()
                if position == 0:
                    said.first_frame = now
                position += 1
                if position == len(current):
                    said.last_speech_frame = now
                    said.done.set()
                    current, said = None, None
            else:
                await self.send(self.sent, self.silence[silence_at % len(self.silence)])
                silence_at += 1
            self.sent += 1

    async def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self.task


class Browser:
    """The shopper: browser protocol, PCM16 16 kHz in, every room event and speech out."""

    def __init__(self) -> None:
        self.ws: Any = None
        self.events: list[tuple[float, dict[str, Any]]] = []
        self.replies: dict[str, Reply] = {}
        self.order: list[str] = []
        self._current: str | None = None
        self.inbox = Inbox()
        self.reader: asyncio.Task[None] | None = None
        self.mic: Microphone | None = None

    async def open(
        self,
        ws_url: str,
        negotiation_id: int,
        ticket: str,
        language: str = "en",
        *,
        watch: bool = False,
    ) -> None:
        """Join the room as the side's voice, or with `watch` as a screen that follows the
        side (a vendor's console beside their phone leg: every event, no audio)."""
        from websockets.asyncio.client import connect

        self.ws = await connect(
            f"{ws_url}/ws/negotiations/{negotiation_id}?ticket={ticket}",
            max_size=2**22,
            ping_interval=None,
        )
        hello: dict[str, Any] = {"type": "hello", "language": language, "sample_rate": 16000}
        if watch:
            hello["watch"] = True
        await self.ws.send(json.dumps(hello))
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(Exception):
            async for message in self.ws:
                now = loop.time()
                if isinstance(message, bytes):
                    reply = self.replies.get(self._current or "")
                    if reply is not None:
                        if reply.started == 0.0:
                            reply.started = now
                            self.inbox.notify()
                        reply.seconds += len(message) / 2 / BROWSER_RATE
                    continue
                data = json.loads(message)
                kind = data.get("type")
                if kind == "ping":  # the server's heartbeat: a watcher sends nothing else
                    await self.ws.send(json.dumps({"type": "pong", "at": data.get("at")}))
                    continue
                if kind == "audio_start":
                    uid = data["utterance_id"]
                    self.replies[uid] = Reply(uid, 0.0)
                    self.order.append(uid)
                    self._current = uid
                elif kind == "audio_end":
                    reply = self.replies.get(data["utterance_id"])
                    if reply is not None:
                        reply.ended = now
                        reply.interrupted = bool(data.get("interrupted"))
                    self._current = None
                self.events.append((now, data))
                self.inbox.notify()

    def of(self, kind: str) -> list[tuple[float, dict[str, Any]]]:
        return [(t, e) for t, e in self.events if e.get("type") == kind]

    async def send_audio(self, _index: int, frame: bytes) -> None:
        await self.ws.send(frame)

    async def close(self) -> None:
        if self.mic is not None:
            await self.mic.stop()
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.close()
        if self.reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.reader, 5)


class Phone:
    """The vendor: Twilio Media Streams, μ-law 8 kHz both ways, marks after each reply."""

    def __init__(self) -> None:
        self.ws: Any = None
        self.sid = "MZ" + uuid.uuid4().hex
        self.segments: list[Reply] = []
        """Bursts of media, each closed by a mark (named after the utterance) or a clear."""
        self.clears = 0
        self.inbox = Inbox()
        self.reader: asyncio.Task[None] | None = None
        self.mic: Microphone | None = None

    async def open(self, ws_url: str, params: dict[str, str]) -> None:
        from websockets.asyncio.client import connect

        self.ws = await connect(
            f"{ws_url}/ws/telephony/twilio", max_size=2**22, ping_interval=None, compression=None
        )
        await self.ws.send(json.dumps({"event": "connected", "protocol": "Call", "version": "1"}))
        await self.ws.send(
            json.dumps(
                {
                    "event": "start",
                    "sequenceNumber": "1",
                    "streamSid": self.sid,
                    "start": {
                        "accountSid": "AC" + "1" * 32,
                        "streamSid": self.sid,
                        "callSid": "CA" + uuid.uuid4().hex,
                        "tracks": ["inbound"],
                        "customParameters": params,
                        "mediaFormat": {
                            "encoding": "audio/x-mulaw",
                            "sampleRate": 8000,
                            "channels": 1,
                        },
                    },
                }
            )
        )
        self.reader = asyncio.create_task(self._read())

    @property
    def open_segment(self) -> Reply | None:
        if self.segments and self.segments[-1].ended is None:
            return self.segments[-1]
        return None

    async def _read(self) -> None:
        loop = asyncio.get_running_loop()
        with contextlib.suppress(Exception):
            async for message in self.ws:
                now = loop.time()
                data = json.loads(message)
                kind = data.get("event")
                segment = self.open_segment
                if kind == "media":
                    if segment is None:
                        segment = Reply(None, now)
                        self.segments.append(segment)
                        self.inbox.notify()
                    payload = data["media"]["payload"]
                    size = len(payload) * 3 // 4 - len(payload[-2:]) + len(payload[-2:].rstrip("="))
                    segment.seconds += size / PHONE_RATE
                elif kind in ("mark", "clear"):
                    if kind == "clear":
                        self.clears += 1
                    if segment is not None:
                        segment.ended = now
                        segment.interrupted = kind == "clear"
                        if kind == "mark":
                            segment.utterance_id = data["mark"]["name"]
                    self.inbox.notify()

    async def send_audio(self, index: int, payload: str) -> None:
        await self.ws.send(
            f'{{"event":"media","sequenceNumber":"{index + 2}","streamSid":"{self.sid}",'
            f'"media":{{"track":"inbound","chunk":"{index + 1}","timestamp":"{index * 20}",'
            f'"payload":"{payload}"}}}}'
        )

    async def close(self) -> None:
        if self.mic is not None:
            await self.mic.stop()
        if self.ws is not None:
            with contextlib.suppress(Exception):
                await self.ws.send(json.dumps({"event": "stop", "streamSid": self.sid}))
                await self.ws.close()
        if self.reader is not None:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self.reader, 5)


async def register(http: httpx.AsyncClient, role: str, **fields: Any) -> dict[str, Any]:
    body = {
        "name": f"bench {role} {uuid.uuid4().hex[:6]}",
        "phone": "+919" + str(uuid.uuid4().int)[:9],
        "password": PASSWORD,
        "role": role,
        "language": "en",
        **fields,
    }
    r = await http.post("/api/auth/register", json=body)
    if r.status_code != 201:
        fail(f"register {role}: {r.status_code} {r.text[:200]}")
    data: dict[str, Any] = r.json()
    return data


def auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def ws_ticket(http: httpx.AsyncClient, token: str, negotiation_id: int) -> str:
    r = await http.post(
        "/api/ws-ticket", json={"negotiation_id": negotiation_id}, headers=auth(token)
    )
    if r.status_code != 200:
        fail(f"ws-ticket: {r.status_code} {r.text[:200]}")
    value: str = r.json()["ticket"]
    return value
