"""Status moves by compare-and-set: one guarded UPDATE, looked at again when a racer won,
and an audit row for every move that happened.

Negotiations, checkouts, payments and refunds all move the same way: read the row, check
the move against the aggregate's table, then write it with
`WHERE id = :id AND version = :version_read` (or `AND status = :status_read`), so two racing
writers can never both win. No commits here: the caller owns the transaction.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from enum import Enum
from typing import Any, Literal, NoReturn, TypeVar

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.attributes import set_committed_value

from models import utcnow
from server.domain import audit
from server.domain.context import Actor
from server.domain.errors import ConcurrentUpdate

E = TypeVar("E", bound=Enum)

Guard = Literal["version", "status"]
"""What the write compares: the row's `version` (any change since the read loses) or its
`status` (only a status change loses; other columns may have moved meanwhile)."""

Values = Mapping[str, Any] | Callable[[Any], Mapping[str, Any]]
"""Columns to write with the move, or a function of the row (as last read) giving them."""


async def compare_and_set(
    session: AsyncSession, row: Any, values: Mapping[str, Any], *, guard: Guard = "version"
) -> bool:
    """Write `values` (bumping `version`, stamping `updated_at`) only if nobody changed the
    guarded column since `row` was read. On success the row mirrors what it now holds;
    on a miss (False) it is left as read."""
    model = type(row)
    stamp = utcnow()
    if guard == "version":
        version: Any = row.version + 1
        condition = model.version == row.version
    else:
        version = model.version + 1
        condition = model.status == row.status
    result = await session.execute(
        update(model)
        .where(model.id == row.id, condition)
        .values(version=version, updated_at=stamp, **values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    # We know exactly what the row now holds: mirror it instead of reading it back.
    mirrored = {"updated_at": stamp, **values}
    if guard == "version":
        mirrored["version"] = version
    for key, value in mirrored.items():
        set_committed_value(row, key, value)
    return True


async def transition(
    session: AsyncSession,
    actor: Actor,
    row: Any,
    target: E,
    *,
    moves: Mapping[E, frozenset[E]],
    entity_type: str,
    values: Values | None = None,
    detail: Callable[[Any], dict[str, Any] | None] | None = None,
    action: str | None = None,
    guard: Guard = "version",
    attempts: int = 3,
    lost: Callable[[], Awaitable[NoReturn]] | None = None,
) -> E | None:
    """Move `row.status` to `target` if `moves` allows it from where the row is now.

    Returns the status it moved from, or None when there was nothing to do (already
    there, or past it: a stale or repeated move is a no-op, not an error). A write that
    loses a race reads the row again and decides again; after `attempts` losses, `lost()`
    explains who won, or `ConcurrentUpdate` asks the caller to retry its transaction.
    The audit row (`{entity_type}.{target}` unless `action` says otherwise) carries
    `detail(row)`, computed once the row is written.
    """
    for _ in range(attempts):
        current: E = row.status
        if current is target or target not in moves[current]:
            return None
        extra = values(row) if callable(values) else (values or {})
        if await compare_and_set(session, row, {"status": target, **extra}, guard=guard):
            audit.record(
                session,
                actor,
                action=action or f"{entity_type}.{target.value}",
                entity_type=entity_type,
                entity_id=row.id,
                old_state=current.value,
                new_state=target.value,
                detail=detail(row) if detail is not None else None,
            )
            return current
        await session.refresh(row)  # someone moved it first: look again
    if lost is not None:
        await lost()
    raise ConcurrentUpdate(f"{entity_type.capitalize()} {row.id} kept changing; try again.")
