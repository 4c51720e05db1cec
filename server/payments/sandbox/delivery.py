"""Webhook delivery: batches sent in the background, following each batch's plan
(duplicates, order, delay, drop), retried as Razorpay retries until a 2xx: exponential
backoff for 24 hours (`RetrySchedule`), waiting as asked by a 503's or 429's
`Retry-After`."""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from collections.abc import Awaitable, Callable
from typing import Any, NamedTuple

import httpx

from server.payments.sandbox.model import RETRY_AFTER_STATUSES, DeliveryPlan, SandboxEvent
from server.payments.sandbox.state import SandboxState


class WebhookAnswer(NamedTuple):
    status: int
    retry_after: str | None = None
    """The answer's `Retry-After` header, as sent."""


WebhookSender = Callable[[bytes, dict[str, str]], Awaitable[WebhookAnswer]]
"""Delivers one webhook (body, headers) and returns the answer it got."""


def retry_after_seconds(value: str | None, now: float) -> float | None:
    """`Retry-After` as seconds from `now`: delta-seconds or an HTTP date (None when
    absent or unreadable)."""
    if value is None:
        return None
    value = value.strip()
    if value.isascii() and value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(when.timestamp() - now, 0.0)


class Dispatcher:
    """Delivers webhooks in the background, following each batch's `DeliveryPlan`."""

    def __init__(
        self,
        state: SandboxState,
        sender: WebhookSender | None,
        *,
        in_flight: int = 32,
    ) -> None:
        self.state = state
        self.sender = sender
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
        """One delivery, sent again on `state.retries`' schedule until a 2xx or until
        the schedule gives up; each try is logged in `event.deliveries`."""
        assert self.sender is not None
        started = time.monotonic()
        failures = 0
        while True:
            record: dict[str, Any] = {"at": time.time(), "attempt": failures + 1}
            retry_after: float | None = None
            try:
                async with self._in_flight:
                    answer = await self.sender(event.body, event.headers())
                record["status"] = answer.status
                if answer.status in RETRY_AFTER_STATUSES:
                    retry_after = retry_after_seconds(answer.retry_after, time.time())
            except Exception as exc:  # a refused connection, a timeout…
                record["error"] = repr(exc)[:200]
                answer = WebhookAnswer(0)
            event.deliveries.append(record)
            if 200 <= answer.status < 300:
                return
            failures += 1
            schedule = self.state.retries
            wait = schedule.wait(failures, retry_after)
            if time.monotonic() + wait - started > schedule.for_seconds:
                record["gave_up"] = True
                return
            record["retry_in"] = round(wait, 3)
            await asyncio.sleep(wait)

    async def drain(self) -> None:
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*list(self._tasks), return_exceptions=True)


def http_sender(client: httpx.AsyncClient, url: str) -> WebhookSender:
    async def send(body: bytes, headers: dict[str, str]) -> WebhookAnswer:
        response = await client.post(url, content=body, headers=headers)
        return WebhookAnswer(response.status_code, response.headers.get("retry-after"))

    return send
