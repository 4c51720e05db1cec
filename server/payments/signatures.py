"""Razorpay's signatures, made the way Razorpay makes them.

Verification goes through the official SDK (`RazorpayGateway.verify_*`); these helpers
*sign*, for the sandbox (which plays Razorpay) and for tests. Every signature is a hex
HMAC-SHA256:

- checkout: `order_id|payment_id` with the key secret;
- payment-link callback: `plink_id|reference_id|status|payment_id` with the key secret;
- webhook: the raw request body with the webhook secret.

What a caller sends as a signature is untrusted text: `well_formed` refuses anything but
64 hex digits before it reaches the SDK's comparison (which compares `str`s with
`hmac.compare_digest`, and that raises `TypeError` on non-ASCII text).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from typing import TypeGuard

_HEX_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


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


def well_formed(signature: str | None) -> TypeGuard[str]:
    """Whether `signature` can be a hex HMAC-SHA256 at all (ASCII, 64 hex digits)."""
    if signature is None or not signature.isascii():
        return False
    return _HEX_SHA256.fullmatch(signature) is not None
