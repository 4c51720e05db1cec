"""Orders, for the buyer and the seller."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from server.api.deps import CurrentActor, SessionDep, rate_limit
from server.api.schemas import OrderOut, PathId
from server.domain import negotiation as domain

router = APIRouter(tags=["orders"], dependencies=[rate_limit("general")])


@router.get("/api/orders", response_model=list[OrderOut])
async def list_orders(
    session: SessionDep,
    actor: CurrentActor,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
) -> list[OrderOut]:
    async with session.begin():
        orders = await domain.list_orders(session, actor, limit=limit)
    return [OrderOut.of(o) for o in orders]


@router.get("/api/orders/{order_id}", response_model=OrderOut)
async def get_order(order_id: PathId, session: SessionDep, actor: CurrentActor) -> OrderOut:
    async with session.begin():
        order = await domain.get_order(session, actor, order_id)
    return OrderOut.of(order)
