"""A price said first, then all of a quantity it pays for: "do sau, dono kilo ka", "150
for all three kilos", "இருநூறு, ரெண்டு கிலோவுக்கும் சேர்த்து", "ਦੋ ਸੌ, ਦੋਵੇਂ ਕਿੱਲੋ ਦਾ".
The "all", "both", "together" word makes the price a total for that quantity, not a
rate of its unit."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Price, _Quantity, _Reading

_ALL = frozenset(
    fold(w)
    for w in (
        "all", "both", "whole", "entire", "together",
        "poore", "pure", "poora", "pura", "पूरे", "पूरा", "saare", "sare", "सारे", "सारा",
        "dono", "दोनों", "teeno", "तीनों", "charon", "चारों", "milake", "मिलाके", "मिलाकर",
        "சேர்த்து", "serthu", "மொத்தம்", "motham", "எல்லாம்", "ellam",
        "కలిపి", "kalipi", "మొత్తం", "mottam",
        "মিলিয়ে", "miliye", "সবটা", "sobta", "একসাথে", "eksathe", "mile", "মিলে",
        "मिळून", "milun", "दोन्ही", "donhi", "तिन्ही", "tinhi", "सगळं", "सगळा", "सगळे", "sagla",
        "બંને", "banne", "ત્રણેય", "trane", "બધા", "બધું", "badha", "ભેગું", "ભેગા", "bhegu",
        "ಸೇರಿ", "ಸೇರಿಸಿ", "seri", "serisi", "ಎರಡೂ", "ಮೂರೂ", "ಎಲ್ಲಾ", "ella",
        "കൂടി", "koodi", "മൊത്തം",
        "ਦੋਵੇਂ", "ਤਿੰਨੇ", "ਸਾਰਾ", "ਸਾਰੇ", "ਸਾਰੀ", "saara", "ਕੁੱਲ",
    )
)  # fmt: skip
# "all N": the count said with its "all" ending ("teeno kilo", "ત્રણેય કિલો", "ਤਿੰਨੇ").
_ALL_COUNTS = {
    fold(w): n
    for n, words in (
        (2, ("dono", "both", "दोनों", "दोन्ही", "donhi", "બંને", "banne", "ਦੋਵੇਂ", "ਦੋਨੋਂ", "ಎರಡೂ")),
        (3, ("teeno", "तीनों", "तिन्ही", "tinhi", "ત્રણેય", "ત્રણે", "ਤਿੰਨੇ", "ਤਿੰਨੋਂ", "ಮೂರೂ")),
        (4, ("charon", "चारों", "चारही", "ચારેય", "ਚਾਰੇ", "ਚਾਰੋਂ", "ನಾಲ್ಕೂ")),
    )
    for w in words
}
# "-உம்", "-ಗೂ", "-ും" on the unit: "for all the kilos" ("கிலோவுக்கும்", "ಕೆಜಿಗೂ").
_ALL_ENDINGS = ("க்கும்", "ukkum", "ಗೂ", "ക്കും", "kkum")


def _counted(reading: _Reading, quantity: _Quantity) -> bool:
    """The quantity has a count, or takes one from an "all N" word before its unit."""
    if not quantity.value and quantity.start > 0:
        count = _ALL_COUNTS.get(reading.words[quantity.start - 1])
        if count is not None:
            quantity.value, quantity.start = float(count), quantity.start - 1
    return bool(quantity.value) and (quantity.value or 0) > 1


def total_for_all(reading: _Reading, price: _Price) -> None:
    """Make `price` a total for the quantity said after it with an "all" word."""
    if price.per_unit is False and price.quantity is not None:
        return
    after = [q for q in reading.quantities if not q.claimed and q.start >= price.end and q.unit]
    quantity = price.quantity if price.quantity is not None else (after[0] if after else None)
    if quantity is None or quantity.end <= price.end or not _counted(reading, quantity):
        return
    words = reading.words[price.end : quantity.end + 2]
    unit_word = reading.words[quantity.end - 1]
    if not any(w in _ALL for w in words) and not unit_word.endswith(_ALL_ENDINGS):
        return
    quantity.claimed = True
    price.per_unit, price.quantity = False, quantity
