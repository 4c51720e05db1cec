"""A phone leg in Twilio Media Streams format: JSON text frames, `start` first (its
`customParameters` carry a `ticket`, or the vendor's bearer `token` with
`negotiation_id`), then μ-law media; a vendor's leg also hears their notices. A call's
own ticket from the voice webhook names no negotiation: that leg is the stall line
(`server.live.transports.stall`).

Another carrier's stream (`exotel.py`) is this session with its wire format swapped in:
`parse_frame`, `format_refusal`, `start_parameters`, `to_pcm16` and `new_client`."""

from __future__ import annotations

import asyncio
import functools
import logging
import re
import time
from typing import TYPE_CHECKING, Any

from fastapi import WebSocket

from audio.codecs import ulaw_to_pcm16
from audio.vendor_phrases import deal_closed_text
from models import Role
from server.domain.context import Actor
from server.domain.languages import SPOKEN
from server.live import twilio
from server.live.clients import OVER_STATES, PhoneClient
from server.live.room import LocalRoom
from server.live.transports.admission import origin_allowed, refuse, room_for, signed_in
from server.live.transports.connection import PHONE_LEG
from server.live.transports.guard import CLOSE_POLICY, CLOSE_UNSUPPORTED
from server.live.transports.session import SocketSession
from server.live.turns.endpointing import Speaker
from server.live.vendors import SpokenNotices
from server.security import TokenError

if TYPE_CHECKING:
    from server.live.transports.stall import StallLine

log = logging.getLogger("vyaparmitra.live")

_ID = re.compile(r"[1-9][0-9]*")
"""A negotiation id as `customParameters` carry it: ASCII digits, no sign or leading zero."""


CLOSE_NO_START = 4408
"""No valid `start` in time (the phone leg's "request timeout")."""
CLOSE_SILENT = 4003
"""The media stream went silent: no `media` for `phone_silence_seconds` (a live call
streams a frame every 20 ms, silence included)."""


DEAL_OVER_SPEECH_SECONDS = 15.0
"""At most this long for a finished negotiation's last words to be said and played before
a phone leg that named it ends."""


