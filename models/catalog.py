"""Products a vendor sells, priced in integer paise."""

from __future__ import annotations

from sqlalchemy import JSON, Boolean, CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigIntPK, TimestampMixin


class Product(TimestampMixin, Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("stock >= 0", name="stock_not_negative"),
        CheckConstraint("list_price_paise > 0", name="list_price_positive"),
        CheckConstraint(
            "floor_price_paise > 0 AND floor_price_paise <= list_price_paise",
            name="floor_within_list",
        ),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    names: Mapped[dict[str, str]] = mapped_column(JSON)
    """Display name per language code, e.g. {"en": "Tomato", "hi": "टमाटर"}."""
    unit: Mapped[str] = mapped_column(String(16), default="kg")
    list_price_paise: Mapped[int] = mapped_column(Integer)
    floor_price_paise: Mapped[int] = mapped_column(Integer)
    """The lowest price the vendor wants; never shown to customers."""
    stock: Mapped[int] = mapped_column(Integer, default=0)
    negotiable: Mapped[bool] = mapped_column(Boolean, default=True)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True, index=True)

    def name_in(self, language: str) -> str:
        return self.names.get(language) or self.names.get("en") or next(iter(self.names.values()))
