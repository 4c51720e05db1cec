"""Outages of the real Redis and the real PostgreSQL, in the middle of a test.

Each test starts its own server process (a redis-server, or a throwaway PostgreSQL
cluster), stops it while the app is serving, checks every answer is a 2xx or a 503 with
Retry-After and the error body (never a 500 or a dropped connection), starts it again on
the same port and checks the app recovers by itself.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis as sync_redis
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from server import migrate
from server.web.pages import strings
from tests.conftest import Api, make_settings, running_app
from tests.integration.test_live_vendor import open_console
from tests.live_helpers import LiveServer, live_server, open_browser, ticket, wait_for
from tests.ports import free_port

RETRY = 0.3
"""The limiter's `redis_retry_seconds` in these tests."""


class OwnRedis:
    """A redis-server this test owns: stopped and started again on the same port."""

    def __init__(self, workdir: Path) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.workdir = workdir
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        binary = shutil.which("redis-server")
        if binary is None:
            pytest.skip("redis-server is not installed")
        args = ["--port", str(self.port), "--bind", "127.0.0.1", "--save", ""]
        args += ["--appendonly", "no", "--dir", str(self.workdir)]
        self.proc = subprocess.Popen(
            [binary, *args],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = sync_redis.Redis(port=self.port, socket_connect_timeout=0.2)
        try:
            for _ in range(100):  # bounded: 10 s
                with contextlib.suppress(sync_redis.ConnectionError):
                    if client.ping():
                        return
                time.sleep(0.1)
        finally:
            client.close()
        raise AssertionError("redis-server did not start")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None and proc.poll() is None:
            proc.terminate()
            proc.wait(timeout=10)


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[OwnRedis]:
    server = OwnRedis(tmp_path)
    server.start()
    try:
        yield server
    finally:
        server.stop()


def assert_503(r: httpx.Response, code: str) -> None:
    assert r.status_code == 503, r.text
    assert int(r.headers["retry-after"]) >= 1
    assert r.json()["error"]["code"] == code
    assert r.json()["error"]["retry_after"] == int(r.headers["retry-after"])


async def metric(server: LiveServer, name: str) -> float:
    text = (await server.http.get("/metrics")).text
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[1])
    raise AssertionError(f"{name} not in /metrics")


async def refused_socket(server: LiveServer, url: str) -> tuple[int | None, dict[str, Any]]:
    """Open a socket that the server refuses; (close code, the error frame)."""
    ws = await connect(url)
    frames: list[dict[str, Any]] = []

    async def read_all() -> None:
        for _ in range(20):
            frames.append(json.loads(await asyncio.wait_for(ws.recv(), timeout=10)))

    with pytest.raises(ConnectionClosed):
        await read_all()
    errors = [f for f in frames if f.get("type") == "error"]
    assert errors, frames
    return ws.close_code, errors[-1]


