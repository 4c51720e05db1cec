"""Live sockets (browser rooms, Twilio phone legs, vendor notices), socket tickets and
metrics. Each socket endpoint hands its socket to a session of `server.live.transports`."""

from __future__ import annotations

import hmac
import math
import time
from typing import Annotated

from fastapi import APIRouter, Body, Request, WebSocket
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from models import Role
from server import metrics_peers
from server.api.deps import CurrentActor, SessionDep, client_ip, rate_limit
from server.api.error_docs import error_responses
from server.api.errors import RateLimited
from server.api.schemas import Id, PathId, Strict
from server.domain import negotiation as domain
from server.domain.errors import Forbidden
from server.live.service import LiveService
from server.live.tickets import TicketClaims
from server.live.transports.browser import BrowserSession
from server.live.transports.exotel import ExotelSession
from server.live.transports.phone import PhoneSession
from server.live.transports.vendor import VendorSession
from server.ratelimit import RateLimiter
from server.settings import Settings

router = APIRouter(tags=["live"])


class TicketIn(Strict):
    negotiation_id: Id | None = None


class TicketOut(BaseModel):
    ticket: str
    expires_in: int
    """Seconds the ticket may wait to be used."""
    sign_in_expires_in: int | None = None
    """Whole seconds until the sign-in the ticket came from lapses (None: it does not):
    a socket opened with the ticket after that is refused (4401 `token_expired`), and
    one open then is closed; a client that sees little left renews the sign-in first."""


@router.post(
    "/api/ws-ticket",
    response_model=TicketOut,
    dependencies=[rate_limit("sockets")],
    responses=error_responses(403, 404, 503),
)
async def ws_ticket(
    request: Request,
    actor: CurrentActor,
    session: SessionDep,
    body: Annotated[TicketIn | None, Body()] = None,
) -> TicketOut:
    """Exchange a bearer token for a single-use socket ticket, valid for 60 s. It opens
    only the negotiation named here (or, with none, the vendor notice channel: vendors
    only). A negotiation that does not exist is a 404, one the caller is not a party to a
    403, as for `GET /api/negotiations/{id}`, and a customer asking for the notice channel
    a 403: no ticket is issued for a room it could not open. The token's expiry goes with
    the ticket: the socket is told to renew shortly before it, and closed (4401
    `token_expired`) when it comes."""
    settings: Settings = request.app.state.settings
    assert actor.user_id is not None
    assert actor.role is not None
    version = getattr(request.state, "token_version", None)
    # The account's standing from the database, not the per-process cache: a ticket
    # must not be issued in the seconds after a deactivation or password change.
    await request.app.state.accounts.check(actor.user_id, version, role=actor.role, fresh=True)
    negotiation_id = body.negotiation_id if body else None
    if negotiation_id is not None:
        async with session.begin():
            await domain.side_in(session, actor, negotiation_id)
    elif actor.role is not Role.VENDOR:
        raise Forbidden("Only a vendor has a notice channel; name the negotiation to open.")
    ticket = await request.app.state.tickets.issue(
        TicketClaims(
            actor.user_id,
            actor.role.value,
            negotiation_id,
            token_version=version,
            expires_at=getattr(request.state, "token_expires_at", None),
        ),
        settings.ws_ticket_ttl_seconds,
    )
    expires_at = getattr(request.state, "token_expires_at", None)
    return TicketOut(
        ticket=ticket,
        expires_in=settings.ws_ticket_ttl_seconds,
        sign_in_expires_in=None if expires_at is None else max(0, int(expires_at - time.time())),
    )


