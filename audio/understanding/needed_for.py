"""A count of what the goods are for, in a line that prices nothing: "I need planks for
three doors, I'll measure and come back", "तीन दरवाज़ों के लिए तख़्ते चाहिए", "மூணு
கதவுக்கு பலகை வேணும்", "ಮೂರು ಬಾಗಿಲಿಗೆ ಹಲಗೆ ಬೇಕು". The doors are counted, not the planks:
no quantity and no unit (the buyer will say how many once measured)."""

from __future__ import annotations

from dataclasses import replace

from audio.lexicon import fold
from audio.understanding.reading import _Reading
from audio.understanding.result import Intent, Understanding

# "For" said before the count (English).
_FOR_BEFORE = frozenset(fold(w) for w in ("for",))
# "For" said after the counted word: a postposition of its own.
_FOR_AFTER = frozenset(
    fold(w)
    for w in ("लिए", "लिये", "liye", "জন্য", "জন্যে", "jonno", "માટે", "mate", "ਲਈ", "layi", "lai")
)
# "For" endings on the counted word ("दारांसाठी", "கதவுக்கு", "తలుపులకి", "ಬಾಗಿಲಿಗೆ",
# "വാതിലിന്").
_FOR_ENDINGS = tuple(
    fold(w)
    for w in (
        "साठी", "க்கு", "కి", "కు", "ಗೆ", "ಕ್ಕೆ", "ಿಗೆ", "ിന്", "ക്ക്", "ിനു",
    )
)  # fmt: skip


def count_of_use(reading: _Reading, heard: Understanding) -> Understanding:
    """Drop the count of what the goods are for, with no price said."""
    if heard.quantity is None or reading.prices or heard.intent is not Intent.OTHER:
        return heard
    spans = {id(s): s for s in reading.number_at if s is not None}
    if len(spans) != 1:
        return heard
    span = next(iter(spans.values()))
    words = reading.words
    if span.start > 0 and words[span.start - 1] in _FOR_BEFORE:
        return replace(heard, quantity=None, unit=None)
    if span.end >= len(words):
        return heard
    counted = words[span.end]
    after = words[span.end + 1 : span.end + 3]
    ending = next((e for e in _FOR_ENDINGS if counted.endswith(e)), None)
    stem = len(counted) - len(ending) if ending is not None else 0
    if stem >= 3 or any(w in _FOR_AFTER for w in after):  # "ചാക്ക്" is a sack, no ending
        return replace(heard, quantity=None, unit=None)
    return heard
