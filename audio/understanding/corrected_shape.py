"""A rate taken back and said again: "gulal packet 70, sorry, 75", "honey bottle 300,
sorry, 320", "ప్యాకెట్ ముప్పై... కాదు కాదు, నలభై". The price said after the word of
correcting (or the "no no", or the hesitation) replaces the first and keeps its shape:
the rate of the same packet, bottle or unit, as the line said without the slip would
be. A price with a unit, a count or "each" of its own after it keeps its own shape."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.clauses import _broken_off
from audio.understanding.corrections import corrected_over
from audio.understanding.reading import _joined, _Price, _Reading

# Words after the price said again that leave its shape to the first: money and
# punctuation.
_PLAIN_AFTER = (Cue.CURRENCY, Cue.ARTICLE)


def _nothing_after(reading: _Reading, price: _Price) -> bool:
    for k in range(price.end, len(reading.words)):
        if not _joined(reading, k) and k > price.end:
            return True  # the next clause is its own: "sorry, 75. Fresh stock."
        word = reading.words[k]
        if not (word[:1].isalnum()) or reading.has(k, *_PLAIN_AFTER):
            continue
        return False
    return True


def shape_kept_on_correction(reading: _Reading, chosen: _Price | None) -> None:
    """Give `chosen` the rate of the price right before it when that one is taken back
    by the speaker ("70, sorry, 75") and `chosen` says no unit, count or "each" of its
    own."""
    if chosen is None or chosen.quantity is not None:
        return
    earlier = [p for p in reading.prices if p.end <= chosen.start]
    if not earlier:
        return
    first = earlier[-1]
    if first.per_unit is not True or first.paise == chosen.paise:
        return
    corrected = first in corrected_over(reading) or _broken_off(reading, first)
    if not corrected or not _nothing_after(reading, chosen):
        return
    chosen.per_unit, chosen.quantity = True, first.quantity
    chosen.each = chosen.each or first.each
