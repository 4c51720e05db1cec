"""Memory of processes (PSS and RSS) and the engine process's transport cost."""

from __future__ import annotations

import asyncio
import contextlib
import os
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any


def memory_kib(pid: int) -> dict[str, int]:
    """PSS and RSS of `pid` in KiB (smaps_rollup)."""
    out = {"pss": 0, "rss": 0}
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:  # gone since it was listed (a short-lived helper process)
        return out
    for line in text.splitlines():
        key, _, rest = line.partition(":")
        if key in ("Pss", "Rss"):
            out[key.lower()] = int(rest.split()[0])
    return out


def total_mib(pids: list[int]) -> dict[str, float]:
    rows = [memory_kib(pid) for pid in pids]
    return {k: round(sum(r[k] for r in rows) / 1024, 1) for k in ("pss", "rss")}


def transport_ms(repeats: int = 300) -> dict[str, float]:
    """The socket's own cost: an `stt` request with 1.75 s of audio to an engine process
    whose decode returns at once (median and p95 of the round trip, ms)."""
    from audio.engine_host import EngineHost, HostClient
    from audio.workers import WorkerPool

    class Instant:
        pool = WorkerPool("stt", workers=1, queue=8)

        def _decode_heard(self, *args: Any, **kwargs: Any) -> tuple[list[Any], float, str]:
            return [], 0.0, "en"

    class Registry:
        engine = Instant()

        def whisper(self, language: str) -> Instant:
            return self.engine

    async def measure() -> list[float]:
        path = os.path.join(tempfile.mkdtemp(prefix="bench-transport-"), "s.sock")
        ready = asyncio.Event()
        serving = asyncio.create_task(EngineHost(Registry()).serve(path, ready))
        await ready.wait()
        client = HostClient(path)
        audio = bytes(int(1.75 * 16000) * 4)

        def loop() -> list[float]:
            out = []
            for _ in range(repeats):
                started = time.perf_counter()
                client.call({"op": "stt", "language": "en"}, audio, provider="bench")
                out.append(time.perf_counter() - started)
            return out

        try:
            return await asyncio.to_thread(loop)
        finally:
            serving.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await serving
            os.rmdir(os.path.dirname(path))

    times = sorted(asyncio.run(measure()))
    return {
        "median": round(statistics.median(times) * 1000, 2),
        "p95": round(times[int(0.95 * (len(times) - 1))] * 1000, 2),
    }
