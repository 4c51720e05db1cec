"""Room members over Redis: each process writes its members into the room's hash, keeps
them there (and its liveness key fresh) while it holds the room, and makes away the
members of a process that is gone. `RedisRoomBus` (`server.live.redis_rooms`) is built on
this; the room's events come through its channel."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Awaitable, Callable
from dataclasses import asdict, replace
from typing import Any

from server.live.rooms import Fanout, Member, RoomEvent

log = logging.getLogger("vyaparmitra.rooms")


_REAP = """
if redis.call('HGET', KEYS[1], ARGV[1]) == ARGV[2] then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
  return 1
end
return 0
"""
"""A member whose process is gone becomes away, unless the side changed meanwhile: 1 when
this call made it so (the caller then tells the room)."""

_KEEP = """
local now = redis.call('HGET', KEYS[1], ARGV[1])
if not now then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  return 1
end
if now == ARGV[3] then
  redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
  return 2
end
return 0
"""
"""A process's own member written back: where the key or the field was lost (1), or where
another process took it for gone (2: this one was late to say it lives; the room is told
the member is here again); a newer member of the side is left alone (0)."""


def _json(member: Member) -> str:
    return json.dumps(asdict(member))


class RedisMembers:
    """The members half of `RedisRoomBus`: the room's members in a Redis hash, kept by
    the process that holds each one's socket."""

    MEMBERS_EVERY = 2.0
    """Seconds between re-assertions of this process's members (`_keep_members`): the
    most a lost members key (evicted, deleted) stays wrong while its room lives."""
    MEMBERS_TTL = 24 * 3600
    """A members key no process refreshes any more (its room left everywhere) goes then."""
    PROCESS_TTL = 10.0
    """How long a process's liveness key outlives its last refresh (every `MEMBERS_EVERY`
    while it holds members): a member whose process has no such key is away (its process
    died with the socket: a worker killed), and the room is told so."""

    _redis: Any
    _prefix: str
    origin: str
    _fanout: Fanout
    _closed: bool
    publish: Callable[[int, str, dict[str, Any]], Awaitable[RoomEvent]]

    def _start_members(self, redis: Any) -> None:
        self._reap_script = redis.register_script(_REAP)
        self._keep_script = redis.register_script(_KEEP)
        self._own: dict[int, dict[str, tuple[Member, int]]] = {}
        """Per room with local listeners, the members this process set, each with the
        number of the presence that made it the side's voice (`sys.maxsize` until it has
        one): what `_keep_members` writes back when Redis lost them."""
        self._keeper: asyncio.Task[None] | None = None
        self.on_gone: Callable[[int, Member], Awaitable[None]] | None = None
        """Called once for each member this process made away because its process is
        gone (`_reap`), beside the room's `presence`: what a member's orderly leave would
        have done besides (a vendor's phone line tells the vendor a shopper waits)."""
        self._told_gone: set[asyncio.Task[None]] = set()

    def _alive_key(self, origin: str) -> str:
        return f"{self._prefix}process:{origin}"

    async def set_member(self, room: int, member: Member) -> None:
        key = f"{self._prefix}{room}:members"
        member = replace(member, origin=self.origin)
        pipe = self._redis.pipeline(transaction=False)
        pipe.set(self._alive_key(self.origin), "1", px=int(self.PROCESS_TTL * 1000))
        pipe.hset(key, member.side, _json(member))
        pipe.expire(key, self.MEMBERS_TTL)
        await pipe.execute()
        if room not in self._fanout.queues:
            return  # this process holds none of the room's sockets: not its to keep
        claim = self._own.setdefault(room, {}).get(member.side)
        same = claim is not None and claim[0].conn == member.conn
        self._own[room][member.side] = (member, claim[1] if same and claim else sys.maxsize)
        if self._keeper is None or self._keeper.done():
            self._keeper = asyncio.create_task(self._keep_members(), name="room-members")

    async def _keep_members(self) -> None:
        """Every `MEMBERS_EVERY` seconds while this process holds rooms: its liveness key
        is refreshed; its members are written back where Redis lost them (the key evicted
        or deleted while the room lives; a newer member of the side, set meanwhile, is
        left alone) and the key's expiry is pushed out; and the other members of its
        rooms whose process is gone are made away, the room told (`_reap`). Two round
        trips for all its rooms, never one per frame."""
        while self._own and not self._closed:
            await asyncio.sleep(self.MEMBERS_EVERY)
            try:
                await self._keep_round()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # Redis away: its rooms resync; the next round tries
                log.debug("room members not refreshed", extra={"error": repr(exc)})

    async def _keep_round(self) -> None:
        pipe = self._redis.pipeline(transaction=False)
        pipe.set(self._alive_key(self.origin), "1", px=int(self.PROCESS_TTL * 1000))
        kept: list[tuple[int, int, Member]] = []
        """(room, the script's place among the results, member) of each own member."""
        place = 1
        for room, claims in self._own.items():
            key = f"{self._prefix}{room}:members"
            for member, _ in claims.values():
                taken_for_gone = _json(replace(member, state="away"))
                await self._keep_script(
                    keys=[key], args=[member.side, _json(member), taken_for_gone], client=pipe
                )
                kept.append((room, place, member))
                place += 1
            pipe.expire(key, self.MEMBERS_TTL)
            place += 1
        rooms = list(self._fanout.queues)
        for room in rooms:
            pipe.hgetall(f"{self._prefix}{room}:members")
        results = await pipe.execute()
        for room, at, member in kept:
            if results[at] == 2 and member.state == "here":
                await self.publish(room, "presence", _presence_here(member))
        await self._reap(dict(zip(rooms, results[place:], strict=True)))

    async def _reap(self, tables: dict[int, dict[Any, Any]]) -> None:
        """Members of these rooms that are here but whose process is gone (no liveness
        key) become away, and the room is told once (whichever process makes it so)."""
        here: list[tuple[int, str, bytes | str, Member]] = []
        for room, raw in tables.items():
            for side, value in raw.items():
                member = _member(value)
                if member is not None and member.state == "here" and member.origin != self.origin:
                    here.append((room, _text(side), value, member))
        if not here:
            return
        origins = list(dict.fromkeys(m.origin for _, _, _, m in here))
        alive = await self._redis.mget([self._alive_key(o) for o in origins])
        gone = {o for o, flag in zip(origins, alive, strict=True) if flag is None}
        for room, side, value, member in here:
            if member.origin not in gone:
                continue
            away = _json(replace(member, state="away"))
            key = f"{self._prefix}{room}:members"
            if await self._reap_script(keys=[key], args=[side, value, away]):
                log.warning(
                    "a member's process is gone; the room is told it is away",
                    extra={"room": room, "side": side, "origin": member.origin},
                )
                await self.publish(room, "presence", {"side": side, "state": "away"})
                if self.on_gone is not None:
                    # Its own task: the database behind it must not hold up the refresh
                    # of this process's own liveness key.
                    task = asyncio.create_task(self._tell_gone(room, member))
                    self._told_gone.add(task)
                    task.add_done_callback(self._told_gone.discard)

    async def _tell_gone(self, room: int, member: Member) -> None:
        assert self.on_gone is not None
        try:
            await self.on_gone(room, member)
        except Exception:
            log.exception(
                "could not act on a member whose process is gone",
                extra={"room": room, "side": member.side},
            )

    async def members(self, room: int) -> dict[str, Member]:
        """The room's members; one here whose process is gone (no liveness key: a worker
        that died with the socket) is read as away, before any process has said so."""
        raw = await self._redis.hgetall(f"{self._prefix}{room}:members")
        out = {}
        for side, value in raw.items():
            member = _member(value)
            if member is not None:
                out[_text(side)] = member
        origins = list(
            dict.fromkeys(
                m.origin for m in out.values() if m.state == "here" and m.origin != self.origin
            )
        )
        if origins:
            alive = await self._redis.mget([self._alive_key(o) for o in origins])
            gone = {o for o, flag in zip(origins, alive, strict=True) if flag is None}
            for side, member in out.items():
                if member.state == "here" and member.origin in gone:
                    out[side] = replace(member, state="away")
        return out


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value


def _member(value: bytes | str) -> Member | None:
    try:
        return Member(**json.loads(value))
    except (ValueError, TypeError):
        log.warning("dropped a malformed room member")
        return None


def _presence_here(member: Member) -> dict[str, Any]:
    """The `presence` event of a member that is here (as `LiveService` publishes it)."""
    event = {"side": member.side, "state": "here", "language": member.language}
    event["client"] = member.client
    if member.conn:
        event["conn"] = member.conn
    return event
