"""A hung Redis (a stopped process: connections open, nothing answers) costs no more than
a stopped one.

`SIGSTOP` freezes a redis-server this test owns. `/readyz` must still answer within about
`redis_probe_timeout_seconds` ("degraded"), ordinary requests fall back to in-memory rate
limits without waiting for the socket timeout, `/api/ws-ticket` answers its 503 promptly,
and while Redis is marked down only one command at a time tries it. `SIGCONT` and the
server recovers by itself.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from typing import Any

import httpx
import pytest

from server.redisconn import RedisDown, connect_redis
from server.settings import Settings
from tests.conftest import Api, make_settings, running_app
from tests.integration.test_outages import OwnRedis, assert_503, own_redis  # noqa: F401

pytestmark = pytest.mark.serial  # bounded timings: run alone (scripts/test.sh)

RETRY = 0.5
"""`redis_retry_seconds` here."""
PROBE = 0.3
"""`redis_probe_timeout_seconds` here."""
SOCKET = 2.0
"""`redis_socket_timeout_seconds` (the default)."""
SLACK = 0.7
"""Scheduling noise allowed on a busy machine."""


QUICK_TO_NOTICE: dict[str, float] = {
    "redis_retry_seconds": RETRY,
    "redis_probe_timeout_seconds": PROBE,
    "redis_socket_timeout_seconds": 1.0,
}
"""Settings of a server that notices a `frozen` Redis within about a second (the tests
of a hung room bus under an HTTP move)."""


@contextmanager
def frozen(server: OwnRedis) -> Iterator[None]:
    assert server.proc is not None
    os.kill(server.proc.pid, signal.SIGSTOP)
    try:
        yield
    finally:
        os.kill(server.proc.pid, signal.SIGCONT)


async def timed(call: Callable[[], Awaitable[Any]]) -> tuple[float, Any]:
    start = time.monotonic()
    result = await call()
    return time.monotonic() - start, result


@asynccontextmanager
async def app_on(
    database_url: str, server: OwnRedis
) -> AsyncIterator[tuple[httpx.AsyncClient, Api, dict[str, Any]]]:
    settings = make_settings(
        database_url,
        redis_url=server.url,
        redis_retry_seconds=RETRY,
        redis_probe_timeout_seconds=PROBE,
        redis_socket_timeout_seconds=SOCKET,
    )
    async with running_app(settings) as (_, client):
        api = Api(client)
        user = await api.register("vendor")  # its notice-channel ticket names nothing
        yield client, api, user


async def test_readyz_and_requests_stay_fast_while_redis_hangs(
    database_url: str,
    own_redis: OwnRedis,  # noqa: F811
) -> None:
    async with app_on(database_url, own_redis) as (client, api, user):
        headers = api.auth(user["token"])
        with frozen(own_redis):
            # The first check finds Redis hung within the probe timeout; later ones know.
            for _ in range(4):
                took, r = await timed(lambda: client.get("/readyz"))
                assert r.status_code == 200, r.text
                assert r.json()["status"] == "degraded"
                assert took < PROBE + SLACK, took
            # Ordinary requests count their limits in memory without waiting for Redis:
            # one of each wave may be the one that tries it (≤ PROBE), the rest go at once.
            for _ in range(3):
                took, answers = await timed(
                    lambda: asyncio.gather(
                        *(client.get("/api/me", headers=headers) for _ in range(8))
                    )
                )
                assert [a.status_code for a in answers] == [200] * 8
                assert took < PROBE + SLACK, took
                await asyncio.sleep(RETRY / 2)
            assert "memory" in (await client.get("/readyz")).json()["checks"]["rate_limits"]
        # Back: the next try finds Redis and everything uses it again.
        await asyncio.sleep(RETRY + 0.1)
        r = await client.get("/api/me", headers=headers)
        assert r.status_code == 200
        r = await client.get("/readyz")
        assert r.json()["status"] == "ready", r.text
        assert r.json()["checks"]["rate_limits"] == "redis"


async def test_ws_ticket_answers_503_promptly_while_redis_hangs(
    database_url: str,
    own_redis: OwnRedis,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with app_on(database_url, own_redis) as (client, api, user):
        headers = api.auth(user["token"])

        def ask() -> Awaitable[httpx.Response]:
            return client.post("/api/ws-ticket", json={}, headers=headers)

        with frozen(own_redis), caplog.at_level(logging.WARNING, logger="vyaparmitra.api"):
            took, r = await timed(ask)
            assert_503(r, "redis_unavailable")
            assert took < SOCKET + SLACK, took  # at most one socket timeout, no retry
            for _ in range(5):  # marked down: at once
                took, r = await timed(ask)
                assert_503(r, "redis_unavailable")
                assert took < 0.3, took
            # Six refusals, one log line (the rest are counted, not printed).
            lines = [rec for rec in caplog.records if rec.getMessage() == "redis unavailable"]
            assert len(lines) == 1
        await asyncio.sleep(RETRY + 0.1)
        r = await ask()
        assert r.status_code == 200, r.text


async def test_one_command_at_a_time_tries_a_hung_redis(own_redis: OwnRedis) -> None:  # noqa: F811
    client = connect_redis(own_redis.url, retry_seconds=RETRY, probe_timeout=PROBE)
    try:
        assert await client.ping()
        with frozen(own_redis):
            took, _ = await timed(lambda: asyncio.gather(client.ping(), return_exceptions=True))
            assert client.health.down
            assert took < SOCKET + SLACK

            async def one() -> tuple[float, BaseException | None]:
                start = time.monotonic()
                try:
                    await client.ping()
                except Exception as exc:
                    return time.monotonic() - start, exc
                return time.monotonic() - start, None

            for _ in range(2):
                await asyncio.sleep(RETRY + 0.05)  # the next try is due
                results = await asyncio.gather(*(one() for _ in range(10)))
                down = [t for t, exc in results if isinstance(exc, RedisDown)]
                tried = [t for t, exc in results if not isinstance(exc, RedisDown)]
                # One command tries Redis (and gives up after the probe timeout); the other
                # nine fail at once without touching it.
                assert len(tried) == 1, results
                assert PROBE - 0.05 <= tried[0] < PROBE + SLACK, results
                assert max(down) < 0.1, results
        await asyncio.sleep(RETRY + 0.05)
        assert await client.ping()
        assert not client.health.down
    finally:
        await client.aclose()


async def test_open_rooms_resync_when_redis_hangs(
    database_url: str,
    own_redis: OwnRedis,  # noqa: F811
) -> None:
    """An offer recorded while Redis hangs never reaches the other side through Redis: every
    open room of the process closes its sockets (1013), and a reconnect shows the offer."""
    from tests.live_helpers import live_server, open_browser, wait_for

    settings = make_settings(
        database_url,
        redis_url=own_redis.url,
        redis_retry_seconds=RETRY,
        redis_probe_timeout_seconds=PROBE,
    )
    async with live_server(settings) as server:
        api = Api(server.http)
        vendor = await api.register("vendor")
        customer = await api.register("customer")
        product = await api.product(vendor["token"])
        nid = (await api.open(customer["token"], product["id"]))["id"]
        cws, _cgot, ctask = await open_browser(server, nid, customer["token"], language="hi")
        vws, _vgot, vtask = await open_browser(server, nid, vendor["token"], language="en")
        with frozen(own_redis):
            await vws.send('{"type": "offer", "amount_paise": 3900}')
            await asyncio.wait_for(asyncio.gather(ctask, vtask), timeout=SOCKET * 3 + SLACK)
        assert (cws.close_code, vws.close_code) == (1013, 1013)
        await asyncio.sleep(RETRY + 0.1)
        seen = await api.get(customer["token"], f"/api/negotiations/{nid}")
        recorded = seen.json()["bid_count"]
        cws, cgot, ctask = await open_browser(server, nid, customer["token"], language="hi")
        await wait_for(lambda: cgot.of("snapshot"), what="a fresh snapshot")
        assert cgot.of("snapshot")[0]["negotiation"]["bid_count"] == recorded
        await cws.close()
        await ctask


def two_process_settings(database_url: str, server: OwnRedis) -> Settings:
    """Two servers in one test stand for two processes sharing one Redis."""
    return make_settings(
        database_url,
        redis_url=server.url,
        redis_retry_seconds=RETRY,
        redis_probe_timeout_seconds=PROBE,
        redis_socket_timeout_seconds=SOCKET,
        unavailable_retry_after_seconds=1,
    )


async def test_a_move_told_nowhere_during_a_hang_resyncs_every_process(
    database_url: str,
    own_redis: OwnRedis,  # noqa: F811
) -> None:
    """A REST bid recorded while Redis hangs reaches no room. The process that took it
    closes its own sockets (1013); another process's subscription never broke, so it is
    told to resync once Redis answers again, instead of showing a stale negotiation."""
    from tests.live_helpers import live_server, open_browser

    settings = two_process_settings(database_url, own_redis)
    async with live_server(settings) as a, live_server(settings) as b:
        api = Api(a.http)
        vendor = await api.register("vendor")
        customer = await api.register("customer")
        product = await api.product(vendor["token"])
        nid = (await api.open(customer["token"], product["id"]))["id"]
        ws, _, task = await open_browser(b, nid, customer["token"], language="hi")
        with frozen(own_redis):
            r = await api.bid(vendor["token"], nid, 3900)
            assert r.status_code == 201, r.text  # the record is the truth
            await asyncio.sleep(1.0)
            assert ws.close_code is None  # b cannot know yet: its subscription only paused
        thawed = time.monotonic()
        await asyncio.wait_for(task, timeout=20)
        assert ws.close_code == 1013
        assert "resync" in (ws.close_reason or ""), ws.close_reason
        assert time.monotonic() - thawed < 6 * SOCKET, "told as soon as Redis answers"
        # Reconnecting, the page reads the bid from the snapshot.
        ws2, got2, task2 = await open_browser(b, nid, customer["token"], language="hi")
        snapshot = got2.of("snapshot")[0]
        assert snapshot["negotiation"]["latest_offer"]["amount_paise"] == 3900, snapshot
        await ws2.close()
        await task2


async def test_a_notice_told_nowhere_during_a_hang_reloads_every_console(
    database_url: str,
    own_redis: OwnRedis,  # noqa: F811
) -> None:
    """A shopper who joins by the stall's QR code while Redis hangs is announced to no
    console; a console in another process is told to reload (1013) as soon as Redis
    answers again, and finds the new haggle in its list."""
    from tests.integration.test_live_vendor import join_by_qr, open_console
    from tests.live_helpers import live_server

    settings = two_process_settings(database_url, own_redis)
    async with live_server(settings) as a, live_server(settings) as b:
        api = Api(a.http)
        vendor = await api.register("vendor")
        product = await api.product(vendor["token"])
        ws, _, task = await open_console(b, vendor["token"], language="ta")
        with frozen(own_redis):
            joined = await join_by_qr(api, vendor["token"], product["id"])
            await asyncio.sleep(1.0)
            assert ws.close_code is None  # b cannot know yet: its subscription only paused
        thawed = time.monotonic()
        await asyncio.wait_for(task, timeout=20)
        assert ws.close_code == 1013
        assert "resync" in (ws.close_reason or ""), ws.close_reason
        assert time.monotonic() - thawed < 6 * SOCKET, "told as soon as Redis answers"
        listed = await api.get(vendor["token"], "/api/negotiations?role=vendor")
        assert listed.status_code == 200, listed.text
        assert str(joined["negotiation"]["id"]) in listed.text
