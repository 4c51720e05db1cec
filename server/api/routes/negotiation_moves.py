"""A negotiation's moves over HTTP: bid, accept, reject, cancel. Each route is one
transaction around one domain call.

A move is one conversation with the live room: once its transaction has committed, the
room is told (the same `offer`, `order` and `state` events a socket's own moves give, so
open pages and the phone leg see it, and a voice on the other side hears the offer said).
Telling the room never fails the request: what was committed is the truth, and a room
that missed it resyncs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, TypeVar

from fastapi import APIRouter, Body, Request
from sqlalchemy.ext.asyncio import AsyncSession

from models import BidSource, Negotiation, Role
from server.api.deps import CurrentActor, SessionDep, SettingsDep, rate_limit
from server.api.error_docs import error_responses
from server.api.schemas import (
    AcceptIn,
    AcceptOut,
    BidIn,
    BidOut,
    BidResultOut,
    NegotiationOut,
    OrderOut,
    PathId,
    ReasonIn,
)
from server.domain import negotiation as domain
from server.domain.context import Actor
from server.live.moves import Moves
from server.live.settling import Recheck
from server.sessions import single_statement
from server.settings import Settings

T = TypeVar("T")
router = APIRouter(tags=["negotiations"])


async def _commit(
    moves: Moves | None,
    session: AsyncSession,
    negotiation_id: int,
    move: Callable[[], Awaitable[T]],
    recheck: Callable[[T, Moves], Recheck],
) -> T:
    """`move` in one transaction, committed. A commit whose outcome is unknown answers
    503 `outcome_unknown`, and the live service follows it up: the room hears what was
    saved once the database answers (`Moves.commit`)."""
    if moves is None:
        async with session.begin():
            return await move()
    return await moves.commit(session, negotiation_id, move, lambda r: recheck(r, moves))


def _moves(request: Request) -> Moves | None:
    """The live service's moves, to tell rooms of what the API committed (None: no live
    service in this app)."""
    live = getattr(request.app.state, "live", None)
    return live.moves if live is not None else None


@router.post(
    "/api/negotiations/{negotiation_id}/bids",
    status_code=201,
    response_model=BidResultOut,
    dependencies=[rate_limit("bids")],
    responses=error_responses(403, 404, 409, 410),
)
async def place_bid(
    negotiation_id: PathId,
    body: BidIn,
    request: Request,
    session: SessionDep,
    actor: CurrentActor,
    settings: SettingsDep,
) -> BidResultOut:
    outcome = await record_bid(
        session, actor, negotiation_id, body, settings=settings, moves=_moves(request)
    )
    return bid_result(outcome)


async def record_bid(
    session: AsyncSession,
    actor: Actor,
    negotiation_id: int,
    body: BidIn,
    *,
    settings: Settings,
    moves: Moves | None,
    lean: bool = False,
) -> domain.BidOutcome:
    """A typed bid placed, committed and told to its room: the route's work, shared with
    its lean path (`server/api/fastbids.py`), whose read and write are each a statement
    that commits alone on PostgreSQL (`single_statement`: two round trips, no BEGIN and
    no COMMIT). That is safe because the write is one statement that checks what was
    read (its compare-and-set on the version read) and writes the bid and its audit row
    together; a write whose answer is lost is followed up as a lost COMMIT is."""

    async def move() -> domain.BidOutcome:
        if lean:
            await single_statement(session)
        return await domain.place_bid(
            session,
            actor,
            negotiation_id,
            amount_paise=body.amount_paise,
            quantity=body.quantity,
            confirm_below_floor=body.confirm_below_floor,
            idle_seconds=settings.negotiation_idle_seconds,
            lean=lean,
            min_total_paise=settings.payment_min_total_paise,
            max_total_paise=settings.payment_max_total_paise,
        )

    outcome = await _commit(
        moves,
        session,
        negotiation_id,
        move,
        lambda o, m: m.bid_saved(o, side=o.bid.side.value, source=BidSource.TEXT),
    )
    if moves is not None:
        side = outcome.bid.side.value
        await moves.tell_committed(
            negotiation_id,
            lambda: moves.tell_bid(negotiation_id, outcome, side=side, source=BidSource.TEXT),
        )
    return outcome


def bid_result(outcome: domain.BidOutcome) -> BidResultOut:
    return BidResultOut(
        bid=BidOut.of(outcome.bid),
        negotiation=NegotiationOut.of(outcome.negotiation),
        capped=outcome.capped,
        note=outcome.note,
    )


@router.post(
    "/api/negotiations/{negotiation_id}/accept",
    response_model=AcceptOut,
    dependencies=[rate_limit("bids")],
    responses=error_responses(403, 404, 409, 410),
)
async def accept(
    negotiation_id: PathId,
    request: Request,
    session: SessionDep,
    actor: CurrentActor,
    settings: SettingsDep,
    body: Annotated[AcceptIn | None, Body()] = None,
) -> AcceptOut:
    body = body or AcceptIn()
    moves = _moves(request)
    confirm, expected_seq = body.confirm_below_floor, body.expected_seq

    async def move() -> domain.AcceptOutcome:
        return await domain.accept_offer(
            session,
            actor,
            negotiation_id,
            reservation_seconds=settings.reservation_ttl_seconds,
            min_total_paise=settings.payment_min_total_paise,
            max_total_paise=settings.payment_max_total_paise,
            confirm_below_floor=confirm,
            expected_seq=expected_seq,
        )

    outcome = await _commit(
        moves,
        session,
        negotiation_id,
        move,
        lambda o, m: m.accept_saved(
            o, side=domain.side_of(o.negotiation, actor).value, source=BidSource.TEXT
        ),
    )
    if moves is not None:
        side = domain.side_of(outcome.negotiation, actor).value
        await moves.tell_committed(
            negotiation_id,
            lambda: moves.tell_accept(negotiation_id, outcome, side=side, source=BidSource.TEXT),
        )
    return AcceptOut(
        order=OrderOut.of(outcome.order),
        negotiation=NegotiationOut.of(outcome.negotiation),
        below_floor=outcome.below_floor if actor.role is Role.VENDOR else None,
    )


async def _end(
    request: Request,
    session: AsyncSession,
    negotiation_id: int,
    end: Callable[[], Awaitable[Negotiation]],
    *,
    rejected_by: Actor | None = None,
) -> NegotiationOut:
    """A reject or a cancel committed, then its room told the negotiation's new state
    (a reject's with the side that made it, whose refusal the other side hears said)."""
    moves = _moves(request)
    negotiation = await _commit(moves, session, negotiation_id, end, lambda n, m: m.state_saved(n))
    if moves is not None:
        side = None if rejected_by is None else domain.side_of(negotiation, rejected_by).value
        await moves.tell_committed(
            negotiation.id,
            lambda: moves.publish_state(negotiation.id, negotiation, rejected_by=side),
        )
    return NegotiationOut.of(negotiation)


@router.post(
    "/api/negotiations/{negotiation_id}/reject",
    response_model=NegotiationOut,
    dependencies=[rate_limit("bids")],
    responses=error_responses(403, 404, 409),
)
async def reject(
    negotiation_id: PathId,
    request: Request,
    session: SessionDep,
    actor: CurrentActor,
    body: Annotated[ReasonIn | None, Body()] = None,
) -> NegotiationOut:
    reason = body.reason if body else None

    async def move() -> Negotiation:
        return await domain.reject_negotiation(session, actor, negotiation_id, reason=reason)

    return await _end(request, session, negotiation_id, move, rejected_by=actor)


@router.post(
    "/api/negotiations/{negotiation_id}/cancel",
    response_model=NegotiationOut,
    dependencies=[rate_limit("bids")],
    responses=error_responses(403, 404, 409),
)
async def cancel(
    negotiation_id: PathId,
    request: Request,
    session: SessionDep,
    actor: CurrentActor,
    body: Annotated[ReasonIn | None, Body()] = None,
) -> NegotiationOut:
    reason = body.reason if body else None

    async def move() -> Negotiation:
        return await domain.cancel_negotiation(session, actor, negotiation_id, reason=reason)

    return await _end(request, session, negotiation_id, move)
