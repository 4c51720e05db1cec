"""The payment state machines: every legal move of a checkout, a payment and a refund.

Anything not listed is a stale or repeated event and is ignored, never an error.
"""

from __future__ import annotations

from models import CheckoutStatus, PaymentStatus, RefundStatus

C = CheckoutStatus
P = PaymentStatus
R = RefundStatus

CHECKOUT_TRANSITIONS: dict[CheckoutStatus, frozenset[CheckoutStatus]] = {
    C.CREATING: frozenset({C.CREATED, C.ATTEMPTED, C.PAID, C.EXPIRED, C.CANCELLED}),
    C.CREATED: frozenset({C.ATTEMPTED, C.PAID, C.EXPIRED, C.CANCELLED}),
    C.ATTEMPTED: frozenset({C.PAID, C.EXPIRED, C.CANCELLED}),
    C.PAID: frozenset(),
    C.EXPIRED: frozenset(),
    C.CANCELLED: frozenset(),
}
"""A checkout mirrors its Razorpay order / link: created → attempted → paid (or ended)."""

PAYMENT_TRANSITIONS: dict[PaymentStatus, frozenset[PaymentStatus]] = {
    P.CREATED: frozenset({P.AUTHORIZED, P.CAPTURED, P.FAILED}),
    P.AUTHORIZED: frozenset({P.CAPTURED}),
    # A bank may confirm late a payment first reported failed ("late authorisation"):
    # the money is real, so failed may still move on. Nothing ever moves back to failed.
    P.FAILED: frozenset({P.AUTHORIZED, P.CAPTURED}),
    P.CAPTURED: frozenset({P.REFUNDED}),
    P.REFUNDED: frozenset(),
}
"""Razorpay's payment states; `refunded` is ours: every captured paisa refunded."""

REFUND_TRANSITIONS: dict[RefundStatus, frozenset[RefundStatus]] = {
    R.REQUESTED: frozenset({R.PENDING, R.PROCESSED, R.FAILED}),
    R.PENDING: frozenset({R.PROCESSED, R.FAILED}),
    R.PROCESSED: frozenset(),
    R.FAILED: frozenset(),
}
