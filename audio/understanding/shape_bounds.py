"""Where a price's or a count's clause ends, and counts and "whole" words that belong to
other talk: what `shape` asks before it makes a price per unit or total."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import (
    _joined,
    _Price,
    _Quantity,
    _Reading,
)
from audio.understanding.shares import comes_along

_SENTENCE_ENDS = frozenset("?!.।॥")

_OTHER_TALK = 3
_FUNCTION_WORDS = frozenset(("the", "a", "an", "of", "on", "in", "at", "to", "for", "with", "and"))
"""Words besides the "whole" word that make its clause talk of its own."""


def whole_of_other_talk(reading: _Reading, start: int, end: int) -> bool:
    """The "whole", "all" or "total" word at `start`..`end` is said in a clause of its own
    after every price, with no count, weight or price in it and a few words of other
    talk ("I've been round the whole market", "everyone at home is waiting", "the
    embroidery is all by hand", "all the drivers here know me"): it is that talk's, and
    makes no price a total."""
    n = len(reading.words)
    first = start
    while first > 0 and not _clause_break(reading, first, first):
        first -= 1
    last = end
    while last < n and not _clause_break(reading, last, last):
        last += 1
    clause = range(first, last)
    if any(p.end > first for p in reading.prices):
        return False  # "everything on the cart, 2000": said before the price, the goods
    if any(q.start < last and q.end > first for q in reading.quantities):
        return False
    others = [
        k
        for k in clause
        if not start <= k < end
        and any(c.isalpha() for c in reading.words[k])
        and reading.words[k] not in _FUNCTION_WORDS
    ]
    return len(others) >= _OTHER_TALK


def _count_apart(reading: _Reading, quantity: _Quantity) -> bool:
    """A count said in a clause of its own after a price set by a verb ("make it 60,
    I'll take three kilos", "60 e din, 3 kilo nebo"): nothing says whether the 60 is a
    rate or the whole. A lone unit there ("make it 46, dada, a kilo") is the rate's."""
    if quantity.value is None or quantity.value == 1:
        return False
    for price in reading.prices:
        if price.end > quantity.start or not _clause_break(reading, price.end, quantity.start):
            continue
        clause = range(max(price.start - 3, 0), quantity.start)
        if any(reading.has(k, Cue.SET) or _gives(reading, k) for k in clause):
            return not any(reading.has(k, Cue.TOTAL) for k in range(quantity.start))
    return False


def _clause_break(reading: _Reading, start: int, stop: int) -> bool:
    """A comma, ";" or a sentence's end between tokens `start - 1` and `stop`."""
    for k in range(max(start, 1), min(stop, len(reading.tokens) - 1) + 1):
        if reading.tokens[k - 1].raw in ",;" or _sentence_break(reading, k):
            return True
        gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]
        if any(c in ",;" for c in gap):
            return True
    return False


# "That is", "that means" after a pause: "పావు కిలో రెండు వందలు, అంటే కిలో ఎనిమిది వందలు"
# (a quarter kilo 200, that is 800 a kilo) explains the price before it with a rate of
# its own; the kilo after it is never the first price's unit.
_THAT_IS = frozenset(fold(w) for w in ("అంటే", "ಅಂದ್ರೆ", "ಅಂದರೆ", "ante", "andre"))


def _that_is(reading: _Reading, k: int) -> bool:
    return reading.words[k] in _THAT_IS and not _joined(reading, k)


def _one_of_next_sentence(reading: _Reading, k: int) -> bool:
    """A lone "one" that starts a new sentence and names the thing after it: "ठीक है, दो
    सौ अस्सी. एक थैली में डाल दो" (ok, 280. put it in a bag), "ശരി, ഇരുനൂറ്റി എൺപത്. ഒരു
    കവറിൽ ഇട്ടു തരൂ": one bag or cover, not the price of one."""
    return (
        k in reading.lone_ones
        and _sentence_break(reading, k)
        and k + 1 < len(reading.words)
        and _joined(reading, k + 1)
        and reading.number_at[k + 1] is None
        and not reading.has(k + 1, Cue.CURRENCY, Cue.OF, Cue.LINK, Cue.EACH, Cue.PER)
    )


def _sentence_break(reading: _Reading, k: int) -> bool:
    """A sentence ends between token `k - 1` and token `k` ("?", "!", ".", "।")."""
    if not 0 < k < len(reading.tokens):
        return False
    if reading.tokens[k - 1].raw in _SENTENCE_ENDS:
        return True
    gap = reading.text[reading.tokens[k - 1].end : reading.tokens[k].start]
    return any(c in _SENTENCE_ENDS for c in gap)


def _one_for(reading: _Reading, price: _Price) -> bool:
    """A lone "one" right before the price, or with "for"/"of" between: "ek 40",
    "one for 150", "ek ka 40": the price of one, each."""
    k = price.start - 1
    while k > price.start - 3 and reading.has(k, Cue.LINK, Cue.OF) and k - 1 in reading.lone_ones:
        k -= 1
    return k in reading.lone_ones


def _one_of_its_own(reading: _Reading, price: _Price, k: int) -> bool:
    """A lone "one" past a comma and other words after the price, before a word of its
    own ("two glasses here, one parcel"): that word's count, not the price of one."""
    n = len(reading.words)
    span = reading.number_at[k] if k < len(reading.number_at) else None
    one = k in reading.lone_ones or (span is not None and span.value == 1)
    one = one or reading.has(k, Cue.EACH)  # Bengali "একটা": one, and "each" after a price
    return (
        one
        and k > price.end + 1
        and _clause_break(reading, price.end, k)
        and k + 1 < n
        and reading.is_plain(k + 1)
        and reading.tokens[k + 1].raw not in "?.!,।"
    )


def _gives(reading: _Reading, k: int) -> bool:
    from audio.understanding.moves import _GIVE_STEMS, _GIVE_WORDS

    word = reading.words[k]
    return word in _GIVE_WORDS or word.startswith(_GIVE_STEMS)


def _last_words(reading: _Reading, quantity: _Quantity) -> bool:
    """The unit ends what was said: nothing but signs after it."""
    return all(t.raw in "?.!,।" for t in reading.tokens[quantity.end :])


def _sized_lot(reading: _Reading, k: int) -> bool:
    """The sack, bag or crate at `k` is named by its size, a weight or count said right
    before it ("the 25 kg bag 1250", "पचास किलो की बोरी", "ఇరవై ఐదు కిలోల బస్తా"): the
    price after it is that quantity's total."""
    if not reading.has(k, Cue.LOT):
        return False
    j = k - 1
    while j > k - 3 and (reading.has(j, Cue.OF, Cue.LINK) or reading.is_plain(j)):
        j -= 1  # "पच्चीस किलो वाली बोरी": the 25 kg one
    quantity = reading.quantity_at.get(j)
    return quantity is not None and quantity.unit is not None and bool(quantity.value)


# Plural endings of a container word ("ঝুড়িগুলো", "bag gulo", "bags"), and the verbs that
# carry or pack goods into one ("put the bags in the back", "তুলে দেব", "pack it in a box").
_PLURAL_ENDINGS = tuple(fold(w) for w in ("গুলো", "গুলি", "গুলোয়"))
_PLURAL_WORDS = frozenset(fold(w) for w in ("gulo", "guli", "গুলো", "গুলি"))
_CARRY = tuple(
    fold(w)
    for w in (
        "put", "load", "pack", "keep", "carry", "lift", "তুলে", "tule", "তুলি", "রেখে", "rekhe",
        "भर", "रख", "चढ़ा", "ਰੱਖ", "ਚੜ੍ਹਾ", "મૂક", "ચડાવ", "ஏத்த", "ஏற்ற", "పెట్ట", "ఎక్కించ",
        "ಇಡ", "ಹಾಕ", "ಏರಿಸ", "വെക്ക", "കയറ്റ", "ठेव", "चढव",
    )
)  # fmt: skip
_INTO = frozenset(("in", "into", "inside"))
_DETERMINERS = frozenset(("this", "that", "these", "those", "the"))


def lots_handled(reading: _Reading, k: int) -> bool:
    """The container word at `k` is carried or packed, not priced: several of them with a
    verb that carries them ("I'll lift the baskets into the car", "put the bags in the
    back"), or the one the goods go into ("pack it in a nice box")."""
    words = reading.words
    while k + 1 < len(words) and words[k] in _DETERMINERS:
        k += 1  # the cue begins "this pack", "these bags": the container is the word after
    word = words[k]
    plural = word.endswith(_PLURAL_ENDINGS) or (
        k + 1 < len(words) and words[k + 1] in _PLURAL_WORDS
    )
    plural = plural or (word.isascii() and word.endswith("s") and reading.language == "en")
    near = words[max(k - 2, 0) : k] + words[k + 1 : k + 5]
    if plural and any(w.startswith(_CARRY) for w in near):
        return True
    before = words[max(k - 5, 0) : k]
    into = [j for j, w in enumerate(before) if w in _INTO]
    return bool(into) and any(w.startswith(_CARRY) for w in before[: into[-1]])


def _whole_lot(reading: _Reading, k: int) -> bool:
    """The container or heap word at `k` names one lot sold whole ("this bag", "the
    basket"), not a count of them ("two bags") or a rate ("per bag", "a sack"), nor the
    bag the goods are packed into ("થેલીમાં નાખી દો", "पिशवीत भरा")."""
    from audio.understanding.bags import packed_into

    if packed_into(reading, k) or comes_along(reading, k) or lots_handled(reading, k):
        return False  # "7500, the box is there too": the box comes with it
    if k > 0 and (
        reading.has(k - 1, Cue.PER, Cue.ARTICLE, Cue.EACH) or reading.number_at[k - 1] is not None
    ):
        return False
    return not reading.has(k + 1, Cue.EACH, Cue.PER)
