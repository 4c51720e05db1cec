"""A count of pieces said with a price for all of them, in any order: "twelve roses for
one fifty", "மூணு இருபத்தஞ்சுக்கு" (three for 25), "ಎರಡಕ್ಕೆ ಎಪ್ಪತ್ತೈದು" (75 for two),
"make it 75 for two". The smaller bare number is the count, the larger one the price.
Used by pass 3 (`audio.understanding.amounts`)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.numbers import NumberSpan
from audio.understanding.countables import counts_goods_before_price
from audio.understanding.counted import _IN
from audio.understanding.endings import _priced_by_ending
from audio.understanding.reading import _Reading

_FOR = frozenset(("for",))
# Languages where a count said right before a price in rupees is the count: Tamil "நாலு
# இருபது ரூபா" (four for 20), Malayalam "നാലെണ്ണം ഇരുപത് രൂപ"; in English or Hindi "four
# twenty rupees" may be 4.20 or 420.
_COUNT_THEN_PRICE = frozenset(("ta", "ml"))


def _small_count(span: NumberSpan) -> bool:
    return span.value == int(span.value) and 2 <= span.value <= 60 and not span.ambiguous


def _goods_between(reading: _Reading, start: int, stop: int) -> bool:
    """At most one plain word (the goods) and "for" between `start` and `stop`."""
    between = range(start, stop)
    plain = [k for k in between if reading.is_plain(k)]
    others = [k for k in between if not reading.is_plain(k)]
    return len(plain) <= 1 and all(reading.tokens[k].raw.lower() in _FOR for k in others)


def count_before_price(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """The count said first, the goods maybe named, then the price marked as one ("for
    X", X with a "for" ending, or rupees after it): "30 eggs for 190", "ముప్పై గుడ్లు
    నూట తొంభైకి", "દસ ગુલાબ દોઢસોમાં". Or the count carries the "for" ending and the
    price follows it bare: "ಎರಡಕ್ಕೆ ಎಪ್ಪತ್ತೈದು" (for two, 75)."""
    span = spans[index]
    nxt = spans[index + 1] if index + 1 < len(spans) else None
    small = _small_count(span) or counts_goods_before_price(reading, span)  # "दो मटके"
    if nxt is None or not small or nxt.value < 2 * span.value:
        return False  # "veeh pachchi rupaye": a range of prices, 20 or 25
    if reading.has(span.start - 1, Cue.CURRENCY) or reading.has(span.end, Cue.CURRENCY):
        return False
    if reading.has(nxt.end, Cue.UNIT):
        return False  # "thirty for 250 grams": the weight the price buys, no price
    if _priced_by_ending(reading, span):
        return nxt.start == span.end and not _priced_by_ending(reading, nxt)
    if not _goods_between(reading, span.end, nxt.start):
        return False
    marked = (
        _priced_by_ending(reading, nxt)
        or reading.tokens[nxt.start - 1].raw.lower() in _FOR
        or (nxt.end < len(reading.words) and reading.words[nxt.end] in _IN)  # "ਸਵਾ ਸੌ ਵਿੱਚ"
        or (
            reading.has(nxt.end, Cue.CURRENCY)
            and (nxt.start > span.end or reading.language in _COUNT_THEN_PRICE)
        )
    )
    return marked and nxt.value >= 10


def count_after_price(reading: _Reading, spans: list[NumberSpan], index: int) -> bool:
    """The price, "for", then the count, the last number said: "make it 75 for two"."""
    span = spans[index]
    if index == 0 or index + 1 < len(spans) or not _small_count(span):
        return False
    before = spans[index - 1]
    return (
        before.end == span.start - 1
        and reading.tokens[span.start - 1].raw.lower() in _FOR
        and before.value > span.value
        and before.value >= 10
    )
