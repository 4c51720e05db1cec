"""A count of sacks, bags or baskets said right before the container word ("बीस बोरी",
"இருபது மூட்டை", "ഇരുപത് ചാക്ക്", "twenty sacks"): how many of them, never a price.
Read in pass 3 (`audio.understanding.amounts`). "Twenty sacks, make it 1,250" keeps its
twenty sacks while 1,250 is the price; with no price said the line names none ("I want
twenty sacks" is no offer of ₹20). A price said with money or a case ending before the
word ("सौ रुपये बोरी", "ചാക്കിന് ആയിരം") is untouched: only a bare number right before
the container counts."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.numbers import NumberSpan
from audio.understanding.endings import _priced_by_ending
from audio.understanding.reading import _joined, _Reading

_MOST = 200
"""Up to this many sacks or crates in one order; a larger bare number is a price."""


def lots_counted(reading: _Reading, span: NumberSpan) -> bool:
    """The bare whole number `span` counts the sacks, bags or baskets named right after
    it."""
    if not reading.has(span.end, Cue.LOT) or _priced_by_ending(reading, span):
        return False
    if not _joined(reading, span.end):
        return False  # "दर्जन पचास, पेटी लोगे तो ...": the dozen's rate, then the box
    if span.value != int(span.value) or not 1 <= span.value <= _MOST:
        return False
    if span.suffix or reading.has(span.start - 1, Cue.CURRENCY):
        return False  # "ஐம்பதுக்கு மூட்டை", "₹ 50 bag": a price for the sack
    return not reading.has(span.end, Cue.UNIT, Cue.CURRENCY)
