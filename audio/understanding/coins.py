"""A coin word after rupees and a number under a hundred: Tamil "ஆறு ரூபா அம்பது காசு"
is ₹6.50, Kannada "ಆರು ರೂಪಾಯಿ ಐವತ್ತು ಕಾಸು" too. Alone the word is "money" as often as
"paise" ("நூறு காசு" is never ₹1), so it is read as paise only there."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan
from audio.understanding.annas import annas_after_rupees
from audio.understanding.reading import _Reading

_COINS = frozenset(
    fold(w)
    for w in (
        "காசு", "காசும்", "காசுக்கு", "காசுனு", "kaasu", "kasu", "kaasukku", "ಕಾಸು", "ಕಾಸಿಗೆ",
        "kaasige",
    )
)  # fmt: skip


def coins_after_rupees(reading: _Reading, spans: list[NumberSpan]) -> None:
    """Mark the coin word of "<number> <rupees> <under 100> <coin>" as paise, and read
    annas after rupees as their paise (`annas`)."""
    annas_after_rupees(reading, spans)
    words = reading.words
    for span in spans:
        k, value = span.end, span.value
        if k >= len(words) or words[k] not in _COINS or not (0 < value < 100):
            continue
        before = span.start - 1
        if value != int(value) or before < 1 or not reading.has(before, Cue.CURRENCY):
            continue
        if reading.number_at[before - 1] is None:
            continue  # no rupees counted before the rupee word
        reading.cues[k] = frozenset({Cue.PAISE})
        reading.occurrences.append((Cue.PAISE, k, k + 1))
