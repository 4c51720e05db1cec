"""Two goods priced in one line, each pointed at: "this one 100, but that one 150", "ye
sau ka, lekin wo dedh sau ka", "ಇದು ನೂರು ಮತ್ತೆ ಅದು ನೂರೈವತ್ತು", "இது நூறு, ஆனா அது நூத்தி
அம்பது". Each price is its own item's: the second replaces nothing (a "but" between them
contrasts the goods, it does not take the first back), and the word for "that one" after
the first number is no goods that number counts ("a hundred of that, for 150"). Two
prices stand, so the listener asks which is meant; neither is recorded.

Used by `clauses.superseded_prices` and `goods_then_total`."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Reading

# "This", "this one", "for this", as said before a price: the near item.
_THIS = frozenset(
    fold(w)
    for w in (
        "this", "these", "ये", "यह", "इस", "इसका", "इसकी", "इसके", "इसको", "इसमें",
        "ye", "yeh", "is", "iska", "iski", "iske", "isko", "isme", "இது", "இதுக்கு",
        "இதோட", "இந்த", "idhu", "ithu", "idhukku", "ఇది", "దీనికి", "దీని", "idi", "deeniki",
        "ಇದು", "ಇದಕ್ಕೆ", "ಇದರ", "idu", "idakke", "এটা", "এটার", "এটি", "eta", "etar", "हा",
        "ही", "हे", "याला", "ह्याला", "याचा", "याची", "याचे", "आ", "આના", "આનું", "આનો",
        "aana", "ഇത്", "ഇതിന്", "ഇതിനു", "ithinu", "ਆਹ", "ਇਹ", "ਇਹਦਾ", "ਇਹਦੀ", "ਇਸਦਾ",
        "aah", "ehda",
    )
)  # fmt: skip
# "That", "that one", "the other", "the other one": the far item, or another.
_THAT = frozenset(
    fold(w)
    for w in (
        "that", "those", "other", "वो", "वह", "उस", "उसका", "उसकी", "उसके", "उसको", "उसमें",
        "दूसरा", "दूसरी", "दूसरे", "wo", "woh", "vo", "us", "uska", "uski", "uske", "usko",
        "usme", "doosra", "dusra", "dusri", "அது", "அதுக்கு", "அதோட", "அந்த", "இன்னொன்னு",
        "இன்னொண்ணு", "adhu", "athu", "adhukku", "అది", "దానికి", "దాని", "ఇంకోటి",
        "ఇంకొకటి", "adi", "daaniki", "ಅದು", "ಅದಕ್ಕೆ", "ಅದರ", "ಇನ್ನೊಂದು", "ಇನ್ನೊಂದಕ್ಕೆ",
        "adu", "adakke", "innondu", "innondakke", "ওটা", "ওটার", "অন্যটা", "ota", "otar",
        "त्याला", "त्याचा", "त्याची", "त्याचे", "दुसरा", "दुसरी", "પેલું",
        "પેલા", "પેલાના", "પેલો", "પેલી", "બીજું", "બીજાના", "pelu", "pela", "അത്", "അതിന്",
        "അതിനു", "മറ്റേത്", "മറ്റേതിന്", "athinu", "ਔਹ", "ਉਹ", "ਉਹਦਾ", "ਉਹਦੀ", "ਉਸਦਾ",
        "ਦੂਜਾ", "ਦੂਜੀ", "ohda",
    )
)  # fmt: skip
# Words that point at an item and stand for it: "that one", "இது", "ಅದು".
POINTING = _THIS | _THAT


def _pointer_before(reading: _Reading, price: _Price, words: frozenset[str], start: int) -> bool:
    """A pointing word in `words` said in the price's clause, before it and from `start`."""
    k = price.start - 1
    while k >= start:
        if reading.words[k] in words:
            return True
        if not _joined(reading, k):
            return False  # a pause before word `k` opens the clause
        k -= 1
    return False


def two_items(reading: _Reading, first: _Price, then: _Price) -> bool:
    """Whether `first` is pointed at as this item and `then` as that one (or another):
    each price its own item's."""
    if then.start <= first.end:
        return False
    return _pointer_before(reading, first, _THIS, 0) and _pointer_before(
        reading, then, _THAT, first.end
    )


def points_at_an_item(reading: _Reading, k: int) -> bool:
    """Word `k` points at an item ("that", "அது", "ಅದು", "that one")."""
    return reading.words[k] in POINTING
