"""The webhook inbox: every Razorpay event kept raw, counted per delivery, handled once."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlalchemy.orm.attributes import set_committed_value

from models import WebhookEvent, WebhookStatus, utcnow
from server.domain import audit
from server.domain.context import Actor
from server.domain.payments.rows import rowcount

TO_APPLY = (WebhookStatus.RECEIVED, WebhookStatus.FAILED)
"""A kept event in one of these states is still to be applied (a failed one is retried)."""


@dataclass(frozen=True)
class StoredEvent:
    row: WebhookEvent
    fresh: bool
    """This delivery stored the event (the first one); a repeat only counted itself."""
    applied_elsewhere: bool | None
    """For a fresh event, whether another event with its business key was processed
    already, as `already_applied` says, read by the insert itself on PostgreSQL; None
    when not read (ask `already_applied`)."""


async def store_webhook_event(
    session: AsyncSession,
    *,
    event_id: str,
    event: str,
    business_key: str | None,
    raw_body: str,
    signature: str,
) -> tuple[WebhookEvent, bool]:
    """Keep the raw event. Returns (row, fresh); a repeated delivery is counted, not kept."""
    stored = await keep_webhook_event(
        session,
        event_id=event_id,
        event=event,
        business_key=business_key,
        raw_body=raw_body,
        signature=signature,
    )
    return stored.row, stored.fresh


async def keep_webhook_event(
    session: AsyncSession,
    *,
    event_id: str,
    event: str,
    business_key: str | None,
    raw_body: str,
    signature: str,
) -> StoredEvent:
    """Keep the raw event, counted per delivery.

    One statement: `INSERT … ON CONFLICT (event_id) DO UPDATE SET deliveries + 1
    RETURNING *`. A concurrent delivery of the same event waits on the unique index (on
    PostgreSQL until the first one commits) and then counts itself; `deliveries` = 1 says
    this delivery stored it. On PostgreSQL the same statement also answers
    `already_applied` for a fresh event (a sub-select in `RETURNING`, one round trip
    fewer); applying twice would still credit once (the payment's unique id and its
    compare-and-set allocation), this only spares the work.
    """
    now = utcnow()
    dialect = session.get_bind().dialect.name
    params = {
        "event_id": event_id,
        "event": event[:48],
        "business_key": business_key,
        "raw_body": raw_body,
        "signature": signature[:128],
        "now": now,
    }
    if business_key is None or dialect != "postgresql":
        row = (await session.scalars(_keep_statement(dialect, False), params)).one()
        fresh = row.deliveries == 1
        return StoredEvent(row, fresh, False if business_key is None and fresh else None)
    row, elsewhere = (await session.execute(_keep_statement(dialect, True), params)).one()
    fresh = row.deliveries == 1
    return StoredEvent(row, fresh, bool(elsewhere) if fresh else None)


_KEEP: dict[tuple[str, bool], Any] = {}


def _keep_statement(dialect: str, with_applied: bool) -> Any:
    """`keep_webhook_event`'s upsert, built once per dialect (and whether it answers
    `already_applied`) with its values as bound parameters: a statement built anew per
    event cost more of the server's time than running it (the alias of the sub-select
    most), and a statement reused keeps its cache key."""
    found = _KEEP.get((dialect, with_applied))
    if found is not None:
        return found
    now: Any = bindparam("now")
    stmt: Any = (
        (postgresql.insert if dialect == "postgresql" else sqlite.insert)(WebhookEvent)
        .values(
            event_id=bindparam("event_id"),
            event=bindparam("event"),
            business_key=bindparam("business_key"),
            raw_body=bindparam("raw_body"),
            signature=bindparam("signature"),
            status=WebhookStatus.RECEIVED,
            deliveries=1,
            created_at=now,
            updated_at=now,
        )
        .on_conflict_do_update(
            index_elements=["event_id"],
            set_={"deliveries": WebhookEvent.deliveries + 1, "updated_at": now},
        )
        .execution_options(populate_existing=True)
    )
    if not with_applied:
        stmt = stmt.returning(WebhookEvent)
    else:
        other = aliased(WebhookEvent)
        applied = (
            select(other.id)
            .where(
                other.business_key == bindparam("business_key"),
                other.status == WebhookStatus.PROCESSED,
                other.event_id != bindparam("event_id"),
            )
            .exists()
        )
        stmt = stmt.returning(WebhookEvent, applied)
    _KEEP[(dialect, with_applied)] = stmt
    return stmt


async def already_applied(session: AsyncSession, event: WebhookEvent) -> bool:
    """Another event doing the same thing (same business key) was applied already."""
    if event.business_key is None:
        return False
    other = await session.scalar(
        select(WebhookEvent.id)
        .where(
            WebhookEvent.business_key == event.business_key,
            WebhookEvent.status == WebhookStatus.PROCESSED,
            WebhookEvent.id != event.id,
        )
        .limit(1)
    )
    return other is not None


async def finish_webhook_event(
    session: AsyncSession,
    actor: Actor,
    event: WebhookEvent,
    status: WebhookStatus,
    *,
    error: str | None = None,
    expected: Sequence[WebhookStatus] = (WebhookStatus.RECEIVED,),
) -> bool:
    """Mark an event handled (compare-and-set: only one handler finishes it)."""
    old = event.status
    done = await session.execute(
        update(WebhookEvent)
        .where(WebhookEvent.id == event.id, WebhookEvent.status.in_(list(expected)))
        .values(status=status, error=error, processed_at=utcnow(), updated_at=utcnow())
        .execution_options(synchronize_session=False)
    )
    if rowcount(done) != 1:
        return False
    set_committed_value(event, "status", status)
    audit.record(
        session,
        actor,
        action=f"webhook.{status.value}",
        entity_type="webhook_event",
        entity_id=event.id,
        old_state=old.value,
        new_state=status.value,
        detail={"event": event.event, "event_id": event.event_id, "error": error}
        if error
        else {"event": event.event, "event_id": event.event_id},
    )
    return True
