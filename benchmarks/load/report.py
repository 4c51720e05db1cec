"""The bid benchmark's step records, tables (the overload table included) and PNG."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.lib.output import pyplot
from benchmarks.lib.stats import median, spread_ms
from benchmarks.load.traffic import StepResult

PERCENTILES = (50, 90, 95, 99, 99.9)
OVERLOAD_FACTORS = (1.0, 1.5, 2.0, 3.0)
"""`--overload C` offers these multiples of the capacity C."""


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
        "latency_ms": spread_ms(step.latency, PERCENTILES, 3),
        "latency_all_ms": spread_ms(step.latency_all, PERCENTILES, 3),
        "service_ms": spread_ms(step.service, PERCENTILES, 3),
        "wait_ms": spread_ms(step.wait, PERCENTILES, 3),
        "loop_lag_ms": spread_ms(step.loop_lag, PERCENTILES, 3),
        "cpu": cpu,
        "server_cpu_ms_per_bid": _per_bid(cpu.get("server_cores"), step.ok / wall),
        "postgres_cpu_ms_per_bid": _per_bid(cpu.get("postgres_cores"), step.ok / wall),
    }


def _per_bid(cores: float | None, rate: float) -> float | None:
    """CPU milliseconds per answered bid: cores used / bids per second. Unlike latency it
    changes little when other processes share the machine, so it is what to compare."""
    return None if cores is None or rate <= 0 else round(1000 * cores / rate, 3)


SPREAD_KEYS: dict[str, Callable[[dict[str, Any]], float | None]] = {
    "achieved/s": lambda r: r["achieved_rate"],
    "p95 ms": lambda r: r["latency_ms"]["p95"],
    "srv ms/bid": lambda r: r["server_cpu_ms_per_bid"],
    "pg ms/bid": lambda r: r["postgres_cpu_ms_per_bid"],
    "other cores": lambda r: r["cpu"].get("other_cores"),
}


def repeat_spread(runs: list[dict[str, Any]]) -> dict[str, dict[str, float | None]]:
    """Median and spread (min, max) over the runs of one step, per figure."""
    out: dict[str, dict[str, float | None]] = {}
    for name, get in SPREAD_KEYS.items():
        values = sorted(v for v in (get(r) for r in runs) if v is not None)
        out[name] = {
            "median": median(values),
            "min": values[0] if values else None,
            "max": values[-1] if values else None,
        }
    return out


def print_repeats(records: list[dict[str, Any]]) -> None:
    """Per step: median (min-max) of each figure over its runs."""
    runs = max((len(r.get("runs", [])) for r in records), default=0)
    if runs < 2:
        return
    print(f"over {runs} runs per step: median (min-max)")
    header = f"{'target/s':>8}  " + "  ".join(f"{k:>22}" for k in SPREAD_KEYS)
    print(header)
    print("-" * len(header))
    for r in records:
        cells = []
        for name in SPREAD_KEYS:
            m = r["spread"][name]
            cells.append(f"{fmt(m['median'], 2)} ({fmt(m['min'], 2)}-{fmt(m['max'], 2)})")
        print(f"{r['target_rate']:>8g}  " + "  ".join(f"{c:>22}" for c in cells))


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
        f"{'cpu c/s/pg/other':>19} {'srv ms/bid':>10}  errors"
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
            f"{fmt(r['loop_lag_ms']['p99']):>7} {cores:>19} "
            f"{fmt(r.get('server_cpu_ms_per_bid'), 2):>10}  {errors}"
        )
    print(
        "latency: scheduled start → response, 2xx only; svc: sent → response; "
        "lag: generator lateness; cpu: cores used by client/server/postgres/anything else; "
        "srv ms/bid: server CPU per answered bid"
    )


def plot(
    records: list[dict[str, Any]], path: Path, title: str, slo_ms: float | None = None
) -> Path | None:
    plt = pyplot()
    if plt is None:
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
