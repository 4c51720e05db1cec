"""The sandbox's ledger: orders and payments, with Razorpay's states and errors; its
refunds are `server.payments.sandbox.refunds`.

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
    FEE_PERCENT,
    GST_PERCENT,
    MAX_AMOUNT,
    DeliveryPlan,
    Entity,
    PayResult,
    RetrySchedule,
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
    """Accounts, orders and payments, and the rules for changing them (what every part of
    the sandbox holds is made here, refunds included)."""

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
        self.max_amount = MAX_AMOUNT
        """The largest order or payment link taken, in paise (Razorpay's per-account
        maximum); more is refused as Razorpay refuses it."""
        self.plan = DeliveryPlan()
        self.retries = RetrySchedule()
        """When a webhook that got no 2xx is sent again."""
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
        amount = amount_of(data, maximum=self.max_amount)
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
