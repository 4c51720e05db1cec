"""One step of the turn-latency benchmark: N live negotiations at once against the
spawned server, each a shopper (browser protocol) and a vendor (phone protocol) taking
turns, with the server's CPU, the load average and the microphone lag measured around
them; the step's turns summarised."""

from __future__ import annotations

import argparse
import asyncio
import random
import time
from typing import Any

import httpx

from benchmarks.lib.machine import CpuMeter, load_average
from benchmarks.lib.output import log
from benchmarks.lib.server import SpawnedServer
from benchmarks.lib.stats import percentile, rounded
from benchmarks.turns.analysis import summarize, turn_rows
from benchmarks.turns.clips import Clip
from benchmarks.turns.conversation import open_pair, run_pair


async def run_step(
    server: SpawnedServer,
    clips: dict[str, Clip],
    silence: tuple[list[bytes], list[str]],
    n: int,
    turns: int,
    args: argparse.Namespace,
    time_left: float,
    answers: dict[tuple[str, str], Clip] | None = None,
) -> dict[str, Any]:
    lags: list[float] = []
    languages = len(args.language_list)
    ws_url = server.url.replace("http://", "ws://", 1)
    async with httpx.AsyncClient(base_url=server.url, timeout=30) as http:
        setup_started = time.monotonic()
        pairs = list(
            await asyncio.gather(
                *(
                    open_pair(http, ws_url, i, lags, silence, args.language_list[i % languages])
                    for i in range(n)
                )
            )
        )
        setup_s = time.monotonic() - setup_started
        rng = random.Random(args.seed * 1000 + n)
        offsets = [0.5 + (rng.uniform(0, args.stagger) if n > 1 else 0.0) for _ in pairs]
        load_before = load_average()
        meter = CpuMeter(server.pid)
        started = time.monotonic()
        budget = min(args.stagger + turns * (2 * args.reply_timeout + 8.0) + 10.0, time_left)
        tasks = [
            asyncio.create_task(
                run_pair(
                    pair,
                    clips,
                    turns,
                    offset=offset,
                    gap=args.gap,
                    reply_timeout=args.reply_timeout,
                    answers=answers,
                )
            )
            for pair, offset in zip(pairs, offsets, strict=True)
        ]
        done, pending = await asyncio.wait(tasks, timeout=budget)
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        for task in done:
            if task.exception() is not None:
                log(f"  a negotiation failed: {task.exception()!r}")
        elapsed = time.monotonic() - started
        cores = meter.cores()
        load_after = load_average()
        await asyncio.sleep(1.0)  # late latency events
        rows = [row for pair in pairs for row in turn_rows(pair, args.reply_timeout)]
        clears = sum(pair.phone.clears for pair in pairs)
        await asyncio.gather(
            *(p.browser.close() for p in pairs),
            *(p.phone.close() for p in pairs),
            *(p.watcher.close() for p in pairs),
        )
    lag_ms = sorted(v * 1000 for v in lags)
    return summarize(
        n,
        rows,
        {
            "turns_per_negotiation": turns,
            "elapsed_s": round(elapsed, 1),
            "setup_s": round(setup_s, 1),
            "unfinished_negotiations": len(pending),
            "cut_short_s": round(budget, 1) if pending else None,
            "phone_clears": clears,
            "cores": cores,
            "load_average_before": load_before,
            "load_average_after": load_after,
            "mic_lag_ms": {
                "late_frames": len(lag_ms),
                "p99": rounded(percentile(lag_ms, 99), 1),
                "max": rounded(lag_ms[-1], 1) if lag_ms else None,
            },
        },
    )
