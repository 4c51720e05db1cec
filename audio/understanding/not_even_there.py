"""A price refused as unheard of, then the vendor's own: "800 you won't get even in the
mandi; 900 a kilo, not less", "आठ सौ तो मंडी में भी नहीं मिलेगा; नौ सौ किलो, कम नहीं",
"എണ്ണൂറിന് മാർക്കറ്റിൽ പോലും കിട്ടില്ല; കിലോ തൊള്ളായിരം, കുറയില്ല". The first price is
said in a clause with "even" and a "no"; a price said after it stands. Hundreds of a unit
said after a price and closed by "not less" ("नौ सौ किलो, कम नहीं") are the rate, never
900 kilos."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _Reading, count_as_rate, hundreds_of
from audio.understanding.recalled import _clause

# "Even", as a word ("भी", "కూడా", "പോലും", "ਵੀ", "પણ") or an ending ("மார்க்கெட்லயும்",
# "ಮಂಡಿಯಲ್ಲೂ", "মন্ডিতেও").
_EVEN = frozenset(
    fold(w)
    for w in (
        "even", "भी", "bhi", "पण", "सुद्धा", "suddha", "కూడా", "kuda", "kooda",
        "പോലും", "polum", "ਵੀ", "પણ", "pan",
    )
)  # fmt: skip
_EVEN_ENDINGS = tuple(fold(w) for w in ("லயும்", "லும்", "ಲ್ಲೂ", "ಲೂ", "তেও", "েও"))
_UNITS = frozenset({"kg", "dozen", "litre", "bunch", "piece", "g"})


def refused_as_unheard(reading: _Reading) -> None:
    """Mark a price refused when its clause has "even" and a "no" and a price follows it
    in a later clause."""
    words = reading.words
    for price in reading.prices:
        start, stop = _clause(reading, price.start)
        if price.negated or not any(p.start >= stop for p in reading.prices):
            continue
        clause = range(start, stop)
        even = any(words[k] in _EVEN or words[k].endswith(_EVEN_ENDINGS) for k in clause)
        if even and any(reading.has(k, Cue.NEGATION) for k in clause if k >= price.end):
            price.negated = True


def rate_before_not_less(reading: _Reading) -> None:
    """Read hundreds of a unit said after a price and followed by "not less" (a word of
    comparison, then a "no") as the rate of that unit."""
    for quantity, span in hundreds_of(reading, _UNITS):
        if not any(p.end <= quantity.start for p in reading.prices):
            continue
        after = range(quantity.end, min(quantity.end + 3, len(reading.words)))
        less = [k for k in after if reading.has(k, Cue.COMPARATIVE)]
        if less and any(reading.has(k, Cue.NEGATION) for k in range(less[0] + 1, less[0] + 3)):
            count_as_rate(reading, quantity, span)
            return
