"""Commits with an unknown outcome. A commit that is not answered in time (or whose
connection breaks) may still have been saved: the database may finish it after the wait
gave up. `Settler.commit` does not guess: it answers `OutcomeUnknown` at once and starts a
bounded follow-up that, once the database answers, learns whether the transaction
committed (PostgreSQL's `txid_status` of the transaction id taken just before COMMIT; on
SQLite, whether the rows are there) and then tells the room exactly what was saved, or
the speaker that nothing was. Where each statement commits alone (the HTTP API's bid,
`server.sessions.single_statement`), the write is the commit and its transaction id comes back
only with its answer: a lost answer is followed up from the move's `PENDING_OUTCOME`,
whose check fences the write off before reading whether it was saved
(`server.live.rechecks.bid_saved`)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import exc as sa
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession

from server.dbtime import context_without_budget
from server.domain.context import PENDING_OUTCOME, TRANSACTION_ID
from server.domain.errors import OutcomeUnknown
from server.outages import described, storage_refused
from server.sessions import commits_alone

if TYPE_CHECKING:
    from server.live.service import LiveService

log = logging.getLogger("vyaparmitra.live")

T = TypeVar("T")
Tell = Callable[[], Awaitable[None]]
"""Publishes a saved move's events to its room."""
Recheck = Callable[[AsyncSession], Awaitable[Tell | None]]
"""Reads, in a fresh transaction, whether a move was saved: its `Tell` if so, else None."""

SETTLE_SECONDS = 180.0
"""How long the follow-up of a commit with an unknown outcome keeps asking the database."""
SETTLE_FIRST_DELAY = 0.25
SETTLE_MAX_DELAY = 5.0


def outcome_unknown(exc: BaseException) -> bool:
    """Whether a failure of COMMIT leaves its outcome unknown: no answer in time, or the
    connection lost (rather than the database refusing the transaction, which is an
    answer: nothing was saved)."""
    if storage_refused(exc) is not None:
        return False  # a full or read-only disk: refused, rolled back
    return isinstance(exc, sa.OperationalError | sa.InterfaceError) or (
        isinstance(exc, sa.DBAPIError) and exc.connection_invalidated
    )


def _is_postgres(session: AsyncSession) -> bool:
    bind = session.bind
    return bind is not None and bind.dialect.name == "postgresql"


class Settler:
    """Runs the live service's commits and follows up those whose outcome is unknown;
    `tasks` are the follow-ups under way."""

    def __init__(
        self,
        live: LiveService,
        *,
        tell_committed: Callable[[int, Tell], Awaitable[None]],
        resync: Callable[[int, str], Awaitable[None]],
    ) -> None:
        self.live = live
        self.settle_seconds = SETTLE_SECONDS
        self.tasks: set[asyncio.Task[bool | None]] = set()
        self._tell_committed = tell_committed
        self._resync = resync

    async def commit(
        self,
        session: AsyncSession,
        room_id: int,
        move: Callable[[], Awaitable[T]],
        recheck: Callable[[T], Recheck],
        *,
        on_lost: Callable[[], Awaitable[None]] | None = None,
    ) -> T:
        """Run `move` in one transaction of `session` and commit it. When the commit's
        outcome is unknown, raise `OutcomeUnknown` and follow it up in the background:
        the room is told what `recheck(result)` finds saved, or `on_lost` runs if
        nothing was."""
        check: Recheck | None = None
        xid: int | None = None
        try:
            async with session.begin():
                # Only this transaction's count.
                session.info.pop(TRANSACTION_ID, None)
                session.info.pop(PENDING_OUTCOME, None)
                result = await move()
                xid = session.info.pop(TRANSACTION_ID, None)
                if xid is None and _is_postgres(session):
                    # The transaction's id, to ask its fate later (one round trip, unless
                    # the move's write returned it: a bid's does).
                    xid = int((await session.execute(text("SELECT txid_current()"))).scalar_one())
                check = recheck(result)
        except Exception as exc:
            pending = session.info.pop(PENDING_OUTCOME, None)
            if check is None and pending is not None and commits_alone(session):
                # The write whose answer was lost was the commit (`single_statement`):
                # it is followed up from what it was about to save.
                check = recheck(pending)
            if check is None or not outcome_unknown(exc):
                raise
            log.warning(
                "a commit's outcome is unknown; following it up",
                extra={"room": room_id, "error": described(exc)},
            )
            self.follow_up(room_id, xid, check, on_lost)
            raise OutcomeUnknown(
                "Saving this took too long and may or may not have happened; it is being "
                "checked and the negotiation will show it if it was saved. Reload it "
                "before trying again."
            ) from None
        return result

    def follow_up(
        self,
        room_id: int,
        xid: int | None,
        check: Recheck,
        on_lost: Callable[[], Awaitable[None]] | None = None,
    ) -> asyncio.Task[bool | None]:
        """Start the follow-up of a commit with an unknown outcome (see `settle`)."""
        # Not charged to the move's database budget, which the unknown commit spent: the
        # follow-up's waits are bounded one by one, as background work's are.
        task = asyncio.create_task(
            self.settle(room_id, xid, check, on_lost),
            name=f"settle-{room_id}",
            context=context_without_budget(),
        )
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)
        return task

    async def settle(
        self,
        room_id: int,
        xid: int | None,
        check: Recheck,
        on_lost: Callable[[], Awaitable[None]] | None = None,
    ) -> bool | None:
        """Ask, with back-off, until the database answers and the transaction is over:
        saved (its events are published to the room; True), not saved (`on_lost`;
        False). After `settle_seconds` with no answer the room's sockets here are made to
        resync from the record instead (None)."""
        deadline = time.monotonic() + self.settle_seconds
        delay = SETTLE_FIRST_DELAY
        while True:
            try:
                async with self.live.sessions() as session, session.begin():
                    status: str | None = "committed"
                    if xid is not None:
                        status = await session.scalar(
                            text("SELECT txid_status(:xid)"), {"xid": xid}
                        )
                    if status == "in progress":
                        tell: Tell | bool | None = False
                    elif status == "aborted":
                        tell = None
                    else:  # committed, or too old to say: the rows tell
                        tell = await check(session)
            except Exception as exc:  # the database still away: ask again later
                log.debug("follow-up: no answer yet", extra={"error": type(exc).__name__})
                tell = False
            if tell is None:
                log.info("a move with an unknown outcome was not saved", extra={"room": room_id})
                if on_lost is not None:
                    await on_lost()
                return False
            if tell is not False:
                assert not isinstance(tell, bool)
                log.info("a move with an unknown outcome was saved; told", extra={"room": room_id})
                await self._tell_committed(room_id, tell)
                return True
            if time.monotonic() + delay > deadline:
                log.warning(
                    "a move's outcome stayed unknown; its room resyncs", extra={"room": room_id}
                )
                await self._resync(room_id, "outcome unknown; reconnect to resync")
                return None
            await asyncio.sleep(delay)
            delay = min(delay * 2, SETTLE_MAX_DELAY)

    async def aclose(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        for task in list(self.tasks):
            with contextlib.suppress(BaseException):
                await task
