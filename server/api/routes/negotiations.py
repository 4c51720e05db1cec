"""Negotiations over HTTP: open one, list yours, read one with its bids and the vendor's
hint. Each route is one transaction around one domain call. The moves (bid, accept,
reject, cancel), told to the live room once committed, are in `negotiation_moves`."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from fastapi.exceptions import RequestValidationError

from models import Negotiation, NegotiationStatus, Product, Role, Side, User
from server.api import paging
from server.api.announce import announce_deal
from server.api.deps import (
    CurrentActor,
    SessionDep,
    SettingsDep,
    count_stall_deal,
    rate_limit,
    require_role,
)
from server.api.error_docs import error_responses
from server.api.schemas import (
    BidOut,
    Digits,
    HintOut,
    NegotiationOpenIn,
    NegotiationOut,
    PathId,
    SpokenLanguage,
)
from server.domain import hints
from server.domain import negotiation as domain
from server.domain.context import Actor
from server.domain.languages import SPOKEN

router = APIRouter(tags=["negotiations"])
CustomerActor = Annotated[Actor, require_role(Role.CUSTOMER, Role.GUEST)]
LATEST_BIDS = 50
"""Bids a negotiation read includes unless asked otherwise."""
MAX_BIDS = 500
MAX_SEQ = 2**31 - 1
"""The largest bid seq the database stores; a `before` cursor may be any id-sized number."""
HintLanguage = Annotated[
    SpokenLanguage | None,
    Query(
        description="Also say the assistant's hint in this language: one of "
        f"{', '.join(SPOKEN)} (any other is a 422, as for a participant's language).",
    ),
]


@router.post(
    "/api/negotiations",
    status_code=201,
    response_model=NegotiationOut,
    dependencies=[rate_limit("bids")],
    responses=error_responses(403, 404, 409, 410),
)
async def open_negotiation(
    body: NegotiationOpenIn,
    request: Request,
    session: SessionDep,
    actor: CustomerActor,
    settings: SettingsDep,
) -> NegotiationOut:
    async with session.begin():
        opened = await domain.open_negotiation(
            session,
            actor,
            product_id=body.product_id,
            quantity=body.quantity,
            idle_seconds=settings.negotiation_idle_seconds,
            max_open=settings.max_open_negotiations_per_stall,
        )
        await count_stall_deal(request, actor, opened.vendor_id)
        if body.amount_paise is not None:
            await domain.place_bid(
                session,
                actor,
                opened.id,
                amount_paise=body.amount_paise,
                idle_seconds=settings.negotiation_idle_seconds,
                min_total_paise=settings.payment_min_total_paise,
                max_total_paise=settings.payment_max_total_paise,
            )
        negotiation, bids = await domain.get_negotiation(session, actor, opened.id)
        product = await session.get(Product, opened.product_id)
        customer = await session.get(User, actor.user_id)
    if product is not None and customer is not None:
        await announce_deal(request, opened, product, customer, via="app")
    return NegotiationOut.of(negotiation, bids)


@router.get(
    "/api/negotiations",
    response_model=list[NegotiationOut],
    dependencies=[paging.STRICT, rate_limit("general")],
    responses={200: {"headers": paging.NEXT_LINK}},
)
async def list_negotiations(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: CurrentActor,
    role: Annotated[Literal["customer", "vendor"] | None, Query()] = None,
    state: Annotated[
        NegotiationStatus | Literal["active"] | None,
        Query(
            description="One status, or `active`: every deal not yet settled (OPEN, "
            "COUNTERED, ACCEPTED or LOCKED)."
        ),
    ] = None,
    limit: paging.Limit = 100,
    before: Annotated[
        paging.Cursor, paging.cursor("Negotiations older than this id."), paging.Digits
    ] = None,
    order: Annotated[
        Literal["newest", "activity"],
        Query(
            description="`newest`: by creation, newest first; `activity`: the most recently "
            "active first (a new offer brings an old negotiation back to the top)."
        ),
    ] = "newest",
    active_before: Annotated[
        paging.Cursor,
        paging.cursor(
            "With `order=activity`: the page after the negotiation last active at this "
            "time (microseconds since 1970, UTC), with `before` = its id. The `next` link "
            "sets both."
        ),
        paging.Digits,
    ] = None,
) -> list[NegotiationOut]:
    """Your negotiations, newest first (or, `order=activity`, the most recently active
    first), without their bids; to the vendor, with each shopper's name. Follow the
    `Link: rel="next"` header for the next page (by `newest`, `before` = the last id you
    have does the same; by `activity`, `active_before` and `before` together, as the link
    sets them)."""
    by_activity = order == "activity"
    if by_activity and before is not None and active_before is None:
        # A negotiation's place in this order moves with every offer: its id alone is
        # no place to page from.
        raise _refused(
            "before",
            before,
            "with `order=activity`, `before` goes with `active_before` (the last row's "
            '`updated_at` in µs); follow the `Link: rel="next"` header',
        )
    if not by_activity and active_before is not None:
        raise _refused("active_before", active_before, "`active_before` is for `order=activity`")
    async with session.begin():
        rows = await domain.list_negotiations(
            session,
            actor,
            as_side=Side(role) if role else None,
            status=state if isinstance(state, NegotiationStatus) or state is None else ACTIVE,
            before=before,
            limit=limit + 1,
            by_activity=by_activity,
            active_before=_from_micros(active_before) if by_activity else None,
        )
        cursor = _activity_cursor if by_activity else (lambda n: {"before": n.id})
        shown = paging.page(rows, limit, request, response, cursor)
        names = await domain.shopper_names(session, actor, shown)
    return [NegotiationOut.of(n, customer_name=names.get(n.id)) for n in shown]


ACTIVE = (
    NegotiationStatus.OPEN,
    NegotiationStatus.COUNTERED,
    NegotiationStatus.ACCEPTED,
    NegotiationStatus.LOCKED,
)
"""`state=active`: the deals still to be settled, as the console shows them."""


def _refused(name: str, value: object, why: str) -> RequestValidationError:
    return RequestValidationError(
        [{"type": "value_error", "loc": ("query", name), "msg": why, "input": value}]
    )


def _from_micros(value: int | None) -> datetime | None:
    if value is None:
        return None
    try:
        return EPOCH + timedelta(microseconds=value)
    except OverflowError:  # past year 9999: every negotiation was active before it
        return None


def _activity_cursor(n: Negotiation) -> dict[str, int]:
    at = n.updated_at if n.updated_at.tzinfo else n.updated_at.replace(tzinfo=UTC)
    return {"active_before": (at - EPOCH) // timedelta(microseconds=1), "before": n.id}


EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


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
        # The assistant's few bids, read on their own (never the whole history).
        found = await hints.hint_of(session, actor, negotiation)
        names = await domain.shopper_names(session, actor, [negotiation])
    out = NegotiationOut.of(negotiation, latest, customer_name=names.get(negotiation.id))
    if found is not None:
        out.hint = HintOut.of(found[0], bid_seq=found[1], language=language)
    return out


@router.get(
    "/api/negotiations/{negotiation_id}/bids",
    response_model=list[BidOut],
    dependencies=[paging.STRICT, rate_limit("general")],
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
        found = await hints.vendor_hint_at(session, actor, negotiation_id)
    if found is None:
        return None
    return HintOut.of(found[0], bid_seq=found[1], language=language)
