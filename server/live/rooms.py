"""Room events fan out to every participant's socket, in this process or any other.

One room per negotiation. A backend is chosen by URL: in-process by default, Redis
pub/sub (`server.live.redis_rooms`) when `VYAPAR_REDIS_URL` is set (so a shopper on one
process and a vendor on another share the room). Every event carries a per-room sequence
number. Presence (who is here, in which language, on which client) is kept beside the
events.

Redis delivers a channel's messages in publish order; two processes that publish at the
same moment may publish in the opposite order of their sequence numbers, so clients
order by `seq` when it matters. Bids never depend on this: the database is the source
of truth and a (re)joining client gets a snapshot from it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator
from dataclasses import asdict, dataclass, field
from typing import Any, Protocol

log = logging.getLogger("vyaparmitra.rooms")

_process: tuple[int, str] = (0, "")


def process_id() -> str:
    """This process's id in room events and members: made afresh in each process, a
    worker forked from `serve` included (an id made before the fork would be every
    worker's, and a dead worker's members could not be told from the living ones')."""
    global _process
    pid = os.getpid()
    if _process[0] != pid:
        _process = (pid, f"{pid}-{uuid.uuid4().hex[:6]}")
    return _process[1]


LISTENER_QUEUE = 1000
"""Events a slow listener may lag behind before it is cut off (and must resync)."""


@dataclass(frozen=True, slots=True)
class RoomEvent:
    room: int
    seq: int
    type: str
    data: dict[str, Any]
    origin: str = field(default_factory=process_id)
    at: float = field(default_factory=time.time)
    """Wall-clock seconds at publish (comparable across processes on one host)."""

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, raw: str | bytes) -> RoomEvent:
        d = json.loads(raw)
        return cls(d["room"], d["seq"], d["type"], d["data"], d["origin"], d["at"])


@dataclass(frozen=True, slots=True)
class Member:
    side: str
    """"customer" or "vendor"."""
    user_id: int
    language: str
    client: str
    """"browser" or "phone"."""
    state: str = "here"
    """"here" or "away"."""
    voice: str | None = None
    rate: float = 1.0
    origin: str = field(default_factory=process_id)
    """The process that holds the member's socket (`process_id`)."""
    conn: str = ""
    """The voice connection this member is (its `conn_id`); "" when not known."""


LOST = RoomEvent(0, 0, "lost", {})
"""Put on a listener's queue (where `None` says it fell behind) when Redis was lost:
events may have been missed because the bus is down, not because the listener was slow."""


RESTARTED = RoomEvent(0, 0, "restarted", {})
"""Put on a room's listeners' queues when its event counter started again (its key
flushed, evicted or expired, or a replica promoted without it) while Redis stayed up:
nothing was lost to an outage, but the numbers no longer order what clients hold, so
they reconnect at once and resume from a snapshot (`ROOM_RESTARTED`)."""

ROOM_RESTARTED: dict[str, Any] = {
    "type": "error",
    "code": "room_restarted",
    "message": "The room's event numbers started again; reconnect to resync.",
}
"""The `error` event a socket gets before it closes (1013) on `RESTARTED`: a resync,
not an outage (no `retry_after`)."""


class Overflow(Exception):
    """A listener fell too far behind; its client must reconnect and take a snapshot."""


RESYNC = "resync"
"""A room event that tells every process's sockets in the room to reconnect and resync:
published, once the bus answers again, by a process that recorded a move it could not
tell (a hung Redis: the other processes' subscriptions never broke, so only this says
they missed it)."""


RESYNC_EVERY = 1.0
"""Seconds between tries to publish a `resync` while the bus does not answer."""
RESYNC_SECONDS = 1800.0
"""How long a `resync` is tried before it is given up (and logged)."""


async def publish_resync(bus: RoomBus, room: int, *, every: float = RESYNC_EVERY) -> bool:
    """Publish a `resync` on `room` as soon as the bus takes it again: tried every
    `every` seconds for up to `RESYNC_SECONDS`. False if it never did."""
    deadline = time.monotonic() + RESYNC_SECONDS
    while time.monotonic() < deadline:
        await asyncio.sleep(every)
        with contextlib.suppress(Exception):  # still down: the next try
            await bus.publish(room, RESYNC, {})
            return True
    return False


