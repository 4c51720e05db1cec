"""More of what is said at a stall read as it is meant, each in its own module: damage said
of a fashion (`in_fashion`), old stock doubted (`old_stock`), freshness said not to show
(`not_fresh_looking`), another one asked to be shown (`other_shown`), a bag only looked in
(`bag_looked_in`), the scale said to lean to one side (`scale_tilted`) and goods asked for
on hire (`hire_asked`)."""

from __future__ import annotations

from audio.market.bag_looked_in import bag_looked_in
from audio.market.cue_hits import Hit
from audio.market.hire_asked import hire_asked
from audio.market.in_fashion import in_fashion
from audio.market.not_fresh_looking import not_fresh_looking
from audio.market.old_stock import old_stock
from audio.market.other_shown import other_shown
from audio.market.scale_tilted import scale_tilted

PASSES = (
    in_fashion,
    old_stock,
    not_fresh_looking,
    other_shown,
    bag_looked_in,
    scale_tilted,
    hire_asked,
)
"""The passes, in the order they run: each takes the hits and gives them back read anew."""


def stall_more(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` after each of `PASSES`."""
    for read in PASSES:
        hits = read(hits, words, language, punct)
    return hits
