"""Razorpay's signatures, made the way Razorpay makes them.

Verification goes through the official SDK (`RazorpayGateway.verify_*`); these helpers
*sign*, for the sandbox (which plays Razorpay) and for tests. Every signature is a hex
HMAC-SHA256:

- checkout: `order_id|payment_id` with the key secret;
- payment-link callback: `plink_id|reference_id|status|payment_id` with the key secret;
- webhook: the raw request body with the webhook secret.
"""

from __future__ import annotations

import hashlib
import hmac


def hmac_hex(message: bytes | str, secret: str) -> str:
    data = message.encode() if isinstance(message, str) else message
    return hmac.new(secret.encode(), data, hashlib.sha256).hexdigest()


def checkout_signature(razorpay_order_id: str, razorpay_payment_id: str, key_secret: str) -> str:
    return hmac_hex(f"{razorpay_order_id}|{razorpay_payment_id}", key_secret)


def payment_link_signature(
    payment_link_id: str, reference_id: str, status: str, payment_id: str, key_secret: str
) -> str:
    return hmac_hex(f"{payment_link_id}|{reference_id}|{status}|{payment_id}", key_secret)


def webhook_signature(body: bytes | str, webhook_secret: str) -> str:
    return hmac_hex(body, webhook_secret)
