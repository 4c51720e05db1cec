"""Open-loop load benchmark for the bid API (`POST /api/negotiations/{id}/bids`).

Drives a server (one this script starts on PostgreSQL, or one already running on this
machine) with bids at a series of target rates and prints, per rate: achieved
throughput, errors by status, and p50/p95/p99/max latency. Writes JSON, and a PNG when
matplotlib happens to be importable (it is not a dependency).

Open loop: request start times are scheduled at the target rate regardless of how fast
the server answers, and latency is measured from the *scheduled* start, so time a bid
spends waiting (for a free negotiation, a connection, or the event loop) counts: no
coordinated omission.

Traffic: `--pairs` virtual (customer, vendor, negotiation) pairs. Each pair alternates a
customer offer (₹20.00-₹39.00) and a vendor counter (₹32.00-₹40.00, within the floor and
list price), with at most one request in flight per pair, as a real negotiation would.
A scheduled bid takes the longest-idle free pair.

Examples (from the repository root):

    # start a server on PostgreSQL, 1 worker, 4 rates of 10 s each
    .venv/bin/python benchmarks/api_load.py \\
        --database-url postgresql+psycopg://postgres@127.0.0.1:55432/bench \\
        --workers 1 --rates 50,100,200,300 --duration 10

    # a server that is already running (start it with generous rate limits)
    .venv/bin/python benchmarks/api_load.py --url http://127.0.0.1:8000 --rates 100,200

    # overload: offer 1x, 1.5x, 2x and 3x a capacity of 300 bids/s; every answer must be
    # a 2xx, or a 503/429 with Retry-After: no 500 and no reset (exit status 1 otherwise)
    .venv/bin/python benchmarks/api_load.py --database-url ... --overload 300 --pairs 1000
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
import random
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections import Counter, deque
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import urlsplit, urlunsplit

import httpx

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUT = ROOT / "benchmarks" / "results" / "api_load.json"
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
GENEROUS_LIMIT = "1000000/minute"
PASSWORD = "bench-password-1"  # throwaway accounts in a throwaway database
LIST_PRICE = 4000
FLOOR_PRICE = 3200
CUSTOMER_BID = (2000, 3900)
VENDOR_BID = (FLOOR_PRICE, LIST_PRICE)
PERCENTILES = (50, 90, 95, 99, 99.9)
OVERLOAD_FACTORS = (1.0, 1.5, 2.0, 3.0)
"""`--overload C` offers these multiples of the capacity C."""
SETUP_TIMEOUT_S = 60.0
"""Registration hashes passwords; setup is not timed, so it may take its time."""
BUSY_OTHER_CORES = 0.2
"""Above this many cores used by other processes during a step, `--busy-retries` reruns it."""
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


# --------------------------------------------------------------------------- helpers


def fail(message: str) -> NoReturn:
    print(f"api_load: {message}", file=sys.stderr)
    raise SystemExit(2)


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


def percentile(sorted_values: list[float], q: float) -> float | None:
    """Nearest-rank percentile of an already sorted list."""
    if not sorted_values:
        return None
    rank = max(1, math.ceil(q / 100 * len(sorted_values)))
    return sorted_values[min(rank, len(sorted_values)) - 1]


def summarize_ms(values: list[float]) -> dict[str, float | None]:
    """Seconds in, milliseconds out: mean, percentiles and max."""
    ordered = sorted(values)
    out: dict[str, float | None] = {
        "mean": round(sum(ordered) / len(ordered) * 1000, 3) if ordered else None
    }
    for q in PERCENTILES:
        value = percentile(ordered, q)
        out[f"p{q:g}"] = round(value * 1000, 3) if value is not None else None
    out["max"] = round(ordered[-1] * 1000, 3) if ordered else None
    return out


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def git(*args: str) -> str | None:
    try:
        out = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() if out.returncode == 0 else None


def cpu_model() -> str | None:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or None


# ------------------------------------------------------------ CPU accounting (Linux)


def _proc_stats() -> Iterator[tuple[int, int, str, float]]:
    """(pid, ppid, comm, cpu seconds) for every process we can read."""
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            raw = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # comm is in parentheses and may contain spaces; fields after it are fixed.
        left, right = raw.find("("), raw.rfind(")")
        fields = raw[right + 2 :].split()
        try:
            # utime + stime, plus cutime + cstime: children that exited and were reaped
            # (PostgreSQL backends closed by the pool) still count, in their parent.
            cpu = sum(int(x) for x in fields[11:15]) / CLK_TCK
            yield int(entry.name), int(fields[1]), raw[left + 1 : right], cpu
        except (IndexError, ValueError):
            continue


@dataclass
class CpuSample:
    wall: float
    client: float
    server: float | None
    postgres: float | None
    machine_busy: float | None


def _tree(procs: list[tuple[int, int, str, float]], roots: Iterable[int]) -> set[int]:
    children: dict[int, list[int]] = {}
    for pid, ppid, _, _ in procs:
        children.setdefault(ppid, []).append(pid)
    tree: set[int] = set()
    todo = list(roots)
    while todo and len(tree) < 100_000:
        pid = todo.pop()
        if pid not in tree:
            tree.add(pid)
            todo.extend(children.get(pid, ()))
    return tree


def _postmasters(procs: list[tuple[int, int, str, float]], dbname: str) -> set[int]:
    """Postmasters with a backend on `dbname` (backend cmdline: `postgres: USER DB HOST…`)."""
    found: set[int] = set()
    for pid, ppid, comm, _ in procs:
        if not comm.startswith("postgres"):
            continue
        with contextlib.suppress(OSError):
            words = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").split()
            if len(words) >= 3 and words[0] == b"postgres:" and words[2] == dbname.encode():
                found.add(ppid)
    return found


def cpu_sample(server_pid: int | None, dbname: str | None) -> CpuSample:
    """CPU seconds so far of this process, the server's process tree, and the whole
    PostgreSQL cluster (postmaster and all its children) that serves `dbname`."""
    procs = list(_proc_stats()) if os.path.isdir("/proc") else []
    cpu_of = {pid: cpu for pid, _, _, cpu in procs}
    server: float | None = None
    if server_pid is not None:
        server = sum(cpu_of.get(pid, 0.0) for pid in _tree(procs, [server_pid]))
    postgres: float | None = None
    if dbname:
        postgres = sum(cpu_of.get(pid, 0.0) for pid in _tree(procs, _postmasters(procs, dbname)))
    busy = None
    with contextlib.suppress(OSError, ValueError, IndexError):
        first = Path("/proc/stat").read_text().splitlines()[0].split()
        ticks = [int(x) for x in first[1:]]
        idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
        busy = (sum(ticks[:8]) - idle) / CLK_TCK
    return CpuSample(time.monotonic(), time.process_time(), server, postgres, busy)


def cpu_between(a: CpuSample, b: CpuSample) -> dict[str, float | None]:
    """Cores used (1.0 = one core fully busy) by each party between two samples."""
    wall = max(b.wall - a.wall, 1e-9)

    def rate(x: float | None, y: float | None) -> float | None:
        return None if x is None or y is None else round((y - x) / wall, 3)

    out = {
        "client_cores": rate(a.client, b.client),
        "server_cores": rate(a.server, b.server),
        "postgres_cores": rate(a.postgres, b.postgres),
        "machine_busy_cores": rate(a.machine_busy, b.machine_busy),
    }
    if out["machine_busy_cores"] is not None:  # anything else running here skews results
        known = sum(v for k, v in out.items() if k != "machine_busy_cores" and v is not None)
        out["other_cores"] = round(max(0.0, out["machine_busy_cores"] - known), 3)
    return out


async def wait_for_idle_machine(limit_s: float, busy_cores: float = 0.15) -> None:
    """Between steps our own processes are idle, so a busy machine means someone else:
    wait (at most `limit_s`) until under `busy_cores` cores are busy for one second."""
    deadline = time.monotonic() + limit_s
    waited = 0
    while time.monotonic() < deadline:
        a = cpu_sample(None, None)
        await asyncio.sleep(1.0)
        busy = cpu_between(a, cpu_sample(None, None))["machine_busy_cores"]
        if busy is None or busy < busy_cores:
            if waited:
                print(f"  (waited {waited} s for the machine to go quiet)", flush=True)
            return
        if waited % 15 == 0:
            print(f"  (others are using {busy:.2f} cores; waiting)", flush=True)
        waited += 1
    print("  (the machine is still busy; measuring anyway)", flush=True)


# ----------------------------------------------------------------- the server, if ours


class SpawnedServer:
    """`vyaparmitra serve` on a free port with generous rate limits; stopped on exit."""

    def __init__(
        self, database_url: str, workers: int, log_path: Path, extra_env: dict[str, str]
    ) -> None:
        self.database_url = database_url
        self.workers = workers
        self.log_path = log_path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.extra_env = extra_env
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self, timeout: float) -> None:
        env = dict(os.environ)
        env.update(
            VYAPAR_DATABASE_URL=self.database_url,
            # A production-length key (PyJWT warns on every token with a short one).
            VYAPAR_SECRET_KEY=secrets.token_urlsafe(48),
            VYAPAR_AUTO_MIGRATE="true",
            VYAPAR_DEMO_DATA="false",
            VYAPAR_LOG_LEVEL="WARNING",
            VYAPAR_RATE_LIMIT_BIDS=GENEROUS_LIMIT,
            VYAPAR_RATE_LIMIT_GENERAL=GENEROUS_LIMIT,
            VYAPAR_RATE_LIMIT_AUTH=GENEROUS_LIMIT,
        )
        env.update(self.extra_env)
        command = [
            sys.executable,
            "-m",
            "server.cli",
            "serve",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--workers",
            str(self.workers),
        ]
        self.log_path.parent.mkdir(parents=True, exist_ok=True)
        with self.log_path.open("wb") as log:
            self.proc = subprocess.Popen(
                command,
                cwd=ROOT,
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        deadline = time.monotonic() + timeout
        with httpx.Client(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.proc.poll() is not None:
                    fail(
                        f"the server exited with {self.proc.returncode} while starting; "
                        f"see {self.log_path}"
                    )
                with contextlib.suppress(httpx.HTTPError):
                    if client.get(f"{self.url}/healthz").status_code == 200:
                        return
                time.sleep(0.2)
        self.stop()
        fail(f"the server did not answer /healthz within {timeout:.0f} s; see {self.log_path}")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is None or proc.poll() is not None:
            return
        proc.send_signal(signal.SIGTERM)  # uvicorn's supervisor stops its workers too
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)  # the group started for this server
            proc.wait(timeout=10)


# ------------------------------------------------------------------------- the traffic


class KeepAlive:
    """The least a keep-alive HTTP/1.1 client can do: POST JSON, read one answer.

    The generator shares two cores with the server and PostgreSQL, so every
    microsecond it spends is taken from the system under test: httpx costs about
    2 ms of CPU a request here, this about a tenth of that. One connection per pair
    (a pair has at most one bid in flight); reopened when idle longer than the
    server's keep-alive, or after any error, so a reply is never read from a
    connection in an unknown state.
    """

    IDLE_S = 4.0
    """Below uvicorn's 5 s keep-alive, so we never send on a connection it is closing."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None
        self.last_used = 0.0

    def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None

    async def post(self, path: str, body: bytes, auth: bytes) -> tuple[int, bytes]:
        if self.writer is not None and time.monotonic() - self.last_used > self.IDLE_S:
            self.close()
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        try:
            self.writer.write(
                b"POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n"
                b"Authorization: %s\r\nContent-Length: %d\r\n\r\n%s"
                % (path.encode(), self.host.encode(), auth, len(body), body)
            )
            head = await self.reader.readuntil(b"\r\n\r\n")
            status = int(head[9:12])
            length = 0
            keep = True
            for line in head.split(b"\r\n")[1:]:
                name, _, value = line.partition(b":")
                name = name.strip().lower()
                if name == b"content-length":
                    length = int(value)
                elif name == b"connection" and value.strip().lower() == b"close":
                    keep = False
            payload = await self.reader.readexactly(length)
        except BaseException:
            self.close()
            raise
        if not keep:
            self.close()
        self.last_used = time.monotonic()
        return status, payload


