"""A price called too much, then a count of a unit: "पंद्रह सौ बहुत है, बारह सौ दर्जन
लगा दो" (1500 is too much, make it 1200 a dozen), "எழுபது ரொம்ப அதிகம், அறுபது கிலோ
குடுங்க", "সত্তর অনেক বেশি, ষাট কেজি দিন". The price refused is the one on the table; the
number before the unit after it is the counter, a rate of that unit, never 1200 dozens
or 60 kilos of the goods: a count that near the price refused is a price.
"""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.reading import _Reading, count_as_rate

_REFUSED = (Cue.TOO_MUCH, Cue.NEGATION, Cue.NOT, Cue.REJECT)
_UNITS = frozenset(("kg", "dozen", "litre", "bunch", "piece", "g"))
_NEAR = (0.3, 1.5)
"""The counter's share of the price refused, lowest and highest: "70 too much, 60 kilo"."""


def _refused(reading: _Reading, end: int) -> int | None:
    """Where the refusal said right after a number ending at `end` ends ("सत्तर बहुत
    है"), or None."""
    for k in range(end, min(end + 3, len(reading.words))):
        if reading.number_at[k] is not None:
            return None
        for cue, start, stop in reading.occurrences:
            if cue in _REFUSED and start == k:
                return stop
    return None


def _first_refused(reading: _Reading) -> tuple[float, int] | None:
    """The number refused first (a price, or a bare number read as an amount to add,
    "सत्तर ज़्यादा है"): its value and where its refusal ends."""
    if len(reading.prices) > 1:
        return None
    if reading.prices:
        first = reading.prices[0]
        after = _refused(reading, first.end)
        return None if after is None else (first.span.value, after)
    for k, span in enumerate(reading.number_at):
        if span is None or span.start != k or k in reading.quantity_at:
            continue
        after = _refused(reading, span.end)
        return None if after is None else (span.value, after)
    return None


def counter_after_too_much(reading: _Reading) -> None:
    """Make the count of a unit said after a refused price the counter's rate."""
    refused = _first_refused(reading)
    if refused is None:
        return
    refused_value, after = refused
    for quantity in reading.quantities:
        span = reading.number_at[quantity.start]
        value = quantity.value
        if span is None or value is None or quantity.start < after or quantity.unit not in _UNITS:
            continue
        low, high = _NEAR
        if value != int(value) or not low * refused_value <= value <= high * refused_value:
            return
        count_as_rate(reading, quantity, span)
        return
