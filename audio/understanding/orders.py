"""Several counted items in one order: "two teas and three samosas, how much?", "दो चाय
और तीन समोसे", "ரெண்டு டீ, மூணு வடை". No one count is the order's quantity (the last
count said is not the quantity), and a count of an item is no price ("நாலு வாழைப்பழம்,
ரெண்டு ஆப்பிள், மொத்தம் அறுபது": 60 for all, not two prices)."""

from __future__ import annotations

from itertools import pairwise

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.numbers import NumberSpan, number_table, read_number
from audio.understanding.reading import _Quantity, _Reading

# "and" between the items; a comma or a pause does as well.
AND_WORDS = frozenset(
    fold(w)
    for w in (
        "and", "n", "plus", "और", "aur", "or", "तथा", "আর", "ar", "এবং", "আৰু",
        "आणि", "ani", "व", "અને", "ane", "ને", "ಮತ್ತು", "mattu", "ಮತ್ತೆ", "matte", "ഉം",
        "pinne", "പിന്നെ",
        "ਤੇ", "ਅਤੇ", "te", "ate", "மற்றும்", "அப்புறம்", "appuram", "మరియు", "ఇంకా", "inka",
    )
)  # fmt: skip


def _count_at(reading: _Reading, k: int) -> float | None:
    """A small whole count said at `k` (read again where a homonym dropped it: "दो
    चाय", two teas, not "give tea")."""
    span = reading.number_at[k]
    if span is None:
        span = read_number(reading.words, k, number_table(reading.language))
        if span is None or span.end != k + 1:
            return None
    value = span.value
    return value if value == int(value) and 1 <= value <= 50 else None


# Endings of "all N", "both": "മൂന്നിനും", "மூணுக்கும்", "ಮೂರಕ್ಕೂ" count no item of their own.
_ALL_OF = ("ും", "ும்", "ೂ")
# "For / of" endings glued to a number: "तीसला एक", "ત્રીસનું એક", "முப்பதுக்கு ஒண்ணு"
# (one for thirty) price one piece, and count no item.
_FOR_ENDS = (
    "ला", "ना", "चा", "ची", "चे", "નું", "ના", "ને", "માં", "க்கு", "கு", "కి", "కు",
    "ಕ್ಕೆ", "ಗೆ", "ിന്", "ക്ക്", "ਦਾ", "ਦੇ", "তে", "য়", "এ",
)  # fmt: skip


def price_of_one(reading: _Reading, span: NumberSpan) -> bool:
    """The number has a "for / of" ending and "one" right after it: "तीसला एक"."""
    return span.suffix.endswith(_FOR_ENDS) and _one_word(reading, span.end)


def _one_word(reading: _Reading, k: int) -> bool:
    """Token `k` says "one" (a numeral one or the article)."""
    if k >= len(reading.words):
        return False
    return k in reading.lone_ones or reading.has(k, Cue.ARTICLE) or _count_at(reading, k) == 1


_MEASURES = (Cue.UNIT, Cue.CURRENCY, Cue.PAISE, Cue.PER)
"""What a count of goods is not said before: "two kilo", "two rupees"."""


# English verbs said after a price, before the goods counted: no item of their own.
_VERBS = frozenset(("cut", "give", "pack", "weigh", "tie", "wrap"))


def _items(reading: _Reading, loose: bool = False) -> list[tuple[int, float]]:
    """Each count said right before a plain word (the item): its position and value.
    `loose`: a word that only looks like a cue word counts as an item ("ਕੁਲਫ਼ੀਆਂ",
    "పైనాపిల్స్"), short of a unit or money."""
    found = []
    for k in range(len(reading.words) - 1):
        cued = reading.has(k + 1, *_MEASURES) if loose else bool(reading.cues[k + 1])
        value = _count_at(reading, k) if cued and _by_measure(reading, k) else None
        if value is not None and value >= 2:
            found.append((k, value))  # "two dozen dhokla": an item counted by its unit
            continue
        if reading.number_at[k + 1] is not None or cued:
            continue
        if reading.language == "en" and reading.words[k + 1] in _VERBS:
            continue  # "okay, forty. cut two coconuts": a verb after the price, no item
        if reading.has(k + 1, Cue.OF, Cue.EACH) or reading.has(k, Cue.EACH):
            continue  # "ek no shu bhav?", "एक का क्या रेट?": the price of one asked, no item
        if (
            k > 0
            and reading.number_at[k - 1] is not None
            and reading.number_at[k - 1] is reading.number_at[k]
        ):
            continue  # the tail of a longer number
        span = reading.number_at[k]
        if span is not None and span.suffix.endswith(_ALL_OF):
            continue  # "മൂന്നിനും കൂടി", for all three together: the goods counted before
        if span is not None and price_of_one(reading, span):
            continue  # "तीसला एक", "ત્રીસનું એક": one for thirty, a price of one, no item
        value = _count_at(reading, k)
        if value is None and reading.has(k, Cue.ARTICLE) and k > 0:
            value = 1.0  # "three parottas and a plate": one plate
        if value is not None:
            found.append((k, value))
    return found


