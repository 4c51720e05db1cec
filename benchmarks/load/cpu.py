"""Who used the cores during a step: this client, the server's process tree, the
PostgreSQL cluster serving the database, and everything else on the machine."""

from __future__ import annotations

import time
from dataclasses import dataclass

from benchmarks.lib.machine import machine_busy_seconds, postgres_backends, processes, tree_cpu


@dataclass
class CpuSample:
    wall: float
    client: float
    server: float | None
    postgres: float | None
    machine_busy: float | None


def cpu_sample(server_pid: int | None, dbname: str | None) -> CpuSample:
    """CPU seconds so far of this process, the server's process tree, and the whole
    PostgreSQL cluster (postmaster and all its children) that serves `dbname`."""
    procs = processes()
    server = tree_cpu(procs, [server_pid]) if server_pid is not None else None
    postgres = None
    if dbname:
        postgres = tree_cpu(procs, {p.ppid for p in postgres_backends(procs, dbname)})
    return CpuSample(
        time.monotonic(), time.process_time(), server, postgres, machine_busy_seconds()
    )


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
