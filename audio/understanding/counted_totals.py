"""A count, the genitive, then a price in hundreds: "दस के साढ़े पाँच सौ" (five and a half
hundred for ten), "ਦਸ ਦੀਆਂ ਸਾਢੇ ਪੰਜ ਸੌ", "pachas ke dhai sau" are a total for the count,
₹550 for 10, never ₹10 for 550 pieces. "नींबू दस के तीन" (three for ten rupees) keeps
its reading: the number after the genitive is smaller, a count of pieces for the price.
Goods sold by the hundred (dung cakes, bricks) count a hundred the same way: "उपले सौ के
तीन सौ", "ਸੌ ਦੀਆਂ ਡੇਢ ਸੌ" are ₹300, ₹150 for 100 pieces."""

from __future__ import annotations

from collections.abc import Sequence

from audio.languages.base import Cue
from audio.numbers import NumberSpan
from audio.understanding.reading import _Price, _Quantity, _Reading

_HUNDRED = 100
_TIMES = 5
"""The number after the genitive is at least this many times the count before it."""


def _genitive_between(reading: _Reading, price: _Price, start: int) -> bool:
    if price.end == start - 1:
        return reading.has(start - 1, Cue.OF)  # "दस के", "ਦਸ ਦੀਆਂ"
    return price.end == start and price.span.suffix in reading.of_words


def counted_totals(reading: _Reading, spans: Sequence[NumberSpan]) -> None:
    """Turn "count OF hundreds", read as a price for a count of pieces, round: the first
    number is the count, the hundreds after it the total for them."""
    by_start = {s.start: s for s in spans}
    for quantity in list(reading.quantities):
        span = by_start.get(quantity.start)
        if span is None or quantity.unit != "piece" or span.value < _HUNDRED:
            continue
        before = [p for p in reading.prices if p.end <= quantity.start]
        price = before[-1] if before else None
        if price is None or price.explicit or not _genitive_between(reading, price, span.start):
            continue
        count = price.span.value
        by_hundred = count == _HUNDRED and span.value > _HUNDRED  # "सौ के तीन सौ"
        small = 1 <= count < _HUNDRED and span.value >= _TIMES * count
        if count != int(count) or not (small or by_hundred):
            continue
        reading.quantities.remove(quantity)
        reading.prices.remove(price)
        reading.quantities.append(_Quantity(count, "piece", price.start, price.end))
        reading.prices.append(_Price(round(span.value * 100), span.start, span.end, False, span))
        reading.prices.sort(key=lambda p: p.start)


# "For" before the hundred counted: "300 for a hundred", "800 for one hundred".
_FOR = frozenset(("for",))
# "For the hundred", "for every hundred": the hundred is a count of the goods shown.
_THE = frozenset(("the", "every", "each", "this", "these"))


def for_a_hundred(reading: _Reading) -> None:
    """ "Dung cakes, 300 for a hundred": a price, "for", then a bare hundred with nothing
    after it but the goods is ₹300 for 100 pieces, never ₹100. Said "for the hundred"
    ("not 400, 320 for the hundred", "two fifty for the hundred envelopes") the hundred
    is the goods' count whatever the price."""
    words = reading.words
    for price in list(reading.prices):
        if price.explicit or price.span.value != _HUNDRED or price.start < 2:
            continue
        the = words[price.start - 1] in _THE and price.start >= 3
        at = price.start - 2 if the else price.start - 1
        if words[at] not in _FOR:
            continue
        if price.end < len(words) and not _goods_or_end(reading, price.end):
            continue
        before = [p for p in reading.prices if p.end == at]
        if not before or before[0].negated:
            continue
        if before[0].span.value <= _HUNDRED and not the:
            continue
        reading.prices.remove(price)
        count = _Quantity(_HUNDRED, "piece", price.start, price.end)
        reading.quantities.append(count)
        if the:
            before[0].per_unit, before[0].quantity = False, count  # a total for them


def _goods_or_end(reading: _Reading, k: int) -> bool:
    """Token `k` closes the clause or names goods: no money, unit or number word."""
    word = reading.words[k]
    if not any(ch.isalnum() for ch in word):
        return True
    if reading.number_at[k] is not None:
        return False
    return not reading.has(k, Cue.CURRENCY, Cue.UNIT, Cue.PAISE, Cue.PER)