CLIP_SECONDS = 120
"""How long a relayed speaker's clip is kept: the listener's queue plays it well before."""
CLIPS_KEPT = 256
"""At most this many clips in one process's memory (the oldest go first)."""
SAID_KEPT = 12
"""The room's latest words (final transcripts and translations) a resuming socket gets."""
SAID_SECONDS = 600
"""How long words are kept for a resume: words older than this are not replayed."""
SAID_ROOMS = 4096
"""Rooms whose words one process keeps in memory (the oldest first forgotten)."""
QUESTION_AFTER_SECONDS = 120
"""How long a shared price question is remembered past its deadline (answered or not):
an answer to it then is told stale or expired, never unknown."""


@dataclass(frozen=True, slots=True)
class SharedQuestion:
    """A side's price question as every process of the room sees it (`keep_question`)."""

    utterance_id: str
    answered: bool
    """Answered, refused, replaced or left behind: no longer waiting."""
    expires_at: float
    """Wall-clock seconds at its deadline."""
    question: dict[str, Any]
    """The question itself (`server.live.turns.questions.question_data`)."""


class RoomBus(Protocol):
    async def publish(self, room: int, type: str, data: dict[str, Any]) -> RoomEvent: ...

    def listen(
        self, room: int
    ) -> contextlib.AbstractAsyncContextManager[asyncio.Queue[RoomEvent | None]]: ...

    async def last_seq(self, room: int) -> int: ...

    async def heard(self, room: int) -> bool:
        """Whether any process listens to the room now (an event published otherwise
        reaches nobody: a socket that joins later takes a snapshot after listening)."""
        ...

    async def set_member(self, room: int, member: Member) -> None: ...

    async def members(self, room: int) -> dict[str, Member]: ...

    async def put_clip(self, room: int, utterance_id: str, pcm16: bytes) -> None:
        """Keep a speaker's words as they said them (16 kHz PCM16) for `CLIP_SECONDS`, for
        the listener's process to relay (`server.live.playback`)."""
        ...

    async def clip(self, room: int, utterance_id: str) -> bytes | None:
        """The clip kept for `utterance_id`, or None (never kept, or gone)."""
        ...

    async def keep_said(self, room: int, event: RoomEvent) -> None:
        """Keep one of the room's words (a final `transcript`, a `translation`) among its
        last `SAID_KEPT`, for `SAID_SECONDS`: a socket that resumes gets those it missed."""
        ...

    async def said(self, room: int) -> list[RoomEvent]:
        """The room's words kept by `keep_said`, oldest first."""
        ...

    async def keep_question(
        self, room: int, side: str, utterance_id: str, question: dict[str, Any], expires_at: float
    ) -> None:
        """Make `question` the side's waiting price question for every process of the
        room, until `expires_at` (wall clock) and `QUESTION_AFTER_SECONDS` more. In one
        process (the in-memory bus) this keeps nothing: the service keeps its questions."""
        ...

    async def kept_question(self, room: int, side: str) -> SharedQuestion | None:
        """The side's latest price question kept by `keep_question`, answered or not."""
        ...

    async def close_question(self, room: int, side: str, utterance_id: str) -> bool | None:
        """Mark `utterance_id`'s question no longer waiting, in one step for all processes:
        True when this call closed it, False when it was already closed (or another
        question replaced it), None when no question is kept."""
        ...

    async def claim(self, room: int, name: str, seconds: float) -> bool:
        """Take `name` in `room` for at most `seconds` unless another holds it: one of all
        processes wins (a stall line joining a shopper). False: taken."""
        ...

    async def release(self, room: int, name: str) -> None:
        """Give back a `claim` before its time is up."""
        ...

    async def aclose(self) -> None: ...


