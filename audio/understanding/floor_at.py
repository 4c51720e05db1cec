"""A price with a floor verb right after it: Telugu "ఐదు వందల యాభైకి తగ్గదు" (won't come
below 550), Tamil "ஐநூத்தி அம்பதுக்கு கீழ வராது", Malayalam "അഞ്ഞൂറ്റമ്പതിൽ കുറയില്ല".
The "not" in the verb's ending refuses going lower, not the price: the price stands as
the speaker's floor (final, `floors`), never a refusal of it ("అరవైకి తీసుకోను", won't
take it at 60, still refuses)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.distances import said_of_the_way
from audio.understanding.floors import _LESS_REFUSED, _REFUSALS, _REFUSED_ENDINGS, _less
from audio.understanding.reading import _joined, _Price, _Reading

_NEAR = 2
"""The "less" word comes within this many words after the price."""


def refused_less(reading: _Reading, k: int) -> bool:
    """The "less" word at `k` is refused: in its own ending ("తగ్గదు", "കുറയില്ല"), by a
    verb with its "not" right after it ("கீழ வராது"), or by a "not" word after it."""
    words = reading.words
    endings = _REFUSED_ENDINGS.get(reading.language, ())
    if words[k] in _LESS_REFUSED:
        return True
    if endings and any(w.endswith(endings) for w in words[k : k + 2]):
        return True
    return reading.cue_near(k + 1, k + 3, *_REFUSALS)


def floor_after(reading: _Reading, price: _Price) -> bool:
    """A refused "less" word right after `price`: the price is the floor, not refused."""
    words = reading.words
    if any(t.raw == "?" for t in reading.tokens):
        return False  # "won't it come below 550?" asks
    for k in range(price.end, min(price.end + _NEAR, len(words))):
        if reading.number_at[k] is not None:
            return False
        if _less(words[k]) and refused_less(reading, k) and not said_of_the_way(reading, k):
            return True
    return False


def unrefuse_floors(reading: _Reading) -> None:
    """Take back the refusal of a price that a floor verb follows: "ఐదు వందల యాభైకి
    తగ్గదు" and "ఆరు వందలు కాదు, ఐదు వందల యాభైకి తగ్గదు" (not 600, 550 is the floor)
    stand, a counter of 550."""
    for price in reading.prices:
        if price.negated and floor_after(reading, price):
            price.negated = False


# "Minimum" said beside a price: "550 minimum", "minimum 550", "कम से कम साढ़े पाँच सौ".
_MINIMUM = frozenset(
    fold(w)
    for w in (
        "minimum", "min", "मिनिमम", "मिनिमम्", "மினிமம்", "మినిమం", "মিনিমাম", "मिनिमम",
        "મિનિમમ", "ಮಿನಿಮಮ್", "മിനിമം", "ਮਿਨੀਮਮ", "किमान", "kiman", "ઓછામાં",
    )
)  # fmt: skip
_AT_LEAST = (
    ("कम", "से", "कम"), ("kam", "se", "kam"), ("ਘੱਟੋ", "ਘੱਟ"), ("ઓછામાં", "ઓછા"),
    ("at", "least"), ("atleast",), ("कमीत", "कमी"), ("kamit", "kami"),
    ("কমপক্ষে",), ("kompokkhe",), ("অন্তত",), ("ontoto",),
    ("குறைஞ்சது",), ("குறைந்தது",), ("குறைந்தபட்சம்",), ("koranjathu",),
    ("కనీసం",), ("kanisam",), ("kaneesam",), ("ಕನಿಷ್ಠ",), ("ಕಡಿಮೆ", "ಅಂದ್ರೂ"),
    ("ಕಮ್ಮಿ", "ಅಂದ್ರೂ"), ("kammi", "andru"), ("kadime", "andru"),
    ("ചുരുങ്ങിയത്",), ("കുറഞ്ഞത്",), ("churungiyathu",), ("kuranjathu",),
)  # fmt: skip


# "At least" said as a word right on the price, after it: "നാനൂറ്റമ്പത് എങ്കിലും താ"
# (give at least 450). Apart from it, after a pause, "എങ്കിലും" is "still", "but".
_AT_LEAST_AFTER = frozenset(fold(w) for w in ("എങ്കിലും", "engilum", "enkilum", "enkilumm"))


def minimum_said(reading: _Reading, price: _Price) -> bool:
    """ "550 minimum", "minimum 550", "कम से कम 550", "550 എങ്കിലും": the price is the
    floor."""
    words = reading.words
    if any(t.raw == "?" for t in reading.tokens):
        return False
    near = words[price.end : price.end + 1] + words[max(price.start - 1, 0) : price.start]
    if any(w in _MINIMUM for w in near):
        return True
    after = price.end
    if after < len(words) and words[after] in _AT_LEAST_AFTER and _joined(reading, after):
        return True
    folded = [tuple(fold(w) for w in p) for p in _AT_LEAST]
    return any(tuple(words[price.start - len(p) : price.start]) == p for p in folded)
