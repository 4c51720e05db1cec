"""A rate, then the same rate a little lower on a condition: "95 a kilo; take ten kilo and
it's 90", "नब्बे रुपये किलो, दस किलो लोगे तो पचासी", "ऐंशी रुपये किलो, दहा किलो घेतले तर
पंचाहत्तर". The second price is within a tenth under the rate, so it is no total for the
count (that would cut the rate by more than half) but the rate lowered for taking more:
a side deal that offers nothing unless taken. The first, said without a condition,
stands as the line's rate (its unit, no quantity), and is not asked about. A cut of more
than a tenth ("450 a kilo, but if you take 2½ kilo, 400") may be a total for the lot and
is asked (`two_rates.py`).

The count or weight inside the condition of a side deal (this one, or a bulk lot's
after a rate, `bulk_rates.py`: "48 a kilo; if you take the 30 kg sack then 45") is the
condition's, not the line's quantity."""

from __future__ import annotations

from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.two_rates import _pause_before

_CLOSE = 0.9
"""A price on a condition at least this share of the rate is that rate lowered."""


def rate_lowered_on_count(reading: _Reading) -> tuple[_Price, _Price] | None:
    """The standing rate and its lowered price on a count said after it, if the line says
    so: two prices, the first a rate of a unit, then after a pause a count of more than
    one of that unit and a price a little under the rate."""
    prices = [p for p in reading.prices if not p.negated]
    if len(prices) != 2:
        return None
    rate, lowered = prices
    if lowered.start <= rate.end or not _CLOSE * rate.paise <= lowered.paise < rate.paise:
        return None
    q = rate.quantity
    if q is not None and not rate.per_unit and _in_condition(reading, rate, q.start):
        q = None  # the condition's weight, read as the bare price's own
    bare = q is None and not rate.per_unit  # "sixty-two rupees; the 25 kg bag, sixty"
    if not bare and (not rate.per_unit or q is None or q.unit is None):
        return None
    after_rate = rate.end if q is None else max(rate.end, q.end)
    if not any(_pause_before(reading, k) for k in range(after_rate, lowered.start + 1)):
        return None
    counts = [
        c
        for c in reading.quantities
        if after_rate <= c.start < lowered.start
        and c.unit is not None
        and (bare or (q is not None and c.unit == q.unit))
        and (c.value or 0) > 1
    ]
    if not counts or (lowered.quantity is not None and lowered.quantity not in counts):
        return None
    if bare:
        # A price a little over the lowered one for a weight of a unit: the rate of
        # that unit, said bare.
        unit = counts[0]
        rate.per_unit = True
        rate.quantity = _Quantity(None, unit.unit, unit.start, unit.start, claimed=True)
    return rate, lowered


def _in_condition(reading: _Reading, rate: _Price, k: int) -> bool:
    """Word `k` is said after the price, past a pause."""
    return k >= rate.end and any(_pause_before(reading, j) for j in range(rate.end, k + 1))


def condition_counts_apart(reading: _Reading, rate: _Price, side: _Price) -> None:
    """The counts said between the rate and its side deal's price belong to the
    condition: claimed, never the line's quantity."""
    for q in reading.quantities:
        if rate.end <= q.start < side.start and q is not rate.quantity:
            q.claimed = True
    if side.quantity is not None and side.quantity is not rate.quantity:
        side.quantity.claimed = True
