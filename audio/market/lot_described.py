"""The whole lot named in a claim or a doubt about the goods: "honey sweet, not one sour
mango in the whole lot", "सारा माल आज का ताज़ा है", "ਪੂਰੀ ਟੋਕਰੀ ਅੱਜ ਦੀ ਤਾਜ਼ੀ ਹੈ", "half
the basket is rotten". The basket or the stock named whole says how far the claim
reaches; nobody asks what all of it would cost.

A `bulk_price` hit says nothing when the line holds a claim or a doubt about the goods
(`DESCRIBING`), no "?" and no price question: "these look fresh, how much for the whole
lot?" still asks the rate for all of it.
"""

from __future__ import annotations

from audio.market.cue_hits import Hit

BULK = "bulk_price"
DESCRIBING = frozenset(
    {
        "claim_fresh", "claim_sweet", "claim_origin",
        "quality_soft", "quality_old", "quality_small",
    }
)  # fmt: skip
"""Acts that describe the goods at hand."""


def lot_described(hits: list[Hit], words: list[str]) -> list[Hit]:
    """`hits` without the whole lots named in a claim or a doubt about the goods."""
    acts = {h.act for h in hits}
    if BULK not in acts or not acts & DESCRIBING or "ask_price" in acts or "?" in words:
        return hits
    return [h for h in hits if h.act != BULK]
