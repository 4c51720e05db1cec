"""Open sockets end when their user's sign-in does.

Each admitted socket is watched with the token version its ticket (or phone token) was
issued at, and the expiry of the bearer token its ticket was exchanged for. Every
`VYAPAR_REVOCATION_CHECK_SECONDS` one task closes the sockets whose token lapsed, with
4401 `token_expired` (after telling each to renew `VYAPAR_WS_RENEW_NOTICE_SECONDS`
before), then asks the account gate about the users behind this process's sockets
(cached answers, one query for the rest) and closes those of a deactivated user, or from
before a password change, with 4410. The lapses need no database: they are closed on time
while it is away.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from server.outages import log_failure
from server.revocation import AccountGate, refusal

log = logging.getLogger("vyaparmitra.live")

CLOSE_REVOKED = 4410
"""The account was deactivated or its password changed: log in again (do not retry)."""
CLOSE_EXPIRED = 4401
"""The token the socket's ticket was exchanged for lapsed: renew it, then reconnect."""
EXPIRED = "token_expired"

Closer = Callable[[int, str, dict[str, Any] | None], Awaitable[None]]
"""Closes a socket with a code and reason, `last` (an event) sent just before."""
Warner = Callable[[dict[str, Any]], Awaitable[None]]
"""Sends a socket one control event (behind what it is already sending)."""


@dataclass(eq=False)
class Watched:
    user_id: int
    version: int | None
    close: Closer = field(repr=False)
    expires_at: float | None = None
    """When the sign-in lapses (Unix seconds); None: it does not."""
    warn: Warner | None = field(default=None, repr=False)
    warned: bool = False
    """`renew` was sent."""

    def lapsed(self, now: float | None = None) -> bool:
        if self.expires_at is None:
            return False
        return (time.time() if now is None else now) >= self.expires_at


def expired_event() -> dict[str, Any]:
    """The `error` sent just before a socket is closed for a lapsed sign-in."""
    return {
        "type": "error",
        "code": EXPIRED,
        "message": "Your sign-in has expired; renew it (or log in again) and reconnect.",
    }


class SignInWatch:
    def __init__(self, gate: AccountGate, *, interval: float, renew_notice: float = 60.0) -> None:
        self.gate = gate
        self.interval = interval
        self.renew_notice = renew_notice
        """Seconds before a lapse that `renew` is sent."""
        self._by_user: dict[int, set[Watched]] = {}
        self._task: asyncio.Task[None] | None = None

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_user.values())

    def watch(
        self,
        user_id: int,
        version: int | None,
        close: Closer,
        *,
        expires_at: float | None = None,
        warn: Warner | None = None,
    ) -> Watched:
        entry = Watched(user_id, version, close, expires_at, warn)
        self._by_user.setdefault(user_id, set()).add(entry)
        return entry

    def unwatch(self, entry: Watched) -> None:
        entries = self._by_user.get(entry.user_id)
        if entries is not None:
            entries.discard(entry)
            if not entries:
                del self._by_user[entry.user_id]

    async def sweep(self) -> int:
        """Close every watched socket whose sign-in has ended; how many were closed."""
        if not self._by_user:
            return 0
        closed = await self.sweep_lapses()
        if not self._by_user:
            return closed
        standings = await self.gate.standings(list(self._by_user))
        for user_id, standing in standings.items():
            for entry in list(self._by_user.get(user_id, ())):
                problem = refusal(standing, entry.version)
                if problem is None:
                    continue
                self.unwatch(entry)
                closed += 1
                log.info(
                    "socket closed: sign-in ended",
                    extra={"user_id": user_id, "code": CLOSE_REVOKED, "why": problem.code},
                )
                try:
                    await entry.close(CLOSE_REVOKED, str(problem), None)
                except Exception:
                    log.exception("closing a revoked socket failed")
        return closed

    async def sweep_lapses(self, now: float | None = None) -> int:
        """Tell the sockets whose sign-in lapses within `renew_notice` to renew (once each),
        and close those whose sign-in lapsed; how many were closed. Asks no database."""
        now = time.time() if now is None else now
        closed = 0
        for entry in [e for entries in self._by_user.values() for e in entries]:
            if entry.expires_at is None:
                continue
            if entry.lapsed(now):
                self.unwatch(entry)
                closed += 1
                log.info(
                    "socket closed: sign-in lapsed",
                    extra={"user_id": entry.user_id, "code": CLOSE_EXPIRED},
                )
                try:
                    await entry.close(CLOSE_EXPIRED, EXPIRED, expired_event())
                except Exception:
                    log.exception("closing a lapsed socket failed")
            elif (
                not entry.warned
                and entry.warn is not None
                and entry.expires_at - now <= self.renew_notice
            ):
                entry.warned = True
                renew = {"type": "renew", "expires_in": int(entry.expires_at - now)}
                try:
                    await entry.warn(renew)
                except Exception:  # a socket going away: its receive loop sees it
                    log.debug("telling a socket to renew failed", exc_info=True)
        return closed

    async def _run(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                await self.sweep()
            except Exception as exc:  # the database is away: try again next time
                log_failure(log, "checking open sockets' sign-ins failed", exc)

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="sign-in-watch")

    async def aclose(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self._by_user.clear()
