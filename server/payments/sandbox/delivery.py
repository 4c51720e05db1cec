"""Webhook delivery: batches sent in the background, following each batch's plan
(duplicates, order, delay, drop), retried with backoff until a 2xx."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx

from server.payments.sandbox.model import DeliveryPlan, SandboxEvent
from server.payments.sandbox.state import SandboxState

WebhookSender = Callable[[bytes, dict[str, str]], Awaitable[int]]
"""Delivers one webhook (body, headers) and returns the HTTP status it got."""


class Dispatcher:
    """Delivers webhooks in the background, following each batch's `DeliveryPlan`."""

    def __init__(
        self,
        state: SandboxState,
        sender: WebhookSender | None,
        *,
        retries: int = 3,
        in_flight: int = 32,
    ) -> None:
        self.state = state
        self.sender = sender
        self.retries = retries
        self._tasks: set[asyncio.Task[None]] = set()
        # Deliveries past this many wait here, not in the HTTP client's pool (httpcore
        # scans its whole queue for every request it hands a connection to).
        self._in_flight = asyncio.Semaphore(in_flight)

    def dispatch(
        self,
        events: list[SandboxEvent],
        plan: DeliveryPlan | None = None,
        *,
        then: Callable[[], list[SandboxEvent]] | None = None,
    ) -> None:
        """Deliver `events`; afterwards run `then` (the bank settling a refund, say) and
        deliver what it produces, so cause and effect arrive in that order."""
        if not events and then is None:
            return
        task = asyncio.create_task(self._run_then(list(events), plan or self.state.plan, then))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_then(
        self,
        events: list[SandboxEvent],
        plan: DeliveryPlan,
        then: Callable[[], list[SandboxEvent]] | None,
    ) -> None:
        await self._run(events, plan)
        if then is not None:
            await self._run(then(), self.state.plan)

    async def _run(self, events: list[SandboxEvent], plan: DeliveryPlan) -> None:
        inactive = [e for e in events if not self.state.is_active(e.event)]
        for event in inactive:
            event.deliveries.append({"at": time.time(), "skipped": "not an active event"})
        events = [e for e in events if self.state.is_active(e.event)]
        if not events:
            return
        if plan.drop or self.sender is None:
            for event in events:
                event.deliveries.append({"at": time.time(), "dropped": True})
            return
        if plan.delay_seconds:
            await asyncio.sleep(plan.delay_seconds)
        if plan.order == "reverse":
            events.reverse()
        elif plan.order == "shuffle":
            random.shuffle(events)
        for event in events:
            await asyncio.gather(*(self.deliver(event) for _ in range(plan.duplicates)))

    async def deliver(self, event: SandboxEvent) -> None:
        """One delivery, retried with backoff until a 2xx (like Razorpay, but briefly)."""
        assert self.sender is not None
        for attempt in range(self.retries + 1):
            record: dict[str, Any] = {"at": time.time(), "attempt": attempt + 1}
            try:
                async with self._in_flight:
                    status = await self.sender(event.body, event.headers())
                record["status"] = status
            except Exception as exc:  # a refused connection, a timeout…
                record["error"] = repr(exc)[:200]
                status = 0
            event.deliveries.append(record)
            if 200 <= status < 300:
                return
            await asyncio.sleep(0.1 * 2**attempt)

    async def drain(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)


def http_sender(client: httpx.AsyncClient, url: str) -> WebhookSender:
    async def send(body: bytes, headers: dict[str, str]) -> int:
        response = await client.post(url, content=body, headers=headers)
        return response.status_code

    return send
