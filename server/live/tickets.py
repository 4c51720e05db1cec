"""Single-use WebSocket tickets: a bearer token is exchanged for a short-lived ticket.

Browsers cannot set headers on a WebSocket, and a long-lived token in a URL ends up in
logs and histories; a ticket is random, works once, and dies after `ttl` seconds.
In Redis when configured (any process may redeem it), otherwise in process memory.
"""

from __future__ import annotations

import json
import secrets
import time
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class TicketClaims:
    user_id: int
    role: str
    negotiation_id: int | None = None
    """The one negotiation room this ticket opens; None: the vendor notice channel."""
    token_version: int | None = None
    """The token version of the bearer token it was exchanged for (None: not checked)."""
    call_sid: str | None = None
    """A stall line's ticket (issued to a call by the voice webhook): it opens only the
    media stream of that call, never a browser or console socket."""
    expires_at: int | None = None
    """When the bearer token it was exchanged for lapses (Unix seconds): a socket it opens
    is told to renew shortly before, and closed then (None: it does not lapse)."""


class TicketStore(Protocol):
    async def issue(self, claims: TicketClaims, ttl: int) -> str: ...

    async def redeem(self, ticket: str) -> TicketClaims | None:
        """The claims, exactly once; None if unknown, used or expired."""
        ...

    async def aclose(self) -> None: ...


def _new_ticket() -> str:
    return secrets.token_urlsafe(24)


class MemoryTicketStore:
    def __init__(self) -> None:
        self._tickets: dict[str, tuple[TicketClaims, float]] = {}

    async def issue(self, claims: TicketClaims, ttl: int) -> str:
        now = time.monotonic()
        # Drop expired ones as we go, so the dict cannot grow without bound.
        for key in [k for k, (_, exp) in self._tickets.items() if exp <= now]:
            del self._tickets[key]
        ticket = _new_ticket()
        self._tickets[ticket] = (claims, now + ttl)
        return ticket

    async def redeem(self, ticket: str) -> TicketClaims | None:
        found = self._tickets.pop(ticket, None)
        if found is None or found[1] <= time.monotonic():
            return None
        return found[0]

    async def aclose(self) -> None:
        self._tickets.clear()


class RedisTicketStore:
    def __init__(self, redis: Any, prefix: str = "vyapar:ticket:") -> None:
        self._redis = redis
        self._prefix = prefix

    async def issue(self, claims: TicketClaims, ttl: int) -> str:
        ticket = _new_ticket()
        payload = json.dumps(
            {
                "u": claims.user_id,
                "r": claims.role,
                "n": claims.negotiation_id,
                "v": claims.token_version,
                "c": claims.call_sid,
                "e": claims.expires_at,
            }
        )
        await self._redis.set(self._prefix + ticket, payload, ex=ttl, nx=True)
        return ticket

    async def redeem(self, ticket: str) -> TicketClaims | None:
        raw = await self._redis.getdel(self._prefix + ticket)  # atomic: works once
        if raw is None:
            return None
        data = json.loads(raw)
        return TicketClaims(
            user_id=int(data["u"]),
            role=str(data["r"]),
            negotiation_id=data["n"],
            token_version=data.get("v"),
            call_sid=data.get("c"),
            expires_at=data.get("e"),
        )

    async def aclose(self) -> None:
        return None
