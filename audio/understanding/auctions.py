"""A mandi auction call: "lot 4, fifteen fifty a quintal, who's going higher?", "लॉट चार,
पंद्रह सौ पचास क्विंटल, कोई ज़्यादा?". The number after the lot word names the lot, no
quantity and no price; the rate called is the caller's offer, and "who's going higher?"
asks for bids, no price question."""

from __future__ import annotations

from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.reading import _Reading

# The lot word as said in a mandi, in the ten languages' scripts (Gujarati "લોટ" is also
# flour: a lot number is only read with a far larger price after it).
_LOT_WORDS = frozenset(
    fold(w)
    for w in (
        "lot", "लॉट", "লট", "லாட்", "லாட்டு", "లాట్", "લોટ", "ಲಾಟ್", "ലോട്ട്", "ਲਾਟ",
    )
)  # fmt: skip
_NUMBER_WORDS = frozenset(
    fold(w) for w in ("number", "no", "no.", "नंबर", "नम्बर", "নম্বর", "நம்பர்", "నంబర్", "ನಂಬರ್")
)
_LARGEST_LOT = 100
"""A lot number is a small count; the rate called after it is ten times it or more."""


def _lot_number(reading: _Reading, span: NumberSpan) -> bool:
    k = span.start - 1
    if k >= 0 and reading.words[k] in _NUMBER_WORDS:
        k -= 1
    return k >= 0 and reading.words[k] in _LOT_WORDS


def drop_lot_numbers(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans without the lot numbers of an auction call ("lot 4, 1550 a quintal"):
    a whole number under a hundred right after the lot word, with a rate of ten times
    it or more called after it."""
    kept = []
    for index, span in enumerate(spans):
        small = span.value == int(span.value) and 0 < span.value < _LARGEST_LOT
        called = any(s.value >= 10 * span.value for s in spans[index + 1 :])
        if not (small and called and _lot_number(reading, span)):
            kept.append(span)
    return kept