async def test_redis_outage_degrades_and_recovers(
    database_url: str, own_redis: OwnRedis, caplog: pytest.LogCaptureFixture
) -> None:
    settings = make_settings(
        database_url,
        redis_url=own_redis.url,
        redis_retry_seconds=RETRY,
        rate_limit_bids="2/minute",
        unavailable_retry_after_seconds=3,
    )
    async with live_server(settings) as server:
        api = Api(server.http)
        vendor = await api.register("vendor")
        customer = await api.register("customer")
        product = await api.product(vendor["token"])
        nid = (await api.open(customer["token"], product["id"]))["id"]
        ws, got, task = await open_browser(server, nid, customer["token"], language="hi")
        # A second room, idle: once the subscription breaks it may miss events, so its
        # socket is closed (1013) to resync after the outage.
        other = await api.register("customer")
        quiet_nid = (await api.open(other["token"], product["id"]))["id"]
        qws, qgot, qtask = await open_browser(server, quiet_nid, other["token"], language="hi")
        early_ticket = await ticket(server, vendor["token"], nid)
        # The vendor's console: its notice channel lives on Redis too.
        cws, cgot, ctask = await open_console(server, vendor["token"], language="ta")
        assert (await server.http.get("/readyz")).json()["status"] == "ready"

        own_redis.stop()
        caplog.set_level(logging.WARNING)

        # The API keeps serving: health, reads, writes, logins, registrations, bids.
        assert (await server.http.get("/healthz")).status_code == 200
        ready = await server.http.get("/readyz")
        assert ready.status_code == 200
        assert ready.json()["status"] == "degraded"
        assert ready.json()["checks"]["redis"].startswith("error")
        assert (await api.get(customer["token"], f"/api/negotiations/{nid}")).status_code == 200
        await api.register("customer")
        login = await server.http.post(
            "/api/auth/login", json={"phone": customer["user"]["phone"], "password": "x" * 9}
        )
        assert login.status_code == 401  # a real answer, from the database
        # Rate limits hold, counted in this process's memory: 2 bids a minute per user.
        assert (await api.bid(customer["token"], nid, 3000)).status_code == 201
        assert (await api.bid(vendor["token"], nid, 3900)).status_code == 201
        assert (await api.bid(customer["token"], nid, 3100)).status_code == 201
        assert (await api.bid(vendor["token"], nid, 3800)).status_code == 201
        limited = await api.bid(customer["token"], nid, 3200)
        assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
        assert (await server.http.get("/readyz")).json()["checks"]["rate_limits"] == (
            "memory (per process)"
        )
        assert await metric(server, "vyapar_rate_limits_degraded") == 1
        assert await metric(server, "vyapar_rate_limit_fallbacks_total") >= 5
        fell_back = [r for r in caplog.records if "rate limits now count" in r.getMessage()]
        assert len(fell_back) == 1  # logged once, not per request

        # What truly needs Redis says so: a new ticket, a socket, a room's events.
        r = await server.http.post(
            "/api/ws-ticket", json={"negotiation_id": nid}, headers=api.auth(customer["token"])
        )
        assert_503(r, "redis_unavailable")
        assert r.headers["retry-after"] == "3"
        code, error = await refused_socket(
            server, f"{server.ws_url}/ws/negotiations/{nid}?ticket={early_ticket}"
        )
        assert code == 1013
        assert error["code"] == "redis_unavailable" and error["retry_after"] == 3
        await asyncio.wait_for(qtask, timeout=10)
        assert qws.close_code == 1013
        # The customer's open socket too: its room may have missed events.
        await asyncio.wait_for(task, timeout=10)  # closed to resync, not left dead
        assert ws.close_code == 1013
        # Each is told why and when to come back, as a refused socket is (not "too slow").
        await asyncio.wait_for(ctask, timeout=10)
        assert cws.close_code == 1013
        for sock, frames in ((qws, qgot), (ws, got), (cws, cgot)):
            assert "unavailable" in (sock.close_reason or ""), sock.close_reason
            last = frames.events[-1]
            assert last["type"] == "error", frames.events
            assert last["code"] == "redis_unavailable" and last["retry_after"] == 3

        # Redis comes back on the same port: everything recovers without a restart.
        own_redis.start()
        # Within a few retry intervals (a try may land while Redis is still starting).
        deadline = time.monotonic() + 10 * RETRY + 2
        while True:
            await asyncio.sleep(RETRY + 0.1)
            r = await api.get(customer["token"], f"/api/negotiations/{nid}")
            assert r.status_code == 200
            ready = await server.http.get("/readyz")
            if ready.json()["checks"]["rate_limits"] == "redis" or time.monotonic() > deadline:
                break
        assert ready.json()["status"] == "ready", ready.text
        assert ready.json()["checks"]["rate_limits"] == "redis"
        assert await metric(server, "vyapar_rate_limits_degraded") == 0
        assert any("reachable again" in r.getMessage() for r in caplog.records)
        # The bids recorded during the outage are told to their room as a `resync` once
        # Redis answers (tried every second); a socket that joined just before would be
        # asked to resync too, so this one joins after.
        moves = server.app.state.live.moves
        await wait_for(lambda: not moves._resyncs, timeout=15, what="the outage's resyncs")
        ws2, got2, task2 = await open_browser(server, nid, vendor["token"], language="ta")
        assert got2.of("snapshot")
        await ws2.close()
        await task2
        # The idle room reconnects, resyncs and hears its events again.
        qws, qgot, qtask = await open_browser(server, quiet_nid, other["token"], language="hi")
        assert qgot.of("snapshot")
        await qws.send(json.dumps({"type": "offer", "amount_paise": 3000}))
        await wait_for(lambda: qgot.of("offer"), timeout=15, what="the offer after the outage")
        await qws.close()
        await qtask
        assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_a_server_starts_with_redis_down(database_url: str, own_redis: OwnRedis) -> None:
    own_redis.stop()
    settings = make_settings(database_url, redis_url=own_redis.url, redis_retry_seconds=RETRY)
    async with running_app(settings) as (_, client):
        api = Api(client)
        user = await api.register("vendor")
        assert (await client.get("/readyz")).json()["status"] == "degraded"
        r = await client.post("/api/ws-ticket", json={}, headers=api.auth(user["token"]))
        assert_503(r, "redis_unavailable")
        own_redis.start()
        # Redis is tried again by the first request after `redis_retry_seconds`.
        await asyncio.sleep(RETRY)
        r = await client.post("/api/ws-ticket", json={}, headers=api.auth(user["token"]))
        assert r.status_code == 200, r.text


