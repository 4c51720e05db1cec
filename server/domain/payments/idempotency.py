"""Idempotency keys: the first request under a key owns it; a retry replays its result."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from models import IdempotencyKey, IdempotencyState, utcnow
from server.domain.context import Actor
from server.domain.errors import Forbidden, InvalidInput
from server.domain.payments.rows import insert_ignore


class IdempotencyKeyReused(InvalidInput):
    code = "idempotency_key_reused"


@dataclass(frozen=True)
class IdempotencyClaim:
    row: IdempotencyKey
    fresh: bool


async def claim_idempotency_key(
    session: AsyncSession, actor: Actor, *, scope: str, key: str, request_hash: str
) -> IdempotencyClaim:
    """The first request with a key owns it; a later one replays it (same request) or is
    refused (a different request under the same key)."""
    if actor.user_id is None:
        raise Forbidden("Log in to use idempotency keys.")
    inserted = await insert_ignore(
        session,
        IdempotencyKey,
        {
            "user_id": actor.user_id,
            "scope": scope,
            "key": key,
            "request_hash": request_hash,
            "state": IdempotencyState.IN_PROGRESS,
        },
        ("user_id", "scope", "key"),
    )
    row = await session.scalar(
        select(IdempotencyKey)
        .where(
            IdempotencyKey.user_id == actor.user_id,
            IdempotencyKey.scope == scope,
            IdempotencyKey.key == key,
        )
        .execution_options(populate_existing=True)
    )
    assert row is not None
    if inserted is None and row.request_hash != request_hash:
        raise IdempotencyKeyReused(
            "This Idempotency-Key was already used for a different request; "
            "use a new key for a new refund."
        )
    return IdempotencyClaim(row, fresh=inserted is not None)


async def complete_idempotency_key(
    session: AsyncSession, claim: IdempotencyClaim, *, resource_type: str, resource_id: int
) -> None:
    await session.execute(
        update(IdempotencyKey)
        .where(IdempotencyKey.id == claim.row.id)
        .values(
            state=IdempotencyState.COMPLETED,
            resource_type=resource_type,
            resource_id=resource_id,
            updated_at=utcnow(),
        )
        .execution_options(synchronize_session=False)
    )
