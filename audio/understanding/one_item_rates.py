"""A price said for one of the goods, named with "one" and a case ending or a genitive
word: "एक तकिये का डेढ़ सौ", "एका उशीचे दीडशे", "ஒரு தலையணைக்கு நூத்தி அம்பது", "ఒక
దిండుకి నూట యాభై", "ಒಂದು ದಿಂಬಿಗೆ ನೂರೈವತ್ತು", "ഒരു തലയിണയ്ക്ക് നൂറ്റമ്പത്", "ਇੱਕ
ਸਰਹਾਣੇ ਦਾ ਡੇਢ ਸੌ" (150 for one pillow's worth). The price is the rate of one item, a
piece, as "एक का 150" is; a unit of trade, a container or a serving named so ("एक
प्लेट का चालीस", "ஒரு மூட்டைக்கு") is left to its own reading (a rate, no piece)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.goods_counts import _goods_word
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.shape_bounds import _sentence_break

_ONE = frozenset(
    fold(w)
    for w in (
        "one", "एक", "एका", "ek", "eka", "ஒரு", "oru", "ఒక", "ఒక్క", "oka", "okka", "ಒಂದು",
        "ondu", "ഒരു", "ਇੱਕ", "ਇਕ", "ikk", "এক", "একটা", "ek", "એક",
    )
)  # fmt: skip

# Dative and genitive endings on the item that make it the unit ("for one pillow"); a
# genitive said as a word of its own ("का", "ਦਾ") is `Cue.OF`.
_ENDINGS = tuple(
    fold(w)
    for w in (
        "க்கு", "ுக்கு", "కి", "కు", "ಗೆ", "ಕ್ಕೆ", "ക്ക്", "ന്", "चे", "ची", "चा", "ला", "ના",
        "નો", "ની", "ের", "র", "ে",
    )
)  # fmt: skip


def _item_before(reading: _Reading, price: _Price) -> bool:
    """The word "one", then an item with a case ending or a genitive word, right before
    `price`."""
    k = price.start - 1
    if k < 1 or not _joined(reading, price.start):
        return False
    genitive = reading.has(k, Cue.OF) and reading.number_at[k] is None
    item = k - 1 if genitive else k
    if item < 1 or not _joined(reading, item + 1) or not _joined(reading, item):
        return False
    if reading.words[item - 1] not in _ONE or not _goods_word(reading, item):
        return False
    word = reading.words[item]
    return genitive or (not word.isascii() and word.endswith(_ENDINGS))


def rate_of_one_item(reading: _Reading, chosen: _Price | None) -> None:
    """Mark the chosen price a rate of one piece when it is said for one item named."""
    if chosen is None or chosen.per_unit is not None or chosen.quantity is not None:
        return
    if _item_before(reading, chosen):
        chosen.per_unit, chosen.each = True, True


def rate_of_one_unit(reading: _Reading, chosen: _Price | None) -> None:
    """The only count in the line is one unit said before the price, and nothing shapes
    the price: "a dozen rakhis, give them for 300", "एक डझन राख्या, तीनशेला द्या" is the
    price of that one dozen, the same as 300 a dozen (its rate, the unit kept)."""
    if chosen is None or chosen.per_unit is not None or chosen.quantity is not None:
        return
    if len(reading.quantities) != 1:
        return
    quantity = reading.quantities[0]
    if quantity.value != 1 or quantity.unit is None or quantity.claimed:
        return
    if quantity.end > chosen.start or any(p is not chosen for p in reading.prices):
        return
    if any(_sentence_break(reading, k) for k in range(quantity.end, chosen.start + 1)):
        return  # "Give me one kilo. Will you take 35?": the kilo wanted, the 35 apart
    chosen.per_unit, chosen.quantity = True, quantity
    quantity.claimed = True
