"""The sandbox's whole state: the ledger and its refunds, plus payment links (a UPI QR's
page and its payment), which pay through an order of their own like Razorpay's do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlencode

from server.payments.sandbox.model import (
    Entity,
    PayResult,
    SandboxError,
    SandboxEvent,
    amount_of,
    currency_of,
    new_id,
    not_found,
    notes_of,
)
from server.payments.sandbox.refunds import RefundLedger
from server.payments.signatures import payment_link_signature


class SandboxState(RefundLedger):
    """Every resource the sandbox holds, and the rules for changing them."""

    def create_link(self, data: Mapping[str, Any]) -> Entity:
        amount = amount_of(data, maximum=self.max_amount)
        assert amount is not None
        currency = currency_of(data)
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
            "notes": notes_of(data),
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
