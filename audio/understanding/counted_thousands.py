"""A small count of goods, then a price in hundreds or thousands: "ಎರಡು ಹಾರ, ಎರಡು
ಸಾವಿರ" (two garlands, two thousand), "மூணு சேலை, மூவாயிரம்", "दो कुर्सी दो हज़ार". The
count before the goods' words is the quantity, never a price of ₹2: the price is a
total for that many pieces. Read only where the goods are one or two plain words (no
unit, no cue, no number: "ಎರಡು ಹಾರ", "দুটো কাঁসার থালা") and the price is at least fifty
times the count, so "two kilo, forty" or "ten minutes, fifty rupees" keep their own
readings."""

from __future__ import annotations

import itertools

from audio.lexicon import TokenKind
from audio.understanding.reading import _Quantity, _Reading

_MOST = 12


def count_before_thousands(reading: _Reading) -> None:
    """The count and the price after its goods read as quantity and total."""
    prices = reading.prices
    if len(prices) != 2:
        return  # "ગૂણી હજાર, દસ ગૂણી નવ હજાર પાંચસો": a rate, then a deal for ten
    for first, second in itertools.pairwise(prices):
        value = first.span.value
        if first.explicit or first.negated or first.per_unit is not None:
            continue
        if first.quantity is not None or value != int(value) or not 2 <= value <= _MOST:
            continue
        if not 1 <= second.start - first.end <= 2 or second.negated or second.quantity:
            continue
        if second.span.value < 100 or second.span.value < 50 * value:
            continue
        if not all(_plain(reading, k) for k in range(first.end, second.start)):
            continue
        if any(p.start > second.end for p in prices if p is not second):
            continue
        reading.prices = [p for p in prices if p is not first]
        reading.quantities = [q for q in reading.quantities if q.start != first.start]
        second.quantity = _Quantity(value, "piece", first.start, first.end, claimed=True)
        if second.per_unit is None:
            second.per_unit = False
        return


def _plain(reading: _Reading, k: int) -> bool:
    """A word of the goods: a word with no cue and no number, three letters or more."""
    token, word = reading.tokens[k], reading.words[k]
    return (
        token.kind is TokenKind.WORD
        and not reading.cues[k]
        and reading.number_at[k] is None
        and len(word) >= 3
    )