@dataclass
class Pair:
    index: int
    negotiation_id: int
    customer_headers: dict[str, str]
    vendor_headers: dict[str, str]
    customer_turn: bool = True
    bids: int = 0
    uncertain: bool = False
    """A bid's outcome is unknown (timeout, dropped connection): whose turn is unsure."""
    conn: KeepAlive | None = None
    """This pair's own keep-alive connection for timed bids."""


@dataclass
class StepResult:
    target_rate: float
    duration_s: float
    scheduled: int = 0
    ok: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    latency: list[float] = field(default_factory=list)
    """Scheduled start → response, for 2xx answers (seconds)."""
    latency_all: list[float] = field(default_factory=list)
    """Scheduled start → response, for every HTTP answer, errors included."""
    service: list[float] = field(default_factory=list)
    """Request sent → response, for 2xx answers: the server's share."""
    wait: list[float] = field(default_factory=list)
    """Scheduled start → request sent: waiting for a free pair or the event loop."""
    loop_lag: list[float] = field(default_factory=list)
    """Scheduled start → the generator got round to it: the generator's own lateness."""
    wall_s: float = 0.0
    retired_pairs: int = 0


class Load:
    def __init__(
        self,
        pairs: list[Pair],
        *,
        seed: int,
        request_timeout: float,
        client: httpx.AsyncClient,
    ) -> None:
        self.client = client
        """For untimed questions between steps."""
        self.free: deque[Pair] = deque(pairs)
        self.waiters: deque[asyncio.Future[Pair]] = deque()
        self.live = len(pairs)
        self.rng = random.Random(seed)
        self.request_timeout = request_timeout

    def _release(self, pair: Pair) -> None:
        while self.waiters:
            waiter = self.waiters.popleft()
            if not waiter.done():
                waiter.set_result(pair)
                return
        self.free.append(pair)

    async def _acquire(self) -> Pair:
        if self.free:
            return self.free.popleft()
        waiter: asyncio.Future[Pair] = asyncio.get_running_loop().create_future()
        self.waiters.append(waiter)
        try:
            return await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled():
                self._release(waiter.result())  # got one just as we gave up: pass it on
            raise

    async def one_bid(self, scheduled: float, step: StepResult) -> None:
        step.loop_lag.append(time.perf_counter() - scheduled)
        if self.live == 0:
            step.outcomes["no_live_pairs"] += 1
            return
        try:
            async with asyncio.timeout(self.request_timeout):
                pair = await self._acquire()
        except TimeoutError:
            step.outcomes["queue_timeout"] += 1
            return
        keep = True
        try:
            sent = time.perf_counter()
            step.wait.append(sent - scheduled)
            customer = pair.customer_turn
            low, high = CUSTOMER_BID if customer else VENDOR_BID
            try:
                assert pair.conn is not None
                async with asyncio.timeout(self.request_timeout):
                    status, payload = await pair.conn.post(
                        f"/api/negotiations/{pair.negotiation_id}/bids",
                        b'{"amount_paise": %d}' % self.rng.randint(low, high),
                        (pair.customer_headers if customer else pair.vendor_headers)[
                            "Authorization"
                        ].encode(),
                    )
            except TimeoutError:
                step.outcomes["timeout"] += 1
                pair.uncertain = True  # did it land? `resync` asks before the next step
                return
            except (OSError, asyncio.IncompleteReadError, asyncio.LimitOverrunError) as exc:
                step.outcomes[f"error:{type(exc).__name__}"] += 1
                pair.uncertain = True
                return
            except asyncio.CancelledError:
                pair.uncertain = True  # cancelled at the drain deadline
                raise
            done = time.perf_counter()
            step.latency_all.append(done - scheduled)
            if 200 <= status < 300:
                step.ok += 1
                step.latency.append(done - scheduled)
                step.service.append(done - sent)
                step.outcomes[str(status)] += 1
                pair.customer_turn = not customer
                pair.bids += 1
                return
            code = _error_code(payload)
            step.outcomes[f"{status}:{code}"] += 1
            if code == "not_your_turn":
                pair.customer_turn = not customer  # a lost answer's bid did land after all
            elif code in (
                "negotiation_expired",
                "illegal_transition",
                "not_found",
                "forbidden",
                "unauthorized",
            ):
                keep = False  # this pair cannot bid any more
        finally:
            if keep:
                self._release(pair)
            else:
                self.live -= 1
                step.retired_pairs += 1

    async def resync(self) -> int:
        """Untimed, between steps: ask the server whose turn it is wherever a bid's
        outcome was lost, so the next step does not start with `not_your_turn` errors."""
        unsure = [p for p in self.free if p.uncertain]
        for pair in unsure:  # bounded by the number of pairs
            with contextlib.suppress(httpx.HTTPError, ValueError, KeyError, TypeError):
                response = await self.client.get(
                    f"/api/negotiations/{pair.negotiation_id}", headers=pair.customer_headers
                )
                offer = response.json()["latest_offer"]
                pair.customer_turn = offer is None or offer["side"] != "customer"
                pair.uncertain = False
        return len(unsure)

    async def run_step(self, rate: float, duration: float, drain: float) -> StepResult:
        step = StepResult(target_rate=rate, duration_s=duration)
        total = max(1, round(rate * duration))
        tasks: set[asyncio.Task[None]] = set()
        start = time.perf_counter() + 0.05
        for i in range(total):  # bounded by count
            scheduled = start + i / rate
            delay = scheduled - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            elif i % 32 == 0:
                await asyncio.sleep(0)  # behind schedule: still let answers be handled
            task = asyncio.create_task(self.one_bid(scheduled, step))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
            step.scheduled += 1
        if tasks:  # bounded by time
            _, pending = await asyncio.wait(set(tasks), timeout=drain)
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.wait(pending, timeout=5)
                step.outcomes["cancelled_at_drain"] += len(pending)
        step.wall_s = time.perf_counter() - start
        return step


