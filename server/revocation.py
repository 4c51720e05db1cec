"""Revocation: a bearer token or socket ticket is good only while its user is active and
still at the token version it was signed with.

Deactivating a user or changing their password bumps `users.token_version`, which ends
every sign-in issued before. Each authenticated request asks; the answer is cached per
process for `VYAPAR_ACCOUNT_CACHE_SECONDS` in a bounded LRU, so a change made by any
worker (or the CLI) takes effect everywhere within that time, at one indexed query per
user and interval. Issuing a socket ticket and admitting a socket ask the database afresh
(`fresh=True`), so a ticket from before a revocation is refused at once. Open sockets are
checked by `server.live.revocation`.

A cached answer can only be older than the database, never newer: a token signed at a
version above the cached one (or at the cached version of an account cached as
inactive, which cannot sign in) was issued after that answer was taken, so the account
is read again rather than the new sign-in refused. The role comes from the account: a
token whose role differs from its user's is refused.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Collection
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import Role, User
from server.security import AccountDeactivated, SessionRevoked, TokenError

_CHUNK = 500
"""Users looked up in one query (an IN list stays well below every driver's limit)."""


@dataclass(frozen=True, slots=True)
class Standing:
    active: bool
    token_version: int
    role: Role | None = None


def refusal(
    standing: Standing | None, version: int | None, role: Role | None = None
) -> TokenError | None:
    """Why a sign-in at `version` (None: any) as `role` (None: any) is over for a user in
    `standing`, or None."""
    if standing is None:
        return AccountDeactivated(
            "This account no longer exists (it may have been removed); log in or register."
        )
    if not standing.active:
        return AccountDeactivated("This account has been deactivated; ask the market office.")
    if version is not None and version != standing.token_version:
        if standing.role is Role.GUEST:  # a guest has no password: a renewal ended it
            return SessionRevoked(
                "This visit's sign-in was renewed since (on this phone or another); "
                "reload the page, or scan the stall's QR code again."
            )
        return SessionRevoked(
            "This sign-in has ended (the password was changed, or the account was "
            "deactivated since); log in again."
        )
    if role is not None and standing.role is not None and role is not standing.role:
        return TokenError("The bearer token does not match its account; log in again.")
    return None


def outdated(standing: Standing | None, version: int | None) -> bool:
    """Whether a cached `standing` predates a sign-in at `version`: the version is newer,
    or it is the version of an account cached as inactive (no one signs in while
    inactive, so that sign-in came after a reactivation)."""
    if standing is None or version is None:
        return False
    if version > standing.token_version:
        return True
    return not standing.active and version == standing.token_version


class AccountGate:
    """Is a user active, and at which token version? Cached for `ttl_seconds`."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        *,
        ttl_seconds: float,
        max_entries: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._sessions = sessions
        self._ttl = ttl_seconds
        self._max = max(1, max_entries)
        self._clock = clock
        self._cache: OrderedDict[int, tuple[float, Standing | None]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._cache)

    async def standings(
        self, user_ids: Collection[int], *, fresh: bool = False
    ) -> dict[int, Standing | None]:
        """Each user's standing (None: no such user), from the cache or one query
        (`fresh`: always from the database, the cache refreshed)."""
        now = self._clock()
        found: dict[int, Standing | None] = {}
        missing: list[int] = []
        for user_id in set(user_ids):
            cached = None if fresh else self._cache.get(user_id)
            if cached is not None and cached[0] > now:
                self._cache.move_to_end(user_id)
                found[user_id] = cached[1]
            else:
                missing.append(user_id)
        for start in range(0, len(missing), _CHUNK):
            chunk = missing[start : start + _CHUNK]
            async with self._sessions() as session:
                rows = await session.execute(
                    select(User.id, User.is_active, User.token_version, User.role).where(
                        User.id.in_(chunk)
                    )
                )
                loaded = {
                    row.id: Standing(bool(row.is_active), row.token_version, row.role)
                    for row in rows
                }
            expires = self._clock() + self._ttl
            for user_id in chunk:
                found[user_id] = loaded.get(user_id)
                self._remember(user_id, expires, found[user_id])
        return found

    def _remember(self, user_id: int, expires: float, standing: Standing | None) -> None:
        self._cache[user_id] = (expires, standing)
        self._cache.move_to_end(user_id)
        while len(self._cache) > self._max:
            self._cache.popitem(last=False)

    async def check(
        self,
        user_id: int,
        version: int | None,
        *,
        role: Role | None = None,
        fresh: bool = False,
        confirm_refusal: bool = False,
    ) -> None:
        """Raise the `TokenError` that ends a sign-in at `version` as `role`, if it is over.
        `fresh` asks the database whatever the cache holds: for rare, lasting grants
        (a socket ticket, a socket admitted), where a stale yes would outlive a revocation.
        A cached answer older than the sign-in is read again (once). `confirm_refusal`: a
        cached refusal is read again (once) before it is given, so that the answer is the
        database's at once (an account activated again a moment ago is no longer told it
        is deactivated), for the routes that promise to ask it."""
        standing = (await self.standings([user_id], fresh=fresh))[user_id]
        if not fresh and outdated(standing, version):
            standing = (await self.standings([user_id], fresh=True))[user_id]
            fresh = True
        problem = refusal(standing, version, role)
        if problem is not None and confirm_refusal and not fresh:
            standing = (await self.standings([user_id], fresh=True))[user_id]
            problem = refusal(standing, version, role)
        if problem is not None:
            raise problem

    def forget(self, user_id: int) -> None:
        """Drop a cached answer (this process just changed the user)."""
        self._cache.pop(user_id, None)
