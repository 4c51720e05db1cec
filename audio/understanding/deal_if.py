"""A price, then "and it's a deal": "two sixty and we have a deal", "दो सौ साठ में सौदा
पक्का", "দুশো ষাট হলে ডিল পাকা", "do sau saath to pakka" name the speaker's own price
and the deal that follows if it is taken: a conditional counter of that price. It
accepts only where the price is the one on the table ("two eighty and we have a deal"
against ₹280). Agreement said before the price ("chalo 180 pakka") is read as before."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading

_DEAL = frozenset(
    fold(w)
    for w in (
        "deal", "done", "pakka", "pakki", "pucca", "डील", "सौदा", "पक्का", "पक्की", "ਸੌਦਾ",
        "ਡੀਲ", "ਪੱਕਾ", "ਪੱਕੀ", "ડીલ", "સોદો", "પાકું", "પાકી", "પાક્કું", "ডিল", "পাকা",
        "டீல்", "டீலு", "డీల్", "ಡೀಲ್", "ഡീൽ", "ഉറപ്പ്",
    )
)  # fmt: skip
_NEAR = 5
"""The deal word comes within this many words after the price."""


def deal_if_taken(
    reading: _Reading, chosen: _Price, accepts: list[int], reference: int | None
) -> list[int]:
    """The accepts left once those after a price of the speaker's own, beside a deal
    word, are set aside as the condition of a counter."""
    if reference is not None and chosen.paise == reference:
        return accepts
    if any(a < chosen.start for a in accepts):
        return accepts  # "chalo 180 pakka": agreement said first stands as before
    words = reading.words
    after = range(chosen.end, min(chosen.end + _NEAR, len(words)))
    if not any(words[k] in _DEAL for k in after):
        return accepts
    return [a for a in accepts if a < chosen.start]
