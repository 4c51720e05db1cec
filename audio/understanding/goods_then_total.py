"""A count of goods named with a price for all of them, in either order: "five notebooks,
250 in all", "पाँच कॉपियाँ, कुल 250", "ನೂರು ಬೆರಣಿ ಮುನ್ನೂರು ರೂಪಾಯಿ" (a hundred dung cakes,
300), "300 for a hundred bricks", "तीन सौ में सौ उपले". The bare number right before a
word for the goods counts them (`quantity`, `unit` piece) and the larger price is the
total for them (`per_unit` false): never two prices to ask between, and never the count
taken as the price ("900 for a hundred bricks" is ₹900 for 100, not ₹100). "N for a
hundred", "N per hundred", "N a hundred" with a pause or the line's end after the hundred
price a hundred of the goods named anywhere else in the line ("eggs, 650 per hundred,
from my own hens").

Read after the passes that know the goods by name (`goods_counts`, `counted_for`): this
one needs no list of goods, only the shape: a small whole number (2 to 50) or a hundred
(before the goods, any round count of hundreds up to a thousand: "two hundred samosas for
the langar, will you do 2,000?" is ₹2,000 for 200), no money word or case ending on it,
a plain word right after it, and a price at least five times the count (more than a
hundred for a hundred)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.understanding.endings import _CLASSIFIERS, _price_endings
from audio.understanding.orders import AND_WORDS
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading
from audio.understanding.two_items import points_at_an_item

_MOST = 50
"""Up to this many pieces counted; a hundred is counted too (goods sold by the hundred)."""
_HUNDRED = 100
_ROUND = 50
_MOST_LARGE = 1000
"""Round counts of goods for an occasion, said before the goods: up to a thousand."""
_TIMES = 5
"""A total is at least this many times the count read as rupees."""
_GAP = 6
"""At most this many words between the goods and the price."""
_SHORTEST = 3
"""A goods word named before its count is longer than this many letters less one."""
# A hundred as a lot of goods, alone or with "per"/"for": Marathi "शेकडा", "शेकड्याला"
# (for a hundred), Hindi "सैकड़ा", Punjabi "ਸੈਂਕੜਾ", Gujarati "સેંકડે".
_HUNDRED_WORDS = frozenset(
    fold(w)
    for w in (
        "शेकडा", "शेकड्याला", "शेकड्याचे", "शेकड्याने", "shekda", "shekdyala", "सैकड़ा",
        "सैकड़े", "सैंकड़ा", "सैंकड़े", "saikda", "saikde", "ਸੈਂਕੜਾ", "ਸੈਂਕੜੇ", "સેંકડે",
        "સેંકડાના", "sainkde",
    )
)  # fmt: skip
# "Or" between two numbers: a range or two readings, no goods.
_OR = frozenset(
    fold(w)
    for w in (
        "or", "या", "ya", "अथवा", "లేదా", "leda", "ledha", "किंवा", "kinva", "kimva", "বা",
        "ba", "কিংবা", "অথবা", "কি", "કે", "ke", "ಅಥವಾ", "athava", "athva", "അല്ലെങ്കിൽ",
        "ਜਾਂ", "jaan", "ja", "அல்லது", "alladhu", "allathu", "ಇಲ್ಲಾ", "illa", "இல்ல",
    )
)  # fmt: skip
_GOODS_CUES = frozenset((Cue.PAYMENT,))
"""Cues a goods word may carry by a look-alike start ("નોટબુક", a notebook, starts as
"નોટ", a note of money)."""
# "For" said apart between a price and the count after it: "300 for a hundred".
_FOR = frozenset(
    fold(w)
    for w in (
        "for", "per", "में", "mein", "me", "ਵਿੱਚ", "ਵਿਚ", "vich", "માં", "ma", "ला", "la",
    )
)  # fmt: skip

# "A hundred" said with its article: "700 a hundred" names no "for".
_A_HUNDRED = frozenset(("a", "one"))


def _count_value(price: _Price, large: bool = False) -> float | None:
    """The count the price may be; `large`: also a round count of a few hundred said
    before the goods ("two hundred samosas for the langar, will you do 2,000?")."""
    value = price.span.value
    if price.explicit or price.negated or price.quantity is not None or price.each:
        return None
    suffix = price.span.suffix
    if price.per_unit or price.bound or (suffix and suffix not in _CLASSIFIERS):
        return None
    if large and value % _ROUND == 0 and _HUNDRED <= value <= _MOST_LARGE:
        return value
    if value != int(value) or not (2 <= value <= _MOST or value == _HUNDRED):
        return None
    return value


def _goods_after(reading: _Reading, count: _Price) -> bool:
    """A plain word (the goods) right after the count, with no pause between."""
    k = count.end
    if k >= len(reading.words) or not _joined(reading, k) or reading.number_at[k] is not None:
        return False
    if reading.words[k] in AND_WORDS or reading.words[k] in _OR:
        return False  # "six or seven hundred", "vanda leda nuta padi": two prices
    if points_at_an_item(reading, k):
        return False  # "ಇದು ನೂರು ಅದು ನೂರೈವತ್ತು": that one's price, no goods counted
    return reading.cues[k] <= _GOODS_CUES


def _goods_before(reading: _Reading, count: _Price) -> bool:
    """The goods named right before the count, opening the line or a clause: "hooks, a
    hundred for 150", "হুক একশোটা দেড়শো টাকা", "கொக்கி நூறு, நூத்தி அம்பது ரூபாய்"."""
    k = count.start - 1
    if k < 0 or reading.number_at[k] is not None or reading.tokens[k].kind is not TokenKind.WORD:
        return False
    if not reading.cues[k] <= _GOODS_CUES or len(reading.words[k]) < _SHORTEST:
        return False
    return k == 0 or not _joined(reading, k)


