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

from benchmarks.lib.machine import cpu_model, revision  # noqa: E402
from benchmarks.lib.output import fail, write_json  # noqa: E402
from benchmarks.lib.server import GENEROUS_LIMIT, SpawnedServer, bench_env, free_port  # noqa: E402
from benchmarks.lib.stats import (  # noqa: E402
    median,
    rounded,
    spread_ms,
)
from benchmarks.payments.cpu import LoadSampler, cpu_seconds, loadavg, postmaster_of  # noqa: E402
from benchmarks.payments.database import check_books, drop_database, fresh_database  # noqa: E402
from benchmarks.payments.report import print_round, print_table  # noqa: E402
from benchmarks.payments.traffic import LeanClient, Results, pay_all, setup_orders  # noqa: E402
from server.migrate import upgrade  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "results" / "payments_load.json"
BAR_PER_MINUTE = 100
BAR_CREATE_S = 2.0
AIM_PER_MINUTE = 5000
WEBHOOK_EVENTS = {
    # What an integration by orders ticks in Razorpay's dashboard: `order.paid` carries
    # the order and the payment, so `payment.authorized` / `payment.captured` (auto-capture)
    # would only repeat it.
    "orders": "order.paid,payment.failed,refund.created,refund.processed,refund.failed,"
    "payment_link.paid,payment_link.expired,payment_link.cancelled",
    # Every event the server acts on: three webhooks per payment.
    "all": "",
}


def round_figures(
    results: Results,
    wall: float,
    before: dict[str, float],
    after: dict[str, float],
    load: dict[str, float | None],
) -> dict[str, Any]:
    """One timed round: throughput, latency, CPU per payment per component, the machine."""
    paid = len(results.end_to_end)
    used = {k: after[k] - before[k] for k in after if k != "machine"}
    others = max(0.0, (after["machine"] - before["machine"]) - sum(used.values()))
    return {
        "paid": paid,
        "wall_s": round(wall, 3),
        "payments_per_minute": round(paid / wall * 60 if wall else 0.0, 1),
        "create_order_ms": spread_ms(results.create, (50, 95, 99), 2),
        "end_to_end_ms": spread_ms(results.end_to_end, (50, 95, 99), 2),
        "status_polls_per_payment": round(results.status_polls / max(paid, 1), 2),
        "creates_shed": results.shed,
        "cpu_ms_per_payment": {
            **{k: round(v / max(paid, 1) * 1000, 2) for k, v in used.items()},
            "total": round(sum(used.values()) / max(paid, 1) * 1000, 2),
        },
        "cpu_cores_busy": {k: round(v / wall, 2) for k, v in used.items()},
        # What everything else on the machine used meanwhile (1.0 = one core).
        "other_processes_cores": round(others / wall, 2) if wall else None,
        "loadavg_during": load,
        "errors": results.errors,
    }


def total_errors(rounds: list[dict[str, Any]]) -> dict[str, int]:
    errors: dict[str, int] = {}
    for r in rounds:
        for k, v in r["errors"].items():
            errors[k] = errors.get(k, 0) + v
    return errors


