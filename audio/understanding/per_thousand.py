"""Goods counted by the thousand: the thousand is the unit of the rate.

Bricks, blocks and roof tiles are sold by the thousand pieces, so "ईंट हज़ार का क्या
रेट?", "bricks, how much per thousand?", "ఇటుక వెయ్యికి ఎంత?" ask the rate (no amount:
the bare "thousand" is the unit), and "ઈંટ હજારના સાત હજાર", "bricks, eight thousand per
thousand" name ₹7,000, ₹8,000 a thousand (a rate, no quantity), never ₹1,000 for 7,000
pieces. A bare "thousand" said of other goods ("this cage is a thousand") stays ₹1,000."""

from __future__ import annotations

from audio.lexicon import TokenKind, fold
from audio.understanding.reading import _Price, _Reading

# Goods sold by the thousand pieces: a word's start.
_BY_THOUSAND = tuple(
    fold(w)
    for w in (
        "brick", "block", "tiles", "int", "eent", "ईंट", "ईट", "ब्लॉक", "वीट", "विटा", "ਇੱਟ",
        "ઈંટ", "ઇંટ", "ইট", "இட்டிக", "செங்கல்", "ఇటుక", "ఇటిక", "ಇಟ್ಟಿಗೆ", "ഇഷ്ടിക", "ചെങ്കല്",
        "हेंच", "ओड", "ஓடு", "పెంకు", "ಹೆಂಚು", "ഓട്",
    )
)  # fmt: skip
_EXACT = frozenset(fold(w) for w in ("int", "eent", "ओड", "ஓடு", "ഓട്"))


def _by_thousand(word: str) -> bool:
    stems = [s for s in _BY_THOUSAND if s not in _EXACT]
    return word in _EXACT or word.startswith(tuple(stems))


def _bare_thousand(reading: _Reading, price: _Price) -> bool:
    span = price.span
    token = reading.tokens[span.start]
    return (
        span.value == 1000
        and span.end - span.start == 1
        and token.kind is not TokenKind.NUMBER
        and not price.explicit
    )


def thousand_as_unit(reading: _Reading) -> set[int]:
    """The starts of the bare thousands said as the unit of goods sold by the thousand
    (to be dropped); a price said beside it becomes the rate of a thousand."""
    if not any(_by_thousand(w) for w in reading.words):
        return set()
    units = [p for p in reading.prices if _bare_thousand(reading, p)]
    if len(units) != 1:
        return set()
    unit = units[0]
    others = [p for p in reading.prices if p is not unit]
    counts = [q for q in reading.quantities if q.start >= unit.end and q.value and q.value > 1]
    if not others and counts and reading.number_at[counts[0].start] is not None:
        count = counts[0]  # "હજારના સાત હજાર": read as 7,000 pieces, it is the price
        span = reading.number_at[count.start]
        assert span is not None
        price = _Price(round(span.value * 100), span.start, span.end, False, span)
        reading.prices.append(price)
        reading.quantities.remove(count)
        reading.quantity_at = {k: q for k, q in reading.quantity_at.items() if q is not count}
        others = [price]
    for price in others:
        if price.quantity is not None:
            price.quantity.claimed = False
        price.per_unit, price.quantity = True, None
    return {unit.start}
