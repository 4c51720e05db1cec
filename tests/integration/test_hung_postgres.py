"""A hung PostgreSQL (its processes stopped: sockets open, nothing answers) costs a request
a bounded wait and a 503, never a hung request.

`SIGSTOP` freezes every process of a throwaway cluster this test owns. A request, or a
move on a live socket, waits at most `db_answer_timeout_seconds` for the database in all
(the pre-ping, connecting again, a second transaction: one budget); `/readyz` answers
"not ready" within its own bound; sockets are told to come back (1013). `SIGCONT` and the
server recovers by itself, with no request lost to a connection the freeze left in an
unknown state.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import signal
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from websockets.asyncio.client import ClientConnection

from server.api.routes.health import READY_DB_SECONDS
from server.payments.signatures import webhook_signature
from tests.conftest import Api, make_settings
from tests.integration.test_outages import (  # noqa: F401
    OwnPostgres,
    assert_503,
    own_postgres,
    refused_socket,
)
from tests.live_helpers import (
    LiveServer,
    Received,
    live_server,
    open_browser,
    open_twilio,
    ticket,
)

pytestmark = pytest.mark.serial  # bounded timings: run alone (scripts/test.sh)

ANSWER = 3.0
"""`db_answer_timeout_seconds` here."""
SLACK = 1.5
"""Scheduling noise allowed on a busy 2-core machine (well under a second bound)."""
BOUND = ANSWER + SLACK
"""What one request or one live move may take while the database hangs."""
WEBHOOK_SECRET = "hung-postgres-webhook-secret-0001"


def cluster_pids(data: Path) -> list[int]:
    """The postmaster and every process it started."""
    postmaster = int((data / "postmaster.pid").read_text().splitlines()[0])
    children = [
        int(p.name)
        for p in Path("/proc").iterdir()
        if p.name.isdigit() and _parent(p) == postmaster
    ]
    return [postmaster, *children]


def _parent(proc: Path) -> int | None:
    try:
        stat = (proc / "stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


@contextlib.contextmanager
def frozen(cluster: OwnPostgres) -> Iterator[None]:
    # The postmaster first, so that it forks nothing new; then its children, listed again
    # after it stopped (a backend may have exited in between: it needs no freezing).
    postmaster, *_ = cluster_pids(cluster.data)
    os.kill(postmaster, signal.SIGSTOP)
    pids = cluster_pids(cluster.data)
    for pid in pids[1:]:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGSTOP)
    try:
        yield
    finally:
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


@contextlib.asynccontextmanager
async def served(url: str) -> AsyncIterator[tuple[Api, LiveServer]]:
    settings = make_settings(
        url,
        db_pool_size=3,
        db_answer_timeout_seconds=ANSWER,
        razorpay_webhook_secret=WEBHOOK_SECRET,
        revocation_check_seconds=3600,
    )
    async with live_server(settings) as server:
        yield Api(server.http), server


async def timed(call: Any) -> tuple[float, Any]:
    start = time.monotonic()
    result = await call
    return time.monotonic() - start, result


async def test_a_frozen_postgres_answers_503_in_bounded_time(
    own_postgres: OwnPostgres,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with served(own_postgres.url) as (api, server):
        client = server.http
        vendor = await api.register("vendor")
        customer = await api.register("customer")
        product = await api.product(vendor["token"])
        opened = []
        for _ in range(3):
            r = await client.post(
                "/api/negotiations",
                json={"product_id": product["id"]},
                headers=api.auth(customer["token"]),
            )
            assert r.status_code == 201, r.text
            opened.append(r.json()["id"])
        ws, got, reading = await open_browser(server, opened[1], customer["token"], language="en")
        # Each freeze starts with idle pooled connections: the first wait on one of them
        # (the pre-ping) is what used to cost a second bound, before a new connection's.
        await fill_pool(server)
        caplog.set_level(logging.WARNING, logger="vyaparmitra")
        with frozen(own_postgres):
            async with asyncio.timeout(60):  # a hang fails here, not in the CI's timeout
                await a_live_move_during_the_freeze(ws, got)
        # The outage is logged as the API logs one: a warning line, no traceback.
        failed = [r for r in caplog.records if r.getMessage().startswith("live action failed")]
        assert failed, [r.getMessage() for r in caplog.records]
        assert all(r.levelno == logging.WARNING and not r.exc_info for r in failed), failed
        assert failed[0].getMessage() == "live action failed: database unavailable"
        reading.cancel()
        await ws.close()
        await recovered(api, customer["token"], opened[1])

        await fill_pool(server)
        t = await ticket(server, customer["token"], opened[0])
        with frozen(own_postgres):
            async with asyncio.timeout(60):
                await during_the_freeze(api, server, customer["token"], opened, t)

        # Thawed: the server recovers by itself, and the bids refused above left nothing.
        r = await recovered(api, customer["token"], opened[0])
        assert r.json()["bid_count"] == 0
        assert (await client.get("/readyz")).status_code == 200
        r = await api.bid(customer["token"], opened[0], 3000)
        assert r.status_code == 201, r.text


async def fill_pool(server: LiveServer) -> None:
    """Open connections up to the pool's size and give them back, idle."""
    engine = server.app.state.engine
    async with contextlib.AsyncExitStack() as stack:
        for _ in range(3):
            conn = await stack.enter_async_context(engine.connect())
            await conn.exec_driver_sql("SELECT 1")
    assert engine.pool.checkedin() == 3


