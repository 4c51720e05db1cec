"""End-to-end payment throughput and order-creation latency, on PostgreSQL.

Starts `vyaparmitra sandbox` (a local Razorpay, its own process) and `vyaparmitra serve`
(pointed at it with real keys, so the official SDK goes over loopback), sets up vendors,
shoppers and accepted deals through the API (not timed), then pays them with
`--concurrency` payments in flight. One payment, timed end to end:

    POST /api/payment/create          → the server creates a Razorpay order (SDK → sandbox)
    POST /sandbox/orders/{id}/pay     → the "shopper" pays; the sandbox signs and delivers
                                        payment.authorized, payment.captured, order.paid
                                        to /api/payment/webhook
    GET  /api/orders/{order}          → polled until `paid` (the webhooks did it)

Reports payments per minute (paid orders / wall time of the paying phase), latency of
order creation (`POST /api/payment/create`) and of the whole payment, then checks the
books in the database: every order paid exactly once, one credited payment each, three
webhook events each. Prints a table and writes JSON.

Example (from the repository root; `scripts/services.sh` starts PostgreSQL and Redis and
exports VYAPAR_TEST_POSTGRES_URL / VYAPAR_TEST_REDIS_URL, which are the defaults):

    bash -c 'source scripts/services.sh; .venv/bin/python benchmarks/payments_load.py \\
        --payments 2000 --warmup 100 --concurrency 48 --workers 2'
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import json
import math
import os
import platform
import secrets
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.lib.machine import (  # noqa: E402
    load_average,
    postgres_backends,
    processes,
    tree_cpu,
)
from benchmarks.lib.output import fail, write_json  # noqa: E402
from benchmarks.lib.server import GENEROUS_LIMIT, SpawnedServer, free_port  # noqa: E402
from benchmarks.lib.stats import spread_ms  # noqa: E402
from server.migrate import sync_url, upgrade  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "payments_load.json"
PASSWORD = "bench-password-1"
BAR_PER_MINUTE = 100
BAR_CREATE_S = 2.0


def fresh_database(server_url: str) -> str:
    """A new database on the given PostgreSQL server, so runs never mix."""
    name = f"vyapar_payload_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(sync_url(server_url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return sa.engine.make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str) -> None:
    name = sa.engine.make_url(url).database
    admin = sa.create_engine(
        sync_url(
            sa.engine.make_url(url).set(database="postgres").render_as_string(hide_password=False)
        ),
        isolation_level="AUTOCOMMIT",
    )
    with admin.connect() as conn:
        conn.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def cpu_seconds(roots: dict[str, int | None], dbname: str) -> dict[str, float]:
    """CPU used so far by each named process tree, and by PostgreSQL backends on dbname."""
    procs = processes()
    out = {name: tree_cpu(procs, [root]) for name, root in roots.items() if root is not None}
    out["postgres"] = sum(p.cpu for p in postgres_backends(procs, dbname))
    out["client"] = time.process_time()
    return out


def loadavg() -> float | None:
    """The 1-minute load average."""
    averages = load_average()
    return averages[0] if averages else None


@dataclass
class Results:
    create: list[float] = field(default_factory=list)
    end_to_end: list[float] = field(default_factory=list)
    status_polls: int = 0
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, what: str) -> None:
        self.errors[what] = self.errors.get(what, 0) + 1


async def setup_orders(
    api: httpx.AsyncClient, shoppers: int, orders: int, concurrency: int
) -> list[tuple[int, dict[str, str]]]:
    """Vendors with stock, shoppers, and `orders` accepted deals waiting for payment."""

    async def register(role: str, i: int) -> dict[str, str]:
        body = {
            "name": f"{role} {i}",
            "phone": "+91" + str(7_000_000_000 + secrets.randbelow(2_999_999_999)),
            "password": PASSWORD,
            "role": role,
            "language": "hi",
        }
        if role == "vendor":
            body["business_name"] = f"Stall {i}"
        r = await api.post("/api/auth/register", json=body)
        r.raise_for_status()
        return {"Authorization": f"Bearer {r.json()['token']}"}

    vendor = await register("vendor", 0)
    r = await api.post(
        "/api/products",
        json={
            "names": {"en": "Onion"},
            "list_price_paise": 4000,
            "floor_price_paise": 3000,
            "stock": 10_000_000,
        },
        headers=vendor,
    )
    r.raise_for_status()
    product = r.json()["id"]
    customers = [await register("customer", i) for i in range(shoppers)]
    gate = asyncio.Semaphore(concurrency)
    made: list[tuple[int, dict[str, str]]] = []

    async def deal(i: int) -> None:
        who = customers[i % len(customers)]
        async with gate:
            r = await api.post(
                "/api/negotiations",
                json={"product_id": product, "quantity": 1 + i % 3, "amount_paise": 3500},
                headers=who,
            )
            r.raise_for_status()
            r = await api.post(f"/api/negotiations/{r.json()['id']}/accept", headers=vendor)
            r.raise_for_status()
            made.append((r.json()["order"]["id"], who))

    await asyncio.gather(*(deal(i) for i in range(orders)))
    return made


async def pay_all(
    api: httpx.AsyncClient,
    rzp: httpx.AsyncClient,
    orders: list[tuple[int, dict[str, str]]],
    concurrency: int,
    results: Results,
    per_payment_s: float,
    poll_s: float,
) -> float:
    queue: asyncio.Queue[tuple[int, dict[str, str]]] = asyncio.Queue()
    for item in orders:
        queue.put_nowait(item)

    async def one(order_id: int, headers: dict[str, str]) -> None:
        start = time.perf_counter()
        r = await api.post("/api/payment/create", json={"order_id": order_id}, headers=headers)
        results.create.append(time.perf_counter() - start)
        if r.status_code != 200:
            results.error(f"create {r.status_code}")
            return
        rzp_order = r.json()["razorpay_order_id"]
        r = await rzp.post(f"/sandbox/orders/{rzp_order}/pay", json={"outcome": "success"})
        if r.status_code != 200:
            results.error(f"pay {r.status_code}")
            return
        deadline = start + per_payment_s
        delay = poll_s
        while time.perf_counter() < deadline:
            await asyncio.sleep(delay)
            delay = min(delay * 1.5, 0.25)
            results.status_polls += 1
            # The shopper's page polls its order (one row), not the full payment view.
            s = await api.get(f"/api/orders/{order_id}", headers=headers)
            if s.status_code == 200 and s.json()["status"] == "paid":
                results.end_to_end.append(time.perf_counter() - start)
                return
        results.error("not paid in time")

    async def worker() -> None:
        while not queue.empty():
            order_id, headers = queue.get_nowait()
            try:
                await one(order_id, headers)
            except httpx.HTTPError as exc:
                results.error(type(exc).__name__)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return time.perf_counter() - began


def check_books(database_url: str, expected: int) -> dict[str, Any]:
    engine = sa.create_engine(sync_url(database_url))
    q = {
        "orders_paid": "SELECT count(*) FROM orders WHERE status = 'paid'",
        "payments": "SELECT count(*) FROM payments",
        "payments_credited": "SELECT count(*) FROM payments WHERE allocation = 'credited'",
        "orders_credited_twice": "SELECT count(*) FROM (SELECT order_id FROM payments "
        "WHERE allocation = 'credited' GROUP BY order_id HAVING count(*) > 1) t",
        "webhook_events": "SELECT count(*) FROM webhook_events",
        "webhooks_applied": "SELECT count(*) FROM webhook_events WHERE status = 'processed'",
        "webhooks_duplicate": "SELECT count(*) FROM webhook_events WHERE status = 'duplicate'",
        "negotiations_completed": "SELECT count(*) FROM negotiations WHERE status = 'COMPLETED'",
    }
    with engine.connect() as conn:
        books = {k: int(conn.execute(sa.text(v)).scalar_one()) for k, v in q.items()}
    engine.dispose()
    books["consistent"] = (
        books["orders_paid"] == expected
        and books["payments_credited"] == expected
        and books["orders_credited_twice"] == 0
        and books["negotiations_completed"] == expected
    )
    return books


async def run(args: argparse.Namespace) -> dict[str, Any]:
    database_url = fresh_database(args.database_url)
    upgrade(database_url)  # once, here: workers migrating at the same time would race
    key_id = "rzp_test_" + secrets.token_hex(7)
    key_secret, webhook_secret = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    app_port, sandbox_port = free_port(), free_port()
    env = dict(
        VYAPAR_ENV="development",
        VYAPAR_DATABASE_URL=database_url,
        VYAPAR_SECRET_KEY=secrets.token_urlsafe(48),
        VYAPAR_AUTO_MIGRATE="false",
        VYAPAR_DEMO_DATA="false",
        VYAPAR_LOG_LEVEL="WARNING",
        VYAPAR_RATE_LIMIT_AUTH=GENEROUS_LIMIT,
        VYAPAR_RATE_LIMIT_BIDS=GENEROUS_LIMIT,
        VYAPAR_RATE_LIMIT_GENERAL=GENEROUS_LIMIT,
        VYAPAR_PAYMENT_RATE_LIMIT=GENEROUS_LIMIT,
        VYAPAR_PASSWORD_HASH_TIME_COST="1",
        VYAPAR_PASSWORD_HASH_MEMORY_KIB="1024",
        VYAPAR_RAZORPAY_KEY_ID=key_id,
        VYAPAR_RAZORPAY_KEY_SECRET=key_secret,
        VYAPAR_RAZORPAY_WEBHOOK_SECRET=webhook_secret,
        VYAPAR_RAZORPAY_BASE_URL=f"http://127.0.0.1:{sandbox_port}",
        VYAPAR_RESERVATION_TTL_SECONDS="3600",
    )
    if args.redis_url:
        env["VYAPAR_REDIS_URL"] = args.redis_url
    if not args.rate_limits:
        env["VYAPAR_RATE_LIMIT_ENABLED"] = "false"
    logs = args.out.parent
    sandbox = SpawnedServer(
        [
            "sandbox",
            "--port",
            str(sandbox_port),
            "--webhook-url",
            f"http://127.0.0.1:{app_port}/api/payment/webhook",
        ],
        env,
        logs / "payments_load_sandbox.log",
        f"http://127.0.0.1:{sandbox_port}",
        ready_path="/sandbox/config",
        name="sandbox",
        ready_status=None,
        clean=True,
    )
    server = SpawnedServer(
        ["serve", "--port", str(app_port), "--workers", str(args.workers)],
        env,
        logs / "payments_load_server.log",
        f"http://127.0.0.1:{app_port}",
        ready_path="/healthz",
        name="server",
        ready_status=None,
        clean=True,
        profile=args.profile,
    )
    results = Results()
    try:
        sandbox.start()
        server.start()
        limits = httpx.Limits(max_connections=args.concurrency * 2)
        async with (
            httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{app_port}", timeout=30.0, limits=limits
            ) as api,
            httpx.AsyncClient(
                base_url=f"http://127.0.0.1:{sandbox_port}", timeout=30.0, limits=limits
            ) as rzp,
        ):
            print(f"setting up {args.payments} accepted deals…", flush=True)
            orders = await setup_orders(api, args.shoppers, args.payments, args.concurrency)
            if args.warmup:
                warm, orders = orders[: args.warmup], orders[args.warmup :]
                await pay_all(api, rzp, warm, args.concurrency, Results(), args.timeout, args.poll)
            print(f"paying {len(orders)} orders, {args.concurrency} at a time…", flush=True)
            roots = {"server": server.pid, "sandbox": sandbox.pid}
            dbname = sa.engine.make_url(database_url).database or ""
            load_before = loadavg()
            before = cpu_seconds(roots, dbname)
            wall = await pay_all(
                api, rzp, orders, args.concurrency, results, args.timeout, args.poll
            )
            after = cpu_seconds(roots, dbname)
            load_after = loadavg()
        books = check_books(database_url, args.payments)
    finally:
        server.stop()
        sandbox.stop()
        if not args.keep_database:
            with contextlib.suppress(Exception):
                drop_database(database_url)
    paid = len(results.end_to_end)
    per_minute = paid / wall * 60 if wall else 0.0
    create = spread_ms(results.create, (50, 95, 99), 2)
    return {
        "benchmark": "payments_load",
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            # Others' work on the same machine shows here (1-minute load average).
            "loadavg_before": load_before,
            "loadavg_after": load_after,
        },
        "config": {
            "payments": len(orders),
            "warmup": args.warmup,
            "concurrency": args.concurrency,
            "server_workers": args.workers,
            "shoppers": args.shoppers,
            "database": "postgresql",
            "redis": bool(args.redis_url),
            "rate_limits": args.rate_limits,
        },
        "paid": paid,
        "wall_s": round(wall, 3),
        "payments_per_minute": round(per_minute, 1),
        "create_order_ms": create,
        "end_to_end_ms": spread_ms(results.end_to_end, (50, 95, 99), 2),
        "status_polls": results.status_polls,
        "cpu_ms_per_payment": {
            k: round((after[k] - before[k]) / max(paid, 1) * 1000, 2) for k in after
        },
        "cpu_cores_busy": {k: round((after[k] - before[k]) / wall, 2) for k in after},
        "errors": results.errors,
        "books": books,
        "bar": {
            "payments_per_minute": BAR_PER_MINUTE,
            "times_the_bar": round(per_minute / BAR_PER_MINUTE, 1),
            "create_p95_under_2s": (create["p95"] or math.inf) < BAR_CREATE_S * 1000,
        },
    }


def print_table(report: dict[str, Any]) -> None:
    c, e = report["create_order_ms"], report["end_to_end_ms"]
    rows = [
        ("payments paid", f"{report['paid']} in {report['wall_s']} s"),
        ("payments / minute", f"{report['payments_per_minute']:.0f}"),
        ("  × the 100/min bar", f"{report['bar']['times_the_bar']}"),
        ("create order p50 / p95 / p99", f"{c['p50']} / {c['p95']} / {c['p99']} ms"),
        ("end to end p50 / p95 / p99", f"{e['p50']} / {e['p95']} / {e['p99']} ms"),
        (
            "CPU ms per payment",
            ", ".join(f"{k} {v}" for k, v in report["cpu_ms_per_payment"].items()),
        ),
        (
            "machine load before / after",
            f"{report['machine']['loadavg_before']} / {report['machine']['loadavg_after']}"
            f" on {report['machine']['cpus']} CPUs",
        ),
        ("errors", json.dumps(report["errors"]) if report["errors"] else "none"),
        ("books consistent", str(report["books"]["consistent"])),
    ]
    width = max(len(k) for k, _ in rows)
    print()
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        default=os.environ.get("VYAPAR_TEST_POSTGRES_URL"),
        help="a PostgreSQL server URL (a fresh database is created on it and dropped)",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("VYAPAR_TEST_REDIS_URL"),
        help="Redis for rate limits and rooms; required with more than one worker",
    )
    parser.add_argument("--payments", type=int, default=2000)
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=48)
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--shoppers", type=int, default=50)
    parser.add_argument("--timeout", type=float, default=60.0, help="per payment, seconds")
    parser.add_argument(
        "--poll", type=float, default=0.05, help="first status poll after this many seconds"
    )
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--keep-database", action="store_true")
    parser.add_argument(
        "--profile",
        type=Path,
        default=None,
        help="run the server (one worker) under cProfile and write its stats here",
    )
    parser.add_argument(
        "--no-rate-limits",
        dest="rate_limits",
        action="store_false",
        help="turn the rate limiter off (it is on by default, with limits nobody reaches)",
    )
    args = parser.parse_args()
    if args.profile:
        args.workers = 1
    if args.workers > 1 and not args.redis_url:
        fail("more than one server worker needs --redis-url (or VYAPAR_TEST_REDIS_URL)")
    if not args.database_url or not args.database_url.startswith("postgresql"):
        fail("--database-url must be a PostgreSQL URL (or set VYAPAR_TEST_POSTGRES_URL)")
    args.payments += args.warmup
    report = asyncio.run(run(args))
    print_table(report)
    write_json(report, args.out)
    print(f"wrote {args.out}")
    if not report["books"]["consistent"] or report["errors"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
