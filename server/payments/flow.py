"""What every payment flow shares: its timings and the retried transaction.

Each flow spans a Razorpay call: transaction, gateway, transaction. A database
transaction is never held open while Razorpay is on the line. Each flow writes its
intent first (a checkout `creating` under a lease, a refund `requested` with its amount
reserved), commits, calls the gateway with a timeout, and records the answer in a
second transaction. A crash or timeout in between leaves a row that says exactly what
to retry, and every retry is safe: checkouts are looked up by receipt before being
created again, refunds carry `X-Refund-Idempotency`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncSession

from server.domain.errors import ConcurrentUpdate

T = TypeVar("T")
WAIT_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class FlowSettings:
    lease_seconds: float
    """How long a request may own a `creating` checkout (> the gateway timeout)."""
    wait_seconds: float
    """How long a request waits for a concurrent one doing the same thing."""
    public_base_url: str


def flow_settings(timeout_seconds: float, public_base_url: str) -> FlowSettings:
    return FlowSettings(
        lease_seconds=timeout_seconds + 5.0,
        wait_seconds=timeout_seconds + 2.0,
        public_base_url=public_base_url.rstrip("/"),
    )


def _retryable(exc: BaseException) -> bool:
    if isinstance(exc, ConcurrentUpdate):
        return True
    if isinstance(exc, DBAPIError):
        code = getattr(exc.orig, "sqlstate", None)
        return code in ("40001", "40P01")  # serialization failure, deadlock
    return False


async def in_transaction(
    session: AsyncSession, work: Callable[[], Awaitable[T]], *, attempts: int = 5
) -> T:
    """Run `work` in a transaction, again in a fresh one when it lost a race."""
    for attempt in range(attempts):
        try:
            async with session.begin():
                return await work()
        except Exception as exc:
            if attempt == attempts - 1 or not _retryable(exc):
                raise
            await asyncio.sleep(0.005 * (attempt + 1))
    raise AssertionError("unreachable")
