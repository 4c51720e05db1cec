"""A vendor's catalogue."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response

from server.api import paging
from server.api.deps import SessionDep, VendorActor, optional_actor, rate_limit
from server.api.error_docs import error_responses
from server.api.schemas import PathId, ProductIn, ProductOut, ProductPatch
from server.domain import accounts, catalog
from server.domain.context import Actor

router = APIRouter(tags=["products"], dependencies=[rate_limit("general")])


@router.post("/api/products", status_code=201, response_model=ProductOut)
async def create_product(body: ProductIn, session: SessionDep, actor: VendorActor) -> ProductOut:
    async with session.begin():
        product = await catalog.create_product(
            session,
            actor,
            names=body.names,
            unit=body.unit,
            list_price_paise=body.list_price_paise,
            floor_price_paise=body.floor_price_paise,
            stock=body.stock,
            negotiable=body.negotiable,
        )
    return ProductOut.of(product, owner=True)


@router.get(
    "/api/vendors/{vendor_id}/products",
    response_model=list[ProductOut],
    responses={200: {"headers": paging.NEXT_LINK}, **error_responses(404)},
    dependencies=[paging.STRICT],
)
async def vendor_products(
    vendor_id: PathId,
    request: Request,
    response: Response,
    session: SessionDep,
    actor: Annotated[Actor | None, Depends(optional_actor)],
    limit: paging.Limit = 100,
    after: Annotated[paging.Cursor, paging.cursor("Products after this id."), paging.Digits] = None,
    offset: paging.Offset = 0,
) -> list[ProductOut]:
    """A vendor's products by id, a page at a time (the owner also sees inactive ones and
    floor prices). Follow the `Link: rel="next"` header for the next page. An id that is
    no vendor's is a 404; a closed stall (its vendor deactivated) lists nothing."""
    owner = actor is not None and actor.user_id == vendor_id
    async with session.begin():
        # A closed stall lists nothing to anyone but its owner.
        trading = owner or await accounts.stall_open(session, vendor_id)
        products = (
            await catalog.list_vendor_products(
                session,
                vendor_id,
                include_inactive=owner,
                after=after,
                offset=offset,
                limit=limit + 1,
            )
            if trading
            else []
        )
    shown = paging.page(products, limit, request, response, lambda p: {"after": p.id})
    return [ProductOut.of(p, owner=owner) for p in shown]


@router.patch(
    "/api/products/{product_id}", response_model=ProductOut, responses=error_responses(404, 409)
)
async def update_product(
    product_id: PathId, body: ProductPatch, session: SessionDep, actor: VendorActor
) -> ProductOut:
    """Change the fields given. A new `stock` needs `expected_stock` (the stock last read):
    409 `product_changed`, with the current product in `error.detail.product`, when a
    sale or another edit moved the stock since; nothing of the edit is saved then."""
    changes = body.model_dump(exclude_unset=True, exclude_none=True)
    expected_stock = changes.pop("expected_stock", None)
    async with session.begin():
        product = await catalog.update_product(
            session, actor, product_id, changes, expected_stock=expected_stock
        )
    return ProductOut.of(product, owner=True)
