"""A number that names the one to be shown is no price: "isse badhiya dikhao, 1509 wala",
"ਇਸ ਤੋਂ ਵਧੀਆ ਵਿਖਾਓ, 1121 ਵਾਲਾ", "show another, the 1718 one", "thoda chauda wala".

In a request to be shown goods (`SHOWING`: another, a better one) a number said with the word
for "the one" after it ("वाला", "wala", "ਵਾਲਾ", "વાળું", "one") names a variety, a model or a
design ("1121 basmati", "the 1509 one"); a romanized adjective that sounds like a number word
("chauda wala", the wider one, heard as "chaudah", 14) stands in the same place, and is no price
either when said alone in a show request with no unit, rate or sum word: a number said in words
in Latin letters there is the adjective. Understanding reads it as an offer, and the listener
would be handed a price nobody said. Where every price heard is so bound and no currency is
said, the line is its show request with no price; where the standing price is bound but another
is not ("40 doge? 1509 wala"), it is doubted, so the speaker is asked."""

from __future__ import annotations

from functools import cache

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold, lexicon_for, tokenize
from audio.market.counted import currency_said
from audio.market.recognise import market_act
from audio.market.spec_number import unpriced_where
from audio.understanding import Catalogue, PriceMention, Understanding

_PRICED = frozenset({Cue.UNIT, Cue.PER, Cue.EACH, Cue.TOTAL, Cue.SET, Cue.MEASURE, Cue.LOT})
"""Cues of a price said as a rate or a sum: a number word beside one is a price."""

SHOWING = frozenset({"show_another", "show_better"})
"""Acts that ask to be shown goods, where a number with "the one" names what to show."""

ONE = {
    "en": "one ones wala wale wali vala vale vali",
    "hi": "वाला वाले वाली",
    "pa": "ਵਾਲਾ ਵਾਲੇ ਵਾਲੀ",
    "mr": "वाला वाले वाली वाल्या",
    "gu": "વાળું વાળા વાળી વાળો",
    "bn": "ওয়ালা ওয়ালাটা",
}
"""Per language, the word for "the one" said after a name ("1121 वाला"); the English and
romanized ones are heard in every language."""


@cache
def _ones(language: str) -> frozenset[str]:
    return frozenset(fold(w) for lang in {language, "en"} for w in ONE.get(lang, "").split())


def _named(mention: PriceMention, text: str, language: str) -> bool:
    """Whether the number of `mention` has "the one" right after it, or is a romanized
    word (no digit) in a line that says no unit: "chauda" (wide), "sau", said alone."""
    after = [t for t in tokenize(text) if t.start >= mention.end]
    if after and after[0].kind is TokenKind.WORD and after[0].norm in _ones(language):
        return True
    said = text[mention.start : mention.end]
    return said.isascii() and not any(c.isdigit() for c in said) and not _unit_said(text, language)


def _unit_said(text: str, language: str) -> bool:
    words = [t.norm for t in tokenize(text)]
    for lang in {language, "en"}:
        lexicon = lexicon_for(lang)
        for i in range(len(words)):
            if any(p.cue in _PRICED for p in lexicon.lookup(words, i)):
                return True
    return False


def named_not_price(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where, in a show request, every price heard is
    a number naming the one to show and no currency is said; doubted where the standing
    one is so named and another is not; None where the price stands."""
    if understood.amount_paise is None or not understood.mentions:
        return None
    market = market_act(text, language, catalogue)
    if market is None or market.act not in SHOWING or currency_said(text, language):
        return None
    named = [_named(m, text, language) for m in understood.mentions]
    return unpriced_where(understood, named, min_confidence)
