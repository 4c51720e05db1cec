"""Background reconciliation runs one pass per interval for the whole deployment, not one
per worker (server/payments/reconcile_turn.py): apps sharing PostgreSQL and Redis, as the
workers of several hosts do, take turns; a pass is never run twice at once."""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
import redis.asyncio as aioredis

from server.db import create_engine
from server.payments import runtime
from server.payments.reconcile import ReconcileReport
from server.payments.reconcile_turn import LEASE_KEY, LEASE_SHARE, ReconcileTurn
from tests.conftest import REDIS_URL, make_settings, need, running_app

INTERVAL = 0.6


class Passes:
    """The passes the apps ran: when each began and ended, and how many ran at once."""

    def __init__(self, seconds: float = 0.0) -> None:
        self.spans: list[tuple[float, float]] = []
        self.running = 0
        self.most_at_once = 0
        self.seconds = seconds

    async def __call__(self, *_: Any, **__: Any) -> ReconcileReport:
        began = time.monotonic()
        self.running += 1
        self.most_at_once = max(self.most_at_once, self.running)
        try:
            await asyncio.sleep(self.seconds)
        finally:
            self.running -= 1
        self.spans.append((began, time.monotonic()))
        return ReconcileReport()


@pytest.fixture
async def clean_lease() -> AsyncIterator[None]:
    client = aioredis.from_url(need(REDIS_URL, "Redis"))
    await client.delete(LEASE_KEY)
    yield
    await client.delete(LEASE_KEY)
    await client.aclose()


async def test_two_apps_run_one_pass_per_interval(
    postgres_url: str, clean_lease: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    passes = Passes()
    monkeypatch.setattr(runtime, "reconcile", passes)
    settings = make_settings(
        postgres_url,
        redis_url=need(REDIS_URL, "Redis"),
        sweep_interval_seconds=60,
        razorpay_reconcile_interval_seconds=INTERVAL,
    )
    async with running_app(settings), running_app(settings):
        await asyncio.sleep(INTERVAL * 5)
    starts = sorted(began for began, _ in passes.spans)
    # Each app alone would run about 5 passes in 5 intervals: together they run about 5.
    assert 3 <= len(starts) <= 6, starts
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= INTERVAL * LEASE_SHARE - 0.05, gaps


async def test_a_pass_longer_than_its_lease_is_not_run_twice_at_once(
    postgres_url: str, clean_lease: None
) -> None:
    """The lease expires while a slow pass runs (Razorpay late): the database lock keeps
    the other workers out until it ends."""
    redis_url = need(REDIS_URL, "Redis")
    clients = [aioredis.from_url(redis_url) for _ in range(3)]
    engines = [create_engine(postgres_url) for _ in range(3)]
    turns = [ReconcileTurn(c, e, 0.2) for c, e in zip(clients, engines, strict=True)]
    passes = Passes(seconds=0.7)

    async def worker(turn: ReconcileTurn) -> None:
        for _ in range(12):
            async with turn.turn() as mine:
                if mine:
                    await passes()
            await asyncio.sleep(0.05)

    try:
        await asyncio.gather(*(worker(t) for t in turns))
    finally:
        for c in clients:
            await c.aclose()
        for e in engines:
            await e.dispose()
    assert passes.spans and passes.most_at_once == 1, passes.spans


async def test_without_redis_the_database_lock_still_keeps_passes_apart(postgres_url: str) -> None:
    engines = [create_engine(postgres_url) for _ in range(2)]
    turns = [ReconcileTurn(None, e, 0.2) for e in engines]
    passes = Passes(seconds=0.3)

    async def worker(turn: ReconcileTurn) -> None:
        for _ in range(8):
            async with turn.turn() as mine:
                if mine:
                    await passes()
            await asyncio.sleep(0.02)

    try:
        await asyncio.gather(*(worker(t) for t in turns))
    finally:
        for e in engines:
            await e.dispose()
    assert passes.spans and passes.most_at_once == 1


async def test_sqlite_the_one_process_always_has_the_turn(tmp_path: Any) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path}/x.db")
    turn = ReconcileTurn(None, engine, 0.2)
    try:
        for _ in range(3):
            async with turn.turn() as mine:
                assert mine
    finally:
        await engine.dispose()
