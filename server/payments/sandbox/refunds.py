"""The sandbox's refunds: created against what a payment captured (once per idempotency
key), then processed, left pending or failed as the bank answers, with Razorpay's errors.
"""

from __future__ import annotations

import json
import secrets
import string
from collections.abc import Mapping
from typing import Any

from server.payments.sandbox.ledger import Ledger
from server.payments.sandbox.model import (
    ALPHABET,
    Entity,
    SandboxError,
    SandboxEvent,
    amount_of,
    collection,
    new_id,
    not_found,
    notes_of,
)


class RefundLedger(Ledger):
    """The ledger, with refunds."""

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
