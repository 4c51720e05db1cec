"""Money in and out through Razorpay: checkouts, payments, refunds, webhooks, idempotency.

A *checkout* is what we opened at Razorpay for one of our orders: a Razorpay order (for
the checkout form) or a payment link (for UPI / QR). A *payment* is one Razorpay payment
(`pay_…`) against a checkout; at most one payment is ever credited to an order
(`credited_order_id` is unique), any other captured payment is surplus and refunded.
Every status is a forward-only state machine (see `server.domain.payments`).
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
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


class CheckoutKind(StrEnum):
    ORDER = "order"
    """A Razorpay order, paid through the checkout form."""
    LINK = "link"
    """A Razorpay payment link (UPI enabled), shown to the shopper as a QR code."""


class CheckoutStatus(StrEnum):
    CREATING = "creating"
    """Our row exists; Razorpay has not answered yet (or never did: see `lease_until`)."""
    CREATED = "created"
    ATTEMPTED = "attempted"
    PAID = "paid"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class PaymentStatus(StrEnum):
    CREATED = "created"
    AUTHORIZED = "authorized"
    CAPTURED = "captured"
    REFUNDED = "refunded"
    FAILED = "failed"


class PaymentAllocation(StrEnum):
    """What a payment's money is for, once captured."""

    PENDING = "pending"
    CREDITED = "credited"
    """It paid its order."""
    SURPLUS = "surplus"
    """Captured but it cannot pay its order (late, duplicate, wrong amount): refunded."""


class RefundStatus(StrEnum):
    REQUESTED = "requested"
    """Amount reserved on the payment; Razorpay has not confirmed the refund yet."""
    PENDING = "pending"
    PROCESSED = "processed"
    FAILED = "failed"


class RefundKind(StrEnum):
    VENDOR = "vendor"
    AUTOMATIC = "automatic"
    EXTERNAL = "external"
    """Made outside this server (the Razorpay dashboard), learnt from a webhook."""


class WebhookStatus(StrEnum):
    RECEIVED = "received"
    PROCESSED = "processed"
    DUPLICATE = "duplicate"
    """Another event with the same business identity was applied already."""
    IGNORED = "ignored"
    FAILED = "failed"


class IdempotencyState(StrEnum):
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"


def _enum(cls: type, length: int) -> Enum:
    return Enum(
        cls, native_enum=False, length=length, values_callable=lambda e: [m.value for m in e]
    )


class Checkout(TimestampMixin, Base):
    __tablename__ = "checkouts"
    __table_args__ = (
        UniqueConstraint("order_id", "kind"),
        CheckConstraint("amount_paise > 0", name="amount_positive"),
        Index("ix_checkouts_status_created_at", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    kind: Mapped[CheckoutKind] = mapped_column(_enum(CheckoutKind, 8))
    status: Mapped[CheckoutStatus] = mapped_column(
        _enum(CheckoutStatus, 16), default=CheckoutStatus.CREATING
    )
    razorpay_order_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    razorpay_payment_link_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    short_url: Mapped[str | None] = mapped_column(String(255))
    receipt: Mapped[str] = mapped_column(String(40))
    """What Razorpay knows our order by: `receipt` of the order, `reference_id` of a link."""
    amount_paise: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="INR")
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    """While `creating`: the request talking to Razorpay owns the row until then."""
    version: Mapped[int] = mapped_column(Integer, default=0)


class Payment(TimestampMixin, Base):
    __tablename__ = "payments"
    __table_args__ = (
        CheckConstraint("amount_paise > 0", name="amount_positive"),
        CheckConstraint(
            "amount_refunded_paise >= 0 AND amount_refunded_paise <= amount_paise",
            name="refunds_within_amount",
        ),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    checkout_id: Mapped[int] = mapped_column(ForeignKey("checkouts.id"), index=True)
    razorpay_payment_id: Mapped[str] = mapped_column(String(40), unique=True)
    amount_paise: Mapped[int] = mapped_column(Integer)
    currency: Mapped[str] = mapped_column(String(3), default="INR")
    status: Mapped[PaymentStatus] = mapped_column(_enum(PaymentStatus, 16), index=True)
    allocation: Mapped[PaymentAllocation] = mapped_column(
        _enum(PaymentAllocation, 16), default=PaymentAllocation.PENDING
    )
    credited_order_id: Mapped[int | None] = mapped_column(
        ForeignKey("orders.id"), unique=True, index=True
    )
    """Set on the one payment that paid the order; unique, so no order is paid twice."""
    amount_refunded_paise: Mapped[int] = mapped_column(Integer, default=0)
    """Refunds asked for and not failed (reserved before Razorpay is called)."""
    method: Mapped[str | None] = mapped_column(String(24))
    error_code: Mapped[str | None] = mapped_column(String(64))
    error_description: Mapped[str | None] = mapped_column(String(255))
    captured_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=0)


class Refund(TimestampMixin, Base):
    __tablename__ = "refunds"
    __table_args__ = (
        CheckConstraint("amount_paise > 0", name="amount_positive"),
        Index("ix_refunds_status_created_at", "status", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    payment_id: Mapped[int] = mapped_column(ForeignKey("payments.id"), index=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    requested_by: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[RefundKind] = mapped_column(_enum(RefundKind, 16))
    status: Mapped[RefundStatus] = mapped_column(_enum(RefundStatus, 16))
    amount_paise: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str | None] = mapped_column(String(255))
    idempotency_key: Mapped[str] = mapped_column(String(64), unique=True)
    """Sent as `X-Refund-Idempotency`: a retried call can never refund twice."""
    razorpay_refund_id: Mapped[str | None] = mapped_column(String(40), unique=True)
    error: Mapped[str | None] = mapped_column(String(255))
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    version: Mapped[int] = mapped_column(Integer, default=0)


class WebhookEvent(TimestampMixin, Base):
    __tablename__ = "webhook_events"
    __table_args__ = (Index("ix_webhook_events_status_created_at", "status", "created_at"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    event_id: Mapped[str] = mapped_column(String(64), unique=True)
    """`X-Razorpay-Event-Id`: the same delivery twice is stored once."""
    event: Mapped[str] = mapped_column(String(48))
    business_key: Mapped[str | None] = mapped_column(String(96), index=True)
    """What the event does, e.g. `pay_X:captured`: a second event doing it is a duplicate."""
    raw_body: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(String(128))
    status: Mapped[WebhookStatus] = mapped_column(_enum(WebhookStatus, 16))
    deliveries: Mapped[int] = mapped_column(Integer, default=1)
    error: Mapped[str | None] = mapped_column(Text)
    processed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class IdempotencyKey(TimestampMixin, Base):
    __tablename__ = "idempotency_keys"
    __table_args__ = (UniqueConstraint("user_id", "scope", "key"),)

    id: Mapped[int] = mapped_column(BigIntPK, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    """Indexed by the unique constraint, which leads with it."""
    scope: Mapped[str] = mapped_column(String(32))
    key: Mapped[str] = mapped_column(String(128))
    request_hash: Mapped[str] = mapped_column(String(64))
    """SHA-256 of the request: the same key with a different request is refused."""
    state: Mapped[IdempotencyState] = mapped_column(_enum(IdempotencyState, 16))
    resource_type: Mapped[str | None] = mapped_column(String(32))
    resource_id: Mapped[int | None] = mapped_column(Integer)
    response: Mapped[dict[str, Any] | None] = mapped_column(JSON)