def _error_code(payload: bytes) -> str:
    try:
        body = json.loads(payload)
        return str(body["error"]["code"])
    except (ValueError, KeyError, TypeError):
        return "unknown"


# ------------------------------------------------------------------------------ setup


async def gather_bounded(
    factories: Iterable[Callable[[], Awaitable[Any]]], concurrency: int
) -> list[Any]:
    semaphore = asyncio.Semaphore(concurrency)

    async def run(factory: Callable[[], Awaitable[Any]]) -> Any:
        async with semaphore:
            return await factory()

    return await asyncio.gather(*(run(f) for f in factories))


async def post_json(
    client: httpx.AsyncClient,
    path: str,
    body: dict[str, Any],
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    for attempt in range(3):  # bounded retries for transient connection trouble
        try:
            response = await client.post(path, json=body, headers=headers)
        except httpx.TransportError:
            if attempt == 2:
                raise
            await asyncio.sleep(0.5)
            continue
        if response.status_code != 201:
            fail(f"setup: POST {path} answered {response.status_code}: {response.text[:300]}")
        data: dict[str, Any] = response.json()
        return data
    raise AssertionError("unreachable")


async def setup(
    client: httpx.AsyncClient, *, vendors: int, customers: int, pairs: int, concurrency: int
) -> list[Pair]:
    run_id = int(time.time() * 10) % 10**9  # unique phones per run: +RRRRRRRRRNNNNN

    def phone(n: int) -> str:
        return f"+{run_id:09d}{n:05d}"

    def register(n: int, role: str) -> Callable[[], Awaitable[dict[str, Any]]]:
        return lambda: post_json(
            client,
            "/api/auth/register",
            {
                "name": f"bench {role} {n}",
                "phone": phone(n),
                "password": PASSWORD,
                "role": role,
                "language": "hi",
            },
        )

    vendor_auth = await gather_bounded([register(n, "vendor") for n in range(vendors)], concurrency)
    customer_auth = await gather_bounded(
        [register(vendors + n, "customer") for n in range(customers)], concurrency
    )
    vendor_headers = [{"Authorization": f"Bearer {a['token']}"} for a in vendor_auth]
    customer_headers = [{"Authorization": f"Bearer {a['token']}"} for a in customer_auth]

    def product(v: int) -> Callable[[], Awaitable[dict[str, Any]]]:
        return lambda: post_json(
            client,
            "/api/products",
            {
                "names": {"en": f"Tomato {v}"},
                "unit": "kg",
                "list_price_paise": LIST_PRICE,
                "floor_price_paise": FLOOR_PRICE,
                "stock": 1_000_000,
            },
            vendor_headers[v],
        )

    products = await gather_bounded([product(v) for v in range(vendors)], concurrency)

    def negotiation(p: int) -> Callable[[], Awaitable[dict[str, Any]]]:
        return lambda: post_json(
            client,
            "/api/negotiations",
            {
                "product_id": products[p % vendors]["id"],
                "quantity": 1,
            },
            customer_headers[p % customers],
        )

    opened = await gather_bounded([negotiation(p) for p in range(pairs)], concurrency)
    return [
        Pair(
            index=p,
            negotiation_id=int(opened[p]["id"]),
            customer_headers=customer_headers[p % customers],
            vendor_headers=vendor_headers[p % vendors],
        )
        for p in range(pairs)
    ]


# --------------------------------------------------------------------------- reporting


def step_record(step: StepResult, cpu: dict[str, float | None]) -> dict[str, Any]:
    wall = max(step.wall_s, 1e-9)
    errors = {k: v for k, v in sorted(step.outcomes.items()) if not k.startswith("2")}
    return {
        "target_rate": step.target_rate,
        "duration_s": step.duration_s,
        "wall_s": round(step.wall_s, 3),
        "scheduled": step.scheduled,
        "ok": step.ok,
        "achieved_rate": round(step.ok / wall, 2),
        "errors": errors,
        "error_count": sum(errors.values()),
        "retired_pairs": step.retired_pairs,
        "latency_ms": summarize_ms(step.latency),
        "latency_all_ms": summarize_ms(step.latency_all),
        "service_ms": summarize_ms(step.service),
        "wait_ms": summarize_ms(step.wait),
        "loop_lag_ms": summarize_ms(step.loop_lag),
        "cpu": cpu,
    }


def overload_summary(records: list[dict[str, Any]], capacity: float) -> dict[str, Any]:
    """Per step: what was offered, accepted and refused, and what must never happen."""
    steps = []
    for r in records:
        errors: dict[str, int] = r["errors"]
        server_errors = sum(
            n for k, n in errors.items() if k[:1] == "5" and not k.startswith("503:")
        )
        resets = sum(n for k, n in errors.items() if k.startswith("error:"))
        steps.append(
            {
                "target_rate": r["target_rate"],
                "factor": round(r["target_rate"] / capacity, 2),
                "accepted": r["ok"],
                "accepted_rate": r["achieved_rate"],
                "refused_503": sum(n for k, n in errors.items() if k.startswith("503:")),
                "refused_429": sum(n for k, n in errors.items() if k.startswith("429:")),
                "server_errors": server_errors,
                "resets": resets,
                "timeouts": errors.get("timeout", 0),
                "queued_out": errors.get("queue_timeout", 0),
                "p95_accepted_ms": r["latency_ms"]["p95"],
                "svc_p95_accepted_ms": r["service_ms"]["p95"],
            }
        )
    ok = all(s["server_errors"] == 0 and s["resets"] == 0 for s in steps)
    return {"capacity": capacity, "steps": steps, "no_500_no_reset": ok}


def print_overload(summary: dict[str, Any]) -> None:
    header = (
        f"{'target/s':>8} {'x cap':>5} {'accepted':>8} {'acc/s':>7} {'503':>6} {'429':>6} "
        f"{'500s':>5} {'resets':>6} {'t/o':>5} {'p95 acc':>8} {'svc p95':>8}"
    )
    print(header)
    print("-" * len(header))
    for s in summary["steps"]:
        print(
            f"{s['target_rate']:>8g} {s['factor']:>5g} {s['accepted']:>8} "
            f"{s['accepted_rate']:>7.1f} {s['refused_503']:>6} {s['refused_429']:>6} "
            f"{s['server_errors']:>5} {s['resets']:>6} {s['timeouts']:>5} "
            f"{fmt(s['p95_accepted_ms']):>8} {fmt(s['svc_p95_accepted_ms']):>8}"
        )
    verdict = "PASS" if summary["no_500_no_reset"] else "FAIL"
    print(f"overload up to 3x {summary['capacity']:g}/s: no 500 and no reset: {verdict}")


def fmt(value: float | None, digits: int = 1) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def print_table(records: list[dict[str, Any]]) -> None:
    header = (
        f"{'target/s':>8} {'achieved/s':>10} {'ok':>6} {'p50 ms':>7} {'p95 ms':>7} "
        f"{'p99 ms':>7} {'max ms':>8} {'svc p95':>7} {'lag p99':>7} "
        f"{'cpu c/s/pg/other':>19}  errors"
    )
    print(header)
    print("-" * len(header))
    for r in records:
        lat, cpu = r["latency_ms"], r["cpu"]
        cores = "/".join(
            fmt(cpu.get(k), 2)
            for k in ("client_cores", "server_cores", "postgres_cores", "other_cores")
        )
        errors = ", ".join(f"{k}={v}" for k, v in r["errors"].items()) or "none"
        print(
            f"{r['target_rate']:>8g} {r['achieved_rate']:>10.1f} {r['ok']:>6} "
            f"{fmt(lat['p50']):>7} {fmt(lat['p95']):>7} {fmt(lat['p99']):>7} "
            f"{fmt(lat['max']):>8} {fmt(r['service_ms']['p95']):>7} "
            f"{fmt(r['loop_lag_ms']['p99']):>7} {cores:>19}  {errors}"
        )
    print(
        "latency: scheduled start → response, 2xx only; svc: sent → response; "
        "lag: generator lateness; cpu: cores used by client/server/postgres/anything else"
    )


def plot(
    records: list[dict[str, Any]], path: Path, title: str, slo_ms: float | None = None
) -> Path | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return None
    rates = [r["target_rate"] for r in records]
    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4.2))
    for key in ("p50", "p95", "p99"):
        left.plot(rates, [r["latency_ms"][key] for r in records], marker="o", label=key)
    if slo_ms is not None:
        left.axhline(slo_ms, color="red", linestyle=":", label=f"target p95 {slo_ms:g} ms")
    left.set(
        xlabel="target bids/s",
        ylabel="latency ms (from scheduled start)",
        yscale="log",
        title="latency",
    )
    left.legend()
    left.grid(True, which="both", alpha=0.3)
    right.plot(rates, rates, linestyle="--", color="grey", label="target")
    right.plot(rates, [r["achieved_rate"] for r in records], marker="o", label="achieved")
    right.set(xlabel="target bids/s", ylabel="bids/s", title="throughput")
    right.legend()
    right.grid(True, alpha=0.3)
    fig.suptitle(title)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


