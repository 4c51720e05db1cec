"""Who may open a live socket: the origin allow-list, a single-use ticket for this
connection, a sign-in still valid, a party to the negotiation. Each refusal closes the
socket with an `error` event and the code that says why; Redis or the database away
closes it with 1013 (try again later), the socket form of a 503."""

from __future__ import annotations

import contextlib
import json
import logging
import time
from urllib.parse import urlsplit

from fastapi import WebSocket
from sqlalchemy import exc as sa

from models import Role
from server.dbtime import database_budget
from server.live.revocation import CLOSE_EXPIRED, CLOSE_REVOKED, EXPIRED, expired_event
from server.live.room_info import RoomInfo
from server.live.service import LiveService
from server.live.tickets import TicketClaims
from server.live.transports.connection import is_phone_leg
from server.live.transports.guard import CLOSE_POLICY, CLOSE_TRY_AGAIN
from server.redisconn import REDIS_DOWN
from server.security import TokenError
from server.settings import Settings

log = logging.getLogger("vyaparmitra.live")

UNAVAILABLE: tuple[type[Exception], ...] = (
    *REDIS_DOWN,
    sa.OperationalError,
    sa.InterfaceError,
    sa.TimeoutError,
)
"""Redis or the database unreachable (or a pool full): the socket is told to retry."""


_DEFAULT_PORTS = {"http": 80, "https": 443}


