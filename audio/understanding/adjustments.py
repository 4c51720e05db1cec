"""An amount to take off or add to the price, not a price itself: "das rupaye kam karo",
"ten rupees less", "paanch rupaye aur de do"."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.endings import _CLASSIFIERS, _CURRENCY_GENITIVES, _currency_in_case
from audio.understanding.reading import _BOUNDS, _joined, _Price, _Reading

_MORE = frozenset(("aur", "और", "more", "innum", "இன்னும்", "ఇంకా", "ಇನ್ನೂ", "ഇനിയും", "আরও"))


def _taken_off(reading: _Reading, price: _Price) -> bool:
    """The amount is to be taken off the price, not a price: "das rupaye kam karo", "ten
    rupees less", "reduce it by ten", "knock off twenty". Not a bound: "पचास से कम" has
    its "than", "நூறுக்கு கம்மியா" its case ending."""
    k = price.start - 1
    before = reading.tokens[k].raw.lower() if k >= 0 else ""
    if before == "off" or (before == "by" and reading.less.found(reading.words[max(k - 3, 0) : k])):
        return True
    counted = price.span.suffix in _CLASSIFIERS  # "দশটা টাকা কম নাও": a classifier, no case
    if (price.span.suffix and not counted) or (
        price.explicit and _currency_in_case(reading, price.end - 1)
    ):
        return False
    k = price.end
    if k < len(reading.words) and reading.words[k] in _MORE and _joined(reading, k):
        k += 1
    # Said in one breath, and not refused: "అరవై, ఇంకా తగ్గదు" (sixty, it won't come
    # down further) and "50 kam nahi" hold the price.
    return (
        k < len(reading.words)
        and _joined(reading, k)
        and reading.less.found(reading.words[k : k + 1])
        and not reading.has(k, Cue.NEGATION, Cue.NOT)
        and not reading.has(k + 1, Cue.NEGATION, Cue.NOT, *_BOUNDS)
    )


def _added(reading: _Reading, price: _Price) -> bool:
    """The amount is to be added to the price, not a price: "paanch rupaye aur de do",
    "five rupees more", "அஞ்சு ரூபா கூட தரேன்". Not a bound: "X se zyada", "আশির বেশি"
    and "நூறுக்கு மேல" have their "than" or case ending; nor "50 aur 60" (two prices)."""
    if price.span.suffix or (price.explicit and _currency_in_case(reading, price.end - 1)):
        return False
    if price.explicit and reading.words[price.end - 1] in _CURRENCY_GENITIVES:
        return False  # "ষাট টাকার বেশি দেব না": more than sixty rupees, a bound
    k = price.end
    return (
        k < len(reading.words)
        and _joined(reading, k)
        and reading.more.found(reading.words[k : k + 1])
        and reading.number_at[k + 1 if k + 1 < len(reading.words) else k] is None
        and not reading.has(k + 1, Cue.NEGATION, Cue.NOT, *_BOUNDS)
        and not reading.has(k, *_BOUNDS[1:])
    )
