"""Payments inside the app's lifespan: the gateway, the embedded sandbox, background work.

With Razorpay keys configured the gateway talks to `razorpay_base_url`. Without them
(development, tests that do not care) the lifespan starts the sandbox on loopback with
generated test keys, points the SDK at it, and has it deliver its signed webhooks
straight into this app (in-process, through the real route).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator, Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import anyio.to_thread
import httpx
from fastapi import FastAPI
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from models import utcnow
from server.dbtime import context_without_budget
from server.domain.context import Actor
from server.payments.flow import FlowSettings, flow_settings
from server.payments.gateway import GatewayConfig, RazorpayGateway
from server.payments.reconcile import ReconcileReport, reconcile
from server.payments.reconcile_payments import check_before_release
from server.payments.reconcile_turn import ReconcileTurn, first_wait, next_wait
from server.payments.refunds import follow_up_refund, send_refunds
from server.payments.sandbox import (
    SandboxServer,
    SandboxState,
    WebhookAnswer,
    WebhookSender,
    generate_keys,
)
from server.settings import Settings

log = logging.getLogger("vyaparmitra.payments")


def asgi_sender(app: FastAPI, loop: asyncio.AbstractEventLoop) -> WebhookSender:
    """Deliver webhooks into `app` on its own event loop, through `/api/payment/webhook`."""

    async def post(body: bytes, headers: dict[str, str]) -> WebhookAnswer:
        transport = httpx.ASGITransport(
            app=app, raise_app_exceptions=False, client=("127.0.0.1", 443)
        )
        async with httpx.AsyncClient(transport=transport, base_url="http://razorpay.local") as c:
            response = await c.post("/api/payment/webhook", content=body, headers=headers)
            return WebhookAnswer(response.status_code, response.headers.get("retry-after"))

    async def send(body: bytes, headers: dict[str, str]) -> WebhookAnswer:
        future = asyncio.run_coroutine_threadsafe(post(body, headers), loop)
        return await asyncio.wrap_future(future)

    return send


RETRIES_LATER = frozenset({"reconciler", "refund-follow-up"})
"""Background tasks that wait on purpose (`drain` does not wait for them)."""


@dataclass
class PaymentsRuntime:
    gateway: RazorpayGateway
    flow: FlowSettings
    sandbox: SandboxServer | None = None
    tasks: set[asyncio.Task[Any]] = field(default_factory=set)
    refund_follow_up_seconds: float = 15.0
    refund_follow_up_attempts: int = 4
    following_up: set[int] = field(default_factory=set)
    """Refunds with a follow-up pending in this process (one each)."""

    @property
    def checkout_base_url(self) -> str | None:
        """Where a person can pay a sandbox order (None against real Razorpay)."""
        return self.sandbox.url if self.sandbox is not None else None

    def spawn(self, work: Coroutine[Any, Any, Any], name: str) -> None:
        # Background work a request starts is not charged to the request's database budget.
        task = asyncio.create_task(work, name=name, context=context_without_budget())
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    def send_refunds_later(
        self, sessions: async_sessionmaker[AsyncSession], refund_ids: list[int]
    ) -> None:
        if refund_ids:

            def unconfirmed(refund_id: int) -> None:
                self.follow_up_refund(sessions, refund_id)

            work = send_refunds(
                sessions, self.gateway, Actor.system(), refund_ids, unconfirmed=unconfirmed
            )
            self.spawn(work, "refunds")

    def follow_up_refund(self, sessions: async_sessionmaker[AsyncSession], refund_id: int) -> None:
        """Razorpay did not answer this refund: ask again soon, in the background
        (`refunds.follow_up_refund`); at most one follow-up per refund at a time."""
        if self.refund_follow_up_seconds <= 0 or self.refund_follow_up_attempts <= 0:
            return
        if refund_id in self.following_up:
            return
        self.following_up.add(refund_id)

        async def work() -> None:
            try:
                await follow_up_refund(
                    sessions,
                    self.gateway,
                    refund_id,
                    first_delay=self.refund_follow_up_seconds,
                    attempts=self.refund_follow_up_attempts,
                )
            finally:
                self.following_up.discard(refund_id)

        self.spawn(work(), "refund-follow-up")

    async def ask_before_release(self, sessions: async_sessionmaker[AsyncSession]) -> set[int]:
        """For the sweeper: apply what Razorpay says about the open checkouts of orders
        due for release; returns the orders it could not ask about (kept for now)."""
        report = ReconcileReport()
        actor = Actor.system(request_id=f"sweep-{uuid.uuid4().hex[:12]}")
        async with sessions() as session:
            kept = await check_before_release(
                session, self.gateway, actor, report, utcnow(), limit=500
            )
        if report.errors:
            log.warning(
                "payments of orders due for release not checked; kept for the next sweep",
                extra={"orders": sorted(kept), "errors": report.errors[:5]},
            )
        return kept

    async def drain(self) -> None:
        """Wait for background refunds (tests use it); not for the reconciler, which
        never ends, nor for follow-ups, which wait on purpose."""
        while pending := [t for t in self.tasks if t.get_name() not in RETRIES_LATER]:
            await asyncio.gather(*pending, return_exceptions=True)


def gateway_config(settings: Settings, *, base_url: str | None = None) -> GatewayConfig:
    assert settings.razorpay_key_id
    assert settings.razorpay_key_secret
    secrets = [
        s
        for s in (settings.razorpay_webhook_secret, settings.razorpay_webhook_secret_previous)
        if s
    ]
    return GatewayConfig(
        key_id=settings.razorpay_key_id,
        key_secret=settings.razorpay_key_secret,
        base_url=base_url or settings.razorpay_base_url,
        webhook_secrets=tuple(secrets),
        timeout_seconds=settings.razorpay_timeout_seconds,
        workers=settings.razorpay_workers,
    )


async def run_reconciler(
    sessions: async_sessionmaker[AsyncSession],
    runtime: PaymentsRuntime,
    interval: float,
    turn: ReconcileTurn | None = None,
) -> None:
    """A pass about every `interval` (jittered), when this worker has the deployment's
    turn (`reconcile_turn`; always, without one)."""
    wait = first_wait(interval)
    while True:
        await asyncio.sleep(wait)
        wait = next_wait(interval)
        try:
            async with turn.turn() if turn is not None else _always() as mine:
                if mine:
                    await _one_pass(sessions, runtime)
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("reconciliation failed; will retry")


@contextlib.asynccontextmanager
async def _always() -> AsyncIterator[bool]:
    yield True


async def _one_pass(sessions: async_sessionmaker[AsyncSession], runtime: PaymentsRuntime) -> None:
    report = await reconcile(
        sessions,
        runtime.gateway,
        settle_after=timedelta(seconds=runtime.flow.lease_seconds),
    )
    if report.orders_paid or report.refunds_sent or report.webhooks_replayed:
        log.info("reconciled", extra=report.as_dict())
    # The server's own pass logs what it left; the command prints its report and says so
    # in its one line on stderr.
    if report.errors:
        log.warning("reconciliation left errors", extra={"errors": report.errors[:20]})


async def start_payments(
    app: FastAPI, settings: Settings, sessions: async_sessionmaker[AsyncSession]
) -> PaymentsRuntime:
    runtime = await _build(app, settings)
    runtime.refund_follow_up_seconds = settings.refund_follow_up_seconds
    runtime.refund_follow_up_attempts = settings.refund_follow_up_attempts
    interval = settings.razorpay_reconcile_interval_seconds
    if settings.sweep_interval_seconds > 0 and interval > 0:
        turn = ReconcileTurn(
            getattr(app.state, "redis", None), getattr(app.state, "engine", None), interval
        )
        runtime.spawn(run_reconciler(sessions, runtime, interval, turn), "reconciler")
    return runtime


async def _build(app: FastAPI, settings: Settings) -> PaymentsRuntime:
    flow = flow_settings(settings.razorpay_timeout_seconds, settings.public_base_url)
    if settings.razorpay_key_id and settings.razorpay_key_secret:
        if not settings.razorpay_webhook_secret:
            log.warning(
                "VYAPAR_RAZORPAY_WEBHOOK_SECRET is not set: webhooks will be refused and "
                "payments confirmed only by checkout verification and reconciliation"
            )
        return PaymentsRuntime(RazorpayGateway(gateway_config(settings)), flow)
    if settings.env == "production":
        raise RuntimeError(
            "Payments need Razorpay keys in production: set VYAPAR_RAZORPAY_KEY_ID, "
            "VYAPAR_RAZORPAY_KEY_SECRET and VYAPAR_RAZORPAY_WEBHOOK_SECRET."
        )
    key_id, key_secret, webhook_secret = generate_keys()
    state = SandboxState(key_id, key_secret, settings.razorpay_webhook_secret or webhook_secret)
    # One maximum for both: the deals refused as they are made are the orders it refuses.
    state.max_amount = settings.payment_max_total_paise
    sandbox = SandboxServer(
        state,
        port=settings.razorpay_sandbox_port,
        sender=asgi_sender(app, asyncio.get_running_loop()),
    )
    url = await anyio.to_thread.run_sync(sandbox.start)
    config = GatewayConfig(
        key_id=key_id,
        key_secret=key_secret,
        base_url=url,
        webhook_secrets=(state.webhook_secret,),
        timeout_seconds=settings.razorpay_timeout_seconds,
        workers=settings.razorpay_workers,
    )
    log.info("razorpay sandbox ready", extra={"url": url, "orders_page": f"{url}/sandbox"})
    return PaymentsRuntime(RazorpayGateway(config), flow, sandbox)


async def stop_payments(runtime: PaymentsRuntime) -> None:
    for task in list(runtime.tasks):
        task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await asyncio.gather(*list(runtime.tasks), return_exceptions=True)
    if runtime.sandbox is not None:
        await anyio.to_thread.run_sync(runtime.sandbox.stop)
    runtime.gateway.close()
