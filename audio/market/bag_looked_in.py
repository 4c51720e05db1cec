"""A bag something is looked for in: "hold on, I brought the house key too, let me find it
in my bag". A word of searching (`audio.market.bag_searched.SEARCH`) at most `_REACH`
words before the bag, in its clause, tells where the speaker looks: no bag asked for
(`give_bag`) nor said had for the goods (`have_bag`), and the line is what else it says
(the `wait` it asks). Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.bag_searched import SEARCH
from audio.market.cue_hits import Hit
from audio.market.phrases import ends_within, forms_in

BAGS = frozenset({"give_bag", "have_bag"})

_REACH = 4
"""Words before the bag ("find it in my") a word of searching may stand."""


def bag_looked_in(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` without a bag that is only looked in (see above)."""
    if not any(h.act in BAGS for h in hits):
        return hits
    search = forms_in(language, SEARCH)

    def looked_in(h: Hit) -> bool:
        end = h.end - 1  # the bag word, last in its cue
        lo = max([b for b in punct if b <= end] + [0, end - _REACH])
        return bool(ends_within(search, words, lo, end))

    return [h for h in hits if h.act not in BAGS or not looked_in(h)]