def _by_measure(reading: _Reading, k: int) -> bool:
    """A count at `k`, a unit (never money), then a plain word: "two dozen dhokla"."""
    if reading.number_at[k] is None or k + 2 >= len(reading.words):
        return False
    if reading.cues[k + 1] != frozenset((Cue.UNIT,)) or reading.number_at[k + 1] is not None:
        return False
    goods = k + 2
    return (
        not reading.cues[goods]
        and reading.number_at[goods] is None
        and _joined_goods(reading, goods)
    )


def _joined_goods(reading: _Reading, k: int) -> bool:
    word = reading.words[k]
    return word[:1].isalpha() and word not in AND_WORDS


def _joined_items(reading: _Reading, items: list[tuple[int, float]]) -> list[int]:
    """The positions of counted items listed together: an "and" or a comma between."""
    listed: set[int] = set()
    for (a, _), (b, _) in pairwise(items):
        between = range(a + 2 + _by_measure(reading, a), b)
        said_and = any(reading.words[k] in AND_WORDS for k in between) or len(between) == 0
        gap = reading.text[
            reading.tokens[a + 1 + _by_measure(reading, a)].end : reading.tokens[b].start
        ]
        measured = _by_measure(reading, a) or _by_measure(reading, b)
        if measured and not any(reading.words[k] in AND_WORDS for k in between):
            continue  # an item counted by its unit is listed only with "and"
        if (said_and or "," in gap) and len(between) <= 1:
            listed |= {a, b}
    return sorted(listed)


def several_items(reading: _Reading) -> bool:
    """Two or more items counted in one order ("two teas and three samosas")."""
    return len(_joined_items(reading, _items(reading))) >= 2 or bool(_summed_items(reading))


def item_counts_apart(reading: _Reading) -> None:
    """A count of one of several items listed is no price: it becomes a count of goods,
    so the price said for all of them stands alone."""
    listed = set(_joined_items(reading, _items(reading)))
    if len(listed) < 2:
        return
    for price in list(reading.prices):
        if price.start in listed and not price.explicit and price.end == price.start + 1:
            others = [p for p in reading.prices if p.start not in listed]
            if not others:
                return
            reading.prices.remove(price)
            quantity = _Quantity(price.span.value, None, price.start, price.end, claimed=True)
            reading.quantities.append(quantity)


def items_sum_asked(reading: _Reading) -> bool:
    """Several goods counted, then what they come to asked: "three parottas and a plate,
    how much in all?", "ਦੋ ਸਮੋਸੇ ਤੇ ਇੱਕ ਪੇਸਟਰੀ, ਕੁੱਲ ਕਿੰਨੇ ਹੋਏ?", "ரெண்டு வடை, ஒரு டீ,
    மொத்தம் எவ்வளவு?". No count is a price, and none is the quantity (each counts
    different goods): the counts are set aside and the line asks the price."""
    listed = _summed_items(reading)
    for quantity in reading.quantities:
        if quantity.start in listed:
            quantity.claimed = True
    return bool(listed)


def _summed_items(reading: _Reading) -> list[int]:
    """The counts of goods listed, where no price is said and their sum is asked after."""
    listed = _joined_items(reading, _items(reading, loose=True))
    if len(listed) < 2 or any(p.explicit or p.start not in listed for p in reading.prices):
        return []
    if not reading.cue_near(listed[-1] + 2, len(reading.words), Cue.QUESTION):
        return []
    return listed
