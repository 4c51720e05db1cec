"""Users, vendor profiles and voice profiles."""

from __future__ import annotations

import secrets

from sqlalchemy import Boolean, CheckConstraint, Enum, Float, ForeignKey, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, BigIntPK, TimestampMixin
from models.enums import Role

FIRST_TOKEN_VERSIONS = 2**30
"""A new account's token version starts at random in [1, 2^30]: ids are handed out again
after a restore from backup, and a token of an account the restore lost must not name
the version of the new account that takes its id (1 chance in 2^30 that it does). Each
bump adds one, and 2^30 bumps still fit the column above any start. Accounts from before
random starts are at 0, which no new account starts at."""


def first_token_version() -> int:
    return 1 + secrets.randbelow(FIRST_TOKEN_VERSIONS)


class User(TimestampMixin, Base):
    __tablename__ = "users"
    __table_args__ = (
        CheckConstraint(
            "role = 'guest' OR phone IS NOT NULL OR email IS NOT NULL", name="has_contact"
        ),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    role: Mapped[Role] = mapped_column(
        Enum(Role, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e]),
        index=True,
    )
    name: Mapped[str] = mapped_column(String(120))
    phone: Mapped[str | None] = mapped_column(String(20), unique=True)
    email: Mapped[str | None] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str | None] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(8), default="hi")
    script: Mapped[str] = mapped_column(String(8), default="Deva")
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    token_version: Mapped[int] = mapped_column(
        Integer, default=first_token_version, server_default=text("0")
    )
    """Bearer tokens and socket tickets name it; bumping it (deactivation, a new password)
    ends every sign-in issued before. It starts at random (`first_token_version`), so no
    token outlives its account: one issued for an account a restore lost names another
    version than the account that reuses its id."""

    vendor_profile: Mapped[VendorProfile | None] = relationship(
        back_populates="user", uselist=False, lazy="raise"
    )


class VendorProfile(TimestampMixin, Base):
    __tablename__ = "vendor_profiles"

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), unique=True, index=True
    )
    business_name: Mapped[str] = mapped_column(String(160))
    location: Mapped[str | None] = mapped_column(String(240))
    upi_handle: Mapped[str | None] = mapped_column(String(120))

    user: Mapped[User] = relationship(back_populates="vendor_profile", lazy="raise")


class VoiceProfile(TimestampMixin, Base):
    __tablename__ = "voice_profiles"
    __table_args__ = (CheckConstraint("speaking_rate > 0", name="positive_rate"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), unique=True, index=True
    )
    language: Mapped[str] = mapped_column(String(8))
    voice: Mapped[str] = mapped_column(String(80))
    speaking_rate: Mapped[float] = mapped_column(Float, default=1.0)
