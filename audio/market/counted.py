"""A count in a market act is no price: "দুটো কাঁচালঙ্কা ফাউ দেবেন" (put two chillies in
free), "ಎರಡು ಮೆಣಸಿನಕಾಯಿ ಸುಮ್ಮನೆ ಹಾಕಿ ಅಣ್ಣ", "दोन मिरच्या वरून टाका". Where the goods are
not in the room's catalogue, understanding reads the bare number as a price and doubts
it; the speaker would be asked "₹2?" and the act never reach the listener.

When the line says an act that counts goods (`COUNTING`) and understanding doubted its
price (confidence under the caller's threshold), every price it heard was a bare number
(no currency word or sign anywhere in the line), one number and a small one, neither
refused nor said as a rate,
the number counts the goods: the understanding comes back with no price, so the act is
said to the listener. A price said with a currency word ("দশ টাকার ধনেপাতা ফাউ দিন") or
heard with confidence always stays.
"""

from __future__ import annotations

from dataclasses import replace

from audio.languages.base import Cue
from audio.lexicon import TokenKind, lexicon_for, tokenize
from audio.market.recognise import market_act
from audio.understanding import Catalogue, Intent, Understanding

COUNTING = ("ask_extra",)
"""Acts whose numbers count goods: "two chillies free"."""

_MOST_PAISE = 20_00
"""The most a bare count of goods asked free reads as (20): a larger number, or two
numbers ("দুটো লঙ্কা ফাউ, আর পঞ্চাশ দিচ্ছি"), may be a price and is asked about."""


def _currency_said(text: str, language: str) -> bool:
    tokens = tokenize(text)
    if any(t.kind is TokenKind.SIGN and t.norm != "?" for t in tokens):
        return True
    words = [t.norm for t in tokens]
    for lang in {language, "en"}:
        lexicon = lexicon_for(lang)
        for i in range(len(words)):
            if any(p.cue in (Cue.CURRENCY, Cue.PAISE) for p in lexicon.lookup(words, i)):
                return True
    return False


def count_not_price(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where the price is a count of goods in a
    market act ("দুটো কাঁচালঙ্কা ফাউ দেবেন"), or None where the price stands."""
    if understood.amount_paise is None or understood.confidence >= min_confidence:
        return None
    if len(understood.mentions) > 1 or understood.amount_paise > _MOST_PAISE:
        return None
    if any(m.negated or m.per_unit for m in understood.mentions):
        return None
    act = market_act(text, language, catalogue)
    if act is None or act.act not in COUNTING or _currency_said(text, language):
        return None
    return replace(understood, intent=Intent.OTHER, amount_paise=None, per_unit=None, mentions=())
