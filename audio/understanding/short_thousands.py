"""Thousands said the short way, with no word for thousand: at a phone stall, a furniture
or a cloth shop, "eleven five" is ₹11,500 and "ten eight" ₹10,800; "ছ তিনশো", "ఆరు
మూడొందలు", "सिक्स थ्री हंड्रेड" (six, three hundred) are ₹6,300.

The price on the table picks that reading: the words are joined into one number only when
it lies near the thousands and the plain reading does not. With no price on the table (or
one that picks neither), the speaker is asked, never ₹11.05, ₹5 or ₹300 recorded. Two
consecutive counts before hundreds ("दो तीन सौ", "రెండు మూడొందలు", "four-five hundred")
are a range, two or three hundred: asked, never a price. Gujarati "adhi hajar" typed
(અઢી હજાર, 2,500; Hindi "aadhi" is half) is asked unless the price on the table picks it."""

from __future__ import annotations

from collections.abc import Sequence

from audio.lexicon import fold
from audio.numbers import _ENGLISH_TEENS_TENS_FOLDED, _ENGLISH_UNITS_FOLDED, NumberSpan
from audio.understanding.carried_thousands import carry_thousands
from audio.understanding.english_hundreds import english_hundreds
from audio.understanding.joins import TYPED_BEFORE_THOUSAND
from audio.understanding.loose_ranges import loose_range
from audio.understanding.one_each import one_for_each
from audio.understanding.reading import _Reading
from audio.understanding.spans import _DO_VERBS
from audio.understanding.thousand_halves import halves_after_thousands

_DASHES = frozenset("-‐‑–—")
_THOUSANDS = 100_000
"""A price on the table of ₹1,000 or more is in the thousands."""


def _gap(reading: _Reading, a: NumberSpan, b: NumberSpan) -> str | None:
    """What is written between two number phrases side by side, or None when they are not
    side by side."""
    if a.end != b.start:
        return None
    tokens = reading.tokens
    return reading.text[tokens[a.end - 1].end : tokens[b.start].start].strip()


def _said_in_words(reading: _Reading, span: NumberSpan) -> bool:
    return not any(reading.words[k][:1].isdigit() for k in range(span.start, span.end))


def _whole(value: float, low: int, high: int) -> bool:
    return value == int(value) and low <= value <= high


def _near(paise: float, reference: int) -> bool:
    return reference / 4 <= paise <= reference * 4


def _short_english(reading: _Reading, a: NumberSpan, b: NumberSpan) -> bool:
    """ "eleven five", "ten eight": an English word 10–99, then one for 1–9."""
    return (
        a.end - a.start == 1
        and b.end - b.start == 1
        and reading.words[a.start] in _ENGLISH_TEENS_TENS_FOLDED
        and reading.words[b.start] in _ENGLISH_UNITS_FOLDED
        and _whole(a.value, 10, 99)
        and _whole(b.value, 1, 9)
    )


def _everyday(reading: _Reading, span: NumberSpan) -> bool:
    """A typed number word that is also an everyday word ("do", "so", "be")."""
    return span.ambiguous and reading.words[span.start].isascii()


def _picked(value: float, other: float, reference_paise: int | None) -> bool:
    """The price on the table (in the thousands) is near `value` and not near `other`,
    the same words read another way (rupees)."""
    reference = reference_paise or 0
    return (
        reference >= _THOUSANDS
        and _near(value * 100, reference)
        and not _near(other * 100, reference)
    )


def _hundreds(span: NumberSpan) -> bool:
    return span.value % 100 == 0 and 100 <= span.value <= 900 and span.alternative is None


