"""The official `razorpay` SDK, kept off the event loop.

The SDK is synchronous (`requests`), so every call runs in a worker thread from a
bounded pool (`anyio.to_thread` with our own capacity limiter) and under two timeouts:
`requests`' own connect/read timeout, so the thread finishes, and an `anyio` deadline,
so the caller never waits longer than promised. Errors come back typed:
`GatewayRejected` for Razorpay's 4xx answers, `GatewayUnavailable` for everything that
may succeed on a retry.

`base_url` points the SDK at Razorpay or at the local sandbox; nothing else changes.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio
import anyio.to_thread
import razorpay  # type: ignore[import-untyped]
import requests
from razorpay.errors import (  # type: ignore[import-untyped]
    BadRequestError,
    GatewayError,
    ServerError,
    SignatureVerificationError,
)
from requests.adapters import HTTPAdapter

from server.domain.payments.snapshots import RAZORPAY_ID
from server.payments.errors import GatewayRejected, GatewayUnavailable
from server.payments.signatures import well_formed

log = logging.getLogger("vyaparmitra.payments")


def _sdk_print(*args: object, **_: object) -> None:
    """The SDK `print`s to stdout when it cannot connect ("Connection failed."): a line
    that is not JSON in the log stream (and in a command's JSON report). It goes to the
    log at debug instead; the call's error is logged and answered where it is handled."""
    log.debug("razorpay sdk said: %s", " ".join(str(arg) for arg in args))


# The SDK module's own name `print`, not the builtin: nothing else is touched.
razorpay.client.print = _sdk_print

T = TypeVar("T")
Entity = dict[str, Any]


@dataclass(frozen=True)
class GatewayConfig:
    key_id: str
    key_secret: str
    base_url: str
    webhook_secrets: Sequence[str] = ()
    """Current secret first, then the previous one while rotating."""
    timeout_seconds: float = 10.0
    workers: int = 32


class _Client(razorpay.Client):  # type: ignore[misc]
    """The SDK's client, with its own version looked up once: the SDK builds its
    `User-Agent` on every request from the installed package's metadata, a search of
    `sys.path` (directory listings, a file read) that cost more CPU than the rest of the
    call's client side."""

    _version: str | None = None

    def _get_version(self) -> str:
        if self._version is None:
            self._version = str(super()._get_version())
        return self._version


class RazorpayGateway:
    """One `razorpay.Client` with a connection pool sized to the worker threads."""

    def __init__(self, config: GatewayConfig) -> None:
        self.config = config
        self._client = _Client(
            auth=(config.key_id, config.key_secret), base_url=config.base_url.rstrip("/")
        )
        adapter = HTTPAdapter(pool_connections=2, pool_maxsize=config.workers, max_retries=0)
        self._client.session.mount("http://", adapter)
        self._client.session.mount("https://", adapter)
        self._client.set_app_details({"title": "VyaparMitra", "version": "0.1"})
        self._limiter = anyio.CapacityLimiter(config.workers)

    @property
    def key_id(self) -> str:
        return self.config.key_id

    def close(self) -> None:
        self._client.session.close()

    # -- calls ------------------------------------------------------------------------

    async def _call(self, what: str, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        timeout = self.config.timeout_seconds
        kwargs.setdefault("timeout", timeout)
        call = functools.partial(fn, *args, **kwargs)
        try:
            # A little slack over requests' own timeout, which fires first when it can.
            with anyio.fail_after(timeout + 1.0):
                return await anyio.to_thread.run_sync(
                    call, limiter=self._limiter, abandon_on_cancel=True
                )
        except TimeoutError as exc:
            raise GatewayUnavailable(
                f"Razorpay did not answer ({what}) within {timeout:g} s; try again shortly."
            ) from exc
        except BadRequestError as exc:
            raise GatewayRejected(f"Razorpay refused to {what}: {exc}", gateway=str(exc)) from exc
        except (GatewayError, ServerError) as exc:
            raise GatewayUnavailable(
                f"Razorpay failed to {what}: {exc or 'server error'}; try again shortly."
            ) from exc
        except requests.Timeout as exc:
            raise GatewayUnavailable(
                f"Razorpay did not answer ({what}) within {timeout:g} s; try again shortly."
            ) from exc
        except (requests.RequestException, ValueError) as exc:
            # ValueError: a body that is not JSON (a proxy's error page, say).
            raise GatewayUnavailable(
                f"Could not reach Razorpay to {what}; try again shortly."
            ) from exc

    async def create_order(
        self, *, amount_paise: int, currency: str, receipt: str, notes: dict[str, str]
    ) -> Entity:
        data = {
            "amount": amount_paise,
            "currency": currency,
            "receipt": receipt,
            "notes": notes,
            "payment_capture": 1,
        }
        return _one(
            "an order", await self._call("create an order", self._client.order.create, data)
        )

    async def orders_by_receipt(self, receipt: str) -> list[Entity]:
        got = await self._call(
            "list orders", self._client.order.all, {"receipt": receipt, "count": 100}
        )
        return _items(got, "items")

    async def fetch_order(self, razorpay_order_id: str) -> Entity:
        return _one(
            "an order",
            await self._call("fetch an order", self._client.order.fetch, razorpay_order_id),
        )

    async def order_payments(self, razorpay_order_id: str) -> list[Entity]:
        got = await self._call(
            "list an order's payments", self._client.order.payments, razorpay_order_id
        )
        return _items(got, "items")

    async def payments_between(self, since: int, until: int, *, limit: int) -> list[Entity]:
        """The payments made on the account from `since` to `until` (Unix seconds), at
        most `limit`, newest first: Razorpay's `GET /v1/payments?from&to`, a page of 100
        at a time (`count`, `skip`)."""
        found: list[Entity] = []
        while len(found) < limit:
            query = {"from": since, "to": until, "count": 100, "skip": len(found)}
            got = _items(
                await self._call("list payments", self._client.payment.all, query), "items"
            )
            found.extend(got)
            if len(got) < 100:
                break
        return found[:limit]

    async def fetch_payment(self, razorpay_payment_id: str) -> Entity:
        return _one(
            "a payment",
            await self._call("fetch a payment", self._client.payment.fetch, razorpay_payment_id),
        )

    async def refund(
        self,
        razorpay_payment_id: str,
        *,
        amount_paise: int,
        idempotency_key: str,
        notes: dict[str, str],
    ) -> Entity:
        data = {"amount": amount_paise, "speed": "normal", "notes": notes}
        return _one(
            "a refund",
            await self._call(
                "refund a payment",
                self._client.payment.refund,
                razorpay_payment_id,
                data,
                headers={"X-Refund-Idempotency": idempotency_key},
            ),
        )

    async def fetch_refund(self, razorpay_refund_id: str) -> Entity:
        return _one(
            "a refund",
            await self._call("fetch a refund", self._client.refund.fetch, razorpay_refund_id),
        )

    async def payment_refunds(self, razorpay_payment_id: str) -> list[Entity]:
        got = await self._call(
            "list a payment's refunds",
            self._client.payment.fetch_multiple_refund,
            razorpay_payment_id,
            {"count": 100},
        )
        return _items(got, "items")

    async def refunds_since(self, since: int, *, skip: int = 0, count: int = 100) -> list[Entity]:
        """A page of Razorpay's refunds created from `since` (Unix seconds), newest first
        (its "fetch all refunds")."""
        got = await self._call(
            "list refunds",
            self._client.refund.all,
            {"from": since, "count": count, "skip": skip},
        )
        return _items(got, "items")

    async def create_payment_link(self, data: dict[str, Any]) -> Entity:
        return _one(
            "a payment link",
            await self._call("create a payment link", self._client.payment_link.create, data),
        )

    async def payment_links_by_reference(self, reference_id: str) -> list[Entity]:
        got = await self._call(
            "list payment links", self._client.payment_link.all, {"reference_id": reference_id}
        )
        return _items(
            got, "payment_links" if isinstance(got, dict) and "payment_links" in got else "items"
        )

    async def fetch_payment_link(self, payment_link_id: str) -> Entity:
        return _one(
            "a payment link",
            await self._call(
                "fetch a payment link", self._client.payment_link.fetch, payment_link_id
            ),
        )

    # -- signatures (the SDK's verifiers; pure CPU, no I/O) ----------------------------

    def verify_checkout(
        self, razorpay_order_id: str, razorpay_payment_id: str, signature: str
    ) -> bool:
        return _signed(
            self._client.utility.verify_payment_signature,
            signature,
            {"razorpay_order_id": razorpay_order_id, "razorpay_payment_id": razorpay_payment_id},
        )

    def verify_payment_link(
        self,
        *,
        payment_link_id: str,
        reference_id: str,
        status: str,
        payment_id: str,
        signature: str,
    ) -> bool:
        return _signed(
            self._client.utility.verify_payment_link_signature,
            signature,
            {
                "payment_link_id": payment_link_id,
                "payment_link_reference_id": reference_id,
                "payment_link_status": status,
                "razorpay_payment_id": payment_id,
            },
        )

    def verify_webhook(self, body: bytes | str, signature: str | None) -> bool:
        """The raw body against each configured webhook secret (rotation: two may be live).

        The SDK's verifier encodes `body` itself and so needs `str`; bytes are decoded
        here (strict UTF-8: a body that is not UTF-8 is not Razorpay's).
        """
        if not well_formed(signature) or not self.config.webhook_secrets:
            return False
        if isinstance(body, bytes):
            try:
                body = body.decode("utf-8")
            except UnicodeDecodeError:
                return False
        for secret in self.config.webhook_secrets:
            try:
                if self._client.utility.verify_webhook_signature(body, signature, secret):
                    return True
            except SignatureVerificationError:
                continue
        return False


def _signed(
    verify: Callable[[dict[str, str]], Any], signature: str, fields: dict[str, str]
) -> bool:
    """One of the SDK's redirect signature checks over `fields`: a malformed signature or a
    mismatch is False, never an exception."""
    if not well_formed(signature):
        return False
    try:
        return bool(verify({**fields, "razorpay_signature": signature}))
    except SignatureVerificationError:
        return False


def _one(what: str, got: Any) -> Entity:
    """An entity as Razorpay documents it (an object with its id), or an answer we cannot
    use: treated as Razorpay being unavailable, so nothing half-read is stored."""
    if not isinstance(got, dict) or not RAZORPAY_ID.fullmatch(str(got.get("id") or "")):
        raise GatewayUnavailable(
            f"Razorpay answered with something that is not {what}; try again shortly."
        )
    return got


def _items(got: Any, key: str) -> list[Entity]:
    """The entities of a list answer; an answer that is not a list of them is unusable."""
    items = got.get(key, []) if isinstance(got, dict) else None
    if not isinstance(items, list):
        raise GatewayUnavailable("Razorpay answered a list with something else; try again.")
    return [item for item in items if isinstance(item, dict)]
