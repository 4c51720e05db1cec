"""A count of goods and a price bound to a word of wholeness: "eight cups, the whole lot
480", "twelve pens in this box, the full box 150", "three towels, 600 for all three
together", "छह गिलास, कुल तीन सौ", "ఆరు గ్లాసులు, మొత్తం మూడు వందలు", "ਦੋ ਚਾਦਰਾਂ, ਦੋਵਾਂ ਦੇ
ਨੌ ਸੌ". The number the wholeness word (`Cue.TOTAL`: whole, full, total, all together,
पूरा, कुल, मिलाकर, మొత్తం, মিলিয়ে, எல்லாம் சேர்த்து, ಒಟ್ಟು, എല്ലാം കൂടി, ਕੁੱਲ, કુલ, एकूण)
stands beside is the total (`per_unit` false); the bare number right before a word for the
goods is its count (`quantity`, `unit` piece; a container or lot counted, `unit` null).
A money word on the later number binds it the same way ("fifty clips in this packet, ten
rupees"): the count before the goods is no price.

Never when the money word is on the count ("twenty rupees, six of them"), when a
wholeness word stands beside both numbers or neither, or when the total is no larger than
the count: those stay two prices, asked.

Read after `goods_then_total`, which takes the same shape when the total is at least five
times the count; this pass needs the wholeness word (or the money word) instead, and so
also reads a count before a serving word ("six glasses") that the shape pass took for a
rate of one glass."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.goods_then_total import _MOST, _count_goods, _goods_after
from audio.understanding.reading import _joined, _Price, _Reading

_NEAR = 3
"""At most this many words between the wholeness word and the total's number."""


def _count(reading: _Reading, price: _Price) -> float | None:
    """The price read as a count of goods: a small whole number, no money word, ending or
    "each" on it, a goods word right after it."""
    if price.explicit or price.negated or price.each or price.bound or price.quantity:
        return None
    if price.span.suffix or price.two_readings:
        return None
    value = price.span.value
    if value != int(value) or not 2 <= value <= _MOST:
        return None
    return value if _goods_after(reading, price) else None


def _whole_between(reading: _Reading, start: int, stop: int) -> bool:
    """A wholeness word inside words `start:stop`, with no number among them."""
    if start >= stop or any(reading.number_at[k] is not None for k in range(start, stop)):
        return False
    return any(cue is Cue.TOTAL and start <= s and e <= stop for cue, s, e in reading.occurrences)


def _bound_whole(reading: _Reading, total: _Price, fence: tuple[int, int]) -> bool:
    """A wholeness word within `_NEAR` words before or after the total, on its side of the
    count (`fence`: the words the count and its goods hold)."""
    lo, hi = fence
    before = max(total.start - _NEAR, hi if lo < total.start else 0)
    after = min(total.end + _NEAR, lo if lo > total.start else len(reading.words))
    return _whole_between(reading, before, total.start) or _whole_between(reading, total.end, after)


def _count_whole(reading: _Reading, count: _Price) -> bool:
    """A wholeness word beside the count itself ("all six cups, 300"): no side to pick."""
    return _whole_between(reading, max(count.start - 2, 0), count.start)


def _counted_alone(reading: _Reading) -> None:
    """ "Ten pens in this box, the whole box 120": the only price bound to a wholeness
    word, and a count of goods said as no price before it (the box's contents): the total
    is for that many pieces."""
    total = reading.prices[0]
    if total.negated or total.per_unit or total.quantity is not None or total.each:
        return
    counts = [q for q in reading.quantities if not q.claimed]
    if len(counts) != 1 or len(reading.quantities) != 1:
        return
    count = counts[0]
    value = count.value
    if value is None or count.unit is not None or count.end > total.start:
        return
    if value != int(value) or not 2 <= value <= _MOST:
        return
    span = reading.number_at[count.start]
    if span is None or span.suffix or not _goods_after_count(reading, count.end):
        return
    if not _bound_whole(reading, total, (count.start, count.end + 1)):
        return
    count.unit, count.claimed = "piece", True
    total.per_unit, total.quantity = False, count


def _goods_after_count(reading: _Reading, k: int) -> bool:
    words = reading.words
    return k < len(words) and _joined(reading, k) and not reading.cues[k]


def whole_for_count(reading: _Reading) -> None:
    """Make a count of goods said with a price bound to a word of wholeness (or a money
    word) that price's quantity, and the price a total."""
    if len(reading.prices) == 1:
        _counted_alone(reading)
        return
    if len(reading.prices) != 2 or any(p.negated for p in reading.prices):
        return
    first, second = reading.prices
    for count, total in ((first, second), (second, first)):
        value = _count(reading, count)
        if value is None or total.quantity is not None or total.each or total.bound:
            continue
        if total.per_unit or total.span.value == value or _count_whole(reading, count):
            continue
        fence = (count.start, count.end + 1)
        whole = _bound_whole(reading, total, fence)
        if not whole and not (total.explicit and count is first):
            continue
        if not total.explicit and total.span.value < value:
            continue  # "twenty pens, the whole box 15": no price above its count, asked
        goods = count.end
        count.per_unit = None
        _count_goods(reading, count, total, value)
        total.per_unit = False
        if reading.has(goods, Cue.LOT) and total.quantity is not None:
            total.quantity.unit = None  # "three bags, 900 for all": bags counted
        return
