"""A local Razorpay: the REST resources this server uses, their states, and their errors.

This module is the sandbox's memory and rules, with no I/O: `sandbox_app` serves it over
HTTP (Basic auth with the key pair, Razorpay's JSON shapes and error bodies), renders
the checkout pages and delivers the webhooks that the operations here produce.

States follow Razorpay's:

- order: `created` → `attempted` (a payment was tried) → `paid`;
- payment: `created` → `authorized` → `captured` → `refunded` (in full), or `failed`;
- refund: `pending` → `processed` | `failed`;
- payment link: `created` → `paid` | `expired` | `cancelled`.

Orders are auto-captured when created with `payment_capture` (what this server does).
Refunds honour `X-Refund-Idempotency`: the same key and body return the same refund,
the same key with another body is refused.
"""

from __future__ import annotations

import copy
import json
import secrets
import string
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlencode

from server.payments.signatures import (
    checkout_signature,
    payment_link_signature,
    webhook_signature,
)

Entity = dict[str, Any]
ALPHABET = string.ascii_letters + string.digits
MIN_AMOUNT = 100
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


@dataclass
class PayResult:
    answer: dict[str, Any]
    events: list[SandboxEvent]


class SandboxState:
    """Every resource the sandbox holds, and the rules for changing them."""

    def __init__(
        self,
        key_id: str,
        key_secret: str,
        webhook_secret: str,
        *,
        account_id: str = "acc_VyaparSandbox1",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.key_id = key_id
        self.key_secret = key_secret
        self.webhook_secret = webhook_secret
        self.account_id = account_id
        self.clock = clock
        self.base_url = ""
        self.orders: dict[str, Entity] = {}
        self.payments: dict[str, Entity] = {}
        self.refunds: dict[str, Entity] = {}
        self.links: dict[str, Entity] = {}
        self.capture_on_create: dict[str, bool] = {}
        self.refund_keys: dict[str, tuple[str, str]] = {}
        self.events: list[SandboxEvent] = []
        self.latency: dict[str, float] = {}
        """`"POST /v1/orders": 2.0`: do the work, then answer that much later."""
        self.refund_outcome: Literal["processed", "pending", "failed"] = "processed"
        self.plan = DeliveryPlan()

    def now(self) -> int:
        return int(self.clock())

    # -- auth -------------------------------------------------------------------------

    def authenticate(self, key_id: str | None, key_secret: str | None) -> None:
        if not key_id:
            raise SandboxError(
                "Please provide your api key for authentication purposes.",
                status=401,
                reason="NA",
            )
        if not (
            secrets.compare_digest(key_id, self.key_id)
            and secrets.compare_digest(key_secret or "", self.key_secret)
        ):
            raise SandboxError("The api key provided is invalid", status=401, reason="NA")

    # -- events -----------------------------------------------------------------------

    def _event(self, name: str, **entities: Entity) -> SandboxEvent:
        payload = {
            "entity": "event",
            "account_id": self.account_id,
            "event": name,
            "contains": list(entities),
            "payload": {k: {"entity": copy.deepcopy(v)} for k, v in entities.items()},
            "created_at": self.now(),
        }
        body = json.dumps(payload, separators=(",", ":")).encode()
        event = SandboxEvent(
            id=new_id("evt"),
            event=name,
            body=body,
            signature=webhook_signature(body, self.webhook_secret),
            created_at=self.now(),
        )
        self.events.append(event)
        return event

    def event(self, event_id: str) -> SandboxEvent:
        for event in self.events:
            if event.id == event_id:
                return event
        raise SandboxError("No such event", status=404, reason="NA")

    # -- validation -------------------------------------------------------------------

    @staticmethod
    def _amount(data: Mapping[str, Any], *, required: bool = True) -> int | None:
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
        return amount

    @staticmethod
    def _currency(data: Mapping[str, Any]) -> str:
        currency = data.get("currency", "INR")
        if currency != "INR":
            raise SandboxError("The sandbox only speaks INR.", field="currency")
        return "INR"

    @staticmethod
    def _notes(data: Mapping[str, Any]) -> dict[str, str] | list[Any]:
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

    # -- orders -----------------------------------------------------------------------

    def create_order(self, data: Mapping[str, Any]) -> Entity:
        amount = self._amount(data)
        assert amount is not None
        receipt = data.get("receipt")
        if receipt is not None and (not isinstance(receipt, str) or len(receipt) > 40):
            raise SandboxError(
                "The receipt may not be greater than 40 characters.", field="receipt"
            )
        order: Entity = {
            "id": new_id("order"),
            "entity": "order",
            "amount": amount,
            "amount_paid": 0,
            "amount_due": amount,
            "currency": self._currency(data),
            "receipt": receipt,
            "offer_id": None,
            "status": "created",
            "attempts": 0,
            "notes": self._notes(data),
            "created_at": self.now(),
        }
        capture = data.get("payment_capture", True)
        self.capture_on_create[order["id"]] = capture not in (0, False, "0", "false")
        self.orders[order["id"]] = order
        return order

    def get_order(self, order_id: str) -> Entity:
        if order_id not in self.orders:
            raise not_found()
        return self.orders[order_id]

    def list_orders(self, query: Mapping[str, str]) -> Entity:
        items = list(self.orders.values())
        if "receipt" in query:
            items = [o for o in items if o["receipt"] == query["receipt"]]
        if query.get("authorized") in ("1", "true"):
            items = [o for o in items if any(p["status"] != "failed" for p in self._payments_of(o))]
        return self._collection(items, query)

    def _payments_of(self, order: Entity) -> list[Entity]:
        return [p for p in self.payments.values() if p["order_id"] == order["id"]]

    def order_payments(self, order_id: str) -> Entity:
        return self._collection(self._payments_of(self.get_order(order_id)), {})

    @staticmethod
    def _collection(items: list[Entity], query: Mapping[str, str]) -> Entity:
        items = sorted(items, key=lambda e: e["created_at"], reverse=True)
        try:
            skip = max(int(query.get("skip", 0)), 0)
            count = min(max(int(query.get("count", 10)), 1), 100)
        except ValueError as exc:
            raise SandboxError("count and skip must be integers.", field="count") from exc
        page = items[skip : skip + count]
        return {"entity": "collection", "count": len(page), "items": page}

    # -- payments ---------------------------------------------------------------------

    def get_payment(self, payment_id: str) -> Entity:
        if payment_id not in self.payments:
            raise not_found()
        return self.payments[payment_id]

    def _new_payment(self, order: Entity, method: str) -> Entity:
        payment: Entity = {
            "id": new_id("pay"),
            "entity": "payment",
            "amount": order["amount"],
            "currency": order["currency"],
            "status": "created",
            "order_id": order["id"],
            "invoice_id": None,
            "international": False,
            "method": method,
            "amount_refunded": 0,
            "refund_status": None,
            "captured": False,
            "description": f"Payment for {order.get('receipt') or order['id']}",
            "card_id": None,
            "bank": None,
            "wallet": None,
            "vpa": "success@razorpay" if method == "upi" else None,
            "email": "shopper@example.com",
            "contact": "+919000090000",
            "notes": [],
            "fee": None,
            "tax": None,
            "error_code": None,
            "error_description": None,
            "error_source": None,
            "error_step": None,
            "error_reason": None,
            "acquirer_data": {"rrn": "".join(secrets.choice(string.digits) for _ in range(12))},
            "created_at": self.now(),
        }
        self.payments[payment["id"]] = payment
        order["attempts"] += 1
        if order["status"] == "created":
            order["status"] = "attempted"
        return payment

    def _capture(self, payment: Entity) -> list[SandboxEvent]:
        order = self.orders[payment["order_id"]]
        fee = payment["amount"] * FEE_PERCENT // 100
        payment.update(
            status="captured",
            captured=True,
            fee=fee,
            tax=fee * GST_PERCENT // (100 + GST_PERCENT),
        )
        order.update(status="paid", amount_paid=order["amount"], amount_due=0)
        return [
            self._event("payment.captured", payment=payment),
            self._event("order.paid", payment=payment, order=order),
        ]

    def _attempt(
        self, order: Entity, outcome: str, method: str
    ) -> tuple[Entity, list[SandboxEvent]]:
        if order["status"] == "paid":
            raise SandboxError("Order has already been paid", field="order_id")
        if outcome not in ("success", "failure"):
            raise SandboxError('outcome must be "success" or "failure"', field="outcome")
        payment = self._new_payment(order, method)
        if outcome == "failure":
            payment.update(
                status="failed",
                error_code="BAD_REQUEST_ERROR",
                error_description="Payment failed because the customer cancelled it.",
                error_source="customer",
                error_step="payment_authentication",
                error_reason="payment_cancelled",
            )
            return payment, [self._event("payment.failed", payment=payment)]
        payment["status"] = "authorized"
        events = [self._event("payment.authorized", payment=payment)]
        if self.capture_on_create.get(order["id"], True):
            events += self._capture(payment)
        return payment, events

    def pay_order(self, order_id: str, outcome: str, method: str = "upi") -> PayResult:
        """What the checkout form does when the shopper pays (or gives up)."""
        order = self.get_order(order_id)
        payment, events = self._attempt(order, outcome, method)
        answer: dict[str, Any] = {
            "razorpay_payment_id": payment["id"],
            "razorpay_order_id": order["id"],
            "razorpay_signature": None,
        }
        if payment["status"] == "failed":
            answer["error"] = {
                "code": payment["error_code"],
                "description": payment["error_description"],
                "source": payment["error_source"],
                "step": payment["error_step"],
                "reason": payment["error_reason"],
                "metadata": {"payment_id": payment["id"], "order_id": order["id"]},
            }
        else:
            answer["razorpay_signature"] = checkout_signature(
                order["id"], payment["id"], self.key_secret
            )
        return PayResult(answer, events)

    def capture(
        self, payment_id: str, data: Mapping[str, Any]
    ) -> tuple[Entity, list[SandboxEvent]]:
        payment = self.get_payment(payment_id)
        amount = self._amount(data)
        if payment["status"] != "authorized":
            raise SandboxError(
                "This payment has already been captured"
                if payment["status"] == "captured"
                else "Only authorized payments can be captured"
            )
        if amount != payment["amount"]:
            raise SandboxError(
                "Capture amount must be equal to the amount authorized", field="amount"
            )
        return payment, self._capture(payment)

    # -- refunds ----------------------------------------------------------------------

    def refund(
        self, payment_id: str, data: Mapping[str, Any], idempotency_key: str | None
    ) -> tuple[Entity, list[SandboxEvent]]:
        """Create a refund (`pending`); `process_refund` settles it."""
        fingerprint = json.dumps({"payment": payment_id, **dict(data)}, sort_keys=True)
        if idempotency_key is not None:
            if len(idempotency_key) < 10 or not all(c in ALPHABET + "-_" for c in idempotency_key):
                raise SandboxError(
                    "The idempotency key must be at least 10 characters: letters, digits, "
                    "hyphens and underscores.",
                    field="X-Refund-Idempotency",
                )
            seen = self.refund_keys.get(idempotency_key)
            if seen is not None:
                if seen[0] != fingerprint:
                    raise SandboxError(
                        "Different request with the same idempotency key has already been "
                        "processed."
                    )
                return self.refunds[seen[1]], []
        payment = self.get_payment(payment_id)
        if payment["status"] not in ("captured", "refunded"):
            raise SandboxError("The payment has not been captured yet", field="payment_id")
        left = payment["amount"] - payment["amount_refunded"]
        amount = self._amount(data, required=False)
        amount = left if amount is None else amount
        if left <= 0:
            raise SandboxError("The payment has been fully refunded already")
        if amount > left:
            raise SandboxError(
                "The refund amount provided is greater than amount captured", field="amount"
            )
        refund: Entity = {
            "id": new_id("rfnd"),
            "entity": "refund",
            "amount": amount,
            "currency": payment["currency"],
            "payment_id": payment["id"],
            "notes": self._notes(data),
            "receipt": data.get("receipt"),
            "acquirer_data": {"arn": None},
            "created_at": self.now(),
            "batch_id": None,
            "status": "pending",
            "speed_processed": "normal",
            "speed_requested": str(data.get("speed") or "normal"),
        }
        self.refunds[refund["id"]] = refund
        if idempotency_key is not None:
            self.refund_keys[idempotency_key] = (fingerprint, refund["id"])
        payment["amount_refunded"] += amount
        full = payment["amount_refunded"] == payment["amount"]
        payment["refund_status"] = "full" if full else "partial"
        if full:
            payment["status"] = "refunded"
        return refund, [self._event("refund.created", refund=refund, payment=payment)]

    def process_refund(self, refund_id: str, outcome: str | None = None) -> list[SandboxEvent]:
        """The bank's answer, some time after the refund was created."""
        refund = self.get_refund(refund_id)
        outcome = outcome or self.refund_outcome
        if refund["status"] != "pending" or outcome == "pending":
            return []
        payment = self.payments[refund["payment_id"]]
        if outcome == "failed":
            refund["status"] = "failed"
            payment["amount_refunded"] -= refund["amount"]
            payment["status"] = "captured"
            payment["refund_status"] = "partial" if payment["amount_refunded"] else None
            return [self._event("refund.failed", refund=refund, payment=payment)]
        refund["status"] = "processed"
        refund["acquirer_data"] = {"arn": "".join(secrets.choice(string.digits) for _ in range(23))}
        return [self._event("refund.processed", refund=refund, payment=payment)]

    def get_refund(self, refund_id: str) -> Entity:
        if refund_id not in self.refunds:
            raise not_found()
        return self.refunds[refund_id]

    def payment_refunds(self, payment_id: str) -> Entity:
        self.get_payment(payment_id)
        items = [r for r in self.refunds.values() if r["payment_id"] == payment_id]
        return self._collection(items, {"count": "100"})

    # -- payment links ----------------------------------------------------------------

    def create_link(self, data: Mapping[str, Any]) -> Entity:
        amount = self._amount(data)
        assert amount is not None
        currency = self._currency(data)
        reference_id = data.get("reference_id")
        if reference_id is not None:
            if not isinstance(reference_id, str) or len(reference_id) > 40:
                raise SandboxError(
                    "reference_id may not be greater than 40 characters", field="reference_id"
                )
            for other in self.links.values():
                if other["reference_id"] == reference_id and other["status"] != "cancelled":
                    raise SandboxError(
                        f"Payment Link with reference {reference_id} already exists",
                        field="reference_id",
                    )
        expire_by = data.get("expire_by") or 0
        if expire_by and (not isinstance(expire_by, int) or expire_by < self.now() + 15 * 60):
            raise SandboxError(
                "expire_by should be at least 15 minutes after current time", field="expire_by"
            )
        callback_method = data.get("callback_method")
        if data.get("callback_url") and callback_method != "get":
            raise SandboxError(
                "callback_method should be get when callback_url is given",
                field="callback_method",
            )
        order = self.create_order({"amount": amount, "currency": currency, "receipt": reference_id})
        link_id = new_id("plink")
        link: Entity = {
            "id": link_id,
            "amount": amount,
            "amount_paid": 0,
            "currency": currency,
            "accept_partial": bool(data.get("accept_partial", False)),
            "first_min_partial_amount": 0,
            "description": data.get("description") or "",
            "customer": data.get("customer") or {},
            "notify": data.get("notify") or {"sms": False, "email": False},
            "reminder_enable": bool(data.get("reminder_enable", False)),
            "reminders": [],
            "notes": self._notes(data),
            "reference_id": reference_id or "",
            "short_url": f"{self.base_url}/sandbox/pay/{link_id}",
            "status": "created",
            "upi_link": data.get("upi_link") in (True, "true", 1, "1"),
            "expire_by": expire_by,
            "expired_at": 0,
            "cancelled_at": 0,
            "payments": None,
            "order_id": order["id"],
            "callback_url": data.get("callback_url") or "",
            "callback_method": callback_method or "",
            "user_id": "",
            "created_at": self.now(),
            "updated_at": self.now(),
        }
        self.links[link_id] = link
        return link

    def get_link(self, link_id: str) -> Entity:
        if link_id not in self.links:
            raise not_found()
        link = self.links[link_id]
        if link["status"] == "created" and link["expire_by"] and link["expire_by"] <= self.now():
            # Expiry is noticed when someone looks; `expire_link` emits the webhook.
            self.expire_link(link_id)
        return link

    def list_links(self, query: Mapping[str, str]) -> Entity:
        items = list(self.links.values())
        if "reference_id" in query:
            items = [link for link in items if link["reference_id"] == query["reference_id"]]
        if "payment_id" in query:
            items = [
                link
                for link in items
                if any(p["payment_id"] == query["payment_id"] for p in link["payments"] or [])
            ]
        return {"payment_links": sorted(items, key=lambda e: e["created_at"], reverse=True)}

    def cancel_link(self, link_id: str) -> tuple[Entity, list[SandboxEvent]]:
        link = self.get_link(link_id)
        if link["status"] != "created":
            raise SandboxError(f"Payment link cannot be cancelled: it is {link['status']}")
        link.update(status="cancelled", cancelled_at=self.now(), updated_at=self.now())
        return link, [self._event("payment_link.cancelled", payment_link=link)]

    def expire_link(self, link_id: str) -> list[SandboxEvent]:
        if link_id not in self.links:
            raise not_found()
        link = self.links[link_id]
        if link["status"] != "created":
            raise SandboxError(f"Payment link cannot expire: it is {link['status']}")
        link.update(status="expired", expired_at=self.now(), updated_at=self.now())
        return [self._event("payment_link.expired", payment_link=link)]

    def pay_link(self, link_id: str, outcome: str, method: str = "upi") -> PayResult:
        """What the hosted link page does when the shopper pays (or gives up)."""
        link = self.get_link(link_id)
        if link["status"] != "created":
            raise SandboxError(f"This payment link is {link['status']}", field="payment_link_id")
        order = self.orders[link["order_id"]]
        payment, events = self._attempt(order, outcome, method)
        answer: dict[str, Any] = {
            "razorpay_payment_id": payment["id"],
            "razorpay_payment_link_id": link["id"],
            "razorpay_payment_link_reference_id": link["reference_id"],
            "razorpay_payment_link_status": link["status"],
            "razorpay_signature": None,
            "callback_url": None,
        }
        if payment["status"] == "failed":
            return PayResult(answer, events)
        link["payments"] = [
            *(link["payments"] or []),
            {
                "amount": payment["amount"],
                "created_at": payment["created_at"],
                "method": payment["method"],
                "payment_id": payment["id"],
                "status": payment["status"],
            },
        ]
        link.update(status="paid", amount_paid=payment["amount"], updated_at=self.now())
        events.append(
            self._event("payment_link.paid", payment_link=link, order=order, payment=payment)
        )
        answer["razorpay_payment_link_status"] = "paid"
        answer["razorpay_signature"] = payment_link_signature(
            link["id"], link["reference_id"], "paid", payment["id"], self.key_secret
        )
        if link["callback_url"]:
            params = {k: v for k, v in answer.items() if k.startswith("razorpay_")}
            sep = "&" if "?" in link["callback_url"] else "?"
            answer["callback_url"] = f"{link['callback_url']}{sep}{urlencode(params)}"
        return PayResult(answer, events)
