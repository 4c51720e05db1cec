"""Thousands carried from the amount said just before: "it comes to thirty-two thousand,
for you thirty-one", "ગાદલું બાર હજારનું થાય, તમારા માટે અગિયાર", "மெத்தை
பன்னிரண்டாயிரம், உங்களுக்கு பதினொன்னு". A bare whole number after an amount in
thousands in the same line, with no rupee, unit or scale word of its own, is in the same
thousands where that lands near the first (0.3 to 1.5 times): ₹31,000, never ₹31. Called
from `audio.understanding.short_thousands` (the thousands said the short way)."""

from __future__ import annotations

from collections.abc import Sequence

from audio.languages.base import Cue
from audio.numbers import NumberSpan
from audio.understanding.reading import _Price, _Reading

_OWN_WORDS = (Cue.CURRENCY, Cue.PAISE, Cue.UNIT, Cue.MEASURE, Cue.NOT_MONEY, Cue.NUMBER_LABEL)
"""A word right beside the number that makes it say its own scale or no money at all."""


def _in_thousands(span: NumberSpan) -> bool:
    return span.value >= 1000 and span.value % 500 == 0 and span.alternative is None


def _bare(reading: _Reading, span: NumberSpan) -> bool:
    """A whole number 1–99 said in words, with no case ending and no rupee, unit or
    label word right beside it."""
    words = reading.words
    return (
        span.value == int(span.value)
        and 1 <= span.value <= 99
        and not span.suffix
        and span.alternative is None
        and not any(words[k][:1].isdigit() for k in range(span.start, span.end))
        and not reading.has(span.end, *_OWN_WORDS)
        and not reading.has(span.start - 1, *_OWN_WORDS)
    )


def carry_thousands(reading: _Reading, spans: Sequence[NumberSpan]) -> list[NumberSpan]:
    """`spans` with each bare short number after an amount in thousands read in those
    thousands, where that lands near the amount."""
    out: list[NumberSpan] = []
    before: NumberSpan | None = None
    for span in spans:
        if before is not None and not span.ambiguous and _bare(reading, span):
            value = span.value * 1000
            if 0.3 * before.value <= value <= 1.5 * before.value:
                span = NumberSpan(value, span.start, span.end, False, span.suffix)
                reading.carried.add(span.start)
        if _in_thousands(span):
            before = span
        out.append(span)
    return out


def carried_over(reading: _Reading) -> list[_Price]:
    """The amounts in thousands that a later bare number took its thousands from: the
    price first named, replaced by the one said after it."""
    return [
        first
        for first in reading.prices
        if any(
            then.span.start in reading.carried and then.start > first.end for then in reading.prices
        )
    ]
