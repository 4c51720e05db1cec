"""A large round count bound to the goods, then their total: "ನೂರು ಎಲೆಗೆ ನೂರಿಪ್ಪತ್ತು"
(120 for a hundred leaves), "ಎರಡು ಸಾವಿರ ಎಲೆಗೆ ಎರಡು ಸಾವಿರದ ಇನ್ನೂರು", "వెయ్యి ఆకులు
వెయ్యి రూపాయలు" (a thousand leaves, a thousand rupees), "ஆயிரம் இலைக்கு ஆயிரத்தி
இருநூறு". Leaves, cups or plates sold by the hundred and the thousand cost a rupee or two
each, so the total may be near the count, or below it: the count is the number with the
goods word right after it and no money word, and the price the one after the goods that
carries the money word, or any price after goods said with the "for" ending. The total
is for that count (`per_unit` false, `quantity` the count, `unit` piece).

A meal's leaf is a rate ("ಊಟ ಎಲೆಗೆ ನೂರ ಎಂಬತ್ತು", 180 a meal); a count said before the
leaf ("ನೂರು ಎಲೆಗೆ") makes it the leaves themselves, counted."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.endings import _CLASSIFIERS, _price_endings
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading

# A leaf with the "for" ending, read as a meal's leaf: Kannada, Tamil, Malayalam.
_LEAF_FOR = frozenset(fold(w) for w in ("ಎಲೆಗೆ", "elege", "இலைக்கு", "ഇലയ്ക്ക്", "ഇലക്ക്", "ilakku"))
_SMALLEST = 100
_LARGEST = 100_000
_ROUND = 100


def _count(reading: _Reading, price: _Price) -> bool:
    """A round count of a hundred or more, no money word, no case ending on it."""
    value = price.span.value
    suffix = price.span.suffix
    return (
        not price.explicit
        and not price.negated
        and not price.bound
        and price.quantity is None
        and not price.each
        and (not suffix or suffix in _CLASSIFIERS)
        and value == int(value)
        and _SMALLEST <= value <= _LARGEST
        and value % _ROUND == 0
        and price.end < len(reading.words)
        and _joined(reading, price.end)
    )


def leaves_counted(reading: _Reading) -> None:
    """A count right before a leaf with the "for" ending: the leaves are counted goods,
    no meal's rate (`Cue.MEASURE` taken off the leaf)."""
    for k, word in enumerate(reading.words):
        if word not in _LEAF_FOR or k == 0:
            continue
        j = k - 1 if reading.number_at[k - 1] is not None else k - 2  # "ಐನೂರು ಬಾಳೆ ಎಲೆಗೆ"
        span = reading.number_at[j] if j >= 0 else None
        if span is None or span.value < 2:
            continue
        if not all(_joined(reading, i) for i in range(j + 1, k + 1)):
            continue
        reading.cues[k] = reading.cues[k] - {Cue.MEASURE}
        reading.occurrences = [
            (cue, start, end)
            for cue, start, end in reading.occurrences
            if not (cue is Cue.MEASURE and start <= k < end)
        ]


def count_then_lot_total(reading: _Reading) -> None:
    """Make a large round count bound to the goods the quantity of the price after it."""
    standing = [p for p in reading.prices if not p.negated]
    if len(standing) != 2 or len(reading.prices) != 2:
        return
    count, total = standing
    if not _count(reading, count) or total.quantity is not None or total.each:
        return
    goods = range(count.end, total.start)  # "ఆకులు", "ಬಾಳೆ ಎಲೆಗೆ": one or two words
    if not 1 <= len(goods) <= 2 or total.per_unit:
        return
    if any(reading.number_at[k] is not None or reading.cues[k] for k in goods):
        return
    word = reading.words[goods[-1]]
    if len(word) < 2 or not all(_joined(reading, k) for k in [*goods[1:], total.start]):
        return  # "ఐదు వందలు ఇవ్వండి, వంద రూపాయలు ...": a pause, no goods counted
    endings = tuple(_price_endings(reading.language))
    for_ending = bool(endings) and word.endswith(endings) and word not in endings
    if not (for_ending or total.explicit):
        return
    if not count.span.value / 10 <= total.span.value <= count.span.value * 1000:
        return
    reading.prices.remove(count)
    quantity = _Quantity(count.span.value, "piece", count.start, count.end)
    quantity.claimed = True
    reading.quantities.append(quantity)
    total.per_unit, total.quantity = False, quantity