class PhoneSession(SocketSession):
    def __init__(self, websocket: WebSocket) -> None:
        super().__init__(websocket)
        # Refusals and outages close this stream without an `error` event (`refuse`).
        websocket.scope[PHONE_LEG] = True
        self.start_by = 0.0
        self._start_timer: asyncio.TimerHandle | None = None
        self._overdue: asyncio.Task[None] | None = None
        self.client: PhoneClient | None = None
        self.room: LocalRoom | None = None
        self.speaker: Speaker | StallLine | None = None
        """What hears the caller: the room's speaker, or the stall line between deals."""
        self.notices: tuple[int, SpokenNotices] | None = None
        self.media_at = time.monotonic()
        """When the last `media` came in (or the call started)."""
        self.told_early_media = False
        self._ender: asyncio.Task[None] | None = None
        """Ends the stream once the negotiation this leg named is over."""
        self.starting = False
        """A `start` came in time and is being admitted: the start timer no longer runs
        (admitting it asks Redis and the database, each bounded on its own, and an outage
        there is answered as one: `database_unavailable` or `redis_unavailable`, 1013)."""

    async def admit(self) -> bool:
        if not origin_allowed(self.websocket, self.settings):
            await self.websocket.close(CLOSE_POLICY, "origin not allowed")
            return False
        await self.websocket.accept()
        self.start_by = time.monotonic() + self.settings.ws_start_seconds
        self._start_timer = asyncio.get_running_loop().call_later(
            self.settings.ws_start_seconds, self._start_overdue
        )
        return True

    def _start_overdue(self) -> None:
        if self.speaker is None and not self.starting:
            self._overdue = asyncio.create_task(self._no_start(), name="phone-no-start")

    async def _no_start(self) -> None:
        """Anyone may open this socket; it holds nothing until a valid `start` says who is
        calling, and it may not hold the line long without one (even sending frames)."""
        if self.speaker is None and not self.starting:
            await refuse(
                self.websocket,
                CLOSE_NO_START,
                "start_timeout",
                f"No valid start within {self.settings.ws_start_seconds:g} s.",
            )

    async def on_frame(self, message: dict[str, Any]) -> bool:
        if message.get("bytes") is not None:
            await refuse(
                self.websocket, CLOSE_UNSUPPORTED, "binary", "Phone stream frames are JSON text."
            )
            return False
        try:
            event = self.parse_frame(message.get("text") or "")
        except twilio.TwilioProtocolError as exc:
            self.live.metrics.errors.labels(exc.code).inc()
            log.warning("bad media stream frame", extra={"code": exc.code, "why": exc.message})
            return True
        if self.speaker is None and time.monotonic() > self.start_by:
            await self._no_start()
            return False
        if isinstance(event, twilio.Connected | twilio.Mark):
            return True
        if isinstance(event, twilio.Stop):
            return False
        if isinstance(event, twilio.Start):
            if self.speaker is not None:
                return True
            self.starting = True
            if self._start_timer is not None:
                self._start_timer.cancel()
            try:
                return await self._start(event)
            finally:
                self.starting = False
        if isinstance(event, twilio.Media):
            if self.speaker is None:
                # Audio before a valid start (the start was malformed, or is late): dropped,
                # counted once; with no valid start in time the leg closes 4408.
                if not self.told_early_media:
                    self.told_early_media = True
                    self.live.metrics.errors.labels("start_first").inc()
                    log.warning("media before a valid start: dropped until one comes")
                return True
            self.media_at = time.monotonic()
            if event.track in ("inbound", "inbound_track"):
                pcm16 = self.to_pcm16(event.payload)
                seconds = len(pcm16) / (2 * twilio.SAMPLE_RATE)  # 8 kHz, both carriers
                if not await self.paced(seconds):
                    return False
                self.speaker.feed(pcm16)
        return True

    async def _start(self, event: twilio.Start) -> bool:
        websocket, live = self.websocket, self.live
        unsupported = self.format_refusal(event)
        if unsupported is not None:
            await refuse(websocket, CLOSE_UNSUPPORTED, "unsupported_format", unsupported)
            return False
        params = self.start_parameters(event)
        who = await phone_identity(self.app, params, event.call_sid)
        if who is None:
            await refuse(
                websocket,
                4401,
                "bad_credentials",
                "customParameters need a valid ticket (for this negotiation), or "
                "token and negotiation_id.",
            )
            return False
        user_id, role, negotiation_id, version = who
        if not await signed_in(websocket, user_id, version, role):
            return False
        if not await self.hold_slot(user_id):
            return False
        language = params.get("language") or await _language_of(self.app, user_id)
        if language not in SPOKEN:
            await refuse(
                websocket,
                CLOSE_POLICY,
                "unsupported_language",
                f"The language must be one of {', '.join(SPOKEN)}.",
            )
            return False
        if negotiation_id is None:
            return await self._stall_line(event, user_id, role, version, language)
        found = await room_for(live, websocket, negotiation_id, user_id)
        if found is None:
            return False
        info, side = found
        if side != "vendor":
            # The phone leg is the vendor's voice; a customer speaks from the browser.
            await refuse(
                websocket, 4403, "forbidden", "Only the vendor of a negotiation has a phone leg."
            )
            return False
        self.conn.watch(user_id, version)
        actor = Actor(user_id, role, request_id=None, ip=None)
        client = self.new_client(
            websocket,
            side=side,
            user_id=user_id,
            language=language,
            stream_sid=event.stream_sid,
            limits=self.conn.limits,
            gone=self.conn.gone,
        )
        self.client = client
        self.conn.client = client
        client.deal_over = asyncio.Event()
        self.room = await live.join(info, client, voice=params.get("voice"), rate=1.0)
        self.speaker = Speaker(live, self.room, client, actor, twilio.SAMPLE_RATE)
        self._ender = asyncio.create_task(self._end_with_deal(client), name="phone-deal-over")
        if info.status_at_load in OVER_STATES:
            # Over before the call came: no `state` will tell this leg, so it hears that
            # now, in its language, and the stream ends once that is said.
            text = deal_closed_text(language)
            self.room.speech.prompt(client, text, f"closed-{info.negotiation_id}")
            client.deal_over.set()
            return True
        if side == "vendor":  # the vendor's phone also hears "new customer for …"
            say = functools.partial(self.room.speech.notice, client)
            self.notices = (user_id, SpokenNotices(language, say))
            await live.vendors.subscribe(*self.notices)
        return True

    # The carrier's wire format: Twilio Media Streams here; a subclass speaks another.

    def parse_frame(self, text: str) -> object:
        """One text frame as an event (`twilio.Start`, `twilio.Media`, …); raises
        `twilio.TwilioProtocolError` (or a subclass) for a malformed one."""
        return twilio.parse(text)

    def format_refusal(self, event: twilio.Start) -> str | None:
        """Why the start's media format cannot be taken (None: it can)."""
        if event.encoding != "audio/x-mulaw" or event.sample_rate != twilio.SAMPLE_RATE:
            return "Only audio/x-mulaw at 8000 Hz is supported."
        return None

    def start_parameters(self, event: twilio.Start) -> dict[str, str]:
        """The credentials and options a start carries (Twilio: `customParameters`)."""
        return event.custom_parameters

    def to_pcm16(self, payload: bytes) -> bytes:
        return ulaw_to_pcm16(payload)

    def new_client(self, websocket: WebSocket, **kwargs: Any) -> PhoneClient:
        return PhoneClient(websocket, **kwargs)

    async def _stall_line(
        self, event: twilio.Start, user_id: int, role: Role, version: int | None, language: str
    ) -> bool:
        """A call set up by the voice webhook: the vendor's stall line, on standby."""
        from server.live.transports.stall import StallClient, StallLine

        self.conn.watch(user_id, version)
        client = StallClient(
            self.websocket,
            side="vendor",
            user_id=user_id,
            language=language,
            stream_sid=event.stream_sid,
            limits=self.conn.limits,
            gone=self.conn.gone,
        )
        self.client = client
        self.conn.client = client
        line = StallLine(
            self.live,
            client,
            Actor(user_id, role, request_id=None, ip=None),
            prompt_seconds=self.settings.phone_prompt_seconds,
            voice=self.start_parameters(event).get("voice"),
        )
        self.speaker = line
        await line.start()
        return True

    async def watch_link(self) -> None:
        """A phone leg gets no heartbeat (a carrier answers no `ping` of ours): its media
        stream is the heartbeat. Once started, a leg with no `media` for
        `phone_silence_seconds` is closed with 4003 (`media_silent`)."""
        silence = self.settings.phone_silence_seconds
        if silence <= 0:
            return
        while True:
            await asyncio.sleep(min(1.0, silence / 4))
            if self.speaker is None:
                self.media_at = time.monotonic()  # counted from the start of the call
                continue
            quiet = time.monotonic() - self.media_at
            if quiet >= silence:
                log.info(
                    "phone media stream silent; closed",
                    extra={"code": CLOSE_SILENT, "silent_s": round(quiet, 1)},
                )
                await self.conn.close(CLOSE_SILENT, f"media_silent: no media for {silence:g} s")
                return

    async def _end_with_deal(self, client: PhoneClient) -> None:
        """The negotiation this leg named is over (rejected, expired, cancelled, paid):
        once its last words are said (and played at the far end), the stream ends (1000),
        which hands the call back to the carrier's flow, instead of a call left open in a
        room where nothing more can happen."""
        assert client.deal_over is not None
        await client.deal_over.wait()
        room = self.room
        if room is not None:
            deadline = time.monotonic() + DEAL_OVER_SPEECH_SECONDS
            playing = room.speech.playback.get(client.side)
            while playing is not None and time.monotonic() < deadline:
                if playing.task is not None and not playing.task.done():
                    await asyncio.wait([playing.task], timeout=deadline - time.monotonic())
                    continue
                left = min(playing.playing_until, deadline) - time.monotonic()
                if left <= 0:
                    break
                await asyncio.sleep(left)
        log.info("the negotiation is over; the phone leg ends", extra={"room": room and room.id})
        await self.conn.close(1000, "negotiation_over")

    async def release(self) -> None:
        if self._ender is not None:
            self._ender.cancel()
        if self._start_timer is not None:
            self._start_timer.cancel()
        if self.notices is not None:
            await self.live.vendors.unsubscribe(*self.notices)
        if self.speaker is not None:
            await self.speaker.close()
        if self.room is not None and self.client is not None:
            await self.live.leave(self.room, self.client)