async def test_a_full_redis_pool_waits_then_answers_503(
    database_url: str, own_redis: OwnRedis
) -> None:
    """Requests beyond the pool wait their turn; one that waits too long gets a 503."""
    settings = make_settings(
        database_url,
        redis_url=own_redis.url,
        redis_max_connections=2,
        # Long enough that ten short commands queue through two connections even on a
        # machine busy with other work; the held pool below still waits it out.
        redis_pool_timeout_seconds=5.0,
    )
    async with running_app(settings) as (app, client):
        api = Api(client)
        user = await api.register("vendor")  # its notice-channel ticket names nothing
        # 10 at once through a pool of 2: they queue and all succeed.
        answers = await asyncio.gather(
            *(
                client.post("/api/ws-ticket", json={}, headers=api.auth(user["token"]))
                for _ in range(10)
            )
        )
        assert [a.status_code for a in answers] == [200] * 10
        # Both connections taken (as by slow commands) for longer than the pool timeout.
        pool = app.state.redis.connection_pool
        held = [await pool.get_connection() for _ in range(2)]
        r = await client.post("/api/ws-ticket", json={}, headers=api.auth(user["token"]))
        assert_503(r, "overloaded")
        for conn in held:
            await pool.release(conn)
        r = await client.post("/api/ws-ticket", json={}, headers=api.auth(user["token"]))
        assert r.status_code == 200


# --------------------------------------------------------------------------- PostgreSQL


class OwnPostgres:
    """A throwaway PostgreSQL cluster (initdb and pg_ctl, as scripts/services.sh does)
    that a test may restart or stop."""

    def __init__(self) -> None:
        bindirs = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: p.parent.name)
        bindir = next((d for d in reversed(bindirs) if (d / "initdb").exists()), None)
        if bindir is None:
            pytest.skip("PostgreSQL server binaries are not installed")
        self.bin = bindir
        # Not under pytest's tmp_path: its parents are private to the test's user.
        self.root = Path(tempfile.mkdtemp(prefix="vyapar-outage-pg-"))
        self.root.chmod(0o755)
        self.data = self.root / "pg"
        self.data.mkdir()
        self.port = free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses root: the cluster belongs to `postgres`
            shutil.chown(self.data, "postgres")
            self.as_user = ["runuser", "-u", "postgres", "--"]
            user = "postgres"
        else:
            user = pwd.getpwuid(os.geteuid()).pw_name
        self.user = user
        self.url = f"postgresql+psycopg://{user}@127.0.0.1:{self.port}/postgres"

    def _run(self, tool: str, *args: str) -> None:
        subprocess.run(
            [*self.as_user, str(self.bin / tool), *args],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=120,
        )

    def init(self) -> None:
        self._run(
            "initdb", "-D", str(self.data), "-U", self.user, "--auth=trust", "--encoding=UTF8"
        )
        self.start()

    def start(self) -> None:
        options = (
            f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-w",
            "-l",
            str(self.data / "log"),
            "-o",
            options,
            "start",
        )

    def restart(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "fast", "restart")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-w", "-m", "fast", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "stop")
        shutil.rmtree(self.root, ignore_errors=True)


