"""What a run prints: a line per round, then the median and spread and the books."""

from __future__ import annotations

import json
from typing import Any


def _cpu(cpu: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in cpu.items())


def print_round(n: int, r: dict[str, Any]) -> None:
    c, e = r["create_order_ms"], r["end_to_end_ms"]
    print(
        f"  round {n}: {r['payments_per_minute']:.0f}/min ({r['paid']} in {r['wall_s']} s); "
        f"create p50/p95 {c['p50']}/{c['p95']} ms; end to end p50/p95 {e['p50']}/{e['p95']} "
        f"ms; {r['status_polls_per_payment']} polls each; {r['creates_shed']} creates shed\n"
        f"    CPU ms per payment: {_cpu(r['cpu_ms_per_payment'])}\n"
        f"    other processes {r['other_processes_cores']} cores, load average "
        f"{r['loadavg_during']['mean']} (max {r['loadavg_during']['max']})",
        flush=True,
    )


def _spread(s: dict[str, Any], unit: str = "") -> str:
    return f"{s['median']}{unit} ({s['min']}–{s['max']})"


def print_table(report: dict[str, Any]) -> None:
    s = report["summary"]
    m = report["machine"]
    cpu = s["cpu_ms_per_payment"]
    rows = [
        (
            "rounds",
            f"{s['rounds']} × {report['config']['payments_per_round']} payments, "
            f"{report['config']['concurrency']} in flight",
        ),
        ("payments / minute", _spread(s["payments_per_minute"])),
        ("  × the 100/min bar", f"{report['bar']['times_the_bar']}"),
        ("create p95", _spread(s["create_p95_ms"], " ms")),
        ("end to end p50", _spread(s["end_to_end_p50_ms"], " ms")),
        ("end to end p95", _spread(s["end_to_end_p95_ms"], " ms")),
        ("status polls per payment", _spread(s["status_polls_per_payment"])),
        ("CPU ms per payment", ", ".join(f"{k} {_spread(v)}" for k, v in cpu.items())),
        ("other processes (cores)", _spread(s["other_processes_cores"])),
        (
            "load average",
            f"{m['loadavg_before']} before, {_spread(s['loadavg_during_mean'])} during, "
            f"on {m['cpus']} CPUs",
        ),
        ("errors", json.dumps(report["errors"]) if report["errors"] else "none"),
        ("books consistent", str(report["books"]["consistent"])),
    ]
    width = max(len(k) for k, _ in rows)
    print()
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")
    print()
