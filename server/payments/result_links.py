"""Signed addresses of the payment result page.

`/payment/result` tells a shopper "payment received, the seller has been told", and at a
stall the shopper's screen is the proof of payment: a page anyone could make say so by
editing its address would be a fake receipt on the product's own domain. So the page
tells an outcome only when its address carries the server's signature over exactly what
it shows (outcome, order, language), made where the outcome was learnt (the payment-link
callback); any other address reads "could not be confirmed", with no order named."""

from __future__ import annotations

import base64
import hashlib
import hmac
from urllib.parse import urlencode

CLAIMS = frozenset({"paid", "refunding", "pending", "failed"})
"""Outcomes that say something about money: shown only when signed."""

UNSIGNED = "invalid"
"""What an unsigned or wrongly signed address shows: "could not be confirmed"."""


def _mac(key: str, status: str, order_id: int | None, lang: str | None) -> str:
    message = f"payment-result:{status}:{order_id or ''}:{lang or ''}".encode()
    digest = hmac.new(key.encode(), message, hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode()


def result_query(
    status: str, keys: tuple[str, ...], *, order_id: int | None = None, lang: str | None = None
) -> str:
    """The query string of the result page telling `status` (signed with the first key)."""
    query: dict[str, object] = {"status": status}
    if order_id is not None:
        query["order_id"] = order_id
    if lang:
        query["lang"] = lang
    if status in CLAIMS:
        query["sig"] = _mac(keys[0], status, order_id, lang)
    return urlencode(query)


def told(
    status: str,
    order_id: int | None,
    lang: str | None,
    sig: str | None,
    keys: tuple[str, ...],
) -> str:
    """The outcome the page may show: `status` when this server signed it (with any key it
    still holds) for this order and language, `UNSIGNED` for any other claim."""
    if status not in CLAIMS:
        return UNSIGNED
    if not sig or len(sig) > 64 or not sig.isascii():
        return UNSIGNED
    if any(hmac.compare_digest(_mac(key, status, order_id, lang), sig) for key in keys):
        return status
    return UNSIGNED