@pytest.fixture
def own_postgres() -> Iterator[OwnPostgres]:
    cluster = OwnPostgres()
    try:
        cluster.init()
        migrate.upgrade(cluster.url)
        yield cluster
    finally:
        cluster.remove()


@contextlib.asynccontextmanager
async def served(url: str) -> AsyncIterator[tuple[Api, LiveServer]]:
    async with live_server(make_settings(url, db_pool_size=5)) as server:
        yield Api(server.http), server


async def test_pooled_connections_survive_a_postgres_restart(own_postgres: OwnPostgres) -> None:
    async with served(own_postgres.url) as (api, server):
        client = server.http
        vendor = await api.register("vendor")
        customer = await api.register("customer")
        product = await api.product(vendor["token"])
        made = await client.post(
            "/api/qr", json={"kind": "stall"}, headers=api.auth(vendor["token"])
        )
        assert made.status_code == 201, made.text
        qr_token = made.json()["token"]
        # Fill the pool with connections, all of which the restart will kill.
        opened = await asyncio.gather(
            *(
                client.post(
                    "/api/negotiations",
                    json={"product_id": product["id"]},
                    headers=api.auth(customer["token"]),
                )
                for _ in range(5)
            )
        )
        assert [r.status_code for r in opened] == [201] * 5

        await asyncio.to_thread(own_postgres.restart)

        reads = await asyncio.gather(
            *(api.get(customer["token"], f"/api/negotiations/{r.json()['id']}") for r in opened)
        )
        assert [r.status_code for r in reads] == [200] * 5
        assert (await api.bid(customer["token"], opened[0].json()["id"], 3000)).status_code == 201

        # A ticket from before the outage (issuing one asks the database).
        t = await ticket(server, customer["token"], opened[0].json()["id"])

        # While it is down: 503 with Retry-After, never a 500; readiness says so.
        await asyncio.to_thread(own_postgres.stop)
        r = await api.get(customer["token"], f"/api/negotiations/{opened[0].json()['id']}")
        assert_503(r, "database_unavailable")
        assert_503(
            await api.bid(customer["token"], opened[1].json()["id"], 3000), "database_unavailable"
        )
        not_ready = await client.get("/readyz")
        assert not_ready.status_code == 503
        assert int(not_ready.headers["retry-after"]) >= 1
        assert (await client.get("/healthz")).status_code == 200
        r = await client.post(
            "/api/ws-ticket",
            json={"negotiation_id": opened[0].json()["id"]},
            headers=api.auth(customer["token"]),
        )
        assert_503(r, "database_unavailable")
        # A socket cannot check its user or load its room: told to come back, not dropped.
        code, error = await refused_socket(
            server, f"{server.ws_url}/ws/negotiations/{opened[0].json()['id']}?ticket={t}"
        )
        assert code == 1013 and error["code"] == "database_unavailable"
        # The page a printed QR code opens: the same 503, as a page in the shopper's
        # language saying to try again shortly.
        page = await client.get(f"/s/{qr_token}", headers={"Accept-Language": "ta-IN,ta"})
        assert page.status_code == 503, page.text
        assert int(page.headers["retry-after"]) >= 1
        assert page.headers["content-type"].startswith("text/html")
        assert strings()["ta"]["err_unavailable"] in page.text
        assert "database_unavailable" in page.text

        await asyncio.to_thread(own_postgres.start)
        r = await api.get(customer["token"], f"/api/negotiations/{opened[0].json()['id']}")
        assert r.status_code == 200, r.text
        assert (await client.get(f"/s/{qr_token}")).status_code == 200
        assert (await client.get("/readyz")).status_code == 200
