"""Rooms over Redis pub/sub: one channel per room, so a shopper on one process and a
vendor on another share the room (see `server.live.rooms` for events and presence; the
members kept in Redis are `server.live.redis_members`)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator
from typing import Any

from server.live.redis_members import RedisMembers
from server.live.rooms import (
    CLIP_SECONDS,
    QUESTION_AFTER_SECONDS,
    RESTARTED,
    SAID_KEPT,
    SAID_SECONDS,
    Fanout,
    RoomEvent,
    SharedQuestion,
    process_id,
)

log = logging.getLogger("vyaparmitra.rooms")


_PUBLISH = """
local seq = redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[1])
redis.call('PUBLISH', ARGV[2], ARGV[3] .. seq .. ARGV[4])
return seq
"""

_CLOSE_QUESTION = """
local uid = redis.call('HGET', KEYS[1], 'utterance_id')
if not uid then return -1 end
if uid ~= ARGV[1] or redis.call('HGET', KEYS[1], 'answered') == '1' then return 0 end
redis.call('HSET', KEYS[1], 'answered', '1')
return 1
"""


class RedisRoomBus(RedisMembers):
    """Redis pub/sub: one channel per room, one subscriber connection per process.

    One task, the reader, owns the subscriber connection: it alone reads, subscribes,
    unsubscribes and (re)connects it, taking listeners' requests between reads (redis-py's
    pub/sub reconnects by itself inside whichever call finds the connection down; two
    tasks doing so at once would each open a socket, and one subscription would be
    lost)."""

    POLL_SECONDS = 0.05
    """How long one read waits for a message while subscribed: the most a listener's
    request waits behind it."""
    REQUEST_SECONDS = 5.0
    """A (un)subscribe not done within this is answered as a Redis timeout."""
    CLOSE_SECONDS = 5.0
    """The most `aclose` waits for each of its steps before it moves on without it."""

    def __init__(
        self,
        redis: Any,
        prefix: str = "vyapar:room:",
        seq_ttl_seconds: int = 7 * 24 * 3600,
        *,
        origin: str | None = None,
    ) -> None:
        self._redis = redis
        self._prefix = prefix
        self.origin = origin or process_id()
        """This process, as its members name it (`Member.origin`)."""
        self._seq_ttl = seq_ttl_seconds
        self._fanout = Fanout()
        self._pubsub = redis.pubsub()
        self._reader: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._requests: list[tuple[str, int, asyncio.Future[None] | None]] = []
        self._wake = asyncio.Event()
        self._publish_script = redis.register_script(_PUBLISH)
        self._close_question_script = redis.register_script(_CLOSE_QUESTION)
        self._highest: dict[int, int] = {}
        """Per room with local listeners, the highest sequence number delivered."""
        self._start_members(redis)
        self._closed = False
        """Set by `aclose`: the loops end even where a library swallowed their cancel."""
        health = getattr(redis, "health", None)
        if health is not None:
            # A hung Redis keeps the subscription open and silent while publishing fails:
            # once this process finds Redis down, its rooms resync as after a lost
            # subscription.
            health.on_down.append(self._fanout.lose_all)

    @property
    def local_rooms(self) -> int:
        return self._fanout.rooms

    def _channel(self, room: int) -> str:
        return f"{self._prefix}{room}"

    async def publish(self, room: int, type: str, data: dict[str, Any]) -> RoomEvent:
        # The counter lives as long as the room is used: each event pushes its expiry out,
        # so a finished negotiation's (or a vendor's idle channel's) key goes away.
        # Numbered and published in one atomic step (a script), so every subscriber gets
        # a room's events in the order of their numbers, whichever process published
        # them: a number at or below one already delivered then means the counter
        # started again (`_deliver`).
        key = f"{self._prefix}{room}:seq"
        unnumbered = RoomEvent(room, 0, type, data)
        head, _, tail = unnumbered.to_json().partition('"seq":0')
        counted = await self._publish_script(
            keys=[key], args=[self._seq_ttl, self._channel(room), head + '"seq":', tail]
        )
        claim = self._own.get(room, {}).get(str(data.get("side")))
        if type == "presence" and claim is not None and claim[0].conn == data.get("conn"):
            self._own[room][claim[0].side] = (claim[0], int(counted))
        return RoomEvent(room, int(counted), type, data, unnumbered.origin, unnumbered.at)

    def _ask(self, command: str, room: int, *, wait: bool) -> asyncio.Future[None] | None:
        done = asyncio.get_running_loop().create_future() if wait else None
        self._requests.append((command, room, done))
        self._wake.set()
        if self._reader is None or self._reader.done():
            self._reader = asyncio.create_task(self._read(), name="room-reader")
        return done

    async def _apply_requests(self) -> None:
        """The listeners' (un)subscribes, in order; a failure answers the one that failed
        and every one after it (Redis is down for them too) and is raised."""
        while self._requests:
            command, room, done = self._requests.pop(0)
            if done is not None and done.done():
                continue  # its listener gave up waiting
            try:
                if command == "subscribe":
                    await self._pubsub.subscribe(self._channel(room))
                else:
                    await self._pubsub.unsubscribe(self._channel(room))
            except Exception as exc:
                failed = [(command, room, done), *self._requests]
                self._requests = []
                for _, _, waiting in failed:
                    if waiting is not None and not waiting.done():
                        waiting.set_exception(exc)
                raise
            if done is None:
                continue
            if not done.done():
                done.set_result(None)
            elif room not in self._fanout.queues:  # given up while subscribing: undo it
                await self._pubsub.unsubscribe(self._channel(room))

    async def _read(self) -> None:
        failing_since: float | None = None
        pause = 0.5
        while not self._closed:
            try:
                await self._apply_requests()
                if not self._pubsub.subscribed:
                    self._wake.clear()
                    with contextlib.suppress(TimeoutError):
                        async with asyncio.timeout(1.0):
                            await self._wake.wait()
                    continue
                message = await self._pubsub.get_message(
                    ignore_subscribe_messages=True, timeout=self.POLL_SECONDS
                )
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                # Logged once per outage; the next read reconnects (and resubscribes every
                # channel) once Redis answers again.
                if failing_since is None:
                    failing_since = time.monotonic()
                    log.warning(
                        "room subscription lost; retrying",
                        extra={"error": f"{type(exc).__name__}: {exc}"},
                    )
                    # Whatever was published meanwhile never reaches this process: its
                    # open rooms close their sockets (1013) so clients resync once
                    # Redis is back, instead of missing a recorded offer silently.
                    self._fanout.lose_all()
                self._wake.clear()
                with contextlib.suppress(TimeoutError):
                    async with asyncio.timeout(pause):  # a listener's request tries at once
                        await self._wake.wait()
                pause = min(pause * 2, 2.0)
                continue
            if failing_since is not None:
                log.warning(
                    "room subscription restored",
                    extra={"down_s": round(time.monotonic() - failing_since, 1)},
                )
                failing_since, pause = None, 0.5
            if message is None:
                continue
            try:
                event = RoomEvent.from_json(message["data"])
            except (ValueError, KeyError, TypeError):
                log.warning("dropped a malformed room event")
                continue
            self._deliver(event)

    def _deliver(self, event: RoomEvent) -> None:
        """Hand `event` to the room's local listeners, unless its sequence number says the
        room's counter started again (its key was flushed, evicted or expired, or a
        replica took over without it): then sequence numbers no longer order what the
        clients hold, so the room's listeners resync, as after a lost subscription."""
        highest = self._highest.get(event.room, 0)
        if event.seq <= highest:
            log.warning(
                "room sequence started again; its sockets resync",
                extra={"room": event.room, "seq": event.seq, "was": highest},
            )
            self._highest.pop(event.room, None)
            self._fanout.lose(event.room, RESTARTED)
            return
        if event.room in self._fanout.queues:
            self._highest[event.room] = max(highest, event.seq)
        if event.type == "presence" and event.data.get("state") == "here":
            self._voice_elsewhere(event)
        self._fanout.deliver(event)

    def _voice_elsewhere(self, event: RoomEvent) -> None:
        """A newer voice for a side took it (maybe in another process): this process's
        member of that side is no longer its to write back."""
        own = self._own.get(event.room, {})
        claim = own.get(str(event.data.get("side")))
        if claim is not None and claim[0].conn != event.data.get("conn") and event.seq > claim[1]:
            del own[claim[0].side]

    @contextlib.asynccontextmanager
    async def listen(self, room: int) -> AsyncIterator[asyncio.Queue[RoomEvent | None]]:
        async with self._lock:
            first = room not in self._fanout.queues
            # The room's number before subscribing: every event delivered from now on is
            # numbered above it, unless the counter starts again, which a listener that
            # publishes nothing itself (a watcher, a vendor's console) must notice too.
            start = await self._start_seq(room) if first else 0
            queue = self._fanout.add(room)
            if first:
                subscribed = self._ask("subscribe", room, wait=True)
                assert subscribed is not None
                try:
                    async with asyncio.timeout(self.REQUEST_SECONDS):
                        await asyncio.shield(subscribed)
                except BaseException as exc:
                    # Redis unreachable: no half-made listener, or the next one to join
                    # would think the channel already subscribed.
                    subscribed.cancel()
                    self._fanout.remove(room, queue)
                    if isinstance(exc, TimeoutError):
                        from redis.exceptions import TimeoutError as RedisTimeoutError

                        raise RedisTimeoutError(
                            f"no subscription within {self.REQUEST_SECONDS:.0f} s"
                        ) from exc
                    raise
                if start:
                    self._highest[room] = max(self._highest.get(room, 0), start)
        try:
            yield queue
        finally:
            async with self._lock:
                if self._fanout.remove(room, queue):
                    self._highest.pop(room, None)
                    self._own.pop(room, None)
                    self._ask("unsubscribe", room, wait=False)

    async def _start_seq(self, room: int) -> int:
        try:
            async with asyncio.timeout(self.REQUEST_SECONDS):
                return await self.last_seq(room)
        except TimeoutError as exc:
            from redis.exceptions import TimeoutError as RedisTimeoutError

            raise RedisTimeoutError(f"no answer within {self.REQUEST_SECONDS:.0f} s") from exc

    async def last_seq(self, room: int) -> int:
        value = await self._redis.get(f"{self._prefix}{room}:seq")
        return int(value or 0)

    async def heard(self, room: int) -> bool:
        # One round trip instead of the several a publish takes, on the HTTP API's hot
        # path, where most negotiations have nobody in their room.
        counts = await self._redis.pubsub_numsub(self._channel(room))
        return any(int(count) > 0 for _, count in counts)

    async def put_clip(self, room: int, utterance_id: str, pcm16: bytes) -> None:
        await self._redis.set(f"{self._prefix}{room}:clip:{utterance_id}", pcm16, ex=CLIP_SECONDS)

    async def clip(self, room: int, utterance_id: str) -> bytes | None:
        value = await self._redis.get(f"{self._prefix}{room}:clip:{utterance_id}")
        return bytes(value) if value is not None else None

    async def keep_said(self, room: int, event: RoomEvent) -> None:
        key = f"{self._prefix}{room}:said"
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.rpush(key, event.to_json())
            pipe.ltrim(key, -SAID_KEPT, -1)
            pipe.expire(key, SAID_SECONDS)
            await pipe.execute()

    async def said(self, room: int) -> list[RoomEvent]:
        raw = await self._redis.lrange(f"{self._prefix}{room}:said", 0, -1)
        since = time.time() - SAID_SECONDS
        return [e for e in map(RoomEvent.from_json, raw) if e.at >= since]

    def _question_key(self, room: int, side: str) -> str:
        return f"{self._prefix}{room}:question:{side}"

    async def keep_question(
        self, room: int, side: str, utterance_id: str, question: dict[str, Any], expires_at: float
    ) -> None:
        key = self._question_key(room, side)
        keep = max(1, int(expires_at - time.time() + QUESTION_AFTER_SECONDS))
        fields = {
            "utterance_id": utterance_id,
            "answered": "0",
            "expires_at": repr(expires_at),
            "question": json.dumps(question, ensure_ascii=False, separators=(",", ":")),
        }
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.delete(key)
            pipe.hset(key, mapping=fields)
            pipe.expire(key, keep)
            await pipe.execute()

    async def kept_question(self, room: int, side: str) -> SharedQuestion | None:
        raw = await self._redis.hgetall(self._question_key(room, side))
        if not raw:
            return None
        d = {(k.decode() if isinstance(k, bytes) else k): v for k, v in raw.items()}
        try:
            return SharedQuestion(
                utterance_id=_text(d["utterance_id"]),
                answered=_text(d["answered"]) == "1",
                expires_at=float(_text(d["expires_at"])),
                question=json.loads(d["question"]),
            )
        except (KeyError, ValueError, TypeError):
            log.warning("dropped a malformed price question", extra={"room": room})
            return None

    async def close_question(self, room: int, side: str, utterance_id: str) -> bool | None:
        closed = int(
            await self._close_question_script(
                keys=[self._question_key(room, side)], args=[utterance_id]
            )
        )
        return None if closed < 0 else closed == 1

    async def claim(self, room: int, name: str, seconds: float) -> bool:
        key = f"{self._prefix}{room}:claim:{name}"
        return bool(await self._redis.set(key, "1", nx=True, px=max(1, int(seconds * 1000))))

    async def release(self, room: int, name: str) -> None:
        await self._redis.delete(f"{self._prefix}{room}:claim:{name}")

    async def aclose(self) -> None:
        """Stop reading and close the subscription, each step bounded: a shutdown never
        waits on Redis (a reader stuck in a read, a connection that will not close)."""
        self._closed = True
        for task in (self._reader, self._keeper):
            if task is not None:
                task.cancel()
                done, _ = await asyncio.wait({task}, timeout=self.CLOSE_SECONDS)
                if not done:
                    log.error(
                        "room task did not stop; left behind", extra={"task": task.get_name()}
                    )
        for _, _, waiting in self._requests:
            if waiting is not None and not waiting.done():
                waiting.cancel()
        self._requests = []
        try:
            async with asyncio.timeout(self.CLOSE_SECONDS):
                await self._pubsub.aclose()
        except TimeoutError:
            log.error("room subscription did not close in time; dropped")


def _text(value: str | bytes) -> str:
    return value.decode() if isinstance(value, bytes) else value