async def recovered(api: Api, token: str, negotiation_id: int) -> Any:
    deadline = time.monotonic() + 15
    while True:
        r = await api.get(token, f"/api/negotiations/{negotiation_id}")
        if r.status_code == 200 or time.monotonic() > deadline:
            break
        await asyncio.sleep(0.2)
    assert r.status_code == 200, r.text
    return r


async def a_live_move_during_the_freeze(ws: ClientConnection, got: Received) -> None:
    """A move on an open socket: one bound, then the speaker is told to try again."""
    errors_before = len(got.of("error"))
    started = time.monotonic()
    await ws.send(json.dumps({"type": "offer", "amount_paise": 3500}))
    while len(got.of("error")) == errors_before:
        assert time.monotonic() - started < 2 * BOUND + 5, "no answer to the move"
        await asyncio.sleep(0.02)
    took = time.monotonic() - started
    assert got.of("error")[-1]["code"] == "unavailable", got.of("error")
    assert took < BOUND, took


async def during_the_freeze(
    api: Api, server: LiveServer, token: str, opened: list[int], t: str
) -> None:
    client = server.http
    bound = BOUND
    # The first request meets an idle pooled connection: its pre-ping spends the request's
    # whole budget, so the pool's new connection is refused at once (not a second bound).
    took, r = await timed(api.get(token, f"/api/negotiations/{opened[0]}"))
    assert_503(r, "database_unavailable")
    assert took < bound, took

    # A webhook whose transaction fails does not open a second one to record the failure
    # once the budget is spent: one bound, then Razorpay's retry.
    body = json.dumps({"event": "payment.captured", "payload": {}}).encode()
    took, r = await timed(
        client.post(
            "/api/payment/webhook",
            content=body,
            headers={
                "X-Razorpay-Signature": webhook_signature(body, WEBHOOK_SECRET),
                "X-Razorpay-Event-Id": "evt_HungPostgres0001",
            },
        )
    )
    assert_503(r, "database_unavailable")
    assert took < bound, took

    # More requests at once than the pool holds connections: each waits at most its
    # budget, then gets a 503.
    reads = [api.get(token, f"/api/negotiations/{n}") for n in opened]
    bids = [api.bid(token, n, 3000 + i) for i, n in enumerate(opened)]
    took, answers = await timed(asyncio.gather(*reads, *bids))
    for r in answers:
        assert_503(r, "database_unavailable")
    assert took < bound, took

    # Later requests are bounded the same way: no pool slot is left held.
    took, r = await timed(api.get(token, f"/api/negotiations/{opened[0]}"))
    assert_503(r, "database_unavailable")
    assert took < bound, took

    # Readiness answers within its own bound, so a load balancer's check sees "not ready".
    took, r = await timed(client.get("/readyz"))
    assert r.status_code == 503 and r.json()["checks"]["database"].startswith("error")
    assert took < READY_DB_SECONDS + 1 + SLACK, took
    took, r = await timed(client.get("/healthz"))
    assert r.status_code == 200 and took < 1

    # A socket that cannot load its room is told to come back, not left waiting.
    took, (code, error) = await timed(
        refused_socket(server, f"{server.ws_url}/ws/negotiations/{opened[0]}?ticket={t}")
    )
    assert code == 1013 and error["code"] == "database_unavailable"
    assert took < bound, took


async def test_a_phone_start_while_postgres_hangs_is_told_to_come_back(
    own_postgres: OwnPostgres,  # noqa: F811
) -> None:
    """The start timer covers only waiting for a `start`: one that came in time and could
    not be admitted because the database hangs is answered as an outage (1013), not as a
    missing start (4408), however long the database took to fail."""
    start_seconds = 1.0
    settings = make_settings(
        own_postgres.url,
        db_pool_size=3,
        db_answer_timeout_seconds=ANSWER,
        ws_start_seconds=start_seconds,
    )
    async with live_server(settings) as server:
        api = Api(server.http)
        vendor = await api.register("vendor", language="en")
        customer = await api.register("customer")
        product = await api.product(vendor["token"])
        n = await api.open(customer["token"], product["id"])
        params = {"token": vendor["token"], "negotiation_id": str(n["id"])}

        with frozen(own_postgres):
            async with asyncio.timeout(60):
                started = time.monotonic()
                ws, got, task, _sid = await open_twilio(server, params)
                await task  # the reader ends when the server closes the leg
                took = time.monotonic() - started
        assert ws.close_code == 1013, (ws.close_code, got.events)
        # A carrier's stream gets no `error` event: the close's reason names the outage.
        assert not [e for e in got.events if e.get("type") == "error"], got.events
        assert (ws.close_reason or "").startswith("database_unavailable: "), ws.close_reason
        assert start_seconds < took < BOUND + 2, took

        # Thawed, the same start is admitted and the leg stays open past the start timer.
        deadline = time.monotonic() + 15
        while (await server.http.get("/readyz")).status_code != 200:
            assert time.monotonic() < deadline
            await asyncio.sleep(0.2)
        ws, got, task, _sid = await open_twilio(server, params)
        await asyncio.sleep(start_seconds + 0.5)
        assert ws.close_code is None, got.events
        assert not [e for e in got.events if e.get("type") == "error"], got.events
        await ws.close()
        task.cancel()
