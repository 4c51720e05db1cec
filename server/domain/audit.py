"""Writing audit rows: every state change says who, what, old → new, request id and IP."""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from models import AuditEntry
from server.domain.context import Actor


def record(
    session: AsyncSession,
    actor: Actor,
    *,
    action: str,
    entity_type: str,
    entity_id: int,
    old_state: str | None = None,
    new_state: str | None = None,
    detail: dict[str, Any] | None = None,
) -> AuditEntry:
    entry = AuditEntry(
        actor_id=actor.user_id,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        old_state=old_state,
        new_state=new_state,
        request_id=actor.request_id,
        ip=actor.ip,
        detail=detail,
    )
    session.add(entry)
    return entry
