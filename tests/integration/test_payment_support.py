"""Shared pieces for the payment tests (no tests here): a sandbox on loopback, the app
pointed at it with the real SDK, and short helpers so tests read as their story.

The sandbox runs in its own thread and event loop, like a remote Razorpay; the app is
driven through the ASGI client, and the sandbox's signed webhooks are delivered into the
app through the real `/api/payment/webhook` route (or dropped, duplicated, reordered or
delayed when a test asks).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, TypeVar

import anyio.to_thread
import httpx
from fastapi import FastAPI
from sqlalchemy import func, select

from models import (
    AuditEntry,
    Base,
    Order,
    Payment,
    PaymentAllocation,
    Refund,
    RefundStatus,
)
from server.payments.runtime import asgi_sender
from server.payments.sandbox import RetrySchedule, SandboxServer, SandboxState
from server.settings import Settings
from tests.conftest import Api, make_settings, running_app

DELIVERY_WAIT = 60.0
"""Seconds a test waits for the sandbox's queued webhooks to be delivered: the app answers
each in milliseconds, but a CI machine at load 14 took over 10 s for a refund's round."""

KEY_ID = "rzp_test_VyaparTests0001"
KEY_SECRET = "sandbox-key-secret-for-tests-0001"
WEBHOOK_SECRET = "sandbox-webhook-secret-for-tests-0001"

T = TypeVar("T")

QUICK_RETRIES = RetrySchedule(first_seconds=0.05, most_seconds=0.2, for_seconds=1.0)
"""Razorpay's retry schedule, 24 hours, shrunk to a second so `drain` ends soon."""


@asynccontextmanager
async def running_sandbox(
    *, webhook_secret: str = WEBHOOK_SECRET, webhook_url: str | None = None
) -> AsyncIterator[SandboxServer]:
    state = SandboxState(KEY_ID, KEY_SECRET, webhook_secret)
    state.retries = QUICK_RETRIES
    sandbox = SandboxServer(state, webhook_url=webhook_url)
    await anyio.to_thread.run_sync(sandbox.start)
    try:
        yield sandbox
    finally:
        await anyio.to_thread.run_sync(sandbox.stop)


def payment_settings(database_url: str, sandbox_url: str, **overrides: Any) -> Any:
    values: dict[str, Any] = {
        "razorpay_key_id": KEY_ID,
        "razorpay_key_secret": KEY_SECRET,
        "razorpay_webhook_secret": WEBHOOK_SECRET,
        "razorpay_base_url": sandbox_url,
        "razorpay_timeout_seconds": 5.0,
        "payment_rate_limit": "10000/minute",
    }
    values.update(overrides)
    return make_settings(database_url, **values)


