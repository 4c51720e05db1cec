"""Payments on the wire: what the payment routes accept and answer (paise throughout)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, Field, StringConstraints

from models import (
    Checkout,
    CheckoutKind,
    OrderStatus,
)
from server.api.schemas import Id, Paise, RowOut, Strict
from server.api.text import reads_as_written, shows_something, storable
from server.domain.payments.views import PaymentView

RazorpayId = Annotated[
    str,
    StringConstraints(strip_whitespace=True, min_length=3, max_length=40),
    AfterValidator(storable),
]
Signature = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128)]


class CreateIn(Strict):
    order_id: Id


class CheckoutOut(BaseModel):
    """What Razorpay's checkout form needs (`key`, `order_id`, `amount`, `currency`)."""

    order_id: int
    key_id: str
    razorpay_order_id: str
    amount: int = Field(description="In paise, as Razorpay's checkout expects it.")
    amount_paise: int
    currency: str
    receipt: str
    status: str
    checkout_url: str | None = Field(
        default=None, description="The sandbox's checkout page (only when running the sandbox)."
    )


class VerifyIn(Strict):
    razorpay_order_id: RazorpayId
    razorpay_payment_id: RazorpayId
    razorpay_signature: Signature


class RefundIn(Strict):
    order_id: Id
    amount_paise: Paise | None = None
    """Leave out to refund everything still refundable."""
    reason: (
        Annotated[
            str,
            StringConstraints(strip_whitespace=True, min_length=1, max_length=255),
            AfterValidator(storable),
            AfterValidator(reads_as_written),
            AfterValidator(shows_something),
        ]
        | None
    ) = None
    """Why, in the vendor's words; optional (a blank one is refused, not stored as none).
    The buyer is shown it: no text-direction or other control character but line breaks."""


class PaymentOut(RowOut):
    razorpay_payment_id: str
    status: str
    allocation: str
    amount_paise: int
    amount_refunded_paise: int
    method: str | None
    error_description: str | None
    created_at: datetime


class RefundOut(RowOut):
    id: int
    order_id: int
    amount_paise: int
    status: str
    kind: str
    reason: str | None
    razorpay_refund_id: str | None
    error: str | None
    created_at: datetime


class LinkSummary(BaseModel):
    payment_link_id: str | None
    short_url: str | None
    status: str


class PaymentStatusOut(BaseModel):
    order_id: int
    order_status: OrderStatus
    total_paise: int
    currency: str
    paid: bool
    paid_paise: int
    refunded_paise: int = Field(
        description="Refunds Razorpay has processed of the payment that paid the order."
    )
    refunds_pending_paise: int = Field(
        description="Refunds of the payment that paid the order, not yet processed."
    )
    surplus_refunded_paise: int = Field(
        default=0,
        description="Processed automatic refunds of surplus payments (a second or late "
        "payment of the same order): returned money that never paid the order.",
    )
    surplus_refunds_pending_paise: int = Field(
        default=0,
        description="Automatic refunds of surplus payments asked for, not yet processed: "
        "money a late payment took that is on its way back.",
    )
    pay_by: datetime | None = Field(
        default=None,
        description="While the order waits for payment: when its stock is released. A "
        "payment after it does not pay the order and is refunded. None otherwise.",
    )
    razorpay_order_id: str | None
    payment_link: LinkSummary | None
    payments: list[PaymentOut]
    refunds: list[RefundOut]

    @classmethod
    def of(cls, view: PaymentView, *, pay_by: datetime | None = None) -> PaymentStatusOut:
        by_kind: dict[CheckoutKind, Checkout] = {c.kind: c for c in view.checkouts}
        order_checkout = by_kind.get(CheckoutKind.ORDER)
        link = by_kind.get(CheckoutKind.LINK)
        return cls(
            order_id=view.order.id,
            order_status=view.order.status,
            total_paise=view.order.total_paise,
            currency=view.order.currency,
            paid=view.order.status is OrderStatus.PAID,
            paid_paise=view.paid_paise,
            refunded_paise=view.refunded_paise,
            refunds_pending_paise=view.refunds_pending_paise,
            surplus_refunded_paise=view.surplus_refunded_paise,
            surplus_refunds_pending_paise=view.surplus_refunds_pending_paise,
            pay_by=pay_by,
            razorpay_order_id=order_checkout.razorpay_order_id if order_checkout else None,
            payment_link=LinkSummary(
                payment_link_id=link.razorpay_payment_link_id,
                short_url=link.short_url,
                status=link.status.value,
            )
            if link
            else None,
            payments=[PaymentOut.of(p) for p in view.payments],
            refunds=[RefundOut.of(r) for r in view.refunds],
        )


class LinkOut(BaseModel):
    order_id: int
    payment_link_id: str
    short_url: str
    amount_paise: int
    currency: str
    status: str
    qr_png_base64: str = Field(description="A PNG QR code of `short_url`, base64-encoded.")


class WebhookOut(BaseModel):
    status: str
    event_id: str
