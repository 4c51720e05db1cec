"""The browser protocol over one socket: `hello` first (joining the room as the side's
voice or as a watcher, answered with a snapshot), then PCM16 audio and JSON control
messages. See docs/protocol.md."""

from __future__ import annotations

import enum
import time
from typing import Any

from fastapi import WebSocket

from models import BidSource, Role
from server.domain.context import Actor
from server.live.clients import BrowserClient
from server.live.protocol import (
    ACCEPTED_RATES,
    Accept,
    ConfirmPrice,
    Hello,
    Interrupt,
    Mute,
    Offer,
    Ping,
    Pong,
    ProtocolError,
    Reject,
    TakeVoice,
    Text,
    parse_client_message,
)
from server.live.refs import handling
from server.live.room import LocalRoom
from server.live.room_info import RoomInfo
from server.live.service import LiveService
from server.live.tickets import TicketClaims
from server.live.transports.admission import admit_ticket, refuse, room_for
from server.live.transports.guard import CLOSE_POLICY, CLOSE_UNSUPPORTED
from server.live.transports.session import SocketSession
from server.live.turns.endpointing import PriceAnswer, Speaker, TypedWords
from server.ratelimit import RateLimiter

MAX_WAITING_TURNS = 4
"""Typed turns waiting to be heard, translated and said, per speaker; more are refused."""


class Stage(enum.Enum):
    HELLO = "hello"
    """Waiting for `hello`: nothing else is taken."""
    VOICE = "voice"
    """The side's voice: audio and every control message."""
    WATCHING = "watching"
    """Every event, no audio either way, until `take_voice`."""


class BrowserSession(SocketSession):
    def __init__(self, websocket: WebSocket, negotiation_id: int) -> None:
        super().__init__(websocket)
        self.negotiation_id = negotiation_id
        self.stage = Stage.HELLO
        self.claims: TicketClaims
        self.info: RoomInfo
        self.side: str
        self.actor: Actor
        self.client: BrowserClient | None = None
        self.room: LocalRoom | None = None
        self.speaker: Speaker | None = None
        self.told_watching = False

    async def admit(self) -> bool:
        claims = await admit_ticket(self.websocket, self.settings, self.negotiation_id)
        if claims is None:
            return False
        found = await room_for(self.live, self.websocket, self.negotiation_id, claims.user_id)
        if found is None:
            return False
        self.claims = claims
        self.info, self.side = found
        self.signed_in_as = (claims.user_id, claims.token_version)
        self.expires_at = claims.expires_at
        websocket = self.websocket
        self.actor = Actor(
            claims.user_id,
            Role(claims.role),
            request_id=None,
            ip=websocket.client.host if websocket.client else None,
        )
        return True

    async def on_frame(self, message: dict[str, Any]) -> bool:
        if message.get("bytes") is not None:
            return await self._audio(message["bytes"])
        try:
            msg = parse_client_message(message.get("text") or "")
        except ProtocolError as exc:
            self.live.metrics.errors.labels(exc.code).inc()
            await self.send_error(exc.code, exc.message, exc.ref)
            return True
        if isinstance(msg, Pong):  # the heartbeat's answer: that it came is all it says
            return True
        if isinstance(msg, Hello):
            if self.stage is not Stage.HELLO:
                await self.send_error("already_started", "hello was already received.")
                return True
            return await self._hello(msg)
        if self.speaker is None:  # a control message too early: said so, nothing lost
            self.live.metrics.errors.labels("hello_first").inc()
            await self.send_error("hello_first", "Send hello (language, sample_rate) first.")
            return True
        if isinstance(msg, TakeVoice):
            if self.stage is Stage.WATCHING and self.room is not None and self.client is not None:
                await self.live.take_voice(self.room, self.client)
                self.stage = Stage.VOICE
            return True
        with handling(self.speaker.client, getattr(msg, "ref", None)):
            await control(self.live, self.speaker, msg, self.app.state.limiter, self._ip())
        return True

    async def _audio(self, data: bytes) -> bool:
        speaker = self.speaker
        if speaker is None:
            await refuse(
                self.websocket,
                CLOSE_POLICY,
                "hello_first",
                "Send hello (language, sample_rate) before audio.",
            )
            return False
        if self.stage is Stage.WATCHING:
            if not self.told_watching:
                self.told_watching = True
                await self.live.send_error(
                    speaker.client,
                    "watching",
                    "This connection watches; audio goes through the side's voice "
                    "connection (reconnect without watch to speak here).",
                )
            return True
        if len(data) % 2:
            await self.live.send_error(
                speaker.client, "bad_frame", "Audio frames are PCM16: an even number of bytes."
            )
            return True
        if not await self.paced(len(data) / (2 * speaker.input_rate)):
            return False
        speaker.feed(data)
        return True

    async def _hello(self, msg: Hello) -> bool:
        if msg.sample_rate not in ACCEPTED_RATES or msg.output_sample_rate not in ACCEPTED_RATES:
            await refuse(
                self.websocket,
                CLOSE_UNSUPPORTED,
                "unsupported_sample_rate",
                f"Sample rates must be one of {list(ACCEPTED_RATES)}.",
            )
            return False
        live, info = self.live, self.info
        client = BrowserClient(
            self.websocket,
            side=self.side,
            user_id=self.claims.user_id,
            language=msg.language,
            output_rate=msg.output_sample_rate,
            limits=self.conn.limits,
            gone=self.conn.gone,
        )
        self.client = client
        self.conn.client = client
        self.room = await live.join(info, client, voice=msg.voice, rate=msg.rate, watch=msg.watch)
        await client.send_event(
            await live.snapshot(info.negotiation_id, self.actor, language=msg.language)
            | {"you": {"side": self.side, "language": msg.language, "watching": msg.watch}}
        )
        # A price question waiting for this side (asked on a connection now closed, or in
        # another language) is asked again here, in this connection's language.
        await live.questions.reask(self.room, client)
        self.speaker = Speaker(live, self.room, client, self.actor, msg.sample_rate)
        self.stage = Stage.WATCHING if msg.watch else Stage.VOICE
        return True

    def _ip(self) -> str:
        return self.websocket.client.host if self.websocket.client else "unknown"

    async def release(self) -> None:
        if self.speaker is not None:
            await self.speaker.close()
        if self.room is not None and self.client is not None:
            await self.live.leave(self.room, self.client)