def _priced_after(reading: _Reading, count: _Price, total: _Price) -> bool:
    """The total after the count is the one said as money: a money word or a "for"
    ending on it, or "for" between ("a hundred for 150")."""
    if total.explicit or total.span.suffix in _price_endings(reading.language):
        return True
    between = reading.words[count.end : total.start]
    return len(between) == 1 and between[0] in _FOR


def _enough(total: _Price, value: float) -> bool:
    if value == _HUNDRED:
        return total.paise > _HUNDRED * 100
    return total.paise >= value * 100 * _TIMES


def _for_between(reading: _Reading, total: _Price, count: _Price) -> bool:
    """The total said with "for" before the count: a word apart, or an ending on it."""
    between = reading.words[total.end : count.start]
    if len(between) == 1 and between[0] in _FOR:
        return True
    suffix = total.span.suffix
    return not between and bool(suffix) and suffix in _price_endings(reading.language)


def _hundred_lot(reading: _Reading, total: _Price, count: _Price) -> bool:
    """ "400 for a hundred", "650 per hundred", "700 a hundred", then a pause or the line's
    end: the goods (named before or after, or not at all) sold by the hundred."""
    if count.span.value != _HUNDRED or not _joined(reading, count.start):
        return False
    between = reading.words[total.end : count.start]
    joined = not between and reading.words[count.start] in _A_HUNDRED
    if not joined and not (len(between) == 1 and between[0] in _FOR):
        return False
    return count.end >= len(reading.words) or not _joined(reading, count.end)


def _count_goods(reading: _Reading, count: _Price, total: _Price, value: float) -> None:
    reading.prices.remove(count)
    quantity = _Quantity(value, "piece", count.start, count.end)
    quantity.claimed = True
    reading.quantities.append(quantity)
    if total.per_unit is None or total.per_unit is False:
        total.per_unit, total.quantity = False, quantity


def _by_the_hundred(reading: _Reading) -> None:
    """ "शेकड्याला तीनशे", "सैकड़ा तीन सौ", "per hundred 300": the price of a hundred."""
    standing = [p for p in reading.prices if not p.negated]
    if len(standing) != 1 or standing[0].quantity is not None or standing[0].per_unit:
        return
    price = standing[0]
    for k in (price.start - 1, price.end):
        if 0 <= k < len(reading.words) and reading.words[k] in _HUNDRED_WORDS:
            quantity = _Quantity(_HUNDRED, "piece", k, k + 1)
            quantity.claimed = True
            reading.quantities.append(quantity)
            price.per_unit, price.quantity = False, quantity
            return


def _for_a_hundred_first(reading: _Reading) -> None:
    """ "వందకి పదిహేను వందలు", "நூறுக்கு ஆயிரத்து ஐநூறு", "ನೂರಕ್ಕೆ ಸಾವಿರದ ಐನೂರು",
    "शंभराला बाराशे": a bare hundred with its "for" ending, then right after it a larger
    price, is the price of a hundred of the goods (₹1,500 for 100 pieces), never a price
    of ₹100 beside another."""
    standing = [p for p in reading.prices if not p.negated]
    if len(standing) != 2 or len(reading.prices) != 2:
        return
    count, total = standing
    if count.span.value != _HUNDRED or count.explicit or count.bound or total.start != count.end:
        return
    if count.quantity is not None or count.per_unit or count.each:
        return
    suffix, endings = count.span.suffix, tuple(_price_endings(reading.language))
    if not suffix or not endings or not suffix.endswith(endings):
        return
    if total.quantity is not None or total.per_unit or total.each or total.paise <= _HUNDRED * 100:
        return
    _count_goods(reading, count, total, _HUNDRED)


def goods_then_total(reading: _Reading) -> None:
    """Make a count of goods said with a total for them the total's quantity."""
    _by_the_hundred(reading)
    _for_a_hundred_first(reading)
    standing = [p for p in reading.prices if not p.negated]
    if len(standing) != 2 or len(reading.prices) != 2:
        return
    first, second = standing
    if second.quantity is not None or second.each or second.per_unit:
        pass
    else:
        value = _count_value(first, large=True)
        gap = second.start - first.end - 1
        counts = value is not None and _goods_after(reading, first) and 0 <= gap <= _GAP
        if counts and value is not None and _enough(second, value):
            _count_goods(reading, first, second, value)  # "पाँच कॉपियाँ, कुल 250"
            return
    if first.quantity is not None or first.each or first.per_unit:
        return
    value = _count_value(first)
    named = value is not None and _goods_before(reading, first)
    priced = named and value is not None and _priced_after(reading, first, second)
    if priced and value is not None and _enough(second, value):
        _count_goods(reading, first, second, value)  # "hooks, a hundred for 150"
        return
    value = _count_value(second)
    if value is None or not _enough(first, value):
        return
    if not _hundred_lot(reading, first, second):
        if not _for_between(reading, first, second):
            return
        if second.end < len(reading.words) and not _goods_after(reading, second):
            return
    _count_goods(reading, second, first, value)  # "300 for a hundred bricks"
