"""What a room knows of its negotiation: the two sides, the product and its names, the
vendor's catalogue (for words matched against it), loaded once per join."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from audio.understanding import Catalogue, CatalogueItem
from models import Negotiation, Product
from server.sessions import unit_of_work


@dataclass
class RoomInfo:
    """What a room needs to know about its negotiation, loaded once per join."""

    negotiation_id: int
    customer_id: int
    vendor_id: int
    product_id: int
    product_names: dict[str, str]
    unit: str
    catalogue: Catalogue
    names_by_key: dict[str, dict[str, str]]
    list_price_paise: int | None = None
    """The product's list price: a shopper's price above it is recorded at it."""
    status_at_load: str = "OPEN"
    """The negotiation's status when this was loaded: what a joining leg finds (a room's
    later moves arrive as `state` events)."""

    def product_changed(self, product: dict[str, Any]) -> None:
        """The vendor edited the product (a `product` event, `product_view`): what the
        room says of it (a relayed offer, a deal said) and what its words are matched
        against follow the new names and unit."""
        if product.get("id") != self.product_id:
            return
        self.product_names = dict(product.get("names") or self.product_names)
        self.unit = str(product.get("unit") or self.unit)
        if isinstance(product.get("list_price_paise"), int):
            self.list_price_paise = product["list_price_paise"]
        key = str(self.product_id)
        self.names_by_key[key] = dict(self.product_names)
        item = CatalogueItem(key, dict(self.product_names))
        items = [item if i.key == key else i for i in self.catalogue.items]
        self.catalogue = Catalogue(items if item in items else [*items, item])


async def load_room(
    sessions: async_sessionmaker[AsyncSession], negotiation_id: int, db_seconds: float
) -> RoomInfo | None:
    async with unit_of_work(sessions, db_seconds) as session:
        n = await session.get(Negotiation, negotiation_id)
        if n is None:
            return None
        product = await session.get(Product, n.product_id)
        assert product is not None
        products = list(
            await session.scalars(
                select(Product).where(Product.vendor_id == n.vendor_id, Product.is_active.is_(True))
            )
        )
    items = [CatalogueItem(str(p.id), dict(p.names)) for p in products]
    return RoomInfo(
        negotiation_id=n.id,
        customer_id=n.customer_id,
        vendor_id=n.vendor_id,
        product_id=product.id,
        product_names=dict(product.names),
        unit=product.unit,
        catalogue=Catalogue(items),
        names_by_key={i.key: dict(i.names) for i in items},
        list_price_paise=product.list_price_paise,
        status_at_load=n.status.value,
    )
