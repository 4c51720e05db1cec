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
_ONE_ENDS = (
    "वाला", "वाली", "वाले", "wala", "wali", "wale", "vala", "vali", "vale", "વાળી", "વાળું",
    "વાળો", "વાળા", "ਵਾਲਾ", "ਵਾਲੀ", "ਵਾਲੇ",
)  # fmt: skip
"""The same typed onto the currency word: "दहा रुपयेवाला"."""
# The rupee word the marker is typed onto: "સો રૂપિયાવાળી", "दहा रुपयेवाला".
_RUPEES = ("रुप", "रूप", "rup", "rap", "રૂપિય", "રુપિય", "ਰੁਪ", "ਰੁਪਈ")
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


def _named(reading: _Reading, price_end: int, *, english_one: bool) -> bool:
    """The price ending at `price_end` is said as "the X one" (the marker right after it,
    or typed onto its currency word: "સો રૂપિયાવાળી")."""
    k = price_end
    raw = reading.tokens[k].raw if k < len(reading.tokens) else ""
    if raw.endswith(_ONE_ENDS) and (reading.has(k, Cue.CURRENCY) or raw.startswith(_RUPEES)):
        return True  # not "બાજુવાળો", the one next door
    if k >= len(reading.words) or reading.words[k] not in _ONE or not _joined(reading, k):
        return False
    return english_one or reading.words[k] not in ("one", "ones")


def drop_names_before_price(reading: _Reading) -> None:
    """Goods named by their price, then a price asked for them ("give the 150 one for 125",
    "दो सौ वाली पौने दो सौ में दे दो", "બસો વાળી પોણા બસોમાં આપો"): the name is no price;
    the price said after it stands alone."""
    prices = reading.prices
    for i, price in enumerate(prices[:-1]):
        later = prices[i + 1]
        english_one = reading.words[price.start - 1 : price.start] == ["the"]
        if price.negated or not _named(reading, price.end, english_one=english_one):
            continue
        if later.start - price.end > 2 or _named(reading, later.end, english_one=True):
            continue  # "the 200 one, the 150 one": both names
        prices.remove(price)
        one = price.end
        if reading.words[one] in ("one", "ones"):
            reading.lone_ones.discard(one)  # the name's "one", no "one for 170"
            if later.each or (later.quantity is not None and later.quantity.start == one):
                later.each, later.per_unit, later.quantity = False, None, None
        return
