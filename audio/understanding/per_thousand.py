"""Goods counted by the thousand: the thousand is the unit of the rate.

Bricks, blocks and roof tiles are sold by the thousand pieces, so "ईंट हज़ार का क्या
रेट?", "bricks, how much per thousand?", "ఇటుక వెయ్యికి ఎంత?" ask the rate (no amount:
the bare "thousand" is the unit), and "ઈંટ હજારના સાત હજાર", "bricks, eight thousand per
thousand" name ₹7,000, ₹8,000 a thousand (a rate, no quantity), never ₹1,000 for 7,000
pieces. So typed romanized ("itt hazaar di ki rate aa?", "vit hajarala kay bhav?"), and
a bare "hundred" asked of them ("blocks, what per hundred?") is the unit the same way. A
bare "thousand" said of other goods ("this cage is a thousand") stays ₹1,000."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.understanding.reading import _Price, _Reading

# Goods sold by the thousand pieces: a word's start.
_BY_THOUSAND = tuple(
    fold(w)
    for w in (
        "brick", "block", "tiles", "int", "eent", "ईंट", "ईट", "ब्लॉक", "वीट", "विटा", "ਇੱਟ",
        "ઈંટ", "ઇંટ", "ইট", "இட்டிக", "செங்கல்", "ఇటుక", "ఇటిక", "ಇಟ್ಟಿಗೆ", "ഇഷ്ടിക", "ചെങ്കല്",
        "हेंच", "ओड", "ஓடு", "పెంకు", "ಹೆಂಚು", "ഓട്",
        # with a case ending the final virama goes ("செங்கலுக்கு", "ചെങ്കലിന്"); Malayalam
        # "കട്ട" is a brick or block ("ആയിരം കട്ടയ്ക്ക്")
        "செங்கல", "ചെങ്കല", "കട്ട", "കട്ടയ",
        # romanized: Punjabi "itt", Marathi "vit/veet", Gujarati "int", Tamil "sengal"
        "itt", "itta", "ittan", "ittaan", "vit", "veet", "vita", "inth", "sengal", "itika",
        "itiga", "ittige", "ishtika",
    )
)  # fmt: skip
_EXACT = frozenset(
    fold(w)
    for w in (
        "int", "eent", "ओड", "ஓடு", "ഓട്", "കട്ട", "itt", "itta", "ittan", "ittaan", "vit", "veet",
        "vita", "inth",
    )
)  # fmt: skip


# "A thousand", "one thousand": the lot still, with its article.
_ONE = frozenset(fold(w) for w in ("a", "an", "one", "ek", "एक"))
# Romanized words that fold like English ones ("itt" folds to "it"): never in English.
_NOT_ENGLISH = frozenset(fold(w) for w in ("itt", "itta", "vit", "vita"))


def _by_thousand(word: str, language: str) -> bool:
    if language == "en" and word in _NOT_ENGLISH:
        return False
    stems = [s for s in _BY_THOUSAND if s not in _EXACT]
    return word in _EXACT or word.startswith(tuple(stems))


def _bare_thousand(reading: _Reading, price: _Price) -> bool:
    """A bare "thousand" (or, in a question, a bare "hundred": "blocks, what per
    hundred?") with no money word: the lot the rate is of."""
    span = price.span
    asked = any(t.raw == "?" for t in reading.tokens) or any(
        cue in (Cue.QUESTION, Cue.WEAK_QUESTION) for cue, _, _ in reading.occurrences
    )
    hundred = span.value == 100 and asked
    start = span.start + (reading.words[span.start] in _ONE and span.end - span.start == 2)
    token = reading.tokens[start]
    return (
        (span.value == 1000 or hundred)
        and span.end - start == 1
        and token.kind is not TokenKind.NUMBER
        and not price.explicit
    )


def thousand_as_unit(reading: _Reading) -> set[int]:
    """The starts of the bare thousands said as the unit of goods sold by the thousand
    (to be dropped); a price said beside it becomes the rate of a thousand."""
    if not any(_by_thousand(w, reading.language) for w in reading.words):
        return set()
    units = [p for p in reading.prices if _bare_thousand(reading, p)]
    if len(units) != 1:
        return set()
    unit = units[0]
    others = [p for p in reading.prices if p is not unit]
    if unit.span.value == 100 and others:
        return set()  # "800 per hundred?": a total for a hundred pieces (`counted`)
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
