"""Orders, for the buyer and the seller."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response
from sqlalchemy.ext.asyncio import AsyncSession

from models import Side
from server.api import paging
from server.api.deps import CurrentActor, SessionDep, rate_limit
from server.api.error_docs import error_responses
from server.api.schemas import OrderOut, PathId
from server.domain import negotiation as domain
from server.domain.context import Actor
from server.sessions import single_statement

router = APIRouter(tags=["orders"], dependencies=[rate_limit("general")])


@router.get(
    "/api/orders",
    response_model=list[OrderOut],
    responses={200: {"headers": paging.NEXT_LINK}},
    dependencies=[paging.STRICT],
)
async def list_orders(
    request: Request,
    response: Response,
    session: SessionDep,
    actor: CurrentActor,
    role: Annotated[
        Literal["customer", "vendor"] | None,
        Query(description="Only what you bought (customer) or sold (vendor)."),
    ] = None,
    limit: paging.Limit = 100,
    before: Annotated[
        paging.Cursor, paging.cursor("Orders older than this id."), paging.Digits
    ] = None,
    offset: paging.Offset = 0,
) -> list[OrderOut]:
    """Your orders, newest first, a page at a time. Follow the `Link: rel="next"` header
    (or pass `before` = the last id you have) for older ones."""
    async with session.begin():
        orders = await domain.list_orders(
            session,
            actor,
            as_side=Side(role) if role else None,
            before=before,
            offset=offset,
            limit=limit + 1,
        )
    shown = paging.page(orders, limit, request, response, lambda o: {"before": o.id})
    return [OrderOut.of(o) for o in shown]


@router.get("/api/orders/{order_id}", response_model=OrderOut, responses=error_responses(403, 404))
async def get_order(order_id: PathId, session: SessionDep, actor: CurrentActor) -> OrderOut:
    return await read_order(session, actor, order_id)


async def read_order(session: AsyncSession, actor: Actor, order_id: int) -> OrderOut:
    """The route's work, shared with its lean path (`server/api/fastpay.py`): the page of
    a shopper waiting to pay polls this."""
    async with session.begin():
        await single_statement(session)
        order = await domain.get_order(session, actor, order_id, lean=True)
    return OrderOut.of(order)
