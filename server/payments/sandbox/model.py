"""The sandbox's vocabulary: ids and keys, Razorpay-shaped errors, signed webhook events,
delivery plans, and the validation Razorpay applies to what it is sent."""

from __future__ import annotations

import copy
import math
import secrets
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Entity = dict[str, Any]
ALPHABET = string.ascii_letters + string.digits
MIN_AMOUNT = 100
MAX_AMOUNT = 50_000_000
"""₹5,00,000: the largest order or payment link the sandbox takes unless told otherwise
(`/sandbox/config` `max_amount`). Razorpay holds a maximum per account, ₹5 lakh unless
raised, and refuses an order or link above it with `Amount exceeds maximum amount
allowed.`"""
MAX_NOTES = 15
FEE_PERCENT = 2
GST_PERCENT = 18


def new_id(prefix: str) -> str:
    """Razorpay-style ids: a prefix and 14 base-62 characters (`order_Ef80WJDPBmAeNt`)."""
    return f"{prefix}_" + "".join(secrets.choice(ALPHABET) for _ in range(14))


def generate_keys() -> tuple[str, str, str]:
    """Test keys for a sandbox nobody configured: key id, key secret, webhook secret."""
    return (
        "rzp_test_" + "".join(secrets.choice(ALPHABET) for _ in range(14)),
        secrets.token_urlsafe(24),
        secrets.token_urlsafe(24),
    )


class SandboxError(Exception):
    """An error answered the way Razorpay answers it."""

    def __init__(
        self,
        description: str,
        *,
        status: int = 400,
        field: str | None = None,
        reason: str = "input_validation_failed",
        code: str = "BAD_REQUEST_ERROR",
    ) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.field = field
        self.reason = reason
        self.code = code

    def body(self) -> dict[str, Any]:
        error: dict[str, Any] = {
            "code": self.code,
            "description": self.description,
            "source": "business" if self.status == 400 else "NA",
            "step": "payment_initiation" if self.status == 400 else "NA",
            "reason": self.reason,
            "metadata": {},
        }
        if self.field is not None:
            error["field"] = self.field
        return {"error": error}


def not_found() -> SandboxError:
    return SandboxError("The id provided does not exist", reason="NA")


@dataclass
class SandboxEvent:
    """One webhook, signed once; every delivery sends the same bytes."""

    id: str
    event: str
    body: bytes
    signature: str
    created_at: int
    deliveries: list[dict[str, Any]] = field(default_factory=list)

    def headers(self) -> dict[str, str]:
        return {
            "Content-Type": "application/json",
            "X-Razorpay-Signature": self.signature,
            "X-Razorpay-Event-Id": self.id,
            "User-Agent": "Razorpay-Webhook/v1",
        }

    def describe(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "created_at": self.created_at,
            "body": self.body.decode(),
            "signature": self.signature,
            "deliveries": list(self.deliveries),
        }


Order = Literal["natural", "reverse", "shuffle"]


@dataclass
class DeliveryPlan:
    """How to deliver a batch of webhooks: the tricks real networks play, on request."""

    duplicates: int = 1
    """Each event delivered this many times, concurrently."""
    order: Order = "natural"
    """`reverse` delivers `payment.captured` before `payment.authorized`."""
    delay_seconds: float = 0.0
    """Deliver late."""
    drop: bool = False
    """Lose them (they stay listed at `/sandbox/events` for replay)."""

    @classmethod
    def parse(cls, data: Mapping[str, Any] | None, default: DeliveryPlan) -> DeliveryPlan:
        if not data:
            return copy.copy(default)
        plan = copy.copy(default)
        duplicates = data.get("duplicates", plan.duplicates)
        if isinstance(duplicates, bool) or not isinstance(duplicates, int) or duplicates < 1:
            raise SandboxError("duplicates must be a positive integer", field="duplicates")
        order = data.get("order", plan.order)
        if order not in ("natural", "reverse", "shuffle"):
            raise SandboxError("order must be natural, reverse or shuffle", field="order")
        delay = data.get("delay_seconds", plan.delay_seconds)
        if isinstance(delay, bool) or not isinstance(delay, int | float) or delay < 0:
            raise SandboxError("delay_seconds must be a number >= 0", field="delay_seconds")
        return cls(
            duplicates=min(duplicates, 100),
            order=order,
            delay_seconds=float(delay),
            drop=bool(data.get("drop", plan.drop)),
        )


