"""Two server processes, one room: Redis carries the room, PostgreSQL the truth.

Each process hears and speaks through the fakes (`tests.fake_server`): the speech
streamed in is real, so endpointing is, and each recogniser hears its side's scripted
words; the engines themselves are tested elsewhere."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from models import Bid, BidSource, Order
from server import sync_db
from tests.conftest import REDIS_URL, Api, need
from tests.live_helpers import LiveServer, open_browser, spoken, stream_pcm, wait_for
from tests.ports import free_port

ROOT = Path(__file__).resolve().parents[2]


def server_env(database_url: str, redis_url: str, secret_key: str) -> dict[str, str]:
    """The environment of a `vyaparmitra serve` process in these tests: the shared
    database and Redis, test limits, no demo data, no warm-up."""
    return {
        **os.environ,
        "VYAPAR_ENV": "test",
        "VYAPAR_DATABASE_URL": database_url,
        "VYAPAR_REDIS_URL": redis_url,
        "VYAPAR_SECRET_KEY": secret_key,
        "VYAPAR_DEMO_DATA": "false",
        "VYAPAR_SWEEP_INTERVAL_SECONDS": "0",
        "VYAPAR_RATE_LIMIT_AUTH": "10000/minute",
        "VYAPAR_RATE_LIMIT_BIDS": "10000/minute",
        "VYAPAR_RATE_LIMIT_GENERAL": "10000/minute",
        "VYAPAR_RATE_LIMIT_SOCKETS": "10000/minute",
        "VYAPAR_RATE_LIMIT_JOINS": "10000/minute",
        "VYAPAR_PASSWORD_HASH_TIME_COST": "1",
        "VYAPAR_PASSWORD_HASH_MEMORY_KIB": "64",
        "VYAPAR_WARM_ENGINES": "false",
        "VYAPAR_LOG_LEVEL": "WARNING",
        # A busy CI machine runs the loop late; shedding is tested in test_unavailable.
        "VYAPAR_MAX_LOOP_LAG_MS": "0",
    }


@contextlib.contextmanager
def serve(port: int, env: dict[str, str], log: Path) -> Iterator[subprocess.Popen[bytes]]:
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.fake_server", "--port", str(port)],
            env=env,
            cwd=ROOT,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
        try:
            yield proc
        finally:
            stop(proc, within=15)


def start_serve(
    env: dict[str, str], log: Path, *, workers: int = 2, new_session: bool = False
) -> tuple[subprocess.Popen[bytes], int]:
    """Start `vyaparmitra serve --workers N` on a free port, its output in `log`; the
    caller stops it (`stop`). `new_session`: in a process group of its own (its pid)."""
    port = free_port()
    args = ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)]
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "server.cli", *args],
            env=env,
            stdout=out,
            stderr=out,
            start_new_session=new_session,
        )
    return proc, port


UP_WITHIN_SECONDS = 240.0
"""How long a server may take to answer ready. `serve --workers 2` first waits for its
engine process to load the models: 49 s on a 2-core machine at load average 13."""


async def until_up(base: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + UP_WITHIN_SECONDS
    async with httpx.AsyncClient() as client:
        while time.monotonic() < deadline:
            if proc.poll() is not None:
                raise AssertionError(f"server exited: {log.read_text()[-3000:]}")
            with contextlib.suppress(httpx.HTTPError):
                if (await client.get(f"{base}/readyz")).status_code == 200:
                    return
            await asyncio.sleep(0.1)
    raise AssertionError(f"server did not come up: {log.read_text()[-3000:]}")


def stop(proc: subprocess.Popen[bytes], *, within: float = 30.0) -> None:
    """Ask a server to stop; kill it if it has not within `within` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=within)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextlib.asynccontextmanager
async def remote(base: str) -> AsyncIterator[LiveServer]:
    from fastapi import FastAPI

    async with httpx.AsyncClient(base_url=base, timeout=30) as http:
        yield LiveServer(FastAPI(), base, base.replace("http", "ws"), http)


