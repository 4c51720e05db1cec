"""CPU used by the server, the sandbox, PostgreSQL, this client and everything else on the
machine, and the load average while a round runs."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field

from benchmarks.lib.machine import (
    load_average,
    machine_busy_seconds,
    postgres_backends,
    processes,
    tree_cpu,
)


def postmaster_of(dbname: str) -> int | None:
    """The PostgreSQL server process serving `dbname` (the parent of its backends)."""
    backends = postgres_backends(processes(), dbname)
    return backends[0].ppid if backends else None


def cpu_seconds(roots: dict[str, int | None], dbname: str) -> dict[str, float]:
    """CPU used so far by each named process tree (children that exited included), by
    PostgreSQL (its whole process tree when `roots` names `postgres`, else the backends on
    `dbname`), by this client, and by the whole machine (`machine`)."""
    procs = processes()
    out = {name: tree_cpu(procs, [root]) for name, root in roots.items() if root is not None}
    if "postgres" not in out:
        out["postgres"] = sum(p.cpu for p in postgres_backends(procs, dbname))
    out["client"] = time.process_time()
    out["machine"] = machine_busy_seconds() or 0.0
    return out


def loadavg() -> float | None:
    """The 1-minute load average."""
    averages = load_average()
    return averages[0] if averages else None


@dataclass
class LoadSampler:
    """The 1-minute load average every second while a round runs."""

    samples: list[float] = field(default_factory=list)
    _task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        while True:
            value = loadavg()
            if value is not None:
                self.samples.append(value)
            await asyncio.sleep(1.0)

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> dict[str, float | None]:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        s = self.samples
        return {
            "mean": round(sum(s) / len(s), 2) if s else None,
            "max": max(s) if s else None,
        }
