"""A stall's public face behind its QR code: who sells there and what, in the shopper's script.

The shopper page reads this before joining. It counts no use of the code (joining does)
and never shows a floor price.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel

from audio.errors import EngineUnavailable
from audio.transliteration import transliterate
from models import Product, QRKind
from server.api.deps import SessionDep, SettingsDep, rate_limit
from server.domain import catalog, qr
from server.domain.languages import LANGUAGES, SCRIPTS, reads_in

router = APIRouter(tags=["qr"])

# Which name to read a product's name from when the shopper's language has none: a
# sibling in the same script first, then Hindi (the most often filled), then the rest.
_SOURCE_ORDER = ("hi", "mr", "bn", "ta", "te", "gu", "kn", "ml", "pa", "or", "as", "en")


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
    products: list[StallProductOut]


def name_in(names: dict[str, str], language: str) -> tuple[str, bool]:
    """A product's name for a reader of `language`: (name, transliterated?)."""
    if names.get(language):
        return names[language], False
    script = SCRIPTS.get(language, "Latn")
    for other in _SOURCE_ORDER:
        if names.get(other) and SCRIPTS.get(other) == script:
            return names[other], False
    for other in _SOURCE_ORDER:
        text = names.get(other)
        if not text:
            continue
        try:
            written = transliterate(text, other, language)
        except EngineUnavailable:
            continue
        if reads_in(written, language):  # never empty, nothing left in another script
            return written, True
    return next((v for v in names.values() if v.strip()), ""), False


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


@router.get("/api/qr/{token}/stall", response_model=StallOut, dependencies=[rate_limit("general")])
async def stall(
    token: str,
    session: SessionDep,
    settings: SettingsDep,
    language: Annotated[str, Query(pattern=r"^[a-z]{2}$")] = "hi",
) -> StallOut:
    """The vendor behind a QR code and the products on sale (active, in stock)."""
    if language not in LANGUAGES:
        language = "en"
    async with session.begin():
        row, profile = await qr.open_stall(session, token, secret=settings.secret_key)
        products = await catalog.list_vendor_products(session, row.vendor_id)
    return StallOut(
        vendor_id=row.vendor_id,
        business_name=profile.business_name,
        kind=QRKind(row.kind).value,
        language=language,
        product_id=row.product_id,
        products=[stall_product(p, language) for p in products if p.stock > 0],
    )
