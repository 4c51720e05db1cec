"""A price of the past asked for again: "last month you gave it for 150, give it at that",
"पिछली बार साठ में दिया था, उसी में दे दो", "போன தடவை நூத்தம்பதுக்கு குடுத்தீங்க, அதே
விலைக்கு குடுங்க", "ਪਿਛਲੀ ਵਾਰ ਅੱਸੀ ਦਾ ਦਿੱਤਾ ਸੀ, ਉਹੀ ਲਾ ਦਿਓ". The price is dated by the
past in its own clause (`past_prices.py` sets it aside as no price of now), and a later
clause, with no price of its own, asks for "the same" or "that" with a verb of giving or
making: the past price is the one asked for now, a counter in reply (an offer
otherwise). Without the clause asking for it again ("last week it was thirty") the past
price stays a remark."""

from __future__ import annotations

from itertools import pairwise

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Reading
from audio.understanding.recalled import _clause
from audio.understanding.recalled_words import ASK_STEMS

# "The same", "that (one)", "that much": whole words.
_SAME_WORDS = frozenset(
    fold(w)
    for w in (
        "same", "that", "wahi", "vahi", "wohi", "vohi", "usi", "usme", "usmein", "utne",
        "utna", "utnemein", "ohi", "ose", "tevdhe", "tevdhyala", "tevdhyalach", "tyach",
        "adhe", "athe", "ade", "oi", "sei", "ej", "e j", "etla", "etlama", "એ જ", "તે જ",
    )
)  # fmt: skip

# The same as word beginnings, in the native scripts (case endings attached).
_SAME_STEMS = tuple(
    fold(w)
    for w in (
        "वही", "उसी", "उतने", "उतना", "वोही", "तेवढ्या", "तेवढे", "त्याच", "तोच",
        "அதே", "అదే", "ওই", "সেই", "એજ", "એટલા", "ಅದೇ", "അതേ",
        "ਉਹੀ", "ਉਸੇ", "ਓਹੀ",
    )
)  # fmt: skip

# Romanized verbs of giving or making beside `recalled._ASK_STEMS`.
_GIVE_WORDS = frozenset(fold(w) for w in ("laga", "lagao", "de", "do", "dijiye", "dena"))


def past_asked_again(reading: _Reading, past: list[_Price]) -> _Price | None:
    """The past price asked for again (see above), or None."""
    live = [p for p in reading.prices if not p.negated]
    if not past or not live or live[-1] is not past[-1]:
        return None
    price = past[-1]
    words = reading.words
    start = _clause(reading, price.start)[1]
    if start >= len(words) or any(p.start >= start for p in reading.prices):
        return None
    rest = words[start:]
    pairs = [f"{a} {b}" for a, b in pairwise(rest)]  # "એ જ", "e j"
    same = any(w in _SAME_WORDS or w.startswith(_SAME_STEMS) for w in [*rest, *pairs])
    gives = any(w in _GIVE_WORDS or w.startswith(ASK_STEMS) for w in rest)
    return price if same and gives else None
