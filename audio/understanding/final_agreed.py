"""Agreement to the price on the table, its "final" and then talk of something else: "ok,
1100 final, needed before Diwali", "ઠીક છે, નવસો ફાઈનલ, હોળી પહેલાં જોઈએ", "ठीक है, बारह
सौ फाइनल, शादी से पहले चाहिए". The speaker agrees to the other side's price and says the
haggling is over, then moves on (a date, a need): an accept of that price, not the
speaker's own final offer. "theek hai, 250 final" with nothing after it, or with a
price after it, stays a final offer (`finals`)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.reading import _joined, _Price, _Reading


def agreed_as_final(
    reading: _Reading,
    chosen: _Price,
    accepts: list[int],
    refusals: list[int],
    reference: int | None,
) -> bool:
    """Whether "final" after the price on the table, agreed to first, closes the deal."""
    if reference is None or round(chosen.unit_paise()) != reference:
        return False
    if not accepts or accepts[0] >= chosen.start or any(r < chosen.start for r in refusals):
        return False
    finals = [
        o for o in reading.occurrences if o[0] is Cue.FINAL and chosen.end <= o[1] <= chosen.end + 1
    ]
    if not finals:
        return False
    end = finals[0][2]
    words = reading.words
    if end >= len(words) or _joined(reading, end):
        return False  # "ok, 900 final" and nothing after, or "900 final hai": the offer
    after = range(end, len(words))
    return len(after) >= 2 and all(reading.number_at[k] is None for k in after)
