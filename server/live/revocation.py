"""Open sockets end when their user's sign-in does.

Each admitted socket is watched with the token version its ticket (or phone token) was
issued at. Every `VYAPAR_REVOCATION_CHECK_SECONDS` one task asks the account gate about
the users behind this process's sockets (cached answers, one query for the rest) and
closes those of a deactivated user, or from before a password change, with 4410.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from server.outages import log_failure
from server.revocation import AccountGate, refusal

log = logging.getLogger("vyaparmitra.live")

CLOSE_REVOKED = 4410
"""The account was deactivated or its password changed: log in again (do not retry)."""

Closer = Callable[[int, str], Awaitable[None]]


@dataclass(eq=False)
class Watched:
    user_id: int
    version: int | None
    close: Closer = field(repr=False)


class SignInWatch:
    def __init__(self, gate: AccountGate, *, interval: float) -> None:
        self.gate = gate
        self.interval = interval
        self._by_user: dict[int, set[Watched]] = {}
        self._task: asyncio.Task[None] | None = None

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_user.values())

    def watch(self, user_id: int, version: int | None, close: Closer) -> Watched:
        entry = Watched(user_id, version, close)
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
        standings = await self.gate.standings(list(self._by_user))
        closed = 0
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
                    await entry.close(CLOSE_REVOKED, str(problem))
                except Exception:
                    log.exception("closing a revoked socket failed")
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