async def check_metrics_access(request: Request, settings: Settings) -> None:
    """`/metrics` tells about traffic, pools and failures: with `VYAPAR_METRICS_TOKEN`
    set, only a scraper presenting it (or `VYAPAR_METRICS_TOKEN_PREVIOUS` while scrapers
    move to a new one) as a bearer token reads it (401 otherwise, compared
    in constant time; an address that presented wrong ones past the `metrics` limit,
    `VYAPAR_RATE_LIMIT_AUTH`, gets 429 until its wait is over, whatever it presents, so
    a token cannot be guessed online); in production without a token it does not exist
    (404, as for any unknown path) unless `VYAPAR_METRICS_PUBLIC=true` says it may be
    open."""
    token = settings.metrics_token
    if token is not None:
        # Per client address, until when (monotonic) its tries are refused without a look
        # at the token: it presented wrong ones past the `metrics` limit.
        refused: dict[str, float] | None = getattr(request.app.state, "metrics_refused", None)
        if refused is None:
            refused = request.app.state.metrics_refused = {}
        ip = client_ip(request)
        now = time.monotonic()
        until = refused.get(ip, 0.0)
        if until > now:
            raise RateLimited("metrics", max(1, math.ceil(until - now)))
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        # The header's bytes as sent (Starlette decodes them as Latin-1); each accepted
        # token compared in constant time, all of them every time.
        presented = given.strip().encode("latin-1", "surrogateescape")
        accepted = [token, settings.metrics_token_previous]
        matches = [
            hmac.compare_digest(presented, t.get_secret_value().encode())
            for t in accepted
            if t is not None
        ]
        if scheme.lower() != "bearer" or not any(matches):
            limiter: RateLimiter = request.app.state.limiter
            verdict = await limiter.hit("metrics", ip=ip, user_id=None)
            if not verdict.allowed:
                for address, ends in list(refused.items()):
                    if ends <= now:
                        del refused[address]
                refused[ip] = now + verdict.retry_after
                raise RateLimited("metrics", verdict.retry_after)
            raise HTTPException(
                401,
                "The metrics need the scraper's bearer token (VYAPAR_METRICS_TOKEN).",
                headers={"WWW-Authenticate": "Bearer"},
            )
    elif settings.env == "production" and not settings.metrics_public:
        raise HTTPException(404, "Not Found")


def exposition(live: LiveService) -> bytes:
    """This process's metrics, its pools' queues read now."""
    live.metrics.queue_depth.labels("stt").set(live.engines.stt_pool.in_flight)
    live.metrics.queue_depth.labels("tts").set(live.engines.tts_pool.in_flight)
    live.metrics.queue_depth.labels("vad").set(live.vad_pool.in_flight)
    return generate_latest(live.metrics.registry)


@router.api_route("/metrics", methods=["GET", "HEAD"], include_in_schema=False)
async def metrics(request: Request) -> Response:
    """This process's metrics; under `serve --workers N`, every worker's, each labelled
    with its worker (`server.metrics_peers`)."""
    await check_metrics_access(request, request.app.state.settings)
    own = exposition(request.app.state.live)
    folder = metrics_peers.peers_dir()
    body = own if folder is None else await metrics_peers.gather(folder, own)
    return Response(body, media_type=CONTENT_TYPE_LATEST)


@router.websocket("/ws/negotiations/{negotiation_id}")
async def browser_socket(websocket: WebSocket, negotiation_id: PathId) -> None:
    """A participant's browser: the protocol of docs/protocol.md."""
    await BrowserSession(websocket, negotiation_id).run()


@router.websocket("/ws/telephony/twilio")
async def twilio_socket(websocket: WebSocket) -> None:
    """A phone leg in Twilio Media Streams format. `start.customParameters` carry either
    `ticket`, or `token` (the vendor's bearer token) with `negotiation_id`; a call's own
    ticket from the voice webhook makes the leg the vendor's stall line."""
    await PhoneSession(websocket).run()


@router.websocket("/ws/telephony/exotel")
async def exotel_socket(websocket: WebSocket) -> None:
    """A phone leg in Exotel's Voicebot stream format (raw PCM16 at 8 kHz). The applet
    URL's query string (repeated as `start.custom_parameters`) carries `ticket`, or
    `token` with `negotiation_id`."""
    await ExotelSession(websocket).run()


@router.websocket("/ws/vendor")
async def vendor_socket(websocket: WebSocket) -> None:
    """A vendor console's notice channel: `customer_joined` when a shopper starts haggling
    over one of the vendor's products. Ticket auth as for rooms; `hello` (language) first."""
    await VendorSession(websocket).run()
