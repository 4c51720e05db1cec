"""Dependencies: the session, the acting user, rate limits. `Annotated` aliases for routes."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from models import Role
from server.api.errors import RateLimited
from server.domain.context import Actor
from server.domain.errors import Forbidden
from server.logs import request_id_var
from server.ratelimit import RateLimiter
from server.security import Passwords, TokenError, Tokens
from server.settings import Settings


async def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    async with request.app.state.sessions() as session:
        yield session


async def get_tokens(request: Request) -> Tokens:
    tokens: Tokens = request.app.state.tokens
    return tokens


async def get_passwords(request: Request) -> Passwords:
    passwords: Passwords = request.app.state.passwords
    return passwords


ASK_THE_DATABASE = frozenset({"/api/me", "/api/ws-ticket"})
"""Routes whose answer about the caller's account is the database's at once (the docs
promise it): a refusal the account cache holds is read again before it is given."""


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def bearer_token(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


async def optional_actor(request: Request) -> Actor | None:
    """The caller from their bearer token, or None when no token is sent.

    Every dependency here is `async def` on purpose: FastAPI runs plain `def`
    dependencies in a thread pool, a hop that cost more than the query itself.
    """
    cached: Actor | None = getattr(request.state, "actor", None)
    if cached is not None:
        return cached
    token = bearer_token(request)
    if token is None:
        return None
    claims = request.app.state.tokens.verify(token)
    # A deactivated user, a token from before a password change, or a token whose role is
    # not its account's, is refused here; on the routes that ask the database at once, as
    # the database says now, not as the account cache said a few seconds ago.
    await request.app.state.accounts.check(
        claims.user_id,
        claims.version,
        role=claims.role,
        confirm_refusal=request.url.path in ASK_THE_DATABASE,
    )
    request.state.token_version = claims.version
    request.state.token_expires_at = claims.expires_at
    actor = Actor(
        user_id=claims.user_id,
        role=claims.role,
        request_id=request_id_var.get(),
        ip=client_ip(request),
    )
    request.state.actor = actor
    return actor


async def current_actor(actor: Annotated[Actor | None, Depends(optional_actor)]) -> Actor:
    if actor is None:
        raise TokenError("Log in first: send `Authorization: Bearer <token>`.")
    return actor


async def anonymous_actor(request: Request) -> Actor:
    return Actor(user_id=None, role=None, request_id=request_id_var.get(), ip=client_ip(request))


def require_role(*roles: Role) -> Any:
    async def _check(actor: Annotated[Actor, Depends(current_actor)]) -> Actor:
        if actor.role not in roles:
            names = " or ".join(r.value for r in roles)
            raise Forbidden(f"Only a {names} can do this.")
        return actor

    return Depends(_check)


Repeat = Callable[[Request, Actor], Awaitable[bool]]


def rate_limit(category: str, *, repeat: Repeat | None = None) -> Any:
    """The caller's `category` limit; a request `repeat` calls a repeat (asking again for
    what was made already, answered without the costly work the category guards) counts
    against the `general` limit instead."""

    async def _hit(
        request: Request, actor: Annotated[Actor | None, Depends(optional_actor)]
    ) -> None:
        limiter: RateLimiter = request.app.state.limiter
        chosen = category
        if repeat is not None and actor is not None and await repeat(request, actor):
            chosen = "general"
        verdict = await limiter.hit(
            chosen, ip=client_ip(request), user_id=actor.user_id if actor else None
        )
        if not verdict.allowed:
            raise RateLimited(chosen, verdict.retry_after)

    return Depends(_hit)


DEVICE_COOKIE = "vyapar_device"
"""A random name for the shopper's browser, set by the shopper page (`/s/{token}`): it
tells apart the phones behind one market address for the `stall_deals` limit."""
_DEVICE = re.compile(r"[A-Za-z0-9_-]{16,64}")


def device_of(request: Request) -> str | None:
    """The caller's device cookie, when it has the shape the page gives it."""
    value = request.cookies.get(DEVICE_COOKIE)
    return value if value is not None and _DEVICE.fullmatch(value) else None


async def count_stall_deal(request: Request, actor: Actor, vendor_id: int) -> None:
    """Count a new deal at `vendor_id`'s stall against the caller's address and device
    (the `stall_deals` limit: per phone, and five times that per address, so one market's
    Wi-Fi is not one shopper); past it, 429 and the caller's transaction does not commit."""
    limiter: RateLimiter = request.app.state.limiter
    verdict = await limiter.hit_shared(
        "stall_deals", f"{actor.ip or 'unknown'}@{vendor_id}", device_of(request)
    )
    if not verdict.allowed:
        raise RateLimited("stall_deals", verdict.retry_after)


SessionDep = Annotated[AsyncSession, Depends(get_session)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
TokensDep = Annotated[Tokens, Depends(get_tokens)]
PasswordsDep = Annotated[Passwords, Depends(get_passwords)]
CurrentActor = Annotated[Actor, Depends(current_actor)]
AnonymousActor = Annotated[Actor, Depends(anonymous_actor)]
VendorActor = Annotated[Actor, require_role(Role.VENDOR)]