@dataclass
class World:
    """The app, its client, the sandbox, and helpers for one payment story."""

    app: FastAPI
    client: httpx.AsyncClient
    api: Api
    sandbox: SandboxServer
    rzp: httpx.AsyncClient
    """Plain HTTP to the sandbox (its `/sandbox/*` script endpoints)."""

    # -- setting the scene ------------------------------------------------------------

    async def market(self) -> dict[str, Any]:
        vendor = await self.api.register("vendor", business_name="Ramesh Sabzi")
        customer = await self.api.register("customer")
        product = await self.api.product(vendor["token"])
        return {
            "v": vendor["token"],
            "c": customer["token"],
            "product": product,
            "vendor": vendor,
            "customer": customer,
        }

    async def deal(
        self, m: dict[str, Any], *, quantity: int = 2, price: int = 3500
    ) -> dict[str, Any]:
        """An accepted deal: the order, pending payment (₹35 × 2 = ₹70 by default)."""
        neg = await self.api.open(m["c"], m["product"]["id"], quantity=quantity, amount_paise=price)
        r = await self.api.accept(m["v"], neg["id"])
        assert r.status_code == 200, r.text
        order: dict[str, Any] = r.json()["order"]
        return order

    # -- calls ------------------------------------------------------------------------

    async def create(self, token: str, order_id: int) -> httpx.Response:
        return await self.client.post(
            "/api/payment/create", json={"order_id": order_id}, headers=self.api.auth(token)
        )

    async def checkout(self, token: str, order_id: int) -> dict[str, Any]:
        r = await self.create(token, order_id)
        assert r.status_code == 200, r.text
        data: dict[str, Any] = r.json()
        return data

    async def verify(self, token: str, answer: dict[str, Any]) -> httpx.Response:
        body = {k: answer[k] for k in ("razorpay_order_id", "razorpay_payment_id")}
        body["razorpay_signature"] = answer["razorpay_signature"]
        return await self.client.post(
            "/api/payment/verify", json=body, headers=self.api.auth(token)
        )

    async def status(self, token: str, order_id: int) -> dict[str, Any]:
        r = await self.client.get(f"/api/payment/status/{order_id}", headers=self.api.auth(token))
        assert r.status_code == 200, r.text
        data: dict[str, Any] = r.json()
        return data

    async def refund(
        self, token: str, order_id: int, *, key: str | None = None, **body: Any
    ) -> httpx.Response:
        headers = self.api.auth(token)
        if key is not None:
            headers["Idempotency-Key"] = key
        return await self.client.post(
            "/api/payment/refund",
            json={"order_id": order_id, "reason": body.pop("reason", "bruised tomatoes"), **body},
            headers=headers,
        )

    async def pay(
        self, razorpay_order_id: str, outcome: str = "success", **plan: Any
    ) -> dict[str, Any]:
        """The shopper pays in the sandbox; `plan` shapes the webhooks (drop, duplicates…)."""
        r = await self.rzp.post(
            f"/sandbox/orders/{razorpay_order_id}/pay",
            json={"outcome": outcome, "webhooks": plan},
        )
        assert r.status_code == 200, r.text
        data: dict[str, Any] = r.json()
        return data

    async def configure(self, **config: Any) -> None:
        r = await self.rzp.post("/sandbox/config", json=config)
        assert r.status_code == 200, r.text

    async def events(self, name: str | None = None) -> list[dict[str, Any]]:
        r = await self.rzp.get("/sandbox/events", params={"event": name} if name else None)
        items: list[dict[str, Any]] = r.json()["items"]
        return items

    async def webhook(self, event: dict[str, Any], **headers: str) -> httpx.Response:
        """Deliver a sandbox event ourselves, byte for byte."""
        sent = {
            "Content-Type": "application/json",
            "X-Razorpay-Signature": event["signature"],
            "X-Razorpay-Event-Id": event["id"],
            **headers,
        }
        return await self.client.post(
            "/api/payment/webhook", content=event["body"].encode(), headers=sent
        )

    async def settle(self) -> None:
        """Every queued webhook delivered, every background refund sent."""
        for _ in range(3):
            await anyio.to_thread.run_sync(self.sandbox.drain, DELIVERY_WAIT)
            await self.app.state.payments.drain()

    async def eventually(self, check: Callable[[], Awaitable[T]], *, timeout: float = 10.0) -> T:
        deadline = time.monotonic() + timeout
        while True:
            try:
                return await check()
            except AssertionError:
                if time.monotonic() > deadline:
                    raise
            await asyncio.sleep(0.02)

    # -- looking inside ---------------------------------------------------------------

    async def rows(self, model: type[Base], *where: Any) -> list[Any]:
        async with self.app.state.sessions() as session:
            query = select(model).where(*where).order_by(model.id)  # type: ignore[attr-defined]
            return list(await session.scalars(query))

    async def audit(
        self, entity_type: str, entity_id: int
    ) -> list[tuple[str, str | None, str | None]]:
        rows = await self.rows(
            AuditEntry, AuditEntry.entity_type == entity_type, AuditEntry.entity_id == entity_id
        )
        return [(a.action, a.old_state, a.new_state) for a in rows]

    async def check_money_invariants(self) -> None:
        """Per order: captured − refunded ≤ total; refunds ≤ captured; one credit at most;
        the reserved refund total matches the refund rows; every row has an audit trail."""
        async with self.app.state.sessions() as session:
            for order in await session.scalars(select(Order)):
                payments = list(
                    await session.scalars(select(Payment).where(Payment.order_id == order.id))
                )
                credited = [p for p in payments if p.allocation is PaymentAllocation.CREDITED]
                assert len(credited) <= 1, order.id
                captured = sum(p.amount_paise for p in payments if p.captured_at is not None)
                refunds = list(
                    await session.scalars(select(Refund).where(Refund.order_id == order.id))
                )
                live = [r for r in refunds if r.status is not RefundStatus.FAILED]
                refunded = sum(r.amount_paise for r in live)
                assert refunded <= captured, order.id
                kept = captured - refunded
                assert kept <= order.total_paise, order.id
                for p in payments:
                    mine = sum(r.amount_paise for r in live if r.payment_id == p.id)
                    assert p.amount_refunded_paise == mine, p.razorpay_payment_id
                    assert mine <= p.amount_paise
            for table, model in (("payment", Payment), ("refund", Refund)):
                ids = set(await session.scalars(select(model.id)))  # type: ignore[attr-defined]
                audited = set(
                    await session.scalars(
                        select(AuditEntry.entity_id).where(AuditEntry.entity_type == table)
                    )
                )
                assert ids <= audited, table

    async def count(self, model: type[Base], *where: Any) -> int:
        async with self.app.state.sessions() as session:
            n = await session.scalar(select(func.count()).select_from(model).where(*where))
        return int(n or 0)


@asynccontextmanager
async def payment_world(
    database_url: str,
    *,
    deliver: bool = True,
    webhook_secret: str = WEBHOOK_SECRET,
    **overrides: Any,
) -> AsyncIterator[World]:
    """A sandbox, the app configured with its keys, and webhooks flowing into the app."""
    async with running_sandbox(webhook_secret=webhook_secret) as sandbox:
        settings = payment_settings(database_url, sandbox.url, **overrides)
        async with app_on_sandbox(sandbox, settings, deliver=deliver) as world:
            yield world


@asynccontextmanager
async def app_on_sandbox(
    sandbox: SandboxServer, settings: Settings, *, deliver: bool = True
) -> AsyncIterator[World]:
    """The app with `settings` on a running sandbox, its webhooks flowing into the app
    when `deliver`; on the way out the sandbox is drained and so are the app's payments.
    Several apps in turn may share one sandbox (a restore: Razorpay outlives our rows)."""
    async with running_app(settings) as (app, client):
        if deliver:
            sandbox.set_sender(asgi_sender(app, asyncio.get_running_loop()))
        try:
            async with httpx.AsyncClient(base_url=sandbox.url) as rzp:
                yield World(app, client, Api(client), sandbox, rzp)
        finally:
            await anyio.to_thread.run_sync(sandbox.drain, DELIVERY_WAIT)
            sandbox.set_sender(None)
            await app.state.payments.drain()
