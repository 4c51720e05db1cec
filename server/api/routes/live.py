"""Live sockets: tickets, the browser protocol, the Twilio Media Streams protocol, metrics."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import time
from typing import Annotated, Any

from fastapi import APIRouter, Body, Request, WebSocket, WebSocketDisconnect
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel
from sqlalchemy import exc as sa

from audio.codecs import ulaw_to_pcm16
from models import BidSource, Role
from server.api.deps import CurrentActor, rate_limit
from server.api.errors import error_responses
from server.api.schemas import Id, PathId
from server.domain.context import Actor
from server.domain.languages import SPOKEN
from server.live import twilio
from server.live.clients import BrowserClient, PhoneClient
from server.live.connection import Connection, next_frame
from server.live.protocol import (
    ACCEPTED_RATES,
    Accept,
    ConfirmPrice,
    Hello,
    Interrupt,
    Mute,
    Offer,
    Ping,
    ProtocolError,
    Reject,
    TakeVoice,
    Text,
    parse_client_message,
)
from server.live.revocation import CLOSE_REVOKED
from server.live.service import LiveService, PriceAnswer, RoomInfo, Speaker, TypedWords
from server.live.tickets import TicketClaims
from server.live.vendors import ConsoleNotices, SpokenNotices
from server.ratelimit import RateLimiter
from server.redisconn import REDIS_DOWN
from server.security import TokenError
from server.settings import Settings

log = logging.getLogger("vyaparmitra.live")
router = APIRouter(tags=["live"])

# Close codes: 1008 policy (origin, flood, protocol order), 1009 too big, 1003 unsupported
# data (sample rate), 1011 server error, 1013 too slow to read; 4401 bad ticket (or one for
# another negotiation), 4403 not a party, 4404 unknown, 4410 the sign-in ended.
CLOSE_POLICY = 1008
CLOSE_TOO_BIG = 1009
CLOSE_UNSUPPORTED = 1003
CLOSE_TRY_AGAIN = 1013
UNAVAILABLE: tuple[type[Exception], ...] = (
    *REDIS_DOWN,
    sa.OperationalError,
    sa.InterfaceError,
    sa.TimeoutError,
)
"""Redis or the database unreachable (or a pool full): the socket is told to retry."""


class TicketIn(BaseModel):
    negotiation_id: Id | None = None


class TicketOut(BaseModel):
    ticket: str
    expires_in: int


@router.post(
    "/api/ws-ticket",
    response_model=TicketOut,
    dependencies=[rate_limit("general")],
    responses=error_responses(503),
)
async def ws_ticket(
    request: Request, actor: CurrentActor, body: Annotated[TicketIn | None, Body()] = None
) -> TicketOut:
    """Exchange a bearer token for a single-use socket ticket, valid for 60 s. It opens
    only the negotiation named here (or, with none, the vendor notice channel)."""
    settings: Settings = request.app.state.settings
    assert actor.user_id is not None
    assert actor.role is not None
    ticket = await request.app.state.tickets.issue(
        TicketClaims(
            actor.user_id,
            actor.role.value,
            body.negotiation_id if body else None,
            token_version=getattr(request.state, "token_version", None),
        ),
        settings.ws_ticket_ttl_seconds,
    )
    return TicketOut(ticket=ticket, expires_in=settings.ws_ticket_ttl_seconds)


@router.get("/metrics", include_in_schema=False)
async def metrics(request: Request) -> Response:
    live: LiveService = request.app.state.live
    live.metrics.queue_depth.labels("stt").set(live.engines.stt_pool.in_flight)
    live.metrics.queue_depth.labels("tts").set(live.engines.tts_pool.in_flight)
    live.metrics.queue_depth.labels("vad").set(live.vad_pool.in_flight)
    return Response(generate_latest(live.metrics.registry), media_type=CONTENT_TYPE_LATEST)


def origin_allowed(websocket: WebSocket, settings: Settings) -> bool:
    origin = websocket.headers.get("origin")
    if origin is None:
        return True  # not a browser (a telephony bridge, a script); tickets still apply
    allowed = {
        settings.public_base_url.rstrip("/"),
        *(o.rstrip("/") for o in settings.allowed_origins),
    }
    return origin.rstrip("/") in allowed


BURST_SECONDS = 5
"""A client that stalled may catch up with a burst of this many seconds of frames."""


class FrameGuard:
    """Size, rate, idle and session-length limits for one socket."""

    def __init__(self, settings: Settings) -> None:
        self.max_bytes = settings.ws_max_message_bytes
        self.rate = settings.ws_max_frames_per_second
        self.idle = settings.ws_idle_seconds
        self.deadline = time.monotonic() + settings.ws_max_session_seconds
        self._allowance = self.rate * BURST_SECONDS
        self._last = time.monotonic()

    def take(self) -> bool:
        now = time.monotonic()
        refill = (now - self._last) * self.rate
        self._allowance = min(self.rate * BURST_SECONDS, self._allowance + refill)
        self._last = now
        if self._allowance < 1:
            return False
        self._allowance -= 1
        return True


async def receive(
    websocket: WebSocket, guard: FrameGuard, stop: asyncio.Future[Any] | None = None
) -> dict[str, Any] | None:
    """The next frame, or None after closing the socket for a limit (with its code), or
    once `stop` is done."""
    remaining = guard.deadline - time.monotonic()
    if remaining <= 0:
        await websocket.close(1000, "session time limit reached")
        return None
    try:
        async with asyncio.timeout(min(guard.idle, remaining)):
            message = await next_frame(websocket, stop)
    except TimeoutError:
        await websocket.close(
            1001, "idle too long" if remaining > guard.idle else "session time limit reached"
        )
        return None
    if message is None:
        return None
    if message["type"] == "websocket.disconnect":
        raise WebSocketDisconnect(message.get("code", 1000))
    size = len(message.get("bytes") or b"") + len((message.get("text") or "").encode())
    if size > guard.max_bytes:
        await websocket.close(CLOSE_TOO_BIG, f"message larger than {guard.max_bytes} bytes")
        return None
    if not guard.take():
        await websocket.send_text(
            json.dumps({"type": "error", "code": "flood", "message": "Too many frames; slow down."})
        )
        await websocket.close(CLOSE_POLICY, "too many frames")
        return None
    return dict(message)


async def _refuse(websocket: WebSocket, code: int, error: str, message: str) -> None:
    with contextlib.suppress(Exception):
        await websocket.send_text(json.dumps({"type": "error", "code": error, "message": message}))
        await websocket.close(code, message[:120])


async def _try_again_later(websocket: WebSocket, exc: Exception) -> None:
    """Rooms and tickets shared between processes live in Redis, negotiations in the
    database; while either cannot be reached a socket is closed with 1013 (try again
    later) and `retry_after`, the socket form of a 503. Reconnecting later takes a fresh
    snapshot from the database."""
    settings: Settings = websocket.app.state.settings
    retry_after = settings.unavailable_retry_after_seconds
    what = "redis" if isinstance(exc, REDIS_DOWN) else "database"
    log.warning(f"socket closed: {what} unavailable", extra={"error": type(exc).__name__})
    with contextlib.suppress(Exception):
        await websocket.send_text(
            json.dumps(
                {
                    "type": "error",
                    "code": f"{what}_unavailable",
                    "message": "Live rooms are unavailable right now; "
                    f"reconnect in {retry_after} s.",
                    "retry_after": retry_after,
                }
            )
        )
        await websocket.close(CLOSE_TRY_AGAIN, "live rooms unavailable; try again later")


async def _signed_in(websocket: WebSocket, user_id: int, version: int | None) -> bool:
    """Whether the user behind a ticket or token is still signed in; if not, the socket
    is closed with 4410 and the reason."""
    try:
        await websocket.app.state.accounts.check(user_id, version)
    except TokenError as exc:
        await _refuse(websocket, CLOSE_REVOKED, exc.code, str(exc))
        return False
    return True


async def _admit(
    websocket: WebSocket, settings: Settings, negotiation_id: int | None
) -> TicketClaims | None:
    """Origin allow-list, then the single-use ticket, issued for this negotiation (None:
    the vendor notice channel) to a user still signed in: who is on this socket, or None
    (the socket is closed with the reason)."""
    if not origin_allowed(websocket, settings):
        await websocket.close(CLOSE_POLICY, "origin not allowed")
        return None
    await websocket.accept()
    try:
        claims: TicketClaims | None = await websocket.app.state.tickets.redeem(
            websocket.query_params.get("ticket", "")
        )
    except UNAVAILABLE as exc:
        await _try_again_later(websocket, exc)
        return None
    if claims is None:
        await _refuse(
            websocket, 4401, "bad_ticket", "That ticket is unknown, used or expired; get a new one."
        )
        return None
    if claims.negotiation_id != negotiation_id:
        where = (
            f"negotiation {claims.negotiation_id}"
            if claims.negotiation_id is not None
            else "the vendor notice channel"
        )
        await _refuse(
            websocket,
            4401,
            "wrong_ticket",
            f"That ticket was issued for {where}; get one for this connection.",
        )
        return None
    if not await _signed_in(websocket, claims.user_id, claims.token_version):
        return None
    return claims


async def _room_for(
    live: LiveService, websocket: WebSocket, negotiation_id: int, user_id: int
) -> tuple[RoomInfo, str] | None:
    try:
        info = await live.load_room(negotiation_id)
    except UNAVAILABLE as exc:
        await _try_again_later(websocket, exc)
        return None
    if info is None:
        await _refuse(websocket, 4404, "not_found", f"Negotiation {negotiation_id} does not exist.")
        return None
    if user_id == info.customer_id:
        return info, "customer"
    if user_id == info.vendor_id:
        return info, "vendor"
    await _refuse(websocket, 4403, "forbidden", "You are not a party to this negotiation.")
    return None


@router.websocket("/ws/negotiations/{negotiation_id}")
async def browser_socket(websocket: WebSocket, negotiation_id: PathId) -> None:
    app = websocket.app
    settings: Settings = app.state.settings
    live: LiveService = app.state.live
    claims = await _admit(websocket, settings, negotiation_id)
    if claims is None:
        return
    found = await _room_for(live, websocket, negotiation_id, claims.user_id)
    if found is None:
        return
    info, side = found
    conn = Connection(websocket, settings, live.metrics)
    conn.watch(claims.user_id, claims.token_version)
    actor = Actor(
        claims.user_id,
        Role(claims.role),
        request_id=None,
        ip=websocket.client.host if websocket.client else None,
    )
    guard = FrameGuard(settings)
    client: BrowserClient | None = None
    speaker: Speaker | None = None
    room = None
    watching = told_watching = False
    try:
        while True:
            message = await receive(websocket, guard, conn.stop)
            if message is None:
                return
            if message.get("bytes") is not None:
                if speaker is None:
                    await _refuse(
                        websocket,
                        CLOSE_POLICY,
                        "hello_first",
                        "Send hello (language, sample_rate) before audio.",
                    )
                    return
                if watching:
                    if not told_watching:
                        told_watching = True
                        await live.send_error(
                            speaker.client,
                            "watching",
                            "This connection watches; audio goes through the side's voice "
                            "connection (reconnect without watch to speak here).",
                        )
                    continue
                data: bytes = message["bytes"]
                if len(data) % 2:
                    await live.send_error(
                        speaker.client,
                        "bad_frame",
                        "Audio frames are PCM16: an even number of bytes.",
                    )
                    continue
                speaker.feed(data)
                continue
            try:
                msg = parse_client_message(message.get("text") or "")
            except ProtocolError as exc:
                live.metrics.errors.labels(exc.code).inc()
                await websocket.send_text(
                    json.dumps({"type": "error", "code": exc.code, "message": exc.message})
                )
                continue
            if isinstance(msg, Hello):
                if speaker is not None:
                    await websocket.send_text(
                        json.dumps(
                            {
                                "type": "error",
                                "code": "already_started",
                                "message": "hello was already received.",
                            }
                        )
                    )
                    continue
                if (
                    msg.sample_rate not in ACCEPTED_RATES
                    or msg.output_sample_rate not in ACCEPTED_RATES
                ):
                    await _refuse(
                        websocket,
                        CLOSE_UNSUPPORTED,
                        "unsupported_sample_rate",
                        f"Sample rates must be one of {list(ACCEPTED_RATES)}.",
                    )
                    return
                client = BrowserClient(
                    websocket,
                    side=side,
                    user_id=claims.user_id,
                    language=msg.language,
                    output_rate=msg.output_sample_rate,
                    limits=conn.limits,
                    gone=conn.gone,
                )
                conn.client = client
                watching = msg.watch
                room = await live.join(
                    info, client, voice=msg.voice, rate=msg.rate, watch=msg.watch
                )
                await client.send_event(
                    await live.snapshot(info.negotiation_id, actor, language=msg.language)
                    | {"you": {"side": side, "language": msg.language, "watching": msg.watch}}
                )
                speaker = Speaker(live, room, client, actor, msg.sample_rate)
                continue
            if speaker is None:
                await _refuse(
                    websocket,
                    CLOSE_POLICY,
                    "hello_first",
                    "Send hello (language, sample_rate) first.",
                )
                return
            if isinstance(msg, TakeVoice):
                if watching and room is not None and client is not None:
                    await live.take_voice(room, client)
                    watching = False
                continue
            await _control(live, speaker, msg, app.state.limiter, _client_ip(websocket))
    except WebSocketDisconnect:
        pass
    except UNAVAILABLE as exc:
        await _try_again_later(websocket, exc)
    finally:
        if speaker is not None:
            await speaker.close()
        if room is not None and client is not None:
            await live.leave(room, client)
        await conn.finish()


MAX_WAITING_TURNS = 4
"""Typed turns waiting to be heard, translated and said, per speaker; more are refused."""


def _client_ip(websocket: WebSocket) -> str:
    return websocket.client.host if websocket.client else "unknown"


async def _control(
    live: LiveService, speaker: Speaker, msg: Any, limiter: RateLimiter, ip: str
) -> None:
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
        await speaker.room.interrupt(speaker.client.side)
    elif isinstance(msg, Text):
        speaker.turns.put_nowait(TypedWords(msg.text))
    elif isinstance(msg, ConfirmPrice):  # in turn with words, which may answer it too
        speaker.turns.put_nowait(PriceAnswer(msg.utterance_id, msg.confirm))
    elif isinstance(msg, Offer):
        await live.place_bid(
            speaker,
            msg.amount_paise,
            BidSource.BUTTON,
            quantity=msg.quantity,
            confirm_below_floor=msg.confirm_below_floor,
        )
    elif isinstance(msg, Accept):
        await live.accept(
            speaker,
            expected_seq=msg.expected_seq,
            source=BidSource.BUTTON,
            confirm_below_floor=msg.confirm_below_floor,
        )
    elif isinstance(msg, Reject):
        await live.reject(speaker)


@router.websocket("/ws/telephony/twilio")
async def twilio_socket(websocket: WebSocket) -> None:
    """A phone leg in Twilio Media Streams format. `start.customParameters` carry either
    `ticket`, or `token` (the vendor's bearer token) with `negotiation_id`."""
    app = websocket.app
    settings: Settings = app.state.settings
    live: LiveService = app.state.live
    if not origin_allowed(websocket, settings):
        await websocket.close(CLOSE_POLICY, "origin not allowed")
        return
    await websocket.accept()
    guard = FrameGuard(settings)
    conn = Connection(websocket, settings, live.metrics)
    client: PhoneClient | None = None
    speaker: Speaker | None = None
    room = None
    notices: tuple[int, SpokenNotices] | None = None
    try:
        while True:
            message = await receive(websocket, guard, conn.stop)
            if message is None:
                return
            if message.get("bytes") is not None:
                await _refuse(
                    websocket, CLOSE_UNSUPPORTED, "binary", "Media Streams frames are JSON text."
                )
                return
            try:
                event = twilio.parse(message.get("text") or "")
            except twilio.TwilioProtocolError as exc:
                live.metrics.errors.labels(exc.code).inc()
                log.warning("bad media stream frame", extra={"code": exc.code})
                continue
            if isinstance(event, twilio.Connected | twilio.Mark):
                continue
            if isinstance(event, twilio.Stop):
                return
            if isinstance(event, twilio.Start):
                if speaker is not None:
                    continue
                if event.encoding != "audio/x-mulaw" or event.sample_rate != twilio.SAMPLE_RATE:
                    await _refuse(
                        websocket,
                        CLOSE_UNSUPPORTED,
                        "unsupported_format",
                        "Only audio/x-mulaw at 8000 Hz is supported.",
                    )
                    return
                who = await _phone_identity(app, event.custom_parameters)
                if who is None:
                    await _refuse(
                        websocket,
                        4401,
                        "bad_credentials",
                        "customParameters need a valid ticket (for this negotiation), or "
                        "token and negotiation_id.",
                    )
                    return
                user_id, role, negotiation_id, version = who
                if not await _signed_in(websocket, user_id, version):
                    return
                language = event.custom_parameters.get("language") or await _language_of(
                    app, user_id
                )
                if language not in SPOKEN:
                    await _refuse(
                        websocket,
                        CLOSE_POLICY,
                        "unsupported_language",
                        f"The language must be one of {', '.join(SPOKEN)}.",
                    )
                    return
                found = await _room_for(live, websocket, negotiation_id, user_id)
                if found is None:
                    return
                info, side = found
                conn.watch(user_id, version)
                actor = Actor(user_id, role, request_id=None, ip=None)
                client = PhoneClient(
                    websocket,
                    side=side,
                    user_id=user_id,
                    language=language,
                    stream_sid=event.stream_sid,
                    limits=conn.limits,
                    gone=conn.gone,
                )
                conn.client = client
                room = await live.join(
                    info, client, voice=event.custom_parameters.get("voice"), rate=1.0
                )
                speaker = Speaker(live, room, client, actor, twilio.SAMPLE_RATE)
                if side == "vendor":  # the vendor's phone also hears "new customer for …"
                    say = functools.partial(room.enqueue_speech, client)
                    notices = (user_id, SpokenNotices(language, say))
                    await live.vendors.subscribe(*notices)
                continue
            if isinstance(event, twilio.Media):
                if speaker is None:
                    await _refuse(
                        websocket,
                        CLOSE_POLICY,
                        "start_first",
                        "A start message must come before media.",
                    )
                    return
                if event.track in ("inbound", "inbound_track"):
                    speaker.feed(ulaw_to_pcm16(event.payload))
    except WebSocketDisconnect:
        pass
    except UNAVAILABLE as exc:
        await _try_again_later(websocket, exc)
    finally:
        if notices is not None:
            await live.vendors.unsubscribe(*notices)
        if speaker is not None:
            await speaker.close()
        if room is not None and client is not None:
            await live.leave(room, client)
        await conn.finish()


@router.websocket("/ws/vendor")
async def vendor_socket(websocket: WebSocket) -> None:
    """A vendor console's notice channel: `customer_joined` when a shopper starts haggling
    over one of the vendor's products. Ticket auth as for rooms; `hello` (language) first."""
    app = websocket.app
    settings: Settings = app.state.settings
    live: LiveService = app.state.live
    claims = await _admit(websocket, settings, None)
    if claims is None:
        return
    if claims.role != Role.VENDOR.value:
        await _refuse(websocket, 4403, "forbidden", "Only vendors have a notice channel.")
        return
    guard = FrameGuard(settings)
    conn = Connection(websocket, settings, live.metrics)
    conn.watch(claims.user_id, claims.token_version)
    notices: ConsoleNotices | None = None
    try:
        while True:
            message = await receive(websocket, guard, conn.stop)
            if message is None:
                return
            try:
                if message.get("bytes") is not None:
                    raise ProtocolError("binary", "This channel takes no audio.")
                msg = parse_client_message(message.get("text") or "")
                if notices is None and not isinstance(msg, Hello):
                    raise ProtocolError("hello_first", "Send hello (language) first.")
            except ProtocolError as exc:
                live.metrics.errors.labels(exc.code).inc()
                await websocket.send_text(
                    json.dumps({"type": "error", "code": exc.code, "message": exc.message})
                )
                continue
            if isinstance(msg, Ping):
                await websocket.send_text(json.dumps({"type": "pong", "at": time.time()}))
            elif isinstance(msg, Hello) and notices is None:
                client = BrowserClient(
                    websocket,
                    side="vendor",
                    user_id=claims.user_id,
                    language=msg.language,
                    output_rate=msg.output_sample_rate,
                    limits=conn.limits,
                    gone=conn.gone,
                )
                conn.client = client
                notices = ConsoleNotices(client)
                await live.vendors.subscribe(claims.user_id, notices)
                await client.send_event(
                    {
                        "type": "welcome",
                        "vendor_id": claims.user_id,
                        "language": msg.language,
                        "seq": await live.vendors.last_seq(claims.user_id),
                    }
                )
            else:
                await websocket.send_text(
                    json.dumps(
                        {
                            "type": "error",
                            "code": "unsupported",
                            "message": "This channel takes only hello and ping.",
                        }
                    )
                )
    except WebSocketDisconnect:
        pass
    except UNAVAILABLE as exc:
        await _try_again_later(websocket, exc)
    finally:
        if notices is not None:
            await live.vendors.unsubscribe(claims.user_id, notices)
        await conn.finish()


async def _phone_identity(
    app: Any, params: dict[str, str]
) -> tuple[int, Role, int, int | None] | None:
    """(user id, role, negotiation id, token version) from a start message's parameters.
    A ticket opens only the negotiation it was issued for."""
    negotiation_id: int | None = None
    raw = params.get("negotiation_id")
    if raw is not None:
        try:
            negotiation_id = int(raw)
        except ValueError:
            return None
        if not 0 < negotiation_id < 2**63:
            return None
    if "ticket" in params:
        claims = await app.state.tickets.redeem(params["ticket"])
        if claims is None or claims.negotiation_id is None:
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


async def _language_of(app: Any, user_id: int) -> str:
    from server.domain import accounts

    async with app.state.sessions() as session, session.begin():
        return (await accounts.get_user(session, user_id)).language
