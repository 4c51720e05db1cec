"""Negotiations and the bids placed in them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigIntPK, TimestampMixin, UTCDateTime
from models.enums import BidSource, NegotiationStatus, Side


def _enum(cls: type, length: int) -> Enum:
    return Enum(
        cls, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e]
    )


class Negotiation(TimestampMixin, Base):
    __tablename__ = "negotiations"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        Index("ix_negotiations_status_expires_at", "status", "expires_at"),
        # The console's list, most recently active first (`order=activity`).
        Index("ix_negotiations_vendor_activity", "vendor_id", "updated_at", "id"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    status: Mapped[NegotiationStatus] = mapped_column(
        _enum(NegotiationStatus, 16), default=NegotiationStatus.OPEN, index=True
    )
    version: Mapped[int] = mapped_column(Integer, default=0)
    """Bumped by every change; updates are compare-and-set on it."""
    bid_count: Mapped[int] = mapped_column(Integer, default=0)
    last_bid_side: Mapped[Side | None] = mapped_column(_enum(Side, 8))
    last_bid_amount_paise: Mapped[int | None] = mapped_column(Integer)
    """Per-unit price of the latest offer, in paise."""
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    """When the negotiation expires if nobody acts; pushed forward by every action."""
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    end_reason: Mapped[str | None] = mapped_column(Text)
    """A reject's or cancel's `reason`, as typed: shown (and said) to the other side."""
    end_reason_language: Mapped[str | None] = mapped_column(String(8))
    """The language `end_reason` was typed in, as far as known."""
    ended_by: Mapped[Side | None] = mapped_column(_enum(Side, 8))
    """The side that gave `end_reason`."""


class Bid(TimestampMixin, Base):
    __tablename__ = "bids"
    __table_args__ = (
        UniqueConstraint("negotiation_id", "seq"),
        CheckConstraint("amount_paise > 0", name="amount_positive"),
        CheckConstraint("quantity > 0", name="quantity_positive"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    negotiation_id: Mapped[int] = mapped_column(
        ForeignKey("negotiations.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    """1, 2, 3… within the negotiation; unique, so two racing bids can't share a turn."""
    bidder_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    side: Mapped[Side] = mapped_column(_enum(Side, 8))
    amount_paise: Mapped[int] = mapped_column(Integer)
    """Offered price per unit, in paise."""
    quantity: Mapped[int] = mapped_column(Integer)
    source: Mapped[BidSource] = mapped_column(_enum(BidSource, 8), default=BidSource.TEXT)
    transcript: Mapped[str | None] = mapped_column(Text)
    language: Mapped[str | None] = mapped_column(String(8))
    utterance_id: Mapped[str | None] = mapped_column(String(64), index=True)
    capped: Mapped[bool] = mapped_column(Boolean, default=False)
    """True when a customer offered above list price and the offer was capped."""
    below_floor: Mapped[bool] = mapped_column(Boolean, default=False)
