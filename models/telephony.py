"""Phone calls as the telephony provider reports them: one row per call and status."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, BigIntPK, TimestampMixin


class CallEvent(TimestampMixin, Base):
    """A status callback (`initiated`, `ringing`, `in-progress`, `completed`, `busy`, …).
    The same status of the same call is stored once: a callback sent again is a duplicate."""

    __tablename__ = "call_events"
    __table_args__ = (UniqueConstraint("call_sid", "status"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    provider: Mapped[str] = mapped_column(String(16))
    call_sid: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(24))
    vendor_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    """The vendor whose registered phone is on the call, when known."""
    from_number: Mapped[str | None] = mapped_column(String(32))
    to_number: Mapped[str | None] = mapped_column(String(32))
    direction: Mapped[str | None] = mapped_column(String(24))
    duration_seconds: Mapped[int | None] = mapped_column(Integer)
    sequence_number: Mapped[int | None] = mapped_column(Integer)
