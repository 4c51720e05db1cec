"""A small count of goods, then a price in hundreds or thousands: "ಎರಡು ಹಾರ, ಎರಡು
ಸಾವಿರ" (two garlands, two thousand), "மூணு சேலை, மூவாயிரம்", "दो कुर्सी दो हज़ार". The
count before the goods' words is the quantity, never a price of ₹2: the price is a
total for that many pieces. Read only where the goods are one or two plain words (no
unit, no cue, no number: "ಎರಡು ಹಾರ", "দুটো কাঁসার থালা") and the price is at least fifty
times the count, so "two kilo, forty" or "ten minutes, fifty rupees" keep their own
readings."""

from __future__ import annotations

import itertools

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading

_MOST = 12

# "Between", "and", "or", "to": two ends of a range ("between six and seven hundred",
# "छह से सात सौ", "ছয় থেকে সাতশো", "ಆರು ಅಥವಾ ಏಳು ನೂರು"), never a count and its price.
_RANGE_WORDS = frozenset(
    fold(w)
    for w in (
        "and", "or", "to", "between", "से", "या", "और", "se", "ya", "aur", "ki", "की",
        "থেকে", "বা", "আর", "theke", "ba", "किंवा", "ते", "kinva", "te", "કે", "થી", "ke",
        "થી", "ಅಥವಾ", "ಇಂದ", "athava", "లేదా", "నుంచి", "leda", "அல்லது", "இல்லன்னா",
        "allathu", "അല്ലെങ്കിൽ", "മുതൽ", "ਜਾਂ", "ਤੋਂ", "jan", "ton",
    )
)  # fmt: skip


def count_before_thousands(reading: _Reading) -> None:
    """The count and the price after its goods read as quantity and total."""
    _price_before_pause(reading)
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
        thousands = second.span.value >= 1000  # "ரெண்டு மாலை ரெண்டாயிரம்": garlands, no evening
        if not all(_plain(reading, k, thousands) for k in range(first.end, second.start)):
            continue
        if _ranged(reading, first.start, second.start):
            continue  # "between six and seven hundred": a range, asked
        if any(p.start > second.end for p in prices if p is not second):
            continue
        reading.prices = [p for p in prices if p is not first]
        reading.quantities = [q for q in reading.quantities if q.start != first.start]
        second.quantity = _Quantity(value, "piece", first.start, first.end, claimed=True)
        if second.per_unit is None:
            second.per_unit = False
        return


def _price_before_pause(reading: _Reading) -> None:
    """ "ಎರಡು ಹಾರ ಎರಡು ಸಾವಿರ, ಗುಲಾಬಿ ಎಲ್ಲಾ ಊಟಿಯಿಂದ": the thousands before a pause were read
    as a count of the goods after it (2,000 roses); the pause ends them, so they are the
    price again and the count before the goods is read as the quantity."""
    if len(reading.prices) != 1:
        return
    first = reading.prices[0]
    after = [q for q in reading.quantities if 1 <= q.start - first.end <= 2]
    count = first.quantity or (after[0] if len(after) == 1 else None)
    if count is None or count.unit is not None or not 1 <= count.start - first.end <= 2:
        return
    span = reading.number_at[count.start]
    if span is None or span.start != count.start or span.end != count.end:
        return
    if count.end >= len(reading.words) or _joined(reading, count.end):
        return  # no pause after: "ಎರಡು ಸಾವಿರ ಗುಲಾಬಿ" may be 2,000 roses
    reading.quantities = [q for q in reading.quantities if q is not count]
    first.quantity, first.per_unit = None, None
    reading.prices.append(_Price(round(span.value * 100), span.start, span.end, False, span))


def _plain(reading: _Reading, k: int, thousands: bool = False) -> bool:
    """A word of the goods: a word with no cue and no number, three letters or more;
    before thousands, a word that may also label a number ("மாலை", evening) too."""
    token, word = reading.tokens[k], reading.words[k]
    labels = {Cue.NUMBER_LABEL} if thousands else set()
    return (
        token.kind is TokenKind.WORD
        and reading.cues[k] <= labels
        and reading.number_at[k] is None
        and len(word) >= 3
    )


def _ranged(reading: _Reading, start: int, end: int) -> bool:
    """A range word or a dash between the two numbers, or "between" before the first."""
    words = reading.words
    if any(words[k] in _RANGE_WORDS for k in range(start + 1, end)):
        return True
    if start > 0 and words[start - 1] == "between":
        return True
    return "-" in reading.text[reading.tokens[start].end : reading.tokens[end].start]