def summary(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """Median and spread (min, max) of each round's figures."""

    def over(get: Any) -> dict[str, float | None]:
        values = [v for v in (get(r) for r in rounds) if v is not None]
        return {
            "median": rounded(median(values), 2),
            "min": min(values) if values else None,
            "max": max(values) if values else None,
        }

    components = list(rounds[0]["cpu_ms_per_payment"]) if rounds else []
    return {
        "rounds": len(rounds),
        "payments_per_minute": over(lambda r: r["payments_per_minute"]),
        "create_p95_ms": over(lambda r: r["create_order_ms"]["p95"]),
        "end_to_end_p50_ms": over(lambda r: r["end_to_end_ms"]["p50"]),
        "end_to_end_p95_ms": over(lambda r: r["end_to_end_ms"]["p95"]),
        "status_polls_per_payment": over(lambda r: r["status_polls_per_payment"]),
        "cpu_ms_per_payment": {
            k: over(lambda r, k=k: r["cpu_ms_per_payment"][k]) for k in components
        },
        "other_processes_cores": over(lambda r: r["other_processes_cores"]),
        "loadavg_during_mean": over(lambda r: r["loadavg_during"]["mean"]),
    }


async def run(args: argparse.Namespace) -> dict[str, Any]:
    database_url = fresh_database(args.database_url)
    upgrade(database_url)  # once, here: workers migrating at the same time would race
    key_id = "rzp_test_" + secrets.token_hex(7)
    key_secret, webhook_secret = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    app_port, sandbox_port = free_port(), free_port()
    env = dict(
        bench_env(database_url),  # every deal is opened at one stall from one address
        VYAPAR_ENV="development",
        VYAPAR_AUTO_MIGRATE="false",
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
            *(
                ["--events", WEBHOOK_EVENTS[args.webhook_events]]
                if args.webhook_events != "all"
                else []
            ),
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
    rounds: list[dict[str, Any]] = []
    load_before = loadavg()
    total = args.warmup + args.payments * args.repeat
    try:
        sandbox.start()
        server.start(timeout=240.0 if args.profile else 60.0)  # cProfile starts slowly
        limits = httpx.Limits(max_connections=args.concurrency * 2)
        async with httpx.AsyncClient(
            base_url=f"http://127.0.0.1:{app_port}", timeout=30.0, limits=limits
        ) as api:  # the set-up, not timed
            print(f"setting up {total} accepted deals…", flush=True)
            orders = await setup_orders(api, args.shoppers, total, args.concurrency)
        lean_api = LeanClient(f"http://127.0.0.1:{app_port}", args.concurrency * 2)
        lean_rzp = LeanClient(f"http://127.0.0.1:{sandbox_port}", args.concurrency * 2)
        try:
            warm, orders = orders[: args.warmup], orders[args.warmup :]
            warmed = Results()
            if warm:
                await pay_all(
                    lean_api, lean_rzp, warm, args.concurrency, warmed, args.timeout, args.poll
                )
            dbname = sa.engine.make_url(database_url).database or ""
            roots = {
                "server": server.pid,
                "sandbox": sandbox.pid,
                "postgres": postmaster_of(dbname) if args.postgres_tree else None,
            }
            for n in range(args.repeat):
                batch = orders[n * args.payments : (n + 1) * args.payments]
                print(
                    f"round {n + 1}/{args.repeat}: paying {len(batch)} orders, "
                    f"{args.concurrency} at a time…",
                    flush=True,
                )
                results = Results()
                sampler = LoadSampler()
                sampler.start()
                before = cpu_seconds(roots, dbname)
                wall = await pay_all(
                    lean_api, lean_rzp, batch, args.concurrency, results, args.timeout, args.poll
                )
                after = cpu_seconds(roots, dbname)
                rounds.append(round_figures(results, wall, before, after, await sampler.stop()))
                print_round(n + 1, rounds[-1])
        finally:
            await lean_api.aclose()
            await lean_rzp.aclose()
        # The books must hold exactly the payments seen paid; any other set-up or payment
        # that failed is in `errors` (and fails the run) already.
        books = check_books(database_url, len(warmed.end_to_end) + sum(r["paid"] for r in rounds))
    finally:
        server.stop()
        sandbox.stop()
        if not args.keep_database:
            with contextlib.suppress(Exception):
                drop_database(database_url)
    overall = summary(rounds)
    per_minute = overall["payments_per_minute"]["median"] or 0.0
    create_p95 = overall["create_p95_ms"]["max"]
    return {
        "benchmark": "payments_load",
        "when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "revision": revision(),
        "machine": {
            "cpus": os.cpu_count(),
            "cpu_model": cpu_model(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            # Others' work on the same machine shows here and in each round's
            # `other_processes_cores` (1-minute load average before the run).
            "loadavg_before": load_before,
        },
        "config": {
            "payments_per_round": args.payments,
            "repeat": args.repeat,
            "warmup": args.warmup,
            "concurrency": args.concurrency,
            "server_workers": args.workers,
            "shoppers": args.shoppers,
            "database": "postgresql",
            "postgres_cpu": "cluster" if args.postgres_tree else "backends",
            "redis": bool(args.redis_url),
            "rate_limits": args.rate_limits,
            "first_poll_s": args.poll,
            "webhook_events": args.webhook_events,
        },
        "summary": overall,
        "rounds": rounds,
        "errors": total_errors(rounds),
        "books": books,
        "bar": {
            "payments_per_minute": BAR_PER_MINUTE,
            "times_the_bar": round(per_minute / BAR_PER_MINUTE, 1),
            "aim_payments_per_minute": AIM_PER_MINUTE,
            "create_p95_under_2s": (create_p95 or math.inf) < BAR_CREATE_S * 1000,
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
    parser.add_argument("--payments", type=int, default=2000, help="payments per round")
    parser.add_argument(
        "--repeat", type=int, default=3, help="timed rounds (median and spread reported)"
    )
    parser.add_argument("--warmup", type=int, default=100)
    parser.add_argument("--concurrency", type=int, default=48)
    parser.add_argument("--workers", type=int, default=2, help="server worker processes")
    parser.add_argument("--shoppers", type=int, default=50)
    parser.add_argument("--timeout", type=float, default=60.0, help="per payment, seconds")
    parser.add_argument(
        "--poll",
        type=float,
        default=0.1,
        help="first status poll after this many seconds (then twice as long, at most 0.25 s)",
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
    parser.add_argument(
        "--webhook-events",
        choices=sorted(WEBHOOK_EVENTS),
        default="orders",
        help="the webhook's active events in the sandbox: `orders` (order.paid for a "
        "payment, one webhook each; Razorpay's advice for orders) or `all` (also "
        "payment.authorized and payment.captured: three webhooks each)",
    )
    parser.add_argument(
        "--postgres-backends-only",
        dest="postgres_tree",
        action="store_false",
        help="count only the backends of the benchmark's database as PostgreSQL's CPU "
        "(by default the whole cluster's process tree, WAL writer and checkpointer "
        "included: give it a cluster of its own)",
    )
    args = parser.parse_args()
    if args.profile:
        args.workers = 1
    if args.workers > 1 and not args.redis_url:
        fail("more than one server worker needs --redis-url (or VYAPAR_TEST_REDIS_URL)")
    if not args.database_url or not args.database_url.startswith("postgresql"):
        fail("--database-url must be a PostgreSQL URL (or set VYAPAR_TEST_POSTGRES_URL)")
    report = asyncio.run(run(args))
    print_table(report)
    write_json(report, args.out)
    print(f"wrote {args.out}")
    if not report["books"]["consistent"] or report["errors"]:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
