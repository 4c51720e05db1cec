"""A stall's public face behind its QR code: who sells there and what, in the shopper's script.

The shopper page reads this before joining. It counts no use of the code (joining does)
and never shows a floor price.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from models import Product, QRKind
from server.api import paging
from server.api.deps import SessionDep, SettingsDep, rate_limit
from server.api.error_docs import error_responses
from server.api.schemas import ReaderLanguage
from server.domain import accounts, catalog, qr
from server.domain.languages import LANGUAGES
from server.domain.shown_names import name_in

router = APIRouter(tags=["qr"])


class StallProductOut(BaseModel):
    id: int
    name: str
    """The name in the shopper's language, or transliterated into its script."""
    transliterated: bool
    names: dict[str, str]
    unit: str
    list_price_paise: int
    stock: int
    negotiable: bool


class StallOut(BaseModel):
    vendor_id: int
    business_name: str
    kind: str
    language: str
    product_id: int | None
    """The product a per-product code was printed for (the page preselects it)."""
    open: bool = True
    """False when the vendor has been deactivated: the stall is closed, nothing is listed,
    and joining answers 410 `stall_closed`."""
    message: str | None = None
    """Why the stall is closed, when it is."""
    products: list[StallProductOut]
    next_after: int | None = Field(
        default=None,
        description="More products follow: ask again with `after` set to this (the id of "
        "the last product here).",
    )


def stall_product(product: Product, language: str) -> StallProductOut:
    name, transliterated = name_in(product.names, language)
    return StallProductOut(
        id=product.id,
        name=name,
        transliterated=transliterated,
        names=product.names,
        unit=product.unit,
        list_price_paise=product.list_price_paise,
        stock=product.stock,
        negotiable=product.negotiable,
    )


@router.get(
    "/api/qr/{token}/stall",
    response_model=StallOut,
    dependencies=[paging.STRICT, rate_limit("general")],
    responses=error_responses(400, 404, 410),
)
async def stall(
    token: str,
    session: SessionDep,
    settings: SettingsDep,
    language: Annotated[
        ReaderLanguage,
        Query(
            description="The shopper's language, for the products' names: one of "
            f"{', '.join(sorted(LANGUAGES))} (any other is a 422)."
        ),
    ] = "hi",
    limit: paging.Limit = 200,
    after: Annotated[
        paging.Cursor, paging.cursor("Products after this id (`next_after`)."), paging.Digits
    ] = None,
    q: Annotated[
        str | None,
        Query(
            max_length=100,
            description="Only the products one of whose names (in any language or script) "
            "contains this, as typed: case, Latin accents and spacing do not matter.",
        ),
    ] = None,
) -> StallOut:
    """The vendor behind a QR code and the products on sale (active, in stock), a page
    at a time: `next_after` says there are more; with `q`, only those whose names hold
    it. A closed stall (its vendor deactivated) says so and lists nothing."""
    async with session.begin():
        row, profile = await qr.open_stall(
            session, token, secret=settings.secret_keys, closed_ok=True
        )
        is_open = await accounts.is_trading(session, row.vendor_id)
        products: list[Product] = []
        if is_open and q and catalog.folded(q):
            products = await catalog.find_vendor_products(
                session, row.vendor_id, q, in_stock=True, after=after, limit=limit + 1
            )
        elif is_open:
            products = await catalog.list_vendor_products(
                session, row.vendor_id, in_stock=True, after=after, limit=limit + 1
            )
    more = len(products) > limit
    products = products[:limit]
    return StallOut(
        vendor_id=row.vendor_id,
        business_name=profile.business_name,
        kind=QRKind(row.kind).value,
        language=language,
        product_id=row.product_id,
        open=is_open,
        message=None if is_open else qr.CLOSED,
        products=[stall_product(p, language) for p in products],
        next_after=products[-1].id if more else None,
    )
