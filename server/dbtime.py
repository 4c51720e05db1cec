"""How long a unit of work may wait for the database: a deadline for a block (`/readyz`)
and one budget for all the waits of an HTTP request or a live move. The connections of
`server.db` ask `wait_bound` before each wait and `charge` the time after it."""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterator
from contextlib import contextmanager

from starlette.types import ASGIApp, Receive, Scope, Send

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "vyapar_db_deadline", default=None
)


@contextmanager
def database_deadline(seconds: float) -> Iterator[None]:
    """Every PostgreSQL answer awaited inside this block must come within `seconds` of
    entering it (on top of the engine's own per-answer bound). `/readyz` uses it to answer
    within a load balancer's check timeout while the database hangs."""
    token = _deadline.set(time.monotonic() + seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


class DatabaseBudget:
    """The time one unit of work (an HTTP request, a live move) may spend waiting for
    PostgreSQL, all waits together: the pre-ping, connecting again, every statement, a
    second transaction. Only time spent waiting for the database counts: a request that
    also waits for Razorpay, or sleeps between polls, keeps its whole budget for the
    database. Once spent, further database work in the unit fails at once, so a hung
    server costs a request one bound, not one per step. Mutable on purpose: the
    endpoint, its dependencies and threads see copies of the context that hold this
    same object."""

    __slots__ = ("pool_wait", "seconds", "spent")

    def __init__(self, seconds: float, pool_wait: float | None = None) -> None:
        self.seconds = seconds
        self.spent = 0.0
        self.pool_wait = pool_wait
        """How long one wait for a free pooled connection may take (None: the pool's own
        timeout): an HTTP request's overload bound, `VYAPAR_MAX_WAIT_MS`. A request that
        would wait longer is refused as overloaded (`server.db.BudgetedQueuePool`)."""

    def remaining(self) -> float:
        return max(0.0, self.seconds - self.spent)


_budget: contextvars.ContextVar[DatabaseBudget | None] = contextvars.ContextVar(
    "vyapar_db_budget", default=None
)


@contextmanager
def database_budget(
    seconds: float | None, pool_wait: float | None = None
) -> Iterator[DatabaseBudget | None]:
    """Give the work inside this block one budget of `seconds` for all its database waits
    (`None`: no budget, each wait bounded on its own, as background jobs are), and at
    most `pool_wait` seconds for each wait for a pooled connection."""
    budget = None if seconds is None else DatabaseBudget(seconds, pool_wait)
    token = _budget.set(budget)
    try:
        yield budget
    finally:
        _budget.reset(token)


def context_without_budget() -> contextvars.Context:
    """The current context with no budget: for background work a request starts (its
    waits are bounded one by one, as the sweeper's are), not charged to the request."""
    context = contextvars.copy_context()
    context.run(_budget.set, None)
    return context


def wait_bound(answer_timeout: float) -> float:
    """What the next wait may take: the per-wait bound, cut by any deadline and budget."""
    bound = answer_timeout
    deadline = _deadline.get()
    if deadline is not None:
        bound = max(0.0, min(bound, deadline - time.monotonic()))
    budget = _budget.get()
    if budget is not None:
        bound = min(bound, budget.remaining())
    return bound


def pool_wait_bound() -> float | None:
    """How long this unit of work may wait for a free pooled connection (None: as the pool
    says)."""
    budget = _budget.get()
    return None if budget is None else budget.pool_wait


def charge(started: float) -> None:
    """Count the time since `started` against this unit of work's budget, if it has one."""
    budget = _budget.get()
    if budget is not None:
        budget.spent += time.monotonic() - started


class DatabaseBudgetMiddleware:
    """One `DatabaseBudget` per HTTP request (plain ASGI, so the endpoint and its
    dependencies run in a context that holds it). Sockets get one per unit of work
    instead (`server/live/`: `unit_of_work`)."""

    def __init__(self, app: ASGIApp, *, seconds: float, pool_wait: float | None = None) -> None:
        self.app = app
        self.seconds = seconds
        self.pool_wait = pool_wait

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with database_budget(self.seconds, self.pool_wait):
            await self.app(scope, receive, send)
