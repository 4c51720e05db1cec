"""Sessions and their transactions: the app's session factory, a unit of work with its own
database budget, transactions marked read-only or of single statements, and callbacks
after a commit. The engine they run on is `server.db`'s."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.orm import Session

from server.dbtime import database_budget

READ_ONLY = "vyapar_read_only"
"""Execution option: this transaction only reads (see `read_only`)."""


async def read_only(session: AsyncSession) -> None:
    """Mark `session`'s transaction, before its first statement, as one that only reads:
    on SQLite it then takes no write lock (PostgreSQL is unaffected)."""
    await session.connection(execution_options={READ_ONLY: True})


@asynccontextmanager
async def unit_of_work(
    sessions: async_sessionmaker[AsyncSession], seconds: float
) -> AsyncIterator[AsyncSession]:
    """A session in a transaction, with its own database budget of `seconds` (the answer
    timeout). Live sockets use it for each move, so that a hung database costs a move one
    bound whatever the move does."""
    with database_budget(seconds):
        async with sessions() as session, session.begin():
            yield session


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    class FactorySession(Session):
        """This factory's sessions: events listened for on it are this app's alone."""

    return async_sessionmaker(
        engine, expire_on_commit=False, autoflush=False, sync_session_class=FactorySession
    )


def after_commit(
    sessions: async_sessionmaker[AsyncSession], key: str, callback: Callable[[Any], None]
) -> None:
    """Call `callback(session.info[key])` after each commit of `sessions` that set it; a
    rollback drops it. The callback runs in the event loop's thread and must not block."""
    cls = sessions.kw["sync_session_class"]

    def committed(session: Session) -> None:
        value = session.info.pop(key, None)
        if value:
            callback(value)

    def rolled_back(session: Session) -> None:
        session.info.pop(key, None)

    event.listen(cls, "after_commit", committed)
    event.listen(cls, "after_rollback", rolled_back)


SINGLE_STATEMENTS = "vyapar_single_statements"
"""`session.info` key: set by `single_statement`; each statement commits alone."""


async def single_statement(session: AsyncSession) -> None:
    """The session's transaction (begun, not yet connected) is statements each consistent
    on its own: on PostgreSQL its connection runs in autocommit, so each statement is
    one round trip (no `BEGIN`, no `COMMIT`): a read is one instead of three, and a read
    then a write that checks what was read (a bid's compare-and-set) two instead of
    four, the write then being the commit (`commits_alone`). The isolation level is set
    on the driver connection without a round trip and reset when the connection goes
    back to the pool. SQLite keeps its transaction (a local call)."""
    if session.get_bind().dialect.name == "postgresql":
        await session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
        session.info[SINGLE_STATEMENTS] = True


def commits_alone(session: AsyncSession) -> bool:
    """Whether each of `session`'s statements commits on its own (`single_statement`):
    then a write whose answer is lost may have been saved, as a lost COMMIT may."""
    return bool(session.info.get(SINGLE_STATEMENTS))
