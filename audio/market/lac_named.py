"""Lac the material is no lakh: "lac bangles, glass bangles, every colour", "लाख की
चूड़ियाँ दिखाओ", "lac ki choodiyan". The resin bangles and toys are made of is written and
said as the number word for a hundred thousand ("lac", "लाख"), and understanding reads a
bare one as ₹1,00,000: an offer nobody made.

A lakh word said alone (no number before it inside its mention) and followed by a thing
made of lac (`MADE`: bangles, toys, in any of the project's languages), with at most a
word of "of" between (`OF`: "की", "ki", "ਦੀ", "ની"), names the material: the line keeps no
price from it. "two lac for this set?" keeps its two lakh.
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import TokenKind, fold, tokenize
from audio.market.counted import currency_said
from audio.market.spec_number import unpriced_where
from audio.understanding import Catalogue, PriceMention, Understanding

LAKH = "lac lakh lakh= laakh लाख लाख़ ਲੱਖ ਲਾਖ લાખ লাখ লাক্ষা"
"""The words for lakh that are also the word for lac."""

OF = "ki ka ke ni nu no di da de chi cha che की का के ची चा चे ਦੀ ਦਾ ਦੇ ની નું નો নো er এর ের of"
"""Words of "of" between the material and the thing made of it."""

MADE = (
    "bangle bangles bangdi bangdya chudi chudiyan choodi choodiyan chudiya choodiya chooda "
    "chura kangan toys toy dolls bracelet bracelets jewellery work "
    "चूड़ी चूड़ियाँ चूड़ियां चूडी चूडियाँ चूड़ा कंगन बांगडी बांगड्या खिलौने खेळणी "
    "ਚੂੜੀ ਚੂੜੀਆਂ ਚੂੜਾ ਕੰਗਣ ચૂડી ચૂડીઓ ચૂડલો બંગડી બંગડીઓ চুড়ি চুরি বালা "
    "வளையல் வளையல்கள் గాజులు గాజు ಬಳೆ ಬಳೆಗಳು വള വളകൾ"
)
"""Things made of lac, said after the material."""


@cache
def _words(table: str) -> frozenset[str]:
    return frozenset(
        fold(w.rstrip("=")) for w in {"lakh": LAKH, "of": OF, "made": MADE}[table].split()
    )


FUSED_OF = ("ની", "નું", "ના", "નો", "ের", "এর")
"""Words of "of" written onto the material ("લાખની બંગડી")."""


def _lakh_word(word: str) -> bool:
    """Whether `word` is a lakh word, alone or with an "of" written onto it."""
    lakh = _words("lakh")
    return word in lakh or any(
        word.endswith(fold(s)) and word[: -len(fold(s))] in lakh for s in FUSED_OF
    )


def _lac(mention: PriceMention, text: str) -> bool:
    """Whether `mention` is a lone lakh word naming the material lac (see above)."""
    tokens = tokenize(text)
    inside = [t for t in tokens if mention.start <= t.start and t.end <= mention.end]
    if len(inside) != 1 or not _lakh_word(inside[0].norm):
        return False
    after = [t for t in tokens if t.start > inside[0].start and t.kind is TokenKind.WORD]
    if after and after[0].norm in _words("of"):
        after = after[1:]
    return bool(after) and after[0].norm in _words("made")


def lac_not_price(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where every price heard is lac named as the
    material of bangles or toys and no currency is said; doubted where the standing one is
    and another is not; None where the price stands."""
    del catalogue
    if understood.amount_paise is None or not understood.mentions:
        return None
    if currency_said(text, language):
        return None
    return unpriced_where(understood, [_lac(m, text) for m in understood.mentions], min_confidence)
