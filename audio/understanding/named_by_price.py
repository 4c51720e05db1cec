"""Goods named by their price, then refused: "no, the twelve-rupee one was old stock, the
rate has gone up now", "नहीं, बारह रुपये वाला पुराना माल था", "ਨਹੀਂ ਜੀ, ਪੰਦਰਾਂ ਵਾਲੀ ਤਾਂ ਮੁੱਕ
ਗਈ", "ना, दहा रुपयेवाला जुना माल होता". "The X one" ("X wala", "the X-rupee one") names
which goods, not a price offered now: in a line that refuses, it is the price refused,
so the line is a refusal with no amount of its own, never a counter of X."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading

# "The ... one" said right after a price: Hindi-type "wala" in its forms, English "one".
_ONE = frozenset(
    fold(w)
    for w in (
        "wala", "wali", "wale", "vala", "vali", "vale", "waala", "waali", "waale", "वाला",
        "वाली", "वाले", "ਵਾਲਾ", "ਵਾਲੀ", "ਵਾਲੇ", "ਵਾਲੀਆਂ", "વાળા", "વાળી", "વાળું", "વાળો",
        "one", "ones",
    )
)  # fmt: skip
_ONE_ENDS = ("वाला", "वाली", "वाले", "wala", "wali", "wale", "vala", "vali", "vale")
"""The same typed onto the currency word: "दहा रुपयेवाला"."""
_REFUSED = (Cue.NEGATION, Cue.NOT, Cue.REJECT)
# A "no" that opens the line before a comma, where the word is also "of" (Gujarati "ના").
_NO_FIRST = frozenset(fold(w) for w in ("ના", "na", "naa", "ਨਾ", "ना"))


def refuse_goods_named_by_price(reading: _Reading) -> None:
    """Mark as refused each price said as "the X one" in a line that opens with a
    refusal ("no, the twelve-rupee one ..."), when no other price is said."""
    if len(reading.prices) != 1 or not reading.words:
        return
    price = reading.prices[0]
    k = price.end
    glued = k < len(reading.tokens) and reading.tokens[k].raw.endswith(_ONE_ENDS)
    if not glued:
        if k >= len(reading.words) or reading.words[k] not in _ONE or not _joined(reading, k):
            return
        if reading.words[k] in ("one", "ones") and not price.explicit:
            return  # "forty, one kilo": a count, not "the forty one"
    first_no = reading.words[0] in _NO_FIRST and price.start > 0 and not _joined(reading, 1)
    if first_no or any(reading.has(j, *_REFUSED) for j in range(price.start)):
        price.negated = True
