"""QR sessions: printed stall codes and one-visit codes that start a chat with a vendor."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigIntPK, TimestampMixin, UTCDateTime
from models.enums import QRKind


class QRSession(TimestampMixin, Base):
    __tablename__ = "qr_sessions"
    __table_args__ = (CheckConstraint("uses >= 0", name="uses_not_negative"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    vendor_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    product_id: Mapped[int | None] = mapped_column(
        ForeignKey("products.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[QRKind] = mapped_column(
        Enum(QRKind, native_enum=False, length=8, values_callable=lambda e: [m.value for m in e])
    )
    nonce: Mapped[str] = mapped_column(String(32), unique=True)
    """Random part of the signed token, so a token names one row and can't be guessed."""
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    uses: Mapped[int] = mapped_column(Integer, default=0)
    max_uses: Mapped[int | None] = mapped_column(Integer)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
