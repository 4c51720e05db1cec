"""Ranges typed in digits: "20-25 ka", "20 25 rupees", "40/50 रुपये किलो", "₹20-25". Two
whole numbers side by side, joined by a dash, a slash or only a space, the second above
the first by no more than half, are a range as the same words said would be ("बीस
पच्चीस रुपये"): the lower figure is heard and the price asked (`reading.ranged`), never
the upper. "1/2 किलो" (half a kilo) and "24/7" are no range."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from audio.lexicon import Token, TokenKind
from audio.numbers import NumberSpan
from audio.understanding.ranges import _gap, said_as_range, split_at_dashes

__all__ = ["ranged_at_lower", "slashed_range", "split_at_dashes"]

_JOINS = frozenset({"", "-", "–", "—", "/"})


def slashed_range(left: str, right: str) -> bool:
    """Whether digits written "40/50" are a range: whole numbers from 2, the second above
    the first by no more than half (not "27/2", a door number, nor "1/2", a half)."""
    if not (left.isdigit() and right.isdigit()):
        return False
    low, high = int(left), int(right)
    return 2 <= low < high <= low * 1.5


def _typed(tokens: Sequence[Token], span: NumberSpan) -> bool:
    return span.end - span.start == 1 and tokens[span.start].kind is TokenKind.NUMBER


def _digit_range(tokens: Sequence[Token], text: str, a: NumberSpan, b: NumberSpan) -> bool:
    if not (_typed(tokens, a) and _typed(tokens, b)):
        return False
    if a.value != int(a.value) or b.value != int(b.value) or not 2 <= a.value < b.value:
        return False
    if b.value > a.value * 1.5:
        return False  # "3-45", "2 25": no range of one price
    if b.start == a.end:
        return _gap(tokens, text, a.end - 1, b.start).strip() in _JOINS
    return b.start == a.end + 1 and tokens[a.end].raw == "/"


def ranged_at_lower(
    tokens: Sequence[Token], text: str, spans: list[NumberSpan], language: str
) -> tuple[bool, list[NumberSpan]]:
    """Whether the line says a range (`ranges.said_as_range`), and the numbers with a
    range typed in digits kept at its lower figure."""
    ranged = said_as_range(tokens, text, spans, language)
    upper = {id(b) for a, b in itertools.pairwise(spans) if _digit_range(tokens, text, a, b)}
    return ranged or bool(upper), [s for s in spans if id(s) not in upper]
