"""The one status move every aggregate makes: compare-and-set, looked at again when a racer
won, audited once; a stale move is a no-op; losing every try says so."""

from __future__ import annotations

from typing import Any, NoReturn

import pytest
from sqlalchemy import func, select, update

from models import AuditEntry, Negotiation, NegotiationStatus
from server.domain import transitions
from server.domain.context import Actor
from server.domain.errors import ConcurrentUpdate, IllegalTransition
from server.domain.negotiation import TRANSITIONS
from tests.conftest import Api

S = NegotiationStatus


async def _open(api: Api, market: dict[str, Any]) -> int:
    negotiation = await api.open(market["c"], market["product"]["id"], amount_paise=3300)
    nid: int = negotiation["id"]
    return nid


async def _audits(session: Any, nid: int, action: str) -> int:
    await session.flush()
    count = await session.scalar(
        select(func.count())
        .select_from(AuditEntry)
        .where(
            AuditEntry.entity_type == "negotiation",
            AuditEntry.entity_id == nid,
            AuditEntry.action == action,
        )
    )
    return int(count or 0)


async def _racer_bumps_version(session: Any, nid: int) -> None:
    """Another writer changed the row after we read it (our copy is now stale)."""
    await session.execute(
        update(Negotiation)
        .where(Negotiation.id == nid)
        .values(version=Negotiation.version + 1)
        .execution_options(synchronize_session=False)
    )


async def test_a_lost_race_is_looked_at_again_and_moves_once(
    api: Api, market: dict[str, Any], app: Any
) -> None:
    nid = await _open(api, market)
    async with app.state.sessions() as session, session.begin():
        row = await session.get(Negotiation, nid)
        assert row is not None
        seen = row.version
        await _racer_bumps_version(session, nid)
        moved = await transitions.transition(
            session,
            Actor.system(),
            row,
            S.REJECTED,
            moves=TRANSITIONS,
            entity_type="negotiation",
            action="negotiation.rejected",
        )
        assert moved is S.OPEN
        assert row.status is S.REJECTED
        assert row.version == seen + 2  # the racer's write, then ours
        assert await _audits(session, nid, "negotiation.rejected") == 1


async def test_a_stale_move_is_a_no_op(api: Api, market: dict[str, Any], app: Any) -> None:
    nid = await _open(api, market)
    async with app.state.sessions() as session, session.begin():
        row = await session.get(Negotiation, nid)
        assert row is not None
        await _racer_bumps_version(session, nid)
        await session.execute(
            update(Negotiation)
            .where(Negotiation.id == nid)
            .values(status=S.CANCELLED)
            .execution_options(synchronize_session=False)
        )
        # Our copy still says OPEN; after the miss, the row is CANCELLED: nothing to do.
        moved = await transitions.transition(
            session,
            Actor.system(),
            row,
            S.REJECTED,
            moves=TRANSITIONS,
            entity_type="negotiation",
            action="negotiation.rejected",
        )
        assert moved is None
        assert row.status is S.CANCELLED
        assert await _audits(session, nid, "negotiation.rejected") == 0


async def test_losing_every_try_raises(api: Api, market: dict[str, Any], app: Any) -> None:
    nid = await _open(api, market)
    async with app.state.sessions() as session, session.begin():
        row = await session.get(Negotiation, nid)
        assert row is not None
        await _racer_bumps_version(session, nid)
        with pytest.raises(ConcurrentUpdate, match="kept changing"):
            await transitions.transition(
                session,
                Actor.system(),
                row,
                S.REJECTED,
                moves=TRANSITIONS,
                entity_type="negotiation",
                attempts=1,
            )

        async def lost() -> NoReturn:
            raise IllegalTransition("Someone else acted first.")

        await session.refresh(row)
        await _racer_bumps_version(session, nid)
        with pytest.raises(IllegalTransition, match="acted first"):
            await transitions.transition(
                session,
                Actor.system(),
                row,
                S.REJECTED,
                moves=TRANSITIONS,
                entity_type="negotiation",
                attempts=1,
                lost=lost,
            )
        assert await _audits(session, nid, "negotiation.REJECTED") == 0


async def test_a_status_guard_ignores_other_changes(
    api: Api, market: dict[str, Any], app: Any
) -> None:
    nid = await _open(api, market)
    async with app.state.sessions() as session, session.begin():
        row = await session.get(Negotiation, nid)
        assert row is not None
        await _racer_bumps_version(session, nid)  # not a status change: still ours to move
        assert await transitions.compare_and_set(
            session, row, {"status": S.CANCELLED}, guard="status"
        )
        assert row.status is S.CANCELLED
        stored = await session.scalar(select(Negotiation.status).where(Negotiation.id == nid))
        assert stored is S.CANCELLED
