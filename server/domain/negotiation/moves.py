"""A checked move of a negotiation: a compare-and-set on `negotiations.version`,
audited, and a lost race said in words (who acted first)."""

from __future__ import annotations

from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from models import Negotiation, NegotiationStatus
from server.domain import transitions
from server.domain.context import Actor
from server.domain.errors import ConcurrentUpdate, IllegalTransition, NotFound
from server.domain.negotiation.rules import _WHY_NOT, ACTIVE, TRANSITIONS, check_transition


async def _load(session: AsyncSession, negotiation_id: int) -> Negotiation:
    negotiation = await session.get(Negotiation, negotiation_id, populate_existing=True)
    if negotiation is None:
        raise NotFound(f"Negotiation {negotiation_id} does not exist.")
    return negotiation


async def _compare_and_set(
    session: AsyncSession, negotiation: Negotiation, **values: object
) -> None:
    """Write `values` only if nobody changed the row since we read it."""
    if not await transitions.compare_and_set(session, negotiation, values):
        await _lost_race(session, negotiation.id)


async def _move(
    session: AsyncSession,
    actor: Actor,
    negotiation: Negotiation,
    target: NegotiationStatus,
    detail: dict[str, object] | None,
    **values: object,
) -> None:
    """A checked move of the whole deal, audited; losing a race says who won."""
    check_transition(negotiation.status, target)
    await transitions.transition(
        session,
        actor,
        negotiation,
        target,
        moves=TRANSITIONS,
        entity_type="negotiation",
        action=f"negotiation.{target.value.lower()}",
        values=values,
        detail=lambda _: detail,
        attempts=1,
        lost=lambda: _lost_race(session, negotiation.id),
    )


async def _lost_race(session: AsyncSession, negotiation_id: int) -> NoReturn:
    """The compare-and-set matched no row: say who won, in words a person can act on."""
    current = await session.scalar(
        select(Negotiation.status)
        .where(Negotiation.id == negotiation_id)
        .execution_options(populate_existing=True)
    )
    if current is not None and current not in ACTIVE:
        raise IllegalTransition(
            f"Someone else acted first: {_WHY_NOT[current]} (state {current.value}).",
            state=current.value,
        )
    raise ConcurrentUpdate(
        "Another move on this negotiation was made at the same moment (by the other side, "
        "or by you from another tab or device); reload the negotiation and try again."
    )
