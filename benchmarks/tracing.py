"""What tracing costs per HTTP request: the same app with tracing off (no endpoint) and on
(a span per request, batched to an exporter that drops them, so only the server's own
work is measured, not a collector's), requests sent in process through ASGI.

    python -m benchmarks.tracing [--requests 2000] [--repeats 5]

Prints per-request time (median over the repeats, and their spread) for each mode and
the difference, with the machine's load; writes benchmarks/results/tracing.json.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from benchmarks.lib import machine, output, stats
from server.app import create_app
from server.settings import Settings
from server.tracing import Tracing

RESULTS = Path(__file__).resolve().parent / "results"


class _Drop:
    """A span exporter that keeps nothing."""

    def export(self, spans: Sequence[Any]) -> Any:
        from opentelemetry.sdk.trace.export import SpanExportResult

        return SpanExportResult.SUCCESS

    def shutdown(self) -> None:
        return None

    def force_flush(self, timeout_millis: int = 30000) -> bool:
        return True


async def per_request(tracing: Tracing, folder: Path, requests: int) -> float:
    settings = Settings(
        env="test",
        database_url=f"sqlite+aiosqlite:///{folder / 'bench.db'}",
        secret_key="bench-secret-" + "x" * 40,
        demo_data=False,
        sweep_interval_seconds=0,
        warm_engines=False,
        log_json=False,
        rate_limit_general="1000000/minute",
    )
    app = create_app(settings, tracing=tracing)
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://bench") as client:
            for _ in range(100):  # warm
                await client.get("/healthz")
            started = time.perf_counter()
            for _ in range(requests):
                await client.get("/healthz")
            return (time.perf_counter() - started) / requests


async def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args(argv)
    logging.disable(logging.INFO)  # the access log would be most of what is measured
    load_before = machine.load_average()
    meter = machine.CpuMeter()
    times: dict[str, list[float]] = {"off": [], "on": []}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeats):  # interleaved, so a change of load hits both
            times["off"].append(await per_request(Tracing.off(), Path(tmp), args.requests))
            on = Tracing.to_exporter(_Drop())  # type: ignore[arg-type]
            times["on"].append(await per_request(on, Path(tmp), args.requests))
    load_during = machine.load_average()
    cores = meter.cores()
    rows = {}
    for mode, values in times.items():
        rows[mode] = {
            "median_us": round(stats.median(values) * 1e6, 1),  # type: ignore[operator]
            "min_us": round(min(values) * 1e6, 1),
            "max_us": round(max(values) * 1e6, 1),
        }
    overhead = rows["on"]["median_us"] - rows["off"]["median_us"]
    output.log(
        f"machine: {machine.cpu_model()}, {os.cpu_count()} cores, "
        f"load before {load_before}, after {load_during}"
    )
    output.log(f"other processes: {cores['other']} cores")
    output.log(f"{'tracing':8} {'median µs/request':>18} {'spread (min–max)':>20}")
    for mode, row in rows.items():
        spread = f"{row['min_us']}–{row['max_us']}"
        output.log(f"{mode:8} {row['median_us']:>18} {spread:>20}")
    output.log(f"overhead of a span per request: {overhead:.1f} µs")
    output.write_json(
        {
            "benchmark": "tracing",
            "revision": machine.revision(),
            "machine": {"cpu": machine.cpu_model(), "cores": os.cpu_count()},
            "load_before": load_before,
            "load_during": load_during,
            "other_cores": cores["other"],
            "requests": args.requests,
            "repeats": args.repeats,
            "per_request": rows,
            "overhead_us": round(overhead, 1),
        },
        RESULTS / "tracing.json",
    )


if __name__ == "__main__":
    asyncio.run(main())