async def test_shopper_and_vendor_on_different_processes(postgres_url: str, tmp_path: Path) -> None:
    redis_url = need(REDIS_URL, "Redis")
    env = server_env(postgres_url, redis_url, "two-process-secret-" + "y" * 32)
    port_a, port_b = free_port(), free_port()
    log_a, log_b = tmp_path / "a.log", tmp_path / "b.log"
    # A hears the shopper, B the vendor.
    env_a = {**env, "VYAPAR_TEST_HEARS": json.dumps(["Thirty six rupees a kilo."])}
    env_b = {**env, "VYAPAR_TEST_HEARS": json.dumps(["Okay, deal.", "Yes."])}
    with serve(port_a, env_a, log_a) as a, serve(port_b, env_b, log_b) as b:
        base_a, base_b = f"http://127.0.0.1:{port_a}", f"http://127.0.0.1:{port_b}"
        await asyncio.gather(until_up(base_a, a, log_a), until_up(base_b, b, log_b))
        async with remote(base_a) as server_a, remote(base_b) as server_b:
            api = Api(server_a.http)
            vendor = await api.register("vendor", language="en")
            customer = await api.register("customer", language="en")
            product = await api.product(vendor["token"])
            nid = (await api.open(customer["token"], product["id"], quantity=3))["id"]

            cws, cgot, ctask = await open_browser(server_a, nid, customer["token"], language="en")
            vws, vgot, vtask = await open_browser(server_b, nid, vendor["token"], language="en")
            await wait_for(
                lambda: any(
                    e.get("type") == "presence" and e["side"] == "vendor" for e in cgot.events
                ),
                what="vendor seen on A",
            )
            from tests.integration.test_live import with_silence

            speech = with_silence(await spoken("Thirty six rupees a kilo.", 16000), 16000)
            await stream_pcm(cws, speech, 16000, realtime=False)
            await wait_for(lambda: vgot.of("offer"), timeout=60, what="offer on B")
            assert vgot.of("offer")[0]["amount_paise"] == 3600
            await wait_for(lambda: vgot.of("audio_end"), timeout=30, what="speech on B")
            assert len(vgot.audio) > 8000
            for words in ("Okay, deal.", "Yes."):
                speech = with_silence(await spoken(words, 16000), 16000)
                await stream_pcm(vws, speech, 16000, realtime=False)
                await asyncio.sleep(0.2)
            await wait_for(lambda: cgot.of("order"), timeout=60, what="order on A")
            assert cgot.of("order")[0]["order"]["total_paise"] == 3 * 3600
            await wait_for(lambda: cgot.of("latency"), timeout=30, what="latency on A")

            # One voice per side across processes: a watcher on A follows without taking
            # it; when it takes the voice, the vendor's connection on B steps down (4000).
            ows, ogot, otask = await open_browser(
                server_a, nid, vendor["token"], language="en", watch=True
            )
            assert ogot.of("snapshot")[0]["members"]["vendor"]["state"] == "here"
            await asyncio.sleep(0.3)
            assert not vtask.done()
            await ows.send('{"type": "take_voice"}')
            await asyncio.wait_for(vtask, timeout=10)
            assert vws.close_code == 4000
            await wait_for(
                lambda: (
                    sum(
                        1
                        for e in cgot.events
                        if e.get("type") == "presence" and e["side"] == "vendor"
                    )
                    == 2
                ),
                what="the new voice's presence on A",
            )
            await asyncio.sleep(0.3)  # B's leave must not mark the vendor away
            vendor_presence = [
                e for e in cgot.events if e.get("type") == "presence" and e["side"] == "vendor"
            ]
            assert [e["state"] for e in vendor_presence] == ["here", "here"]
            # B holds nobody in that room any more: it has let the room go.
            metrics = (await server_b.http.get("/metrics")).text
            assert "vyapar_rooms_active 0.0" in metrics
            for ws, task in ((cws, ctask), (ows, otask)):
                await ws.close()
                await task
    engine = create_engine(sync_db.sync_url(postgres_url))
    with Session(engine) as session:
        bids = list(session.scalars(select(Bid)))
        orders = list(session.scalars(select(Order)))
    engine.dispose()
    assert [(b.source, b.amount_paise) for b in bids] == [(BidSource.VOICE, 3600)]
    assert len(orders) == 1


_ = pytest
