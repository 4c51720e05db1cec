"""The hour new stock comes at is no price: "పనీర్ అయిపోయింది, ఆరింటికి కొత్త సరుకు
వస్తుంది" (the paneer is finished, new stock comes at six), "ছটায় নতুন মাল আসবে". A number
right before new stock told to come (`audio.market.restock`), with no currency said, is
the hour: the line keeps no price from it, and the stock said out reaches the listener.
"""

from __future__ import annotations

from audio.lexicon import TokenKind, tokenize
from audio.market.clause import breaks
from audio.market.counted import currency_said
from audio.market.restock import restock_told
from audio.market.spec_number import unpriced_where
from audio.understanding import Catalogue, PriceMention, Understanding


def _hour_before(mention: PriceMention, text: str, language: str) -> bool:
    """Whether `mention` stands right before new stock told to come ("ఆరింటికి కొత్త సరుకు
    వస్తుంది", at six new stock comes): the hour it comes at."""
    kept = [t for t in tokenize(text) if t.kind is TokenKind.WORD or t.norm == "?"]
    span = restock_told([t.norm for t in kept], language, breaks(text))
    if span is None:
        return False
    after = [k for k, t in enumerate(kept) if t.start >= mention.end]
    return bool(after) and after[0] == span[0]


def restock_hour_not_price(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where every price heard is the hour new stock
    comes at and no currency is said; doubted where the standing one is and another is
    not; None where the price stands."""
    del catalogue
    if understood.amount_paise is None or not understood.mentions:
        return None
    if currency_said(text, language):
        return None
    hours = [_hour_before(m, text, language) for m in understood.mentions]
    return unpriced_where(understood, hours, min_confidence)