# --------------------------------------------------------------------------------- main


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


async def run(args: argparse.Namespace, url: str, server_pid: int | None) -> dict[str, Any]:
    setup_limits = httpx.Limits(max_connections=args.setup_concurrency + 2)
    async with contextlib.AsyncExitStack() as stack:
        setup_client = await stack.enter_async_context(
            httpx.AsyncClient(
                base_url=url, limits=setup_limits, timeout=max(args.timeout, SETUP_TIMEOUT_S)
            )
        )
        started = time.monotonic()
        pairs = await setup(
            setup_client,
            vendors=args.vendors,
            customers=args.customers,
            pairs=args.pairs,
            concurrency=args.setup_concurrency,
        )
        setup_s = time.monotonic() - started
        print(
            f"setup: {args.vendors} vendors, {args.customers} customers, "
            f"{len(pairs)} negotiations in {setup_s:.1f} s",
            flush=True,
        )
        parts = urlsplit(url)
        for pair in pairs:
            pair.conn = KeepAlive(parts.hostname or "127.0.0.1", parts.port or 80)
            stack.callback(pair.conn.close)
        load = Load(pairs, seed=args.seed, request_timeout=args.timeout, client=setup_client)
        drain = 2 * args.timeout + 5
        if args.warmup > 0:
            warm = await load.run_step(args.rate_list[0], args.warmup, drain)
            print(f"warm-up: {warm.ok}/{warm.scheduled} ok at {args.rate_list[0]:g}/s", flush=True)
            await asyncio.sleep(args.pause)
        records = []
        for rate in args.rate_list:
            attempts: list[dict[str, Any]] = []
            for attempt in range(args.busy_retries + 1):  # bounded by count
                if args.wait_idle > 0:
                    await wait_for_idle_machine(args.wait_idle)
                if resynced := await load.resync():
                    print(
                        f"  (asked the server whose turn it is in {resynced} negotiations)",
                        flush=True,
                    )
                before = cpu_sample(server_pid, args.pg_dbname)
                step = await load.run_step(rate, args.duration, drain)
                cpu = cpu_between(before, cpu_sample(server_pid, args.pg_dbname))
                attempts.append(step_record(step, cpu))
                lat = attempts[-1]["latency_ms"]
                print(
                    f"  {rate:g}/s: achieved {attempts[-1]['achieved_rate']:.1f}/s, "
                    f"p50 {fmt(lat['p50'])} ms, p95 {fmt(lat['p95'])} ms, "
                    f"p99 {fmt(lat['p99'])} ms, errors {attempts[-1]['error_count']}",
                    flush=True,
                )
                other = cpu.get("other_cores")
                if other is None or other <= BUSY_OTHER_CORES or attempt == args.busy_retries:
                    break
                print(f"  (others used {other:.2f} cores during the step; again)", flush=True)
                await asyncio.sleep(args.pause)
            # Keep the attempt that others disturbed least; note what the rest saw.
            record = min(attempts, key=lambda r: r["cpu"].get("other_cores") or 0.0)
            record["attempts"] = len(attempts)
            record["discarded_attempts"] = [
                {
                    "other_cores": r["cpu"].get("other_cores"),
                    "errors": r["errors"],
                    "latency_ms": r["latency_ms"],
                }
                for r in attempts
                if r is not record
            ]
            records.append(record)
            if load.live == 0:
                print("every negotiation was retired; stopping", flush=True)
                break
            await asyncio.sleep(args.pause)
        return {
            "setup_s": round(setup_s, 2),
            "bids_per_pair": {"min": min(p.bids for p in pairs), "max": max(p.bids for p in pairs)},
            "steps": records,
        }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    server: SpawnedServer | None = None
    out: Path = args.out
    try:
        if args.database_url:
            log_path = out.with_name(out.stem + "_server.log")
            server = SpawnedServer(args.database_url, args.workers, log_path, args.extra_env)
            print(
                f"starting the server ({args.workers} worker(s)) on {server.url}, log {log_path}",
                flush=True,
            )
            server.start(timeout=120)
            assert server.proc is not None
            print(f"server pid {server.proc.pid}", flush=True)
            url, server_pid = server.url, server.proc.pid
        else:
            url, server_pid = args.url.rstrip("/"), args.server_pid
        with contextlib.suppress(ImportError):
            import uvloop  # the server's own loop; optional here, it only saves client CPU

            asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
        result = asyncio.run(run(args, url, server_pid))
    finally:
        if server is not None:
            server.stop()

    slo_steps = [r for r in result["steps"] if r["target_rate"] == args.slo_rate]
    slo: dict[str, Any] | None = None
    if slo_steps:
        p95 = slo_steps[0]["latency_ms"]["p95"]
        slo = {
            "rate": args.slo_rate,
            "p95_ms_target": args.slo_p95_ms,
            "p95_ms": p95,
            "met": p95 is not None and p95 <= args.slo_p95_ms and slo_steps[0]["error_count"] == 0,
        }
    overload = (
        overload_summary(result["steps"], args.overload) if args.overload is not None else None
    )
    document = {
        "benchmark": "api_load",
        "timestamp": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "nproc": os.cpu_count(),
            "cpu": cpu_model(),
            "platform": platform.platform(),
            "python": platform.python_version(),
        },
        "server": {
            "url": url if server is None else "spawned",
            "spawned": server is not None,
            "workers": args.workers if server is not None else None,
            "database": redact(args.database_url) if args.database_url else None,
            "extra_env": args.extra_env,
            "commit": git("rev-parse", "--short", "HEAD"),
            "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
        },
        "params": {
            "rates": args.rate_list,
            "duration_s": args.duration,
            "warmup_s": args.warmup,
            "wait_idle_s": args.wait_idle,
            "busy_retries": args.busy_retries,
            "pairs": args.pairs,
            "vendors": args.vendors,
            "customers": args.customers,
            "client": "raw keep-alive HTTP/1.1, one connection per pair",
            "timeout_s": args.timeout,
            "seed": args.seed,
        },
        "slo": slo,
        "overload": overload,
        **result,
    }
    print()
    print_table(result["steps"])
    if slo is not None:
        verdict = "MET" if slo["met"] else "MISSED"
        print(
            f"target p95 <= {args.slo_p95_ms:g} ms at {args.slo_rate:g} bids/s: {verdict} "
            f"(p95 {fmt(slo['p95_ms'])} ms)"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n")
    print(f"wrote {out}")
    db = "postgresql" if args.database_url and "postgres" in args.database_url else "server"
    title = (
        f"bids API, {db}, {args.workers} worker(s), {os.cpu_count()} CPUs"
        if server
        else f"bids API at {url}"
    )
    png = plot(result["steps"], out.with_suffix(".png"), title, args.slo_p95_ms)
    if png is not None:
        print(f"wrote {png}")
    if overload is not None:
        print()
        print_overload(overload)
        return 0 if overload["no_500_no_reset"] else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
