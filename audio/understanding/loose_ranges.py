"""Ranges said loosely, two counts side by side with no range word: "बीस पच्चीस हज़ार"
(20 to 25 thousand), "दस पंद्रह रुपये", "forty fifty rupees a kilo", "पाच सात हजार". The
usual steps (a count and two above it under ten, five or ten above it from ten up) before
a scale word or a rupee word are a range: heard at the lower figure and asked
(`reading.ranged`), never at the upper. A count and the next or the half above it is
`short_thousands._range_before_scale`."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

_SCALES = (100, 1000, 100_000)


def _usual_step(low: float, high: float) -> bool:
    """5–7, 2–4 (two above, under ten); 10–15, 20–25 (five above); 40–50 (ten above)."""
    if low != int(low) or high != int(high) or not 2 <= low < high <= 100:
        return False
    step = high - low
    if low < 10:
        return step == 2
    return (step == 5 and low % 5 == 0) or (step == 10 and low % 10 == 0)


def loose_range(reading: _Reading, a: NumberSpan, b: NumberSpan, near: bool) -> NumberSpan | None:
    """The lower end of a loose range said by `a` and `b` side by side (with the scale
    said after `b`), or None. `near` says the price on the table picks `a` and `b` as
    short thousands ("five seven hundred" for ₹5,700), which then is no range."""
    if a.end - a.start != 1 or near:
        return None
    for scale in _SCALES:
        if b.value >= scale and b.value % scale == 0 and _usual_step(a.value, b.value / scale):
            return NumberSpan(a.value * scale, a.start, b.end, False, b.suffix)
    if reading.has(b.end, Cue.CURRENCY) and _usual_step(a.value, b.value):
        return NumberSpan(a.value, a.start, b.end, False, b.suffix)  # "दस पंद्रह रुपये"
    return None
