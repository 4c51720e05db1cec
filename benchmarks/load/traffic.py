"""Open-loop traffic: bids scheduled at a target rate over negotiation pairs, latency
measured from each bid's scheduled start."""

from __future__ import annotations

import asyncio
import contextlib
import random
import time
from collections import Counter, deque
from dataclasses import dataclass, field

import httpx

from benchmarks.load.client import KeepAlive, _error_code

LIST_PRICE = 4000
FLOOR_PRICE = 3200
CUSTOMER_BID = (2000, 3900)
VENDOR_BID = (FLOOR_PRICE, LIST_PRICE)


@dataclass
class Pair:
    index: int
    negotiation_id: int
    customer_headers: dict[str, str]
    vendor_headers: dict[str, str]
    customer_turn: bool = True
    bids: int = 0
    uncertain: bool = False
    """A bid's outcome is unknown (timeout, dropped connection): whose turn is unsure."""
    conn: KeepAlive | None = None
    """This pair's own keep-alive connection for timed bids."""


@dataclass
class StepResult:
    target_rate: float
    duration_s: float
    scheduled: int = 0
    ok: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    latency: list[float] = field(default_factory=list)
    """Scheduled start → response, for 2xx answers (seconds)."""
    latency_all: list[float] = field(default_factory=list)
    """Scheduled start → response, for every HTTP answer, errors included."""
    service: list[float] = field(default_factory=list)
    """Request sent → response, for 2xx answers: the server's share."""
    wait: list[float] = field(default_factory=list)
    """Scheduled start → request sent: waiting for a free pair or the event loop."""
    loop_lag: list[float] = field(default_factory=list)
    """Scheduled start → the generator got round to it: the generator's own lateness."""
    wall_s: float = 0.0
    retired_pairs: int = 0


class Load:
    def __init__(
        self,
        pairs: list[Pair],
        *,
        seed: int,
        request_timeout: float,
        client: httpx.AsyncClient,
    ) -> None:
        self.client = client
        """For untimed questions between steps."""
        self.free: deque[Pair] = deque(pairs)
        self.waiters: deque[asyncio.Future[Pair]] = deque()
        self.live = len(pairs)
        self.rng = random.Random(seed)
        self.request_timeout = request_timeout

    def _release(self, pair: Pair) -> None:
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.done():
                waiter.set_result(pair)
                return
        self.free.append(pair)

    async def _acquire(self) -> Pair:
        if self.free:
            return self.free.popleft()
        waiter: asyncio.Future[Pair] = asyncio.get_running_loop().create_future()
        self.waiters.append(waiter)
        try:
            return await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self._release(waiter.result())  # got one just as we gave up: pass it on
            raise

    async def one_bid(self, scheduled: float, step: StepResult) -> None:
        step.loop_lag.append(time.perf_counter() - scheduled)
        if self.live == 0:
            step.outcomes["no_live_pairs"] += 1
            return
        try:
            async with asyncio.timeout(self.request_timeout):
                pair = await self._acquire()
        except TimeoutError:
            step.outcomes["queue_timeout"] += 1
            return
        keep = True
        try:
            sent = time.perf_counter()
            step.wait.append(sent - scheduled)
            customer = pair.customer_turn
            low, high = CUSTOMER_BID if customer else VENDOR_BID
            try:
                assert pair.conn is not None
                async with asyncio.timeout(self.request_timeout):
                    status, payload = await pair.conn.post(
                        f"/api/negotiations/{pair.negotiation_id}/bids",
                        b'{"amount_paise": %d}' % self.rng.randint(low, high),
                        (pair.customer_headers if customer else pair.vendor_headers)[
                            "Authorization"
                        ].encode(),
                    )
            except TimeoutError:
                step.outcomes["timeout"] += 1
                pair.uncertain = True  # did it land? `resync` asks before the next step
                return
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
                step.outcomes[f"error:{type(exc).__name__}"] += 1
                pair.uncertain = True
                return
            except asyncio.CancelledError:
                pair.uncertain = True  # cancelled at the drain deadline
                raise
            done = time.perf_counter()
            step.latency_all.append(done - scheduled)
            if 200 <= status < 300:
                step.ok += 1
                step.latency.append(done - scheduled)
                step.service.append(done - sent)
                step.outcomes[str(status)] += 1
                pair.customer_turn = not customer
                pair.bids += 1
                return
            code = _error_code(payload)
            step.outcomes[f"{status}:{code}"] += 1
            if code in (
                "negotiation_expired",
                "illegal_transition",
                "not_found",
                "forbidden",
                "unauthorized",
            ):
                keep = False  # this pair cannot bid any more
        finally:
            if keep:
                self._release(pair)
            else:
                self.live -= 1
                step.retired_pairs += 1

    async def resync(self) -> int:
        """Untimed, between steps: ask the server whose offer is the latest wherever a
        bid's outcome was lost, so the pair goes on haggling in turn (the traffic's
        shape; the server would take a second offer from the same side too)."""
        unsure = [p for p in self.free if p.uncertain]
        for pair in unsure:  # bounded by the number of pairs
            with contextlib.suppress(httpx.HTTPError, ValueError, KeyError, TypeError):
                response = await self.client.get(
                    f"/api/negotiations/{pair.negotiation_id}", headers=pair.customer_headers
                )
                offer = response.json()["latest_offer"]
                pair.customer_turn = offer is None or offer["side"] != "customer"
                pair.uncertain = False
        return len(unsure)

    async def run_step(self, rate: float, duration: float, drain: float) -> StepResult:
        step = StepResult(target_rate=rate, duration_s=duration)
        total = max(1, round(rate * duration))
        tasks: set[asyncio.Task[None]] = set()
        start = time.perf_counter() + 0.05
        for i in range(total):  # bounded by count
            scheduled = start + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            elif i % 32 == 0:
                await asyncio.sleep(0)  # behind schedule: still let answers be handled
            task = asyncio.create_task(self.one_bid(scheduled, step))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            step.scheduled += 1
        if tasks:  # bounded by time
            _, pending = await asyncio.wait(set(tasks), timeout=drain)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=5)
                step.outcomes["cancelled_at_drain"] += len(pending)
        step.wall_s = time.perf_counter() - start
        return step
