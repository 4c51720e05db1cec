"""The command line: rates or an overload, the server to drive (spawned on a database, or
one already running on this machine), the traffic's shape, and the checks on them."""

from __future__ import annotations

import argparse
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from benchmarks.lib.output import fail
from benchmarks.load.report import OVERLOAD_FACTORS

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "api_load.json"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
BUSY_OTHER_CORES = 0.2
"""Above this many cores used by other processes during a step, `--busy-retries` reruns it."""


def check_local(url: str, what: str) -> None:
    host = urlsplit(url).hostname
    if host is not None and host not in LOCAL_HOSTS:
        fail(f"{what} must point at this machine (127.0.0.1), not {host!r}.")


def redact(url: str) -> str:
    """The URL without a password."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.hostname or ""
    if parts.username:
        netloc = f"{parts.username}:***@{netloc}"
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    return urlunsplit(parts._replace(netloc=netloc))


def parse_rates(text: str) -> list[float]:
    try:
        rates = [float(x) for x in text.split(",") if x.strip()]
    except ValueError:
        fail(f"--rates must be comma-separated numbers, not {text!r}")
    if not rates or any(r <= 0 for r in rates):
        fail("--rates needs at least one positive rate")
    return rates


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Open-loop bid load against a local VyaparMitra server.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "--url",
        help="a running server on this machine, e.g. "
        "http://127.0.0.1:8000 (start it with generous rate limits)",
    )
    target.add_argument(
        "--database-url",
        help="start `vyaparmitra serve` on this database "
        "(e.g. postgresql+psycopg://postgres@127.0.0.1:55432/bench)",
    )
    parser.add_argument(
        "--workers", type=int, default=1, help="server worker processes (only with --database-url)"
    )
    parser.add_argument(
        "--server-env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra environment for the spawned server (repeatable)",
    )
    parser.add_argument(
        "--server-pid",
        type=int,
        help="with --url: count the CPU of this process and its children as the server's",
    )
    parser.add_argument(
        "--pg-dbname",
        help="count the CPU of the PostgreSQL cluster serving this database "
        "(default: the database of --database-url)",
    )
    parser.add_argument("--rates", default="50,100,200,400", help="target bids/s per step")
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per step")
    parser.add_argument(
        "--warmup",
        type=float,
        default=3.0,
        help="seconds of untimed load at the first rate before the steps",
    )
    parser.add_argument("--pause", type=float, default=1.0, help="seconds between steps")
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run each step this many times; the table shows the run with the median p95, "
        "and a second table the median and spread (min-max) over the runs",
    )
    parser.add_argument(
        "--busy-retries",
        type=int,
        default=0,
        help=f"rerun a step up to this many times when other processes used more than "
        f"{BUSY_OTHER_CORES} cores during it, keeping the least disturbed attempt",
    )
    parser.add_argument(
        "--wait-idle",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="before each step, wait up to this long for other processes to go quiet "
        "(for shared machines; the table's `other` column shows what they used anyway)",
    )
    parser.add_argument(
        "--pairs",
        type=int,
        default=300,
        help="concurrent negotiations (each has at most one bid in flight)",
    )
    parser.add_argument("--vendors", type=int, default=10)
    parser.add_argument(
        "--customers", type=int, default=100, help="customers; pairs share them round-robin"
    )
    parser.add_argument("--setup-concurrency", type=int, default=8)
    parser.add_argument(
        "--timeout",
        type=float,
        default=10.0,
        help="seconds a bid may wait for a pair, and then for its answer",
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--slo-rate",
        type=float,
        default=200.0,
        help="the step whose p95 is checked against --slo-p95-ms",
    )
    parser.add_argument("--slo-p95-ms", type=float, default=25.0)
    parser.add_argument(
        "--overload",
        type=float,
        metavar="CAPACITY",
        help="overload mode: instead of --rates, offer "
        + ", ".join(f"{f:g}x" for f in OVERLOAD_FACTORS)
        + " this many bids/s and report 500s and connection resets (must be 0), "
        "refusals (503/429 with Retry-After) and the p95 of accepted bids; exit 1 on any "
        "500 or reset. Use enough --pairs that bids do not queue for a free negotiation.",
    )
    parser.add_argument(
        "--out",
        type=Path,
        default=DEFAULT_OUT,
        help="JSON results (a PNG with the same name is written when matplotlib is importable)",
    )
    args = parser.parse_args(argv)
    args.rate_list = parse_rates(args.rates)
    if args.overload is not None:
        if args.overload <= 0:
            fail("--overload takes the capacity in bids/s, a positive number")
        args.rate_list = [round(args.overload * f, 1) for f in OVERLOAD_FACTORS]
    if args.duration <= 0 or args.duration > 3600:
        fail("--duration must be in (0, 3600] seconds")
    if not 0 <= args.busy_retries <= 10:
        fail("--busy-retries must be in [0, 10]")
    if not 0 <= args.warmup <= 600:
        fail("--warmup must be in [0, 600] seconds")
    for name in (
        "pairs",
        "vendors",
        "customers",
        "setup_concurrency",
        "workers",
    ):
        if getattr(args, name) < 1:
            fail(f"--{name.replace('_', '-')} must be at least 1")
    if args.pairs > 5000 or args.customers > 5000 or args.vendors > 1000:
        fail("keep --pairs/--customers at most 5000 and --vendors at most 1000")
    args.customers = min(args.customers, args.pairs)
    if args.url:
        check_local(args.url, "--url")
        if args.workers != 1:
            fail("--workers only applies when this script starts the server (--database-url)")
        if args.server_env:
            fail("--server-env only applies when this script starts the server (--database-url)")
    elif args.server_pid is not None:
        fail("--server-pid only applies with --url")
    else:
        check_local(args.database_url, "--database-url")
        if args.pg_dbname is None and "postgres" in urlsplit(args.database_url).scheme:
            args.pg_dbname = urlsplit(args.database_url).path.lstrip("/") or None
    args.extra_env = {}
    for item in args.server_env:
        key, sep, value = item.partition("=")
        if not sep or not key.startswith("VYAPAR_"):
            fail(f"--server-env takes VYAPAR_KEY=VALUE, not {item!r}")
        args.extra_env[key] = value
    return args
