"""The live negotiation service: rooms of sockets, the turn pipeline, and what the
domain records. One per process, built by the app's lifespan.

One turn, per speaker: audio → VAD endpointing (`turns.endpointing`) → STT in the
speaker's language → understanding → domain (`moves`: a bid, a pending accept, a
reject) → the listener's language → a `say` room event (`turns.pipeline`). Whichever
process holds the listener's socket synthesizes the speech and streams it
(`playback`). Inference never runs on the event loop: VAD, STT and TTS go through
worker pools, and a full STT pool makes the speaker's client hear `busy` while the
utterance waits its turn.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from contextlib import AbstractAsyncContextManager
from dataclasses import replace
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from audio.registry import EngineRegistry
from audio.silero import shared_narrowband_vad, shared_vad
from audio.vad import EndpointerConfig, SileroVAD
from audio.workers import WorkerPool
from models import Product, Role, Side
from server.db import DEFAULT_ANSWER_TIMEOUT
from server.domain import hints
from server.domain import negotiation as domain
from server.domain.assistant import Hint
from server.domain.context import Actor
from server.live.clients import Client
from server.live.ending import reason_as_read
from server.live.events import ErrorEvent, Event, Presence, translation_as_read
from server.live.metrics import LiveMetrics
from server.live.moves import Moves
from server.live.refs import ref_for
from server.live.room import LocalRoom
from server.live.room_info import RoomInfo, load_room
from server.live.rooms import Member, MemoryRoomBus, RoomBus, RoomEvent
from server.live.turns.hearing import Hearing
from server.live.turns.pipeline import TurnPipeline
from server.live.turns.questions import PriceQuestions
from server.live.turns.rules import CONFIRM_SECONDS, Clock, PriceQuestion, TurnTaking
from server.live.vendors import VendorChannels
from server.live.versions import needs_version, versions_for
from server.live.views import bid_view, hint_view, negotiation_view, product_view
from server.sessions import unit_of_work
from server.tracing import Tracing

log = logging.getLogger("vyaparmitra.live")

SNAPSHOT_BIDS = 50
"""The latest bids a `snapshot` carries (as `GET /api/negotiations/{id}` does): every bid
of a long haggle made each (re)connect megabytes and a second; `negotiation.bid_count`
says how many there are, and `GET …/bids?before=<seq>` pages to older ones."""


class LiveService:
    """Everything live in one process; built by the app's lifespan."""

    def __init__(
        self,
        *,
        bus: RoomBus,
        sessions: async_sessionmaker[AsyncSession],
        engines: EngineRegistry,
        metrics: LiveMetrics,
        idle_seconds: int,
        reservation_seconds: int,
        min_total_paise: int = domain.MIN_TOTAL_PAISE,
        max_total_paise: int = domain.MAX_TOTAL_PAISE,
        endpointer_config: EndpointerConfig | None = None,
        turn_taking: TurnTaking | None = None,
        vendor_bus: RoomBus | None = None,
        speak_hints: bool = False,
        clock: Clock = time.monotonic,
        confirm_seconds: float = CONFIRM_SECONDS,
        db_seconds: float = DEFAULT_ANSWER_TIMEOUT,
        retry_after: int = 5,
    ) -> None:
        self.bus = bus
        self.retry_after = retry_after
        """Seconds a socket closed by an outage is told to wait (`retry_after`)."""
        self.vendors = VendorChannels(vendor_bus or MemoryRoomBus(), retry_after=retry_after)
        """Per-vendor notices (a new customer) for consoles and phone legs."""
        self.speak_hints = speak_hints
        """Say the assistant's hint to a vendor on the phone after each customer offer."""
        self.sessions = sessions
        self.db_seconds = db_seconds
        """What one unit of work (a move, a snapshot) may wait for the database in all."""
        self.engines = engines
        self.metrics = metrics
        self.tracing = Tracing.off()
        """A trace per relayed voice turn, built where its first audio is sent."""
        self.sockets_by_user: dict[int, int] = {}
        """Open live sockets per user in this process (`ws_max_per_user` caps them)."""
        self.idle_seconds = idle_seconds
        self.reservation_seconds = reservation_seconds
        self.min_total_paise = min_total_paise
        """The smallest deal total the payment gateway takes (`payment_min_total_paise`)."""
        self.max_total_paise = max_total_paise
        """The largest deal total the payment gateway takes (`payment_max_total_paise`)."""
        self.endpointer_config = endpointer_config or EndpointerConfig()
        self.turn_taking = turn_taking or TurnTaking()
        self.vad = shared_vad()
        self.vad_8k = _narrowband_vad()
        """The 8 kHz VAD for phone legs; None where its model is not installed (8 kHz
        audio is then upsampled for the 16 kHz one)."""
        self.vad_pool = WorkerPool("vad", workers=1, queue=1024)
        self.clock = clock
        """When confirmations expire (a test may move it on)."""
        self.confirm_seconds = confirm_seconds
        self.rooms: dict[int, LocalRoom] = {}
        self.kept_questions: dict[int, tuple[float, dict[str, PriceQuestion], Any]] = {}
        """Per negotiation whose room here emptied, the price questions still waiting (and
        those answered), until the latest one's deadline: a reconnect (a reload, a switch
        of language) finds them again."""
        self._room_lock = asyncio.Lock()
        self.moves = Moves(self)
        self.hearing = Hearing(self)
        self.pipeline = TurnPipeline(self)
        self.questions = PriceQuestions(self)

    def unit(self) -> AbstractAsyncContextManager[AsyncSession]:
        """A session in a transaction with its own database budget (`unit_of_work`)."""
        return unit_of_work(self.sessions, self.db_seconds)

    async def aclose(self) -> None:
        await self.moves.aclose()
        for room in list(self.rooms.values()):
            await room.stop()
        self.rooms.clear()
        await self.vendors.aclose()
        self.vad_pool.shutdown()

    async def load_room(self, negotiation_id: int) -> RoomInfo | None:
        return await load_room(self.sessions, negotiation_id, self.db_seconds)

    async def snapshot(
        self, room_id: int, actor: Actor, *, language: str | None = None
    ) -> dict[str, Any]:
        async with self.unit() as session:
            n, bids = await domain.get_negotiation(
                session, actor, room_id, latest_bids=SNAPSHOT_BIDS
            )
            history = bids
            if (
                n.bid_count > len(bids)
                and actor.user_id == n.vendor_id
                and bids
                and bids[-1].side is Side.CUSTOMER
            ):
                # The assistant reads the whole history, not just the bids sent (as REST).
                _, history = await domain.get_negotiation(session, actor, room_id)
            hint = await hints.hint_for_vendor(session, actor, n, history)
            product = await session.get(Product, n.product_id)
        members = await self.bus.members(room_id)
        side = "vendor" if actor.user_id == n.vendor_id else "customer"
        snapshot: dict[str, Any] = {
            "type": "snapshot",
            "seq": await self.bus.last_seq(room_id),
            "negotiation": negotiation_view(n),
            "bids": [bid_view(b) for b in bids],
            "product": product_view(product) if product is not None else None,
            "members": {
                who: {"state": m.state, "language": m.language, "client": m.client}
                for who, m in members.items()
            },
            "said": await self.said(room_id, side, language),
        }
        reason = reason_as_read(
            snapshot["negotiation"]["end_reason"],
            side=side,
            language=language,
            product_names=dict(product.names) if product is not None else None,
        )
        if reason is not None:
            snapshot["negotiation"]["end_reason"] = reason
        if hint is not None:  # the vendor's, for the customer offer waiting for an answer
            snapshot["hint"] = hint_view(hint, language) | {"bid_seq": history[-1].seq}
        return snapshot

    async def vendor_hint(self, room_id: int, vendor_id: int, bid_seq: int) -> Hint | None:
        """The assistant's hint for the vendor, as of customer bid `bid_seq`."""
        async with self.unit() as session:
            return await hints.vendor_hint(
                session, Actor(vendor_id, Role.VENDOR, None, None), room_id, upto_seq=bid_seq
            )

    async def join(
        self,
        info: RoomInfo,
        client: Client,
        *,
        voice: str | None,
        rate: float,
        watch: bool = False,
    ) -> LocalRoom:
        """`client` becomes its side's voice here (a newer connection replaces an older
        one: a reconnect), or with `watch` one of the side's watchers, who replace no one
        and change no presence."""
        async with self._room_lock:
            room = self.rooms.get(info.negotiation_id)
            if room is None:
                room = LocalRoom(self, info)
                kept = self.kept_questions.pop(info.negotiation_id, None)
                if kept is not None and kept[0] > self.clock():
                    room.questions, room.answered = kept[1], kept[2]
                await room.start()
                self.rooms[info.negotiation_id] = room
                self.metrics.rooms.set(len(self.rooms))
        if watch:
            room.watchers.setdefault(client.side, []).append(client)
            self.metrics.participants.labels("watcher").inc()
            return room
        await self._become_voice(room, client, voice=voice, rate=rate)
        return room

    async def take_voice(self, room: LocalRoom, client: Client) -> None:
        """A watcher becomes its side's voice ("use this device")."""
        watching = room.watchers.get(client.side, [])
        if client not in watching:
            return
        watching.remove(client)
        self.metrics.participants.labels("watcher").dec()
        await self._become_voice(room, client, voice=None, rate=1.0)

    async def _become_voice(
        self, room: LocalRoom, client: Client, *, voice: str | None, rate: float
    ) -> None:
        previous = room.clients.get(client.side)
        if previous is not None and previous is not client:
            await previous.close(4000, "replaced by a newer connection")
        room.clients[client.side] = client
        # Until our own presence has a number, no other presence unseats this voice.
        room.voice_seq[client.side] = sys.maxsize
        member = Member(
            client.side,
            client.user_id,
            client.language,
            client.kind,
            voice=voice,
            rate=rate,
            conn=client.conn_id,
        )
        try:
            await self.bus.set_member(room.id, member)
            joined = await self.publish(
                room.id,
                Presence(
                    side=client.side,
                    state="here",
                    language=client.language,
                    client=client.kind,
                    conn=client.conn_id,
                ),
            )
        except Exception:  # the caller never gets a room to leave: undo the join here
            if room.clients.get(client.side) is client:
                del room.clients[client.side]
            await self._drop_if_empty(room)
            raise
        room.voice_seq[client.side] = joined.seq
        self.metrics.participants.labels(client.kind).inc()

    async def leave(self, room: LocalRoom, client: Client) -> None:
        watching = room.watchers.get(client.side, [])
        if client in watching:
            watching.remove(client)
            self.metrics.participants.labels("watcher").dec()
            await self._drop_if_empty(room)
            return
        self.metrics.participants.labels(client.kind).dec()
        if room.clients.get(client.side) is not client:
            await self._drop_if_empty(room)  # replaced, here or in another process
            return
        del room.clients[client.side]
        await room.speech.interrupt(client.side)
        with contextlib.suppress(Exception):
            await self._mark_away(room, client)
        await self._drop_if_empty(room)

    async def _mark_away(self, room: LocalRoom, client: Client) -> None:
        members = await self.bus.members(room.id)
        old = members.get(client.side)
        if old is not None and old.conn not in ("", client.conn_id):
            return  # a newer voice, in another process, already holds the side
        if old is not None:
            await self.bus.set_member(room.id, replace(old, state="away"))
        await self.publish(room.id, Presence(side=client.side, state="away"))

    async def _drop_if_empty(self, room: LocalRoom) -> None:
        async with self._room_lock:
            if not room.everyone() and self.rooms.get(room.id) is room:
                del self.rooms[room.id]
                now = self.clock()
                for nid in [k for k, v in self.kept_questions.items() if v[0] <= now]:
                    del self.kept_questions[nid]
                if room.questions:
                    until = max(q.deadline for q in room.questions.values())
                    self.kept_questions[room.id] = (until, room.questions, room.answered)
                await room.stop()
                self.metrics.rooms.set(len(self.rooms))

    async def send_error(
        self, client: Client, code: str, message: str, detail: dict[str, Any] | None = None
    ) -> None:
        """An `error` event to one client (counted by code)."""
        self.metrics.errors.labels(code).inc()
        event = ErrorEvent(code=code, message=message, detail=detail or None, ref=ref_for(client))
        await client.send_event(event.payload())

    async def publish(self, room_id: int, event: Event) -> RoomEvent:
        """Publish a typed event to the room (every process that holds one of its sockets).
        Words said (a final `transcript`, a `translation`) are also kept a while for a
        socket that resumes after missing them (`said` in the snapshot)."""
        published = await self.bus.publish(room_id, event.type, event.data())
        if is_said(published):
            try:
                await self.bus.keep_said(room_id, published)
            except Exception:  # the bus is down: a resume misses these words, nothing else
                log.warning("words said were not kept for a resume", exc_info=True)
        return published

    async def said(self, room_id: int, side: str, language: str | None) -> list[dict[str, Any]]:
        """The room's latest words as `side`'s socket reading `language` got them (its
        `seq` included), for a snapshot; none when they cannot be read."""
        try:
            kept = await self.bus.said(room_id)
        except Exception:
            log.warning("the words kept for a resume could not be read", exc_info=True)
            return []
        kept = [e for e in kept if e.data.get("only") in (None, side)]
        room = self.rooms.get(room_id)
        info = room.info if room is not None else None

        datas = [e.data for e in kept]
        if language:
            # A screen that was not there when the words were said (or is held by another
            # process) reads them in its language too: made here, only where none was.
            wanting = [
                i
                for i, e in enumerate(kept)
                if e.type == "translation"
                and side != e.data.get("side")
                and needs_version(e.data, language)
            ]
            made = await asyncio.gather(
                *(versions_for(self, info, datas[i], {language}) for i in wanting)
            )
            for i, data in zip(wanting, made, strict=True):
                datas[i] = data
        return [
            {"type": e.type, "seq": e.seq, "room": e.room}
            | {
                k: v
                for k, v in (
                    translation_as_read(data, side, language) if e.type == "translation" else data
                ).items()
                if k != "only"
            }
            for e, data in zip(kept, datas, strict=True)
        ]


def is_said(event: RoomEvent) -> bool:
    """Words said in the room: a final transcript, or a translation for the listener."""
    if event.type == "translation":
        return True
    return event.type == "transcript" and event.data.get("final") is not False


def _narrowband_vad() -> SileroVAD | None:
    try:
        vad = shared_narrowband_vad()
    except Exception:  # a broken model file: phone legs fall back to the 16 kHz VAD
        log.exception("the 8 kHz VAD could not be loaded; phone audio is upsampled")
        return None
    if vad is None:
        log.warning("the 8 kHz VAD (silero-vad) is not installed; phone audio is upsampled")
    return vad
