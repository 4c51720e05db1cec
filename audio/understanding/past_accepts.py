"""A purchase of the past told: "গত হপ্তায় তিনশোতে নিলাম, আজও তিনশো দেব" (last week I
took it at 300, today too I'll give 300), "I took it for 300 last week". The verb of
taking dated by a word of the past, with the price then in its clause, tells what was
paid before; it agrees to nothing now. The price of today stays the speaker's own."""

from __future__ import annotations

from audio.understanding.reading import _Reading
from audio.understanding.recalled import _clause, _found
from audio.understanding.recalled_words import PAST


def bought_before(reading: _Reading, accepts: list[int]) -> list[int]:
    """The accepts in a clause with a word of the past and a price in it."""
    past = _found(reading.words, PAST)
    if not past:
        return []
    dated = []
    for a in accepts:
        start, stop = _clause(reading, a)
        if not any(start <= k < stop for k in past):
            continue
        if any(start <= p.start < stop for p in reading.prices):
            dated.append(a)
    return dated
