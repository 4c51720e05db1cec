"""The sandbox's ledger: orders, payments and refunds, with Razorpay's states and errors.

No I/O: every change that Razorpay would announce returns its signed webhook events,
and the caller (the API, a page) hands them to the dispatcher.
"""

from __future__ import annotations

import copy
import json
import secrets
import string
import time
from collections.abc import Callable, Mapping
from typing import Any, Literal

from server.payments.sandbox.model import (
    ALPHABET,
    FEE_PERCENT,
    GST_PERCENT,
    DeliveryPlan,
    Entity,
    PayResult,
    SandboxError,
    SandboxEvent,
    amount_of,
    collection,
    currency_of,
    new_id,
    not_found,
    notes_of,
)
from server.payments.signatures import (
    checkout_signature,
    webhook_signature,
)


class Ledger:
    """Accounts, orders, payments and refunds, and the rules for changing them."""

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
        self.active_events: frozenset[str] | None = None
        """The webhook's active events, as ticked in Razorpay's dashboard (None: all).
        Others are still recorded at `/sandbox/events`, never sent."""

    def is_active(self, event: str) -> bool:
        return self.active_events is None or event in self.active_events

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

    # -- orders -----------------------------------------------------------------------

    def create_order(self, data: Mapping[str, Any]) -> Entity:
        amount = amount_of(data)
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
            "currency": currency_of(data),
            "receipt": receipt,
            "offer_id": None,
            "status": "created",
            "attempts": 0,
            "notes": notes_of(data),
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
        return collection(items, query)

    def _payments_of(self, order: Entity) -> list[Entity]:
        return [p for p in self.payments.values() if p["order_id"] == order["id"]]

    def order_payments(self, order_id: str) -> Entity:
        return collection(self._payments_of(self.get_order(order_id)), {})

    # -- payments ---------------------------------------------------------------------

    def list_payments(self, query: Mapping[str, str]) -> Entity:
        """`GET /v1/payments`: newest first; `from` and `to` (Unix seconds, inclusive)
        bound when they were made, `count` (at most 100) and `skip` page them."""
        try:
            since = int(query.get("from", 0))
            until = int(query.get("to", 2**62))
        except ValueError as exc:
            raise SandboxError("from and to must be integers.", field="from") from exc
        items = [p for p in self.payments.values() if since <= p["created_at"] <= until]
        return collection(items, query)

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
        amount = amount_of(data)
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
        amount = amount_of(data, required=False)
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
            "notes": notes_of(data),
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

    def list_refunds(self, query: Mapping[str, str]) -> Entity:
        """Every refund (of every payment), newest first; `from` / `to` (Unix seconds)
        bound when they were created."""
        try:
            since = int(query.get("from", 0))
            until = int(query["to"]) if "to" in query else None
        except ValueError as exc:
            raise SandboxError("from and to must be Unix timestamps.", field="from") from exc
        items = [
            r
            for r in self.refunds.values()
            if r["created_at"] >= since and (until is None or r["created_at"] <= until)
        ]
        return collection(items, query)

    def payment_refunds(self, payment_id: str) -> Entity:
        self.get_payment(payment_id)
        items = [r for r in self.refunds.values() if r["payment_id"] == payment_id]
        return collection(items, {"count": "100"})