async def control(
    live: LiveService, speaker: Speaker, msg: Any, limiter: RateLimiter, ip: str
) -> None:
    """A control message from a speaker who said `hello`."""
    if isinstance(msg, Text | Offer):
        # An offer is an offer on any channel: typed and button offers share the `bids`
        # allowance with the REST route (spoken ones are paced by speech itself).
        verdict = await limiter.hit("bids", ip=ip, user_id=speaker.actor.user_id)
        if not verdict.allowed:
            await live.send_error(
                speaker.client,
                "rate_limited",
                f"Too many offers; try again in {verdict.retry_after} s.",
            )
            return
    if isinstance(msg, Text) and speaker.turns.qsize() >= MAX_WAITING_TURNS:
        await live.send_error(
            speaker.client, "busy", "Still saying your last words; send this again in a moment."
        )
        return
    if isinstance(msg, Ping):
        await speaker.client.send_event({"type": "pong", "at": time.time()})
    elif isinstance(msg, Mute):
        speaker.muted = msg.muted
    elif isinstance(msg, Interrupt):
        await speaker.room.speech.interrupt(speaker.client.side)
    elif isinstance(msg, Text):
        speaker.turns.put_nowait(TypedWords(msg.text, msg.expected_seq, ref=msg.ref))
    elif isinstance(msg, ConfirmPrice):  # in turn with words, which may answer it too
        speaker.turns.put_nowait(PriceAnswer(msg.utterance_id, msg.confirm, ref=msg.ref))
    elif isinstance(msg, Offer):
        await live.moves.place_bid(
            speaker,
            msg.amount_paise,
            BidSource.BUTTON,
            quantity=msg.quantity,
            confirm_below_floor=msg.confirm_below_floor,
        )
    elif isinstance(msg, Accept):
        await live.moves.accept(
            speaker,
            expected_seq=msg.expected_seq,
            source=BidSource.BUTTON,
            confirm_below_floor=msg.confirm_below_floor,
        )
    elif isinstance(msg, Reject):
        await live.moves.reject(speaker, worded=False)
