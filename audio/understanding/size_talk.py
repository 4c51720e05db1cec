"""Shoe and clothes sizes told, not prices: "my number is eleven, this one is ten, swap
it", "साइज़ बयालीस दिखाओ, ये चालीस टाइट है", "என் சைஸ் ஒம்பது, இது எட்டு", "నా సైజు
తొమ్మిది", "মারো নংবর নব છે" said the way each language says it ("नंबर", "নম্বর", "ਨੰਬਰ",
"ನಂಬರ್"). A size or "number" word right before a number (or with "is" between) says the
line is about sizes; with no money word in the line, the other small numbers in it are
sizes too (the one tried, the one that pinches): no price and no count. "Number one"
(the best) is no size, and a price said with a money word stands."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading

# "Is" between the size word and its number: "my number is ten", "मेरा नंबर आठ है" needs none.
_IS = frozenset(fold(w) for w in ("is", "was", "hai", "है", "ahe", "aahe", "आहे", "che", "છે"))
_SMALLEST, _LARGEST = 2, 50
"""A body's shoe or clothes size: 2–13 for shoes, up to 48 or so for a chest or waist."""


def _size_number_after(reading: _Reading, k: int) -> bool:
    """A number 2–50 right after the size word at `k`, or after "is" after it."""
    for j in (k + 1, k + 2):
        if j >= len(reading.words) or not _joined(reading, j):
            return False
        span = reading.number_at[j]
        if span is not None:
            return span.start == j and _SMALLEST <= span.value <= _LARGEST
        if reading.words[j] not in _IS:
            return False
    return False


def size_talk(reading: _Reading, size_words: frozenset[str]) -> set[int]:
    """The starts of the prices and counts that are sizes in a line that tells sizes."""
    if any(reading.has(k, Cue.CURRENCY, Cue.PAISE) for k in range(len(reading.words))):
        return set()
    said = [
        k for k, w in enumerate(reading.words) if w in size_words and _size_number_after(reading, k)
    ]
    if not said:
        return set()
    starts = {p.start for p in reading.prices if p.span.value <= _LARGEST and not p.explicit}
    starts |= {
        q.start
        for q in reading.quantities
        if (span := reading.number_at[q.start]) is not None and span.value <= _LARGEST
    }
    return starts
