"""A hundreds figure, then "one" with a genitive or "for" ending: "ਸਾਢੇ ਚਾਰ ਸੌ ਇੱਕ ਦਾ",
"साढ़े चार सौ एक का", "நாலரை நூறு ஒண்ணுக்கு", "ಮೂರೂವರೆ ನೂರು ಒಂದಕ್ಕೆ", "সাড়ে চারশো
একটার" is 450 for one (each), never ₹451: the "one" counts the goods. With a fraction word
or tens in the figure it can only be that; a round figure ("चार सौ एक का", "four
hundred one each") may also be 401, so the price is asked (`reading.short_hundreds`)."""

from __future__ import annotations

from collections.abc import Sequence

from audio.lexicon import fold
from audio.numbers import NumberSpan, find_numbers, number_table
from audio.understanding.reading import _Reading

# Said apart after the "one": "एक का", "ਇੱਕ ਦਾ", "ek ka", "one each".
_OF_ONE = frozenset(
    fold(w)
    for w in ("का", "के", "की", "ka", "ke", "ਦਾ", "ਦੇ", "ਦੀ", "da", "each", "ચા", "चा", "ચો")
)  # fmt: skip
_HUNDRED = 100


def _one_for(reading: _Reading, span: NumberSpan) -> bool:
    """Whether the span's last word is "one" said for one: with an ending or a word after."""
    last = span.end - 1
    alone = find_numbers([reading.words[last]], number_table(reading.language))
    if len(alone) != 1 or alone[0].value != 1 or reading.words[last][:1].isdigit():
        return False
    if alone[0].suffix:
        return True
    return span.end < len(reading.words) and reading.words[span.end] in _OF_ONE


def _rest(reading: _Reading, span: NumberSpan) -> NumberSpan | None:
    """The figure said before the "one", read on its own, when it is hundreds."""
    words = reading.words[span.start : span.end - 1]
    found = find_numbers(words, number_table(reading.language))
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(words):
        return None
    value = found[0].value
    if value != span.value - 1 or value < _HUNDRED or any(w[:1].isdigit() for w in words):
        return None
    return NumberSpan(value, span.start, span.end - 1, False, "")


def one_for_each(reading: _Reading, spans: Sequence[NumberSpan]) -> list[NumberSpan]:
    """The spans with a hundreds figure and "one" said for one cut to the figure, the
    "one" kept as a lone one: "for one", each (`audio.understanding.shape`)."""
    out: list[NumberSpan] = []
    for span in spans:
        rest = _rest(reading, span) if span.end - span.start > 1 else None
        if rest is None or not _one_for(reading, span):
            out.append(span)
            continue
        if rest.value % _HUNDRED == 0:
            reading.short_hundreds.add(rest.start)  # "चार सौ एक का": 400 each, or 401
        reading.lone_ones.add(span.end - 1)
        out.append(rest)
    return out
