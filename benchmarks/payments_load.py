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
import math
import os
import platform
import secrets
import sys
from pathlib import Path
from typing import Any

import httpx
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from benchmarks.lib.output import fail, write_json  # noqa: E402
from benchmarks.lib.server import GENEROUS_LIMIT, SpawnedServer, free_port  # noqa: E402
from benchmarks.lib.stats import spread_ms  # noqa: E402
from benchmarks.payments.cpu import cpu_seconds, loadavg  # noqa: E402
from benchmarks.payments.database import check_books, drop_database, fresh_database  # noqa: E402
from benchmarks.payments.report import print_table  # noqa: E402
from benchmarks.payments.traffic import Results, pay_all, setup_orders  # noqa: E402
from server.migrate import upgrade  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "payments_load.json"
BAR_PER_MINUTE = 100
BAR_CREATE_S = 2.0


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