class Fanout:
    """Local listeners per room; shared by both backends."""

    def __init__(self) -> None:
        self.queues: dict[int, set[asyncio.Queue[RoomEvent | None]]] = {}

    def deliver(self, event: RoomEvent) -> None:
        for queue in list(self.queues.get(event.room, ())):
            try:
                queue.put_nowait(event)
            except asyncio.QueueFull:
                # Tell the listener it missed events; it closes and the client resyncs.
                self.queues[event.room].discard(queue)
                with contextlib.suppress(asyncio.QueueFull):
                    queue.get_nowait()
                    queue.put_nowait(None)

    def add(self, room: int) -> asyncio.Queue[RoomEvent | None]:
        queue: asyncio.Queue[RoomEvent | None] = asyncio.Queue(maxsize=LISTENER_QUEUE)
        self.queues.setdefault(room, set()).add(queue)
        return queue

    def remove(self, room: int, queue: asyncio.Queue[RoomEvent | None]) -> bool:
        """Returns True when the room has no local listener left."""
        listeners = self.queues.get(room)
        if listeners is not None:
            listeners.discard(queue)
            if not listeners:
                del self.queues[room]
                return True
        return room not in self.queues

    def lose(self, room: int, why: RoomEvent = LOST) -> None:
        """`room`'s events no longer reach or order what its local listeners hold: they
        are told `why` (`LOST`, or `RESTARTED`) and dropped."""
        for queue in self.queues.pop(room, ()):
            with contextlib.suppress(asyncio.QueueFull):
                while not queue.empty():
                    queue.get_nowait()
                queue.put_nowait(why)

    def lose_all(self) -> None:
        """Events may have been lost (the subscription broke): every local listener is
        told (`LOST`), so its clients reconnect and resync once Redis is back."""
        for queues in self.queues.values():
            for queue in queues:
                with contextlib.suppress(asyncio.QueueFull):
                    while not queue.empty():
                        queue.get_nowait()
                    queue.put_nowait(LOST)
        self.queues.clear()

    @property
    def rooms(self) -> int:
        return len(self.queues)


class MemoryRoomBus:
    """Everything in this process: the embedded default and the tests."""

    def __init__(self) -> None:
        self._fanout = Fanout()
        self._seq: dict[int, int] = {}
        self._members: dict[int, dict[str, Member]] = {}
        self._clips: dict[tuple[int, str], tuple[float, bytes]] = {}
        self._claims: dict[tuple[int, str], float] = {}
        self._said: dict[int, deque[RoomEvent]] = {}

    @property
    def local_rooms(self) -> int:
        return self._fanout.rooms

    async def publish(self, room: int, type: str, data: dict[str, Any]) -> RoomEvent:
        self._seq[room] = self._seq.get(room, 0) + 1
        event = RoomEvent(room, self._seq[room], type, data)
        self._fanout.deliver(event)
        return event

    @contextlib.asynccontextmanager
    async def listen(self, room: int) -> AsyncIterator[asyncio.Queue[RoomEvent | None]]:
        queue = self._fanout.add(room)
        try:
            yield queue
        finally:
            self._fanout.remove(room, queue)

    async def last_seq(self, room: int) -> int:
        return self._seq.get(room, 0)

    async def heard(self, room: int) -> bool:
        return room in self._fanout.queues

    async def set_member(self, room: int, member: Member) -> None:
        self._members.setdefault(room, {})[member.side] = member

    async def members(self, room: int) -> dict[str, Member]:
        return dict(self._members.get(room, {}))

    async def put_clip(self, room: int, utterance_id: str, pcm16: bytes) -> None:
        now = time.monotonic()
        for key, (until, _) in list(self._clips.items()):
            if until <= now:
                del self._clips[key]
        self._clips[(room, utterance_id)] = (now + CLIP_SECONDS, pcm16)
        while len(self._clips) > CLIPS_KEPT:
            del self._clips[next(iter(self._clips))]

    async def clip(self, room: int, utterance_id: str) -> bytes | None:
        kept = self._clips.get((room, utterance_id))
        if kept is None or kept[0] <= time.monotonic():
            return None
        return kept[1]

    async def keep_said(self, room: int, event: RoomEvent) -> None:
        self._said.setdefault(room, deque(maxlen=SAID_KEPT)).append(event)
        while len(self._said) > SAID_ROOMS:
            del self._said[next(iter(self._said))]

    async def said(self, room: int) -> list[RoomEvent]:
        since = time.time() - SAID_SECONDS
        return [e for e in self._said.get(room, ()) if e.at >= since]

    async def keep_question(
        self, room: int, side: str, utterance_id: str, question: dict[str, Any], expires_at: float
    ) -> None:
        return None  # one process: `LiveService` keeps the questions of emptied rooms

    async def kept_question(self, room: int, side: str) -> SharedQuestion | None:
        return None

    async def close_question(self, room: int, side: str, utterance_id: str) -> bool | None:
        return None

    async def claim(self, room: int, name: str, seconds: float) -> bool:
        now = time.monotonic()
        if self._claims.get((room, name), 0.0) > now:
            return False
        self._claims[(room, name)] = now + seconds
        return True

    async def release(self, room: int, name: str) -> None:
        self._claims.pop((room, name), None)

    async def aclose(self) -> None:
        return None
