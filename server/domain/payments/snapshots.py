"""What Razorpay says about a payment or a refund, already parsed."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models import PaymentStatus, RefundStatus

RAZORPAY_ID = re.compile(r"[A-Za-z0-9_]{1,40}")
"""Razorpay ids (`pay_…`, `order_…`, `rfnd_…`, `plink_…`) as the id columns hold them."""


@dataclass(frozen=True)
class PaymentSnapshot:
    """A Razorpay payment as the gateway, a webhook or a verified checkout reports it."""

    razorpay_payment_id: str
    razorpay_order_id: str | None
    amount_paise: int
    currency: str
    status: PaymentStatus
    method: str | None = None
    error_code: str | None = None
    error_description: str | None = None


@dataclass(frozen=True)
class RefundSnapshot:
    razorpay_refund_id: str
    razorpay_payment_id: str
    amount_paise: int
    status: RefundStatus
    refund_id: int | None = None
    """Our refund id, when Razorpay echoes it back in the refund's notes."""
    refund_key: str | None = None
    """Our refund's own key (`X-Refund-Idempotency`), echoed back in the refund's notes;
    refunds sent before the notes carried it name `refund_id` instead."""
