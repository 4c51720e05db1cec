"""CPU used by the server, the sandbox, PostgreSQL and this client, and the load average."""

from __future__ import annotations

import time

from benchmarks.lib.machine import load_average, postgres_backends, processes, tree_cpu


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
