"""Negotiations and bids over HTTP. Each route is one transaction around one domain call.

A bid, accept, reject or cancel is one conversation with the live room: once its
transaction has committed, the room is told (the same `offer`, `order` and `state` events
a socket's own moves give, so open pages and the phone leg see it, and a voice on the
other side hears the offer said). Telling the room never fails the request: what was
committed is the truth, and a room that missed it resyncs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Annotated, Literal, TypeVar

from fastapi import APIRouter, Body, Query, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from models import BidSource, Negotiation, NegotiationStatus, Role, Side
from server.api import paging
from server.api.deps import CurrentActor, SessionDep, SettingsDep, rate_limit, require_role
from server.api.errors import error_responses
from server.api.schemas import (
    AcceptIn,
    AcceptOut,
    BidIn,
    BidOut,
    BidResultOut,
    Digits,
    HintOut,
    NegotiationOpenIn,
    NegotiationOut,
    OrderOut,
    PathId,
    ReasonIn,
)
from server.domain import hints
from server.domain import negotiation as domain
from server.domain.context import Actor
from server.domain.errors import Forbidden
from server.domain.languages import LANGUAGE_CODE
from server.live.moves import Moves
from server.live.settling import Recheck
from server.settings import Settings

T = TypeVar("T")
router = APIRouter(tags=["negotiations"])
CustomerActor = Annotated[Actor, require_role(Role.CUSTOMER, Role.GUEST)]
LATEST_BIDS = 50
"""Bids a negotiation read includes unless asked otherwise."""
MAX_BIDS = 500
MAX_SEQ = 2**31 - 1
"""The largest bid seq the database stores; a `before` cursor may be any id-sized number."""
HintLanguage = Annotated[
    str | None,
    Query(pattern=LANGUAGE_CODE, description="Also say the assistant's hint in this language."),
]


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
    "/api/negotiations",
    status_code=201,
    response_model=NegotiationOut,
    dependencies=[rate_limit("general")],
    responses=error_responses(403, 404, 409),
)
async def open_negotiation(
    body: NegotiationOpenIn, session: SessionDep, actor: CustomerActor, settings: SettingsDep
) -> NegotiationOut:
    async with session.begin():
        opened = await domain.open_negotiation(
            session,
            actor,
            product_id=body.product_id,
            quantity=body.quantity,
            idle_seconds=settings.negotiation_idle_seconds,
        )
        if body.amount_paise is not None:
            await domain.place_bid(
                session,
                actor,
                opened.id,
                amount_paise=body.amount_paise,
                idle_seconds=settings.negotiation_idle_seconds,
            )
        negotiation, bids = await domain.get_negotiation(session, actor, opened.id)
    return NegotiationOut.of(negotiation, bids)


@router.get(
    "/api/negotiations",
    response_model=list[NegotiationOut],
    dependencies=[rate_limit("general")],
    responses={200: {"headers": paging.NEXT_LINK}},
)
async def list_negotiations(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: CurrentActor,
    role: Annotated[Literal["customer", "vendor"] | None, Query()] = None,
    state: Annotated[NegotiationStatus | None, Query()] = None,
    limit: paging.Limit = 100,
    before: Annotated[
        paging.Cursor, paging.cursor("Negotiations older than this id."), paging.Digits
    ] = None,
) -> list[NegotiationOut]:
    """Your negotiations, newest first, without their bids. Follow the `Link: rel="next"`
    header (or pass `before` = the last id you have) for older ones."""
    async with session.begin():
        rows = await domain.list_negotiations(
            session,
            actor,
            as_side=Side(role) if role else None,
            status=state,
            before=before,
            limit=limit + 1,
        )
    shown = paging.page(rows, limit, request, response, lambda n: {"before": n.id})
    return [NegotiationOut.of(n) for n in shown]


@router.get(
    "/api/negotiations/{negotiation_id}",
    response_model=NegotiationOut,
    dependencies=[rate_limit("general")],
    responses=error_responses(403, 404),
)
async def get_negotiation(
    negotiation_id: PathId,
    session: SessionDep,
    actor: CurrentActor,
    language: HintLanguage = None,
    bids: Annotated[
        int,
        Query(ge=0, le=MAX_BIDS, description="How many of the latest bids to include."),
        Digits,
    ] = LATEST_BIDS,
) -> NegotiationOut:
    """One negotiation with its latest bids (`bids`, oldest first; `bid_count` says how
    many there are in all, `GET …/bids?before=<seq>` pages to older ones); for its vendor,
    with the assistant's `hint` when the latest bid is the customer's (`language` adds the
    hint's `text` in that language)."""
    async with session.begin():
        negotiation, latest = await domain.get_negotiation(
            session, actor, negotiation_id, latest_bids=bids
        )
        history = latest
        if actor.user_id == negotiation.vendor_id and negotiation.bid_count > len(latest):
            # The assistant reads the whole history, not just the bids shown.
            _, history = await domain.get_negotiation(session, actor, negotiation_id)
        hint = await hints.hint_for_vendor(session, actor, negotiation, history)
    out = NegotiationOut.of(negotiation, latest)
    if hint is not None:
        out.hint = HintOut.of(hint, bid_seq=history[-1].seq, language=language)
    return out


@router.get(
    "/api/negotiations/{negotiation_id}/bids",
    response_model=list[BidOut],
    dependencies=[rate_limit("general")],
    responses={200: {"headers": paging.NEXT_LINK}, **error_responses(403, 404)},
)
async def list_bids(
    negotiation_id: PathId,
    request: Request,
    response: Response,
    session: SessionDep,
    actor: CurrentActor,
    limit: Annotated[int, Query(ge=1, le=MAX_BIDS, description="Page size."), Digits] = LATEST_BIDS,
    before: Annotated[paging.Cursor, paging.cursor("Bids before this seq."), paging.Digits] = None,
) -> list[BidOut]:
    """A page of a negotiation's bids, oldest first: the `limit` bids just before seq
    `before` (default: the latest). The `Link: rel="next"` header pages on to older ones."""
    if before is not None and before > MAX_SEQ:
        before = None  # every bid's seq is below it: the same page as the latest
    async with session.begin():
        rows = await domain.list_bids(
            session, actor, negotiation_id, before_seq=before, limit=limit + 1
        )
    # Fetched newest-last: the extra row, if any, is the oldest one.
    older = len(rows) > limit
    shown = rows[1:] if older else rows
    if older and shown:
        paging.link_next(request, response, before=shown[0].seq)
    return [BidOut.of(b) for b in shown]


@router.get(
    "/api/negotiations/{negotiation_id}/hint",
    response_model=HintOut | None,
    dependencies=[rate_limit("general")],
    responses=error_responses(403, 404),
)
async def get_hint(
    negotiation_id: PathId,
    session: SessionDep,
    actor: CurrentActor,
    language: HintLanguage = None,
) -> HintOut | None:
    """The negotiation assistant's hint for answering the customer's latest offer: accept,
    counter at a suggested price, or hold, with a reason. Vendor only (403 for the
    customer); `null` when there is no customer offer waiting for an answer."""
    async with session.begin():
        negotiation, bids = await domain.get_negotiation(session, actor, negotiation_id)
        if domain.side_of(negotiation, actor) is not Side.VENDOR:
            raise Forbidden("Only the vendor sees the assistant's hints.")
        hint = await hints.hint_for_vendor(session, actor, negotiation, bids)
    if hint is None:
        return None
    return HintOut.of(hint, bid_seq=bids[-1].seq, language=language)


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
    its lean path (`server/api/fastbids.py`)."""

    async def move() -> domain.BidOutcome:
        return await domain.place_bid(
            session,
            actor,
            negotiation_id,
            amount_paise=body.amount_paise,
            quantity=body.quantity,
            confirm_below_floor=body.confirm_below_floor,
            idle_seconds=settings.negotiation_idle_seconds,
            lean=lean,
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
    responses=error_responses(403, 404, 409),
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


async def _tell_state(request: Request, negotiation: Negotiation) -> None:
    moves = _moves(request)
    if moves is not None:
        await moves.tell_committed(
            negotiation.id, lambda: moves.publish_state(negotiation.id, negotiation)
        )


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

    moves = _moves(request)
    negotiation = await _commit(moves, session, negotiation_id, move, lambda n, m: m.state_saved(n))
    await _tell_state(request, negotiation)
    return NegotiationOut.of(negotiation)


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

    moves = _moves(request)
    negotiation = await _commit(moves, session, negotiation_id, move, lambda n, m: m.state_saved(n))
    await _tell_state(request, negotiation)
    return NegotiationOut.of(negotiation)
