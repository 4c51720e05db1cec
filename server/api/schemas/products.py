"""A vendor's products: created, patched and shown (the floor price to its owner only)."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, Field, StrictBool

from models import Product
from server.api.schemas.fields import Language, Paise, ProductName, Strict, Unit

Stock = Annotated[int, Field(ge=0, le=10_000_000, strict=True)]


class ProductIn(Strict):
    names: dict[Language, ProductName]
    unit: Unit = "kg"
    list_price_paise: Paise
    floor_price_paise: Paise | None = None
    stock: Stock = 0
    negotiable: StrictBool = True


class ProductPatch(Strict):
    """Only the fields given change. The stock moves with every sale, so a new `stock`
    comes with `expected_stock`, the stock the client last read: if it has moved on
    since, nothing is saved and the answer is 409 `product_changed` with the current
    product in `error.detail.product`."""

    names: dict[Language, ProductName] | None = None
    unit: Unit | None = None
    list_price_paise: Paise | None = None
    floor_price_paise: Paise | None = None
    stock: Stock | None = Field(
        default=None, description="The new stock; needs `expected_stock` with it."
    )
    expected_stock: Stock | None = Field(
        default=None,
        description="The stock the client last read; the new `stock` is set only if the "
        "stock is still this (else 409 `product_changed`).",
    )
    negotiable: StrictBool | None = None
    is_active: StrictBool | None = None


class ProductOut(BaseModel):
    id: int
    vendor_id: int
    names: dict[str, str]
    unit: str
    list_price_paise: int
    floor_price_paise: int | None = Field(
        default=None, description="Only shown to the vendor who owns the product."
    )
    stock: int
    negotiable: bool
    is_active: bool

    @classmethod
    def of(cls, product: Product, *, owner: bool) -> ProductOut:
        return cls(
            id=product.id,
            vendor_id=product.vendor_id,
            names=product.names,
            unit=product.unit,
            list_price_paise=product.list_price_paise,
            floor_price_paise=product.floor_price_paise if owner else None,
            stock=product.stock,
            negotiable=product.negotiable,
            is_active=product.is_active,
        )
