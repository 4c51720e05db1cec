"""Stock said finished in one size or colour: "size ten in black is finished, only brown
is there", "काले में दस नंबर खत्म है", "laal mein medium khatam ho gaya". The colour or the
size named in the clause that says the stock gone describes what is gone, no request to be
shown another: the line tells the stock finished (`out_of_stock`).

A request for another said in its own clause ("finished, show me in red") stays."""

from __future__ import annotations

from itertools import pairwise

from audio.market.cue_hits import Hit
from audio.market.passes import Line

OUT = "out_of_stock"
ANOTHER = "show_another"


def gone_in_colour(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a request for another said in the clause that tells the stock gone."""
    gone = [h for h in hits if h.act == OUT]
    if not gone or not any(h.act == ANOTHER for h in hits):
        return hits
    cuts = sorted({0, len(line.words), *(b for b in line.punct if 0 < b < len(line.words))})
    clauses = [(lo, hi) for lo, hi in pairwise(cuts) if any(lo <= h.start < hi for h in gone)]
    return [
        h for h in hits if not (h.act == ANOTHER and any(lo <= h.start < hi for lo, hi in clauses))
    ]