RETRY_AFTER_STATUSES = frozenset({429, 503})
"""Answers whose `Retry-After` says when to try again."""


@dataclass
class RetrySchedule:
    """When a webhook that got no 2xx is sent again. Razorpay retries with exponential
    backoff for 24 hours; the defaults do the same, and tests shorten them through
    `/sandbox/config` `retries` (or `SandboxState.retries`)."""

    first_seconds: float = 5.0
    """The wait after the first failed try."""
    factor: float = 2.0
    """Each wait this many times the one before."""
    most_seconds: float = 3600.0
    """No wait longer than this, `Retry-After` included."""
    for_seconds: float = 86400.0
    """Give up this long after the first try (Razorpay: 24 hours)."""

    def wait(self, failures: int, retry_after: float | None = None) -> float:
        """Seconds to wait after the `failures`-th failed try (1, 2, …); a server's
        `Retry-After` on a 503 or 429 is taken as asked, up to `most_seconds`."""
        if retry_after is not None:
            return min(max(retry_after, 0.0), self.most_seconds)
        return min(self.first_seconds * self.factor ** (failures - 1), self.most_seconds)

    @classmethod
    def parse(cls, data: Mapping[str, Any] | None, default: RetrySchedule) -> RetrySchedule:
        plan = copy.copy(default)
        for name in ("first_seconds", "factor", "most_seconds", "for_seconds"):
            value = (data or {}).get(name, getattr(plan, name))
            least = 1.0 if name == "factor" else 0.0
            if (
                isinstance(value, bool)
                or not isinstance(value, int | float)
                or not math.isfinite(value)
                or value < least
            ):
                raise SandboxError(
                    f"retries.{name} must be a number >= {least:g}", field=f"retries.{name}"
                )
            setattr(plan, name, float(value))
        unknown = set(data or {}) - {"first_seconds", "factor", "most_seconds", "for_seconds"}
        if unknown:
            raise SandboxError(f"retries takes no {sorted(unknown)[0]}", field="retries")
        return plan


@dataclass
class PayResult:
    answer: dict[str, Any]
    events: list[SandboxEvent]


def amount_of(
    data: Mapping[str, Any], *, required: bool = True, maximum: int | None = None
) -> int | None:
    amount = data.get("amount")
    if amount is None and not required:
        return None
    if isinstance(amount, str) and amount.isdigit():
        amount = int(amount)
    if amount is None:
        raise SandboxError("The amount field is required.", field="amount")
    if isinstance(amount, bool) or not isinstance(amount, int):
        raise SandboxError("The amount must be an integer.", field="amount")
    if amount < MIN_AMOUNT:
        raise SandboxError("The amount must be atleast INR 1.00", field="amount")
    if maximum is not None and amount > maximum:
        raise SandboxError("Amount exceeds maximum amount allowed.", field="amount")
    return amount


def currency_of(data: Mapping[str, Any]) -> str:
    currency = data.get("currency", "INR")
    if currency != "INR":
        raise SandboxError("The sandbox only speaks INR.", field="currency")
    return "INR"


def notes_of(data: Mapping[str, Any]) -> dict[str, str] | list[Any]:
    notes = data.get("notes")
    if notes in (None, [], {}):
        return []
    if not isinstance(notes, dict):
        raise SandboxError("The notes field must be an object.", field="notes")
    if len(notes) > MAX_NOTES:
        raise SandboxError(
            "Number of fields in notes should be less than or equal to 15", field="notes"
        )
    for key, value in notes.items():
        if len(str(key)) > 256 or len(str(value)) > 256:
            raise SandboxError(
                "Notes keys and values may not exceed 256 characters.", field="notes"
            )
    return {str(k): str(v) for k, v in notes.items()}


def collection(items: list[Entity], query: Mapping[str, str]) -> Entity:
    items = sorted(items, key=lambda e: e["created_at"], reverse=True)
    try:
        skip = max(int(query.get("skip", 0)), 0)
        count = min(max(int(query.get("count", 10)), 1), 100)
    except ValueError as exc:
        raise SandboxError("count and skip must be integers.", field="count") from exc
    page = items[skip : skip + count]
    return {"entity": "collection", "count": len(page), "items": page}
