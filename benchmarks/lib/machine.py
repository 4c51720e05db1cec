"""The machine a benchmark runs on: its description, its load, and who uses its cores.

Everything here reads /proc (Linux) and answers None elsewhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import platform
import subprocess
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from benchmarks.lib import output

ROOT = Path(__file__).resolve().parents[2]
CLK_TCK = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def git(*args: str) -> str | None:
    """`git ARGS` in the repository, stripped; None when git is missing or fails."""
    try:
        done = subprocess.run(
            ["git", *args], cwd=ROOT, capture_output=True, text=True, timeout=5, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() if done.returncode == 0 else None


def revision(short: bool = True) -> dict[str, str | bool | None]:
    """The commit measured and whether tracked files differed from it."""
    commit = git("rev-parse", "--short", "HEAD") if short else git("rev-parse", "HEAD")
    return {
        "commit": commit,
        "dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
    }


def cpu_model() -> str | None:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or None


def load_average() -> list[float] | None:
    """The 1, 5 and 15 minute load averages, rounded to 0.01."""
    with contextlib.suppress(OSError, AttributeError):
        return [round(x, 2) for x in os.getloadavg()]
    return None


def machine_busy_seconds() -> float | None:
    """CPU seconds the whole machine has been busy (all but idle and iowait)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]
        values = [int(v) for v in fields]
        return (sum(values) - values[3] - values[4]) / CLK_TCK
    except (OSError, ValueError, IndexError):
        return None


def own_cpu_seconds() -> float:
    """CPU seconds of this process, its threads and its reaped children."""
    own = os.times()
    return own.user + own.system + own.children_user + own.children_system


# ------------------------------------------------------------------------ process trees


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    comm: str
    cpu: float
    """utime + stime, plus cutime + cstime: children that exited and were reaped
    (PostgreSQL backends closed by a pool) still count, in their parent."""


def processes() -> list[Proc]:
    """Every process this user can read."""
    found: list[Proc] = []
    if not os.path.isdir("/proc"):
        return found
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
        with contextlib.suppress(IndexError, ValueError):
            cpu = sum(int(x) for x in fields[11:15]) / CLK_TCK
            found.append(Proc(int(entry.name), int(fields[1]), raw[left + 1 : right], cpu))
    return found


def process_cpu(pid: int | None) -> float | None:
    """CPU seconds of one process (all its threads and reaped children)."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return sum(int(x) for x in fields[11:15]) / CLK_TCK
    except (OSError, IndexError, ValueError):
        return None


def tree(procs: Iterable[Proc], roots: Iterable[int]) -> set[int]:
    """The pids of `roots` and all their descendants."""
    children: dict[int, list[int]] = {}
    for p in procs:
        children.setdefault(p.ppid, []).append(p.pid)
    found: set[int] = set()
    todo = list(roots)
    while todo and len(found) < 100_000:
        pid = todo.pop()
        if pid not in found:
            found.add(pid)
            todo.extend(children.get(pid, ()))
    return found


def tree_cpu(procs: list[Proc], roots: Iterable[int]) -> float:
    cpu_of = {p.pid: p.cpu for p in procs}
    return sum(cpu_of.get(pid, 0.0) for pid in tree(procs, roots))


def postgres_backends(procs: Iterable[Proc], dbname: str) -> list[Proc]:
    """PostgreSQL backends serving `dbname` (their command line: `postgres: USER DB HOST…`)."""
    found: list[Proc] = []
    for p in procs:
        if not p.comm.startswith("postgres"):
            continue
        with contextlib.suppress(OSError):
            words = Path(f"/proc/{p.pid}/cmdline").read_bytes().replace(b"\0", b" ").split()
            if len(words) >= 3 and words[0] == b"postgres:" and words[2] == dbname.encode():
                found.append(p)
    return found


# ------------------------------------------------------------------------ who is busy


class CpuMeter:
    """Cores used since it was made by this client, by the server's process and by
    everything else on the machine (1.0 = one core fully busy).

    On a shared 2-vCPU machine another test run can double latencies; `other` says
    whether a step was measured alone (≈0) or not.
    """

    def __init__(self, server_pid: int | None = None) -> None:
        self.server_pid = server_pid
        self.start = self._sample()

    def _sample(self) -> tuple[float, float | None, float, float | None]:
        return (
            time.perf_counter(),
            machine_busy_seconds(),
            own_cpu_seconds(),
            process_cpu(self.server_pid),
        )

    def cores(self) -> dict[str, float | None]:
        """`client`, `server` (None without a server) and `other`, to 0.01."""
        end = self._sample()
        wall = end[0] - self.start[0]
        if wall <= 0:
            return {"client": None, "server": None, "other": None}
        client = (end[2] - self.start[2]) / wall
        server = None
        if end[3] is not None and self.start[3] is not None:
            server = (end[3] - self.start[3]) / wall
        other = None
        if end[1] is not None and self.start[1] is not None:
            busy = (end[1] - self.start[1]) / wall
            other = max(0.0, busy - client - (server or 0.0))
        return {
            "client": round(client, 2),
            "server": None if server is None else round(server, 2),
            "other": None if other is None else round(other, 2),
        }

    def others_cores(self) -> float | None:
        return self.cores()["other"]


async def wait_idle(
    limit_s: float, quiet: float = 0.25, log: Callable[[str], None] = output.log
) -> None:
    """Wait up to `limit_s` until other processes use under `quiet` cores for 3 s in a row
    (a single quiet second often falls between two test files of someone else's run)."""
    deadline = time.perf_counter() + limit_s
    calm = 0
    while limit_s > 0:
        meter = CpuMeter()
        await asyncio.sleep(1.0)
        others = meter.others_cores()
        calm = calm + 1 if others is None or others < quiet else 0
        if calm >= 3:
            return
        if time.perf_counter() >= deadline:
            log(f"  machine still busy ({others} other cores) after {limit_s:.0f} s; going on")
            return