def _range_before_scale(
    reading: _Reading, a: NumberSpan, b: NumberSpan, gap: str
) -> NumberSpan | None:
    """A count, then the next count (or the half above it) with a scale word: "athai-unatti
    sau" (2,800 to 2,900), "do-dhai sau" (200 to 250), "pandra-sola sau", "ਵੀਹ ਪੱਚੀ ਹਜ਼ਾਰ"
    is a range. The lower end with the scale (asked, `reading.ranged`), or None."""
    if gap not in ("", *_DASHES) or a.end - a.start != 1 or not _whole(a.value, 1, 99):
        return None
    for scale in (100, 1000):
        upper = b.value / scale
        if upper in (a.value + 1, a.value + 0.5) and b.value >= 2 * scale:
            return NumberSpan(a.value * scale, a.start, b.end, False, b.suffix)
    return None


def short_thousands(
    reading: _Reading, spans: Sequence[NumberSpan], reference_paise: int | None
) -> list[NumberSpan]:
    """The number phrases with each pair said as short thousands joined where the price on
    the table picks it; the later word's position is kept in `reading.short_hundreds`
    where it stays asked, and a range of two counts before hundreds marks
    `reading.ranged`."""
    spans = halves_after_thousands(reading, spans)  # "दो हज़ार ढाई": 2,000 to 2,500, asked
    spans = one_for_each(reading, spans)  # "साढ़े चार सौ एक का": 450 each, never 451
    spans = english_hundreds(reading, spans, reference_paise)  # "twenty-eight fifty"
    typed = TYPED_BEFORE_THOUSAND.get(reading.language, frozenset())
    for span in spans:  # "adhi hajar": Gujarati 2,500 or Hindi half a thousand
        said = fold(reading.tokens[span.start].raw)
        if said in typed and not _picked(span.value, span.value / 5, reference_paise):
            reading.short_hundreds.add(span.start)
    out: list[NumberSpan] = []
    i = 0
    while i < len(spans):
        a = spans[i]
        b = spans[i + 1] if i + 1 < len(spans) else None
        gap = _gap(reading, a, b) if b is not None else None
        if b is None or gap is None or a.suffix or not _said_in_words(reading, a):
            out.append(a)
            i += 1
            continue
        if not _said_in_words(reading, b):
            out.append(a)
            i += 1
            continue
        if a.ambiguous and a.start > 0 and reading.words[a.start - 1] in _DO_VERBS:
            out.append(a)  # "de do teen sau": give three hundred
            i += 1
            continue
        lower = _range_before_scale(reading, a, b, gap)
        if lower is None and gap in ("", *_DASHES):  # "बीस पच्चीस हज़ार", "दस पंद्रह रुपये"
            near = _picked(a.value * 1000 + b.value, b.value, reference_paise)
            lower = loose_range(reading, a, b, near)
        if lower is not None:
            reading.ranged = True  # "athai-unatti sau", "do-dhai sau": a range, asked
            out.append(lower)
            i += 2
            continue
        english = gap == "" and _short_english(reading, a, b)
        counted = gap in ("", *_DASHES) and _whole(a.value, 1, 9) and _hundreds(b)
        if counted and b.value == (a.value + 1) * 100 and a.value >= 2:
            reading.ranged = True  # "do-teen sau", "రెండు మూడొందలు": two or three hundred
            out.append(a)
            i += 1
            continue
        one_word = a.end - a.start == 1 and not _everyday(reading, a)
        if not (english or (counted and gap == "" and one_word)):
            out.append(a)
            i += 1
            continue
        value = a.value * 1000 + (b.value * 100 if english else b.value)
        if _picked(value, b.value, reference_paise):
            joined = NumberSpan(value, a.start, b.end, False, b.suffix)
            out.append(joined)
            i += 2
            continue
        if not reference_paise or not _near(b.value * 100, reference_paise):
            reading.short_hundreds.add(b.start)  # nothing picks a reading: asked
        out.append(a)
        i += 1
    return carry_thousands(reading, out)  # "32 thousand, for you 31": ₹31,000


def ask_short_hundreds(reading: _Reading) -> None:
    """A price left from a pair said as short thousands that nothing picked is asked."""
    for price in reading.prices:
        if price.span.start in reading.short_hundreds:
            price.two_readings = True
