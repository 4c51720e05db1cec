"""A second number after a pause that counts a span of time or a spec of its own ("bulb
120 each, one year warranty", "पंखा सत्रह सौ का, दो साल गारंटी", "பல்பு நூத்தி இருபது,
ஒரு வருஷம் வாரண்டி"): the years or months belong to that number, never to the price
before the pause. The price stands; only the second number is no price (`specs` drops
it)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.numbers import find_numbers, number_table
from audio.understanding.reading import _joined, _Reading
from audio.understanding.specs import _SPANS, _is


def _number_word(reading: _Reading, k: int) -> bool:
    """The word at `k` reads as a number, also one a later pass set aside (a lone "दो",
    "ondu" no unit vouches for)."""
    if reading.number_at[k] is not None:
        return True
    spans = find_numbers(reading.words[k : k + 1], number_table(reading.language))
    return bool(spans) and spans[0].end == 1


def counted_after_pause(reading: _Reading, start: int, k: int) -> bool:
    """Between the number ending at `start` and the word at `k` a pause falls before a
    number word of its own: what comes at `k` measures that number, not the first."""
    return any(not _joined(reading, j) and _number_word(reading, j) for j in range(start, k))


def one_of_next_clause(reading: _Reading, k: int) -> bool:
    """A lone "one" after a pause that a span of time follows ("nooru ippattu, ondu varsha
    warranty"): the one year, not "120 for one"."""
    return (
        0 < k < len(reading.words) - 1
        and not _joined(reading, k)
        and (reading.has(k + 1, Cue.NOT_MONEY) or _is(reading.words[k + 1], _SPANS))
    )
