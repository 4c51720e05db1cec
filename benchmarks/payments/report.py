"""The table printed at the end of a run."""

from __future__ import annotations

import json
from typing import Any


def print_table(report: dict[str, Any]) -> None:
    c, e = report["create_order_ms"], report["end_to_end_ms"]
    rows = [
        ("payments paid", f"{report['paid']} in {report['wall_s']} s"),
        ("payments / minute", f"{report['payments_per_minute']:.0f}"),
        ("  × the 100/min bar", f"{report['bar']['times_the_bar']}"),
        ("create order p50 / p95 / p99", f"{c['p50']} / {c['p95']} / {c['p99']} ms"),
        ("end to end p50 / p95 / p99", f"{e['p50']} / {e['p95']} / {e['p99']} ms"),
        (
            "CPU ms per payment",
            ", ".join(f"{k} {v}" for k, v in report["cpu_ms_per_payment"].items()),
        ),
        (
            "machine load before / after",
            f"{report['machine']['loadavg_before']} / {report['machine']['loadavg_after']}"
            f" on {report['machine']['cpus']} CPUs",
        ),
        ("errors", json.dumps(report["errors"]) if report["errors"] else "none"),
        ("books consistent", str(report["books"]["consistent"])),
    ]
    width = max(len(k) for k, _ in rows)
    print()
    for k, v in rows:
        print(f"  {k:<{width}}  {v}")
    print()
