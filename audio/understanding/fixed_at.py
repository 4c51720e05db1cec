"""Agreement, the price on the table, then a bare "fix": "ok anna, hundred-ku fix, pack
pannunga", "chala dada, ekshe daha fix, bandhun dya", "sari anna, 35 ge fix", "ঠিক আছে,
একশোতে ফিক্স". The speaker agrees and says the deal is settled at that price: an accept.
A "fix" beside another price ("ok, 90 fix" against 100), or with no agreement before
it ("60 pe fix karo"), proposes settling there (`handover.settles_with_fix`): a counter."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.handover import _BARE_FIX
from audio.understanding.reading import _Price, _Reading


def fixed_at_table(
    reading: _Reading, chosen: _Price, accepts: list[int], reference_paise: int | None
) -> bool:
    """Whether a bare "fix" right after the price on the table (a case ending or a link
    may stand between) follows a word of agreement, with no refusal in the line."""
    if reference_paise is None or round(chosen.unit_paise()) != reference_paise:
        return False
    if not any(a < chosen.start for a in accepts):
        return False
    if any(p.negated for p in reading.prices):
        return False
    words = reading.words
    for k in range(chosen.end, min(chosen.end + 2, len(words))):
        if words[k] in _BARE_FIX:
            return True
        if not (reading.has(k, Cue.LINK, Cue.OF) or len(words[k]) <= 2):
            return False  # "35 e fix", "35 ge fix": a case ending typed apart
    return False
