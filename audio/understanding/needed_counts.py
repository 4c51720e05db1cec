"""A bare number that counts goods, said as a need or with the goods to take, read once
the line is understood.

- A need said for us, with no money word and no goods word: "आम्हाला पाचशे लागतील" (we
  will need five hundred), "हमें दो सौ चाहिए", "ಮದುವೆಗೆ ನಮಗೆ ಮುನ್ನೂರು ಬೇಕು", "we need two
  hundred for the wedding". The count is the goods the speaker needs (`quantity`, no
  unit), never a price: `other`. A price question in the line is read by `needed`.
  "इसके दो सौ लगेंगे", "याचे पाचशे लागतील" (it will cost 200, 500) name no one who needs:
  prices, as ever.
- A small count of goods named, then a verb of taking: "do razai le lo" (take two
  quilts), "ರೆಡು ಕಂಬಳಿ ತಗೊಳ್ಳಿ", "দুটো কম্বল নিয়ে যান", "take two quilts": so many pieces,
  no price (no stall sells two quilts for ₹2): `other`, `quantity` the count, `unit`
  piece.
"""

from __future__ import annotations

from dataclasses import replace

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.understanding.needed import _for_us, _needs, _wants
from audio.understanding.reading import _joined, _Price, _Reading
from audio.understanding.result import Intent, Understanding
from audio.understanding.unpriced_counts import _TAKE, _TAKE_WORDS

_MOST_NEEDED = 10000
"""A need counted for an occasion: up to ten thousand (cards, rotis, bricks)."""
_MOST_TAKEN = 12
"""Goods taken counted by a bare number: a dozen at most (a larger one may be a price)."""

# "We", said right before an English need ("we need two hundred"); "I need forty for
# this" is the vendor's price, as ever.
_WE = frozenset(fold(w) for w in ("we", "we'll"))

# "Take / carry away", as word beginnings, said after the goods counted: the vendor's
# "ले लो", "घ्या", "எடுத்துக்கோங்க", "తీసుకోండి", "ತಗೊಳ್ಳಿ", "എടുത്തോ", "নিয়ে যান",
# "લઈ જાઓ", "ਲੈ ਜਾਓ", and the buyer's "ले लूँगा".
_TAKE_STARTS = tuple(
    fold(w)
    for w in (
        "ले", "le", "घ्या", "घेऊन", "ghya", "எடுத்து", "எடுத்துக்", "eduthu", "తీసుకో",
        "teesuko", "ತಗೊ", "ತಗೋ", "ತೊಗೊ", "tago", "എടുത്ത", "എടുക്ക", "edutho", "নিয়ে", "নিন",
        "niye", "લઈ", "લો", "lai", "ਲੈ", "ਲਓ", "lai",
    )
)  # fmt: skip


def _bare(reading: _Reading, price: _Price) -> bool:
    """One whole number with no money word, unit, each, limit or refusal on it."""
    span = price.span
    if price.explicit or price.quantity is not None or price.each or price.bound:
        return False
    if price.negated or price.per_unit is not None or span.value != int(span.value):
        return False
    said = {cue for cue, _, _ in reading.occurrences}
    return not said & {Cue.CURRENCY, Cue.PAISE}


def _needed_for_us(reading: _Reading, price: _Price) -> bool:
    """ "For us" right before the count and a need verb right after it (English: "we
    need" right before it), nothing between."""
    span, words = price.span, reading.words
    if not 2 <= span.value <= _MOST_NEEDED or span.suffix:
        return False
    if reading.language == "en" or span.start == 0 or not _joined(reading, span.start):
        before = words[max(0, span.start - 2) : span.start]
        return len(before) == 2 and before[0] in _WE and _needs(reading, span.start - 1)
    if words[span.start - 1] not in _for_us(reading.language):
        return False
    k = price.end
    return k < len(words) and _joined(reading, k) and _wants(reading, k, span.start, span.end)


def _goods_taken(reading: _Reading, price: _Price) -> bool:
    """A small count, one goods word joined after it, then a verb of taking ("do razai le
    lo"); English: "take" right before the count and the goods after it."""
    span, words, tokens = price.span, reading.words, reading.tokens
    if not 2 <= span.value <= _MOST_TAKEN or span.end - span.start != 1:
        return False
    goods = span.end
    if goods >= len(words) or not _joined(reading, goods) or not reading.is_plain(goods):
        return False
    if tokens[goods].kind is not TokenKind.WORD:
        return False
    if reading.language == "en":
        return span.start > 0 and words[span.start - 1] == "take" and goods == len(words) - 1
    k = goods + 1
    if k >= len(words) or not _joined(reading, k):
        return False
    word = words[k]
    return (
        reading.has(k, Cue.TAKE_IT)
        or word in _TAKE_WORDS
        or word.startswith(_TAKE)
        or word.startswith(_TAKE_STARTS)
    )


def count_needed_or_taken(reading: _Reading, understood: Understanding) -> Understanding:
    """The understanding, with a count needed for us or of goods taken (see above) read
    as the quantity rather than as a price."""
    if understood.amount_paise is None or len(reading.prices) != 1:
        return understood
    if understood.intent not in (Intent.OFFER, Intent.COUNTER):
        return understood
    price = reading.prices[0]
    if not _bare(reading, price):
        return understood
    if _needed_for_us(reading, price):
        unit = None
    elif _goods_taken(reading, price):
        unit = "piece"
    else:
        return understood
    return replace(
        understood,
        intent=Intent.OTHER,
        amount_paise=None,
        per_unit=None,
        quantity=price.span.value,
        unit=unit,
        mentions=(),
        confidence=0.8,
    )
