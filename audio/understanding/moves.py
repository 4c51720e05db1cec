"""Cues that decide the move: a price set by a verb, refusals that still refuse, and the
"but" after which a price replaces the one before it."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _BOUNDS, _REFUSALS, _joined, _Price, _Reading


def _sets_price(reading: _Reading, price: _Price) -> bool:
    """A verb that sets the price stands right beside it, with no pause: "50 kar do",
    "make it 50" (links between allowed: "60 ku fix pannidunga"); "35 ku pack pannunga"
    packs."""
    k = price.end
    while reading.has(k, Cue.LINK) and not reading.has(k, Cue.SET) and k < price.end + 2:
        k += 1
    after = reading.has(k, Cue.SET) and _joined(reading, k)  # "38, podunga" agrees
    return after or reading.has(price.start - 1, Cue.SET)


def _live_refusals(reading: _Reading, has_price: bool) -> list[int]:
    """Token positions of refusals that still refuse: not "kam nahi" ("not less"), not
    "not less than", and, beside a price, not a bound ("can't go below that", "isse kam
    nahi hoga"); accept words negated right after ("theek nahi") count here."""
    found = []
    for cue, start, end in reading.occurrences:
        if cue not in _REFUSALS:
            continue
        if cue is Cue.NEGATION and reading.has(start - 1, *_BOUNDS):
            continue
        if cue is Cue.NOT and reading.has(end, *_BOUNDS):
            continue
        if has_price and reading.cue_near(start - 2, end + 3, *_BOUNDS):
            continue
        found.append(start)
    return found


# "but", after which a price replaces the one said before it
_BUT = frozenset(
    fold(w)
    for w in (
        "but", "lekin", "लेकिन", "magar", "मगर", "ஆனா", "ஆனால்", "aana", "కానీ", "kaani",
        "പക്ഷേ", "pakshe", "কিন্তু", "kintu", "परंतु", "પરંતુ", "ਪਰੰਤੂ", "ਲੇਕਿਨ",
    )
)  # fmt: skip
