"""A school class named "plus one" or "plus two" (the eleventh and twelfth classes, as
Kerala and Tamil Nadu call them: "പ്ലസ് ടു ഗൈഡ്", "பிளஸ் டூ புக்", "plus one text"): the
one or two is the class's, no count and no price, and the "plus" adds nothing ("plus 50
for fitting" is an extra charge, `audio.understanding.extras`)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan, find_numbers, number_table
from audio.understanding.extras import FREE
from audio.understanding.reading import _joined, _Reading

_PLUS = frozenset(
    fold(w)
    for w in (
        "plus", "प्लस", "ப்ளஸ்", "பிளஸ்", "ப்ளஸ", "ప్లస్", "প্লাস", "પ્લસ", "ಪ್ಲಸ್", "പ്ലസ്",
        "ਪਲੱਸ", "ਪਲਸ",
    )
)  # fmt: skip
_CLASS = "plusclass"
"""What the two words of a class name read as from here on: one word, no number."""


def school_classes(reading: _Reading, spans: list[NumberSpan]) -> list[NumberSpan]:
    """The spans less a "one" or "two" said right after "plus" as one word, with a word
    after it that is no number, money, unit or "free"."""
    words = reading.words
    table = number_table(reading.language)
    gone = set()
    for k in range(1, len(words) - 1):
        after = k + 1
        if words[k - 1] not in _PLUS or not (_joined(reading, k) and _joined(reading, after)):
            continue
        read = find_numbers(words[k:after], table)
        if not (len(read) == 1 and read[0].value in (1, 2)):
            continue
        if any(s.start == after for s in spans) or find_numbers(words[after : after + 1], table):
            continue
        if reading.has(after, Cue.CURRENCY, Cue.UNIT, Cue.PER) or words[after] in FREE:
            continue
        words[k - 1] = words[k] = _CLASS
        gone.add(k)
    return [s for s in spans if not (s.start in gone and s.end == s.start + 1)]
