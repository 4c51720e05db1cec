"""Digits that are no price: a phone number read out digit by digit or written in groups
("98450 12345", "nine nine eight four …"), and a long string of digits with no currency
beside it (a PIN code, part of a number read out), which is asked about, never recorded."""

from __future__ import annotations

from collections.abc import Sequence

from audio.languages.base import Cue
from audio.lexicon import TokenKind
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

# What may stand between the digit groups of one phone number: a space or a hyphen.
_PHONE_GAPS = frozenset(("", "-", "‐", "‑"))
_MOBILE = 10
"""A mobile number's digits; with the country's "91" or a trunk "0" before, 12 or 11."""
_PREFIXES = frozenset(("91", "0", "091"))


def _spaced(reading: _Reading, a: int, b: int) -> bool:
    """Tokens `a` and `b` are side by side with only a space or a hyphen between: a comma
    or a full stop ends a phone number ("call 98450 12345, 400 for the set")."""
    return b == a + 1 and (
        reading.text[reading.tokens[a].end : reading.tokens[b].start].strip() in _PHONE_GAPS
    )


def _phone_in(reading: _Reading, group: list[int]) -> list[int]:
    """The digit strings of `group` that make a phone number: from the first, until ten
    digits are said (or the 11 or 12 of a "0" or "91" before them); a number said past
    them with no pause ("98450 12345 400 for the set") is no part of it. A group of ten
    digits or more that ends mid-string is a phone number too, as it always was."""
    if not group:
        return []
    first = reading.tokens[group[0]].raw
    full = _MOBILE + (len(first) if first in _PREFIXES else 0)
    total, taken = 0, []
    for k in group:
        taken.append(k)
        total += len(reading.tokens[k].raw)
        if total >= full:
            return taken
    return taken if total >= _MOBILE else []


def digit_runs(reading: _Reading, spans: list[NumberSpan]) -> set[int]:
    """Token positions of digits read out one by one ("nine nine eight seven ...") or
    written as one long string ("9845012345"): a phone number, never a price."""
    found: set[int] = set()
    run: list[NumberSpan] = []
    for span in [*spans, None]:
        single = (
            span is not None
            and span.end - span.start == 1
            and span.value in range(10)
            and not reading.words[span.start][:1].isdigit()
        )
        if single and span is not None and (not run or run[-1].end == span.start):
            run.append(span)
            continue
        if len(run) >= 4:
            found |= {s.start for s in run}
        run = [span] if single and span is not None else []
    group: list[int] = []  # digit strings side by side: "98290 41736", "9611 402 385"
    for i, token in enumerate([*reading.tokens, None]):
        digits = token is not None and token.kind is TokenKind.NUMBER and token.raw.isdigit()
        if digits and (not group or _spaced(reading, group[-1], i)):
            group.append(i)
            continue
        found.update(_phone_in(reading, group))  # a mobile number is ten digits
        group = [i] if digits else []
    for i, token in enumerate(reading.tokens):
        if token.kind is TokenKind.NUMBER and sum(c.isdigit() for c in token.raw) >= 10:
            found.add(i)
    return found


_LONG_DIGITS = 5


def long_digits_bare(reading: _Reading, spans: Sequence[NumberSpan]) -> bool:
    """A string of five digits or more with no currency word beside it ("12500", a PIN
    code, part of a number read out): it may be a price, but it is asked about, never
    recorded unasked."""
    return any(
        s.end - s.start == 1
        and reading.tokens[s.start].raw.isdigit()
        and len(reading.tokens[s.start].raw) >= _LONG_DIGITS
        and not reading.has(s.start - 1, Cue.CURRENCY)
        and not reading.has(s.end, Cue.CURRENCY)
        and not reading.has(s.start - 1, Cue.NUMBER_LABEL)  # "pin code 560034": no price
        for s in spans
    )