def web_origin(url: str, *, strict: bool = False) -> str | None:
    """The web origin of `url` as a browser writes it in `Origin`: `scheme://host[:port]`,
    the host in lower case, a scheme's default port left out. A base URL's path is not
    part of its origin; with `strict` (an `Origin` header) anything beyond the origin (a
    path, user info, a query) makes it none, as does what is no origin at all ("null")."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    if strict and (parts.path not in ("", "/") or parts.query or parts.fragment):
        return None
    if strict and (parts.username is not None or parts.password is not None):
        return None
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    if port is None or port == _DEFAULT_PORTS[scheme]:
        return f"{scheme}://{host}"
    return f"{scheme}://{host}:{port}"


async def _spend(websocket: WebSocket, tickets: list[str]) -> None:
    """Use up `tickets` (those a refused handshake carried), whatever they were for."""
    for ticket in tickets:
        if ticket:
            await websocket.app.state.tickets.redeem(ticket)


def origin_allowed(websocket: WebSocket, settings: Settings) -> bool:
    origin = websocket.headers.get("origin")
    if origin is None:
        return True  # not a browser (a telephony bridge, a script); tickets still apply
    allowed = {web_origin(settings.public_base_url)}
    allowed.update(web_origin(o) for o in settings.allowed_origins)
    allowed.discard(None)
    seen = web_origin(origin, strict=True)
    return seen is not None and seen in allowed


async def refuse_bad_path(websocket: WebSocket, _exc: Exception) -> None:
    """A socket path whose id is not plain digits (`/ws/negotiations/42.0`): the origin
    is checked first, as for every socket (refused before the upgrade, which a client
    sees as HTTP 403), then the socket is accepted and closed 1008 with an `error`
    `invalid_path`, so that a wrong URL is told apart from a refused origin. Installed
    for FastAPI's `WebSocketRequestValidationError`, which would refuse the upgrade.
    A ticket it carries is spent: it opens nothing afterwards."""
    with contextlib.suppress(Exception):
        await _spend(websocket, websocket.query_params.getlist("ticket"))
    if not origin_allowed(websocket, websocket.app.state.settings):
        await websocket.close(CLOSE_POLICY, "origin not allowed")
        return
    await websocket.accept()
    await refuse(
        websocket,
        CLOSE_POLICY,
        "invalid_path",
        "The id in the socket path must be written in plain digits (/ws/negotiations/42).",
    )


def close_reason(text: str) -> str:
    """`text` cut to what a close frame carries (123 bytes of UTF-8), whole characters."""
    return text.encode()[:123].decode(errors="ignore")


def phone_close_reason(error: str, message: str) -> str:
    """A phone leg's close reason: the error code first (what a carrier logs is all
    anyone reads of it), then the sentence."""
    return close_reason(f"{error}: {message}")


async def refuse(websocket: WebSocket, code: int, error: str, message: str) -> None:
    """Close with `code`: a browser gets an `error` event first; a phone leg only the
    close, its reason naming the error (`phone_close_reason`)."""
    with contextlib.suppress(Exception):
        if is_phone_leg(websocket):
            await websocket.close(code, phone_close_reason(error, message))
            return
        await websocket.send_text(json.dumps({"type": "error", "code": error, "message": message}))
        await websocket.close(code, message[:120])


async def try_again_later(websocket: WebSocket, exc: Exception) -> None:
    """Rooms and tickets shared between processes live in Redis, negotiations in the
    database; while either cannot be reached a socket is closed with 1013 (try again
    later) and `retry_after`, the socket form of a 503. Reconnecting later takes a fresh
    snapshot from the database."""
    settings: Settings = websocket.app.state.settings
    retry_after = settings.unavailable_retry_after_seconds
    what = "redis" if isinstance(exc, REDIS_DOWN) else "database"
    log.warning(f"socket closed: {what} unavailable", extra={"error": type(exc).__name__})
    with contextlib.suppress(Exception):
        if is_phone_leg(websocket):
            reason = f"{what}_unavailable: live rooms unavailable; try again later"
            await websocket.close(CLOSE_TRY_AGAIN, reason)
            return
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


async def signed_in(
    websocket: WebSocket, user_id: int, version: int | None, role: Role | None = None
) -> bool:
    """Whether the user behind a ticket or token is still signed in, as `role` (asked of
    the database, not a cache: a socket outlives the moment); if not, the socket is
    closed with 4410 and the reason."""
    try:
        # One unit of work: the pre-ping and a new connection share one bound.
        with database_budget(websocket.app.state.settings.db_answer_timeout_seconds):
            await websocket.app.state.accounts.check(user_id, version, role=role, fresh=True)
    except TokenError as exc:
        await refuse(websocket, CLOSE_REVOKED, exc.code, str(exc))
        return False
    except UNAVAILABLE as exc:
        await try_again_later(websocket, exc)
        return False
    return True


async def admit_ticket(
    websocket: WebSocket, settings: Settings, negotiation_id: int | None
) -> TicketClaims | None:
    """Origin allow-list, then the single-use ticket, issued for this negotiation (None:
    the vendor notice channel) to a user still signed in: who is on this socket, or None
    (the socket is closed with the reason)."""
    presented = websocket.query_params.getlist("ticket")
    if not origin_allowed(websocket, settings):
        # A ticket shown to a refused handshake is spent all the same: it opens nothing.
        with contextlib.suppress(Exception):
            await _spend(websocket, presented)
        await websocket.close(CLOSE_POLICY, "origin not allowed")
        return None
    await websocket.accept()
    try:
        if len(presented) > 1:
            # Which of several would be meant is a guess: every one is spent, none opens.
            await _spend(websocket, presented)
            claims: TicketClaims | None = None
        else:
            claims = await websocket.app.state.tickets.redeem(presented[0] if presented else "")
    except UNAVAILABLE as exc:
        await try_again_later(websocket, exc)
        return None
    if claims is None:
        await refuse(
            websocket, 4401, "bad_ticket", "That ticket is unknown, used or expired; get a new one."
        )
        return None
    if claims.call_sid is not None:
        await refuse(
            websocket, 4401, "wrong_ticket", "That ticket opens a phone call's media stream only."
        )
        return None
    if claims.negotiation_id != negotiation_id:
        where = (
            f"negotiation {claims.negotiation_id}"
            if claims.negotiation_id is not None
            else "the vendor notice channel"
        )
        await refuse(
            websocket,
            4401,
            "wrong_ticket",
            f"That ticket was issued for {where}; get one for this connection.",
        )
        return None
    if claims.expires_at is not None and time.time() >= claims.expires_at:
        # Issued in the token's last seconds and redeemed after it lapsed.
        with contextlib.suppress(Exception):
            await websocket.send_text(json.dumps(expired_event()))
            await websocket.close(CLOSE_EXPIRED, EXPIRED)
        return None
    if not await signed_in(websocket, claims.user_id, claims.token_version, Role(claims.role)):
        return None
    return claims


async def room_for(
    live: LiveService, websocket: WebSocket, negotiation_id: int, user_id: int
) -> tuple[RoomInfo, str] | None:
    """The negotiation's room and the user's side in it; None (the socket closed with
    the reason) for an unknown negotiation or someone not a party to it."""
    try:
        info = await live.load_room(negotiation_id)
    except UNAVAILABLE as exc:
        await try_again_later(websocket, exc)
        return None
    if info is None:
        await refuse(websocket, 4404, "not_found", f"Negotiation {negotiation_id} does not exist.")
        return None
    if user_id == info.customer_id:
        return info, "customer"
    if user_id == info.vendor_id:
        return info, "vendor"
    await refuse(websocket, 4403, "forbidden", "You are not a party to this negotiation.")
    return None