async def phone_identity(
    app: Any, params: dict[str, str], call_sid: str = ""
) -> tuple[int, Role, int | None, int | None] | None:
    """(user id, role, negotiation id, token version) from a start message's parameters.
    A ticket opens only the negotiation it was issued for; a call's ticket (from the voice
    webhook) only that call's stream, and names no negotiation (None: the stall line)."""
    negotiation_id: int | None = None
    raw = params.get("negotiation_id")
    if raw is not None:
        # ASCII digits only, as in a path: `int()` would also read "١", " 7" or "+7".
        if not _ID.fullmatch(raw):
            return None
        negotiation_id = int(raw)
        if not negotiation_id < 2**63:
            return None
    if "ticket" in params:
        claims = await app.state.tickets.redeem(params["ticket"])
        if claims is None:
            return None
        if claims.call_sid is not None:
            return stall_identity(claims, call_sid, negotiation_id)
        if claims.negotiation_id is None:
            return None
        if negotiation_id is not None and negotiation_id != claims.negotiation_id:
            return None
        return claims.user_id, Role(claims.role), claims.negotiation_id, claims.token_version
    if "token" in params:
        try:
            token = app.state.tokens.verify(params["token"])
        except TokenError:
            return None
        if negotiation_id is None:
            return None
        return token.user_id, token.role, negotiation_id, token.version
    return None


def stall_identity(
    claims: Any, call_sid: str, negotiation_id: int | None
) -> tuple[int, Role, int | None, int | None] | None:
    """A call's ticket opens the media stream of the call it was issued to, naming no
    negotiation; another call's stream (a ticket passed on) is refused."""
    if not call_sid or claims.call_sid != call_sid or negotiation_id is not None:
        return None
    return claims.user_id, Role(claims.role), None, claims.token_version


async def _language_of(app: Any, user_id: int) -> str:
    from server.domain import accounts

    async with app.state.live.unit() as session:
        return (await accounts.get_user(session, user_id)).language
