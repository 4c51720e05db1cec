"""A thousands figure, then a bare count and a half: "दो हज़ार ढाई", "ஒரு ரெண்டாயிரம்
ரெண்டரை", "రెండువేలు రెండున్నర", "ek hazaar dedh", "two thousand, two and a half" is a
loose range, 2,000 to 2,500 (the half said short for the upper thousands), never the
two added together (₹2,002.50). It is heard at the lower figure and asked
(`reading.ranged`). "दो हज़ार पचास" (2,050) and "ढाई हज़ार" (2,500) are as said."""

from __future__ import annotations

from collections.abc import Sequence

from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

_THOUSAND = 1000
_SHORT_MOST = 10
"""The bare count said after the thousands is a short thousands figure: under ten."""


def _in_words(reading: _Reading, span: NumberSpan) -> bool:
    return not any(reading.words[k][:1].isdigit() for k in range(span.start, span.end))


def _split(span: NumberSpan) -> float | None:
    """The thousands part of a span read as thousands plus a count with a fraction."""
    if span.value < _THOUSAND:
        return None
    rest = span.value % _THOUSAND
    if rest == int(rest) or rest >= _SHORT_MOST or rest < 1:
        return None
    return span.value - rest


def _english_after(reading: _Reading, a: NumberSpan, b: NumberSpan) -> bool:
    """ "two thousand, two and a half": the two said apart across a comma."""
    gap = reading.text[reading.tokens[a.end - 1].end : reading.tokens[b.start].start].strip()
    return (
        a.end == b.start
        and gap == ","
        and a.value >= _THOUSAND
        and a.value % _THOUSAND == 0
        and b.value != int(b.value)
        and 1 < b.value < _SHORT_MOST
        and b.value * _THOUSAND > a.value
    )


def halves_after_thousands(reading: _Reading, spans: Sequence[NumberSpan]) -> list[NumberSpan]:
    """The spans with a thousands figure and a count with a half after it read at the
    thousands figure, the reading marked as a range."""
    out: list[NumberSpan] = []
    for span in spans:
        if out and out[-1].end == span.start and _english_after(reading, out[-1], span):
            reading.ranged = True  # the half is the upper end: dropped
            continue
        lower = _split(span) if _in_words(reading, span) else None
        if lower is None:
            out.append(span)
            continue
        reading.ranged = True
        out.append(NumberSpan(lower, span.start, span.end, False, span.suffix))
    return out
