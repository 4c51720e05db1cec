"""A count of sacks, bags or baskets said right before the container word ("बीस बोरी",
"இருபது மூட்டை", "ഇരുപത് ചാക്ക്", "twenty sacks"): how many of them, never a price.
Read in pass 3 (`audio.understanding.amounts`). "Twenty sacks, make it 1,250" keeps its
twenty sacks while 1,250 is the price; with no price said the line names none ("I want
twenty sacks" is no offer of ₹20). A price said with money or a case ending before the
word ("सौ रुपये बोरी", "ചാക്കിന് ആയിരം") is untouched: only a bare number right before
the container counts. In a line that asks, with no money word, a count of a bulk order
("if I take 300 bags of cement, what's your best rate?") is counted the same way."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.numbers import NumberSpan
from audio.understanding.endings import _CLASSIFIERS, _priced_by_ending
from audio.understanding.reading import _joined, _Reading

# A Dravidian dative typed apart after the container ("bag ge", "mootai ku"): "for a
# bag", so the number before it is the price of one.
_DATIVE_APART = frozenset(("ge", "ke", "kke", "ku", "kku", "ki", "kki", "nu", "inu"))
_DRAVIDIAN = frozenset(("ta", "te", "kn", "ml"))
_MOST = 200
"""Up to this many sacks or crates in one order; a larger bare number is a price."""
_MOST_ASKED = 10000
"""In a line that asks (a rate for the lot: "if I take 300 bags of cement, what rate?"),
up to this many: the count of an order, and what it costs is the question."""


def lots_counted(reading: _Reading, span: NumberSpan) -> bool:
    """The bare whole number `span` counts the sacks, bags or baskets named right after
    it."""
    if not reading.has(span.end, Cue.LOT) or _priced_by_ending(reading, span):
        return False
    if not _joined(reading, span.end):
        return False  # "दर्जन पचास, पेटी लोगे तो ...": the dozen's rate, then the box
    if _dative_apart(reading, span.end + 1):
        return False  # "munnooru bag ge?": three hundred for a bag, a price echoed
    most = _MOST_ASKED if _asks(reading) else _MOST
    if span.value != int(span.value) or not 1 <= span.value <= most:
        return False
    cased = span.suffix and span.suffix not in _CLASSIFIERS  # "পঞ্চাশটা বস্তা" counts them
    if cased or reading.has(span.start - 1, Cue.CURRENCY):
        return False  # "ஐம்பதுக்கு மூட்டை", "₹ 50 bag": a price for the sack
    return not reading.has(span.end, Cue.UNIT, Cue.CURRENCY)


def _asks(reading: _Reading) -> bool:
    """The line asks, with no money word in it: "what rate?", "काय भाव लावाल?"."""
    if any(reading.has(k, Cue.CURRENCY) for k in range(len(reading.words))):
        return False
    return any(t.raw == "?" for t in reading.tokens) or any(
        cue in (Cue.QUESTION, Cue.WEAK_QUESTION) for cue, _, _ in reading.occurrences
    )


def _dative_apart(reading: _Reading, k: int) -> bool:
    return (
        reading.language in _DRAVIDIAN
        and k < len(reading.words)
        and reading.words[k] in _DATIVE_APART
    )
