"""Percentiles, medians and latency summaries, the same way in every benchmark."""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable, Sequence


def percentile(values: Iterable[float], q: float) -> float | None:
    """Nearest-rank percentile (an infinity counts, as the slowest); None for no values."""
    data = sorted(values)
    if not data:
        return None
    rank = max(1, math.ceil(q / 100 * len(data)))
    return data[min(rank, len(data)) - 1]


def median(values: Iterable[float]) -> float | None:
    data = list(values)
    return statistics.median(data) if data else None


def rounded(value: float | None, digits: int) -> float | None:
    """`value` rounded; None and infinities pass through."""
    if value is None or math.isinf(value):
        return value
    return round(value, digits)


def spread_ms(
    seconds: Sequence[float], percentiles: Iterable[float], digits: int
) -> dict[str, float | None]:
    """Seconds in, milliseconds out: mean, the nearest-rank percentiles (`p50`, `p99.9`)
    and max, each rounded to `digits`; None where there are no values."""
    ordered = sorted(seconds)

    def ms(value: float | None) -> float | None:
        return None if value is None else round(value * 1000, digits)

    out: dict[str, float | None] = {"mean": ms(sum(ordered) / len(ordered)) if ordered else None}
    for q in percentiles:
        out[f"p{q:g}"] = ms(percentile(ordered, q))
    out["max"] = ms(ordered[-1]) if ordered else None
    return out
