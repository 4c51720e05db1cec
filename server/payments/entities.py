"""Razorpay's JSON entities turned into the domain's snapshots (and nothing else)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, TypeVar

from models import CheckoutStatus, PaymentStatus, RefundStatus
from server.domain.payments.snapshots import RAZORPAY_ID, PaymentSnapshot, RefundSnapshot

_S = TypeVar("_S", PaymentStatus, RefundStatus, CheckoutStatus)


class MalformedEntity(ValueError):
    """Razorpay sent something that does not have the shape we know."""


PAYMENT_STATUS = {
    "created": PaymentStatus.CREATED,
    "authorized": PaymentStatus.AUTHORIZED,
    "captured": PaymentStatus.CAPTURED,
    # Refunds are tracked on their own; for the payment, "refunded" means captured first.
    "refunded": PaymentStatus.CAPTURED,
    "failed": PaymentStatus.FAILED,
}

REFUND_STATUS = {
    "created": RefundStatus.PENDING,
    "pending": RefundStatus.PENDING,
    "processed": RefundStatus.PROCESSED,
    "failed": RefundStatus.FAILED,
}

CHECKOUT_STATUS = {
    "created": CheckoutStatus.CREATED,
    "attempted": CheckoutStatus.ATTEMPTED,
    "partially_paid": CheckoutStatus.ATTEMPTED,
    "paid": CheckoutStatus.PAID,
    "expired": CheckoutStatus.EXPIRED,
    "cancelled": CheckoutStatus.CANCELLED,
}


MAX_PAISE = 2**31 - 1
"""The money columns are 32-bit; Razorpay's own limits are far below this."""
_OUR_ID = re.compile(r"[1-9][0-9]{0,17}")
_REFUND_KEY = re.compile(r"[A-Za-z0-9_-]{10,64}")
"""A refund's own key, as we send it (`refunds.idempotency_key`)."""
"""One of our row ids as a note carries it: ASCII digits, within a bigint."""


def _str(entity: Mapping[str, Any], key: str) -> str:
    value = entity.get(key)
    if not isinstance(value, str) or not value:
        raise MalformedEntity(f"{entity.get('entity', 'entity')} without a {key!r}")
    if not RAZORPAY_ID.fullmatch(value):
        raise MalformedEntity(f"{key!r} is not a Razorpay id: {value[:60]!r}")
    return value


def _status(entity: Mapping[str, Any], known: Mapping[str, _S], what: str) -> _S:
    """The entity's `status` as ours; one we do not know (or not a string) is malformed."""
    raw = entity.get("status")
    if not isinstance(raw, str) or raw not in known:
        raise MalformedEntity(f"unknown {what} status {raw!r}")
    return known[raw]


def _paise(entity: Mapping[str, Any], key: str = "amount") -> int:
    value = entity.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PAISE:
        raise MalformedEntity(f"{key!r} must be a positive number of paise, not {value!r}")
    return value


def _text(entity: Mapping[str, Any], key: str, limit: int) -> str | None:
    """A free-text field as its column holds it: no NUL, at most `limit` characters."""
    value = entity.get(key)
    if not value:
        return None
    text = str(value).replace("\x00", "").encode("utf-8", "replace").decode("utf-8")
    return text[:limit] or None


def _currency(entity: Mapping[str, Any]) -> str:
    value = entity.get("currency") or "INR"
    if not (isinstance(value, str) and len(value) == 3 and value.isascii() and value.isalpha()):
        raise MalformedEntity(f"'currency' is not a currency code: {str(value)[:60]!r}")
    return value.upper()


def notes_of(entity: Mapping[str, Any]) -> dict[str, str]:
    notes = entity.get("notes")
    # Razorpay sends `[]` for "no notes".
    return {str(k): str(v) for k, v in notes.items()} if isinstance(notes, dict) else {}


def payment_snapshot(
    entity: Mapping[str, Any], *, status: PaymentStatus | None = None
) -> PaymentSnapshot:
    """A `payment` entity; `status` overrides its own (a webhook names its target state)."""
    if status is None:
        status = _status(entity, PAYMENT_STATUS, "payment")
    return PaymentSnapshot(
        razorpay_payment_id=_str(entity, "id"),
        razorpay_order_id=_str(entity, "order_id") if entity.get("order_id") else None,
        amount_paise=_paise(entity),
        currency=_currency(entity),
        status=status,
        method=_text(entity, "method", 24),
        error_code=_text(entity, "error_code", 64),
        error_description=_text(entity, "error_description", 255),
    )


def refund_snapshot(
    entity: Mapping[str, Any], *, status: RefundStatus | None = None
) -> RefundSnapshot:
    if status is None:
        status = _status(entity, REFUND_STATUS, "refund")
    notes = notes_of(entity)
    ours = notes.get("refund_id", "")
    ours = ours if _OUR_ID.fullmatch(ours) else ""
    key = notes.get("refund_key", "")
    return RefundSnapshot(
        razorpay_refund_id=_str(entity, "id"),
        razorpay_payment_id=_str(entity, "payment_id"),
        amount_paise=_paise(entity),
        status=status,
        refund_id=int(ours) if ours.isdigit() else None,
        refund_key=key if _REFUND_KEY.fullmatch(key) else None,
    )


def checkout_status(entity: Mapping[str, Any]) -> CheckoutStatus:
    return _status(entity, CHECKOUT_STATUS, "order or link")
