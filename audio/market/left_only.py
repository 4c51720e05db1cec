"""Goods said finished with only others left: "বড়গুলো শেষ, শুধু ছোটগুলো আছে" (the big
ones are finished, only the small ones are there), "the big ones are gone, only small
ones left". The "is there" after "only" tells what stock is left, no question of stock
(`have_it`), and the small ones named are what is left, no complaint: the line is
`out_of_stock`. A "?" after it ("শুধু ছোটগুলো আছে?") still asks."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.only import only_before

GONE = "out_of_stock"
ASKED = "have_it"


def left_only(hits: list[Hit], words: list[str], language: str, punct: frozenset[int]) -> list[Hit]:
    """`hits` without a stock question that only tells what is left beside goods finished."""
    if not any(h.act == GONE for h in hits):
        return hits

    def told(h: Hit) -> bool:
        clause = max((b for b in punct if b <= h.start), default=0)
        asked = h.end < len(words) and words[h.end] == "?"
        return not asked and only_before(words[clause:], h.start - clause, language)

    return [h for h in hits if h.act != ASKED or not told(h)]
