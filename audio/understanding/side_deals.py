"""A rate, then the same rate a little lower on a condition: "95 a kilo; take ten kilo and
it's 90", "नब्बे रुपये किलो, दस किलो लोगे तो पचासी", "ऐंशी रुपये किलो, दहा किलो घेतले तर
पंचाहत्तर". The second price is within a tenth under the rate, so it is no total for the
count (that would cut the rate by more than half) but the rate lowered for taking more:
a side deal that offers nothing unless taken. The first, said without a condition,
stands as the line's rate (its unit, no quantity), and is not asked about. A cut of more
than a tenth ("450 a kilo, but if you take 2½ kilo, 400") may be a total for the lot and
is asked (`two_rates.py`), unless the condition names a lot of five or more of the
unit and the price is within a quarter under the rate, far below the rate times the lot
("130 a kilo; take the 50 kg sack and it's 110"): a total for the lot would cut the rate
to a sliver, so it is the rate on that condition.

A rate said as a bare number before its unit reads like a weight ("एकशे तीस किलो, पन्नास
किलोची गोणी घेतली तर सव्वाशे", 130 a kilo; the 50 kg sack, 125): where the only price is
on such a condition, past a pause, and a little under that first number, the first
number is the standing rate (its unit, no quantity), never 130 kg.

A rate said for a pack that is no unit of weight or measure ("390 a bag; take sixty bags
and I'll do 380", "बोरी चार सौ बीस, पचास बोरी लो तो चार सौ दस", "গোণী তিনশো নব্বই" …)
is read the same way where the condition counts the same pack word: the first price is
the standing rate for each pack (no unit, no quantity), the second its side deal.

The count or weight inside the condition of a side deal (this one, or a bulk lot's
after a rate, `bulk_rates.py`: "48 a kilo; if you take the 30 kg sack then 45") is the
condition's, not the line's quantity."""

from __future__ import annotations

from audio.understanding.rate_if_taken import past_classifier
from audio.understanding.reading import _Price, _Quantity, _Reading
from audio.understanding.two_rates import _pause_before

_CLOSE = 0.9
"""A price on a condition at least this share of the rate is that rate lowered."""
_NEAR = 0.75
"""The same, for a lot of `_LOT` or more of the unit priced far below the rate times it."""
_LOT = 5
_SHARE = 0.5


def rate_lowered_on_count(reading: _Reading) -> tuple[_Price, _Price] | None:
    """The standing rate and its lowered price on a count said after it, if the line says
    so: two prices, the first a rate of a unit, then after a pause a count of more than
    one of that unit and a price a little under the rate."""
    prices = [p for p in reading.prices if not p.negated]
    if len(prices) == 1:
        prices = _rate_read_as_weight(reading, prices[0]) or prices
    if len(prices) != 2:
        return None
    rate, lowered = prices
    if lowered.start <= rate.end or not _NEAR * rate.paise <= lowered.paise < rate.paise:
        return None
    q = rate.quantity
    if q is not None and not rate.per_unit and _in_condition(reading, rate, q.start):
        q = None  # the condition's weight, read as the bare price's own
    bare = q is None and not rate.per_unit  # "sixty-two rupees; the 25 kg bag, sixty"
    pack = _pack_of_rate(reading, rate) if rate.per_unit and (q is None or q.unit is None) else None
    if not bare and pack is None and (not rate.per_unit or q is None or q.unit is None):
        return None
    after_rate = rate.end if q is None else max(rate.end, q.end)
    if not any(_pause_before(reading, k) for k in range(after_rate, lowered.start + 1)):
        return None
    counts = [
        c
        for c in reading.quantities
        if after_rate <= c.start < lowered.start
        and (c.value or 0) > 1
        and (
            (c.unit is not None and (bare or (q is not None and c.unit == q.unit)))
            or (pack is not None and c.unit is None and _same_pack(reading, c.end, pack))
        )
    ]
    if not counts or (lowered.quantity is not None and lowered.quantity not in counts):
        return None
    if lowered.paise < _CLOSE * rate.paise and not _far_below_the_lot(rate, lowered, counts):
        return None
    if bare:
        # A price a little over the lowered one for a weight of a unit: the rate of
        # that unit, said bare.
        unit = counts[0]
        rate.per_unit = True
        rate.quantity = _Quantity(None, unit.unit, unit.start, unit.start, claimed=True)
    return rate, lowered


_STEM = 3
"""Letters two spellings of a pack word share at the least ("sack"/"sacks", "गोणी"/"गोण्या")."""
_ARTICLES = frozenset(("a", "an", "per", "each", "the"))


def _pack_of_rate(reading: _Reading, rate: _Price) -> tuple[str, ...] | None:
    """The words next to a rate that may be the pack it is said for: "बोरी चार सौ बीस",
    "390 a bag"."""
    k = rate.end
    if k < len(reading.words) and reading.words[k] in _ARTICLES:
        k += 1
    near = (rate.start - 1, k)
    words = [
        reading.words[j] for j in near if 0 <= j < len(reading.words) and _plain_word(reading, j)
    ]
    return tuple(words) or None


def _plain_word(reading: _Reading, k: int) -> bool:
    word = reading.words[k]
    return (
        len(word) >= _STEM
        and reading.number_at[k] is None
        and reading.units[k] is None
        and reading.quantity_at.get(k) is None
        and not any(ch.isdigit() for ch in word)
    )


def _said(reading: _Reading, k: int) -> str:
    """Word `k` as said, lowercased (folding merges "ण्" into a nasal mark)."""
    return reading.tokens[k].raw.lower()


def _same_pack(reading: _Reading, k: int, packs: tuple[str, ...]) -> bool:
    """Word `k` (past a Bengali classifier) is a pack word again, in any of its forms."""
    k = past_classifier(reading, k)
    if k >= len(reading.words) or not _plain_word(reading, k):
        return False
    word = _said(reading, k)
    return any(word[:_STEM] == p[:_STEM] for p in packs)


def _far_below_the_lot(rate: _Price, lowered: _Price, counts: list[_Quantity]) -> bool:
    """The condition's lot is `_LOT` or more of the unit and the price is far below the
    rate times it: no total for the lot."""
    lot = max((c.value or 0) for c in counts)
    return lot >= _LOT and lowered.paise < _SHARE * rate.paise * lot


def _rate_read_as_weight(reading: _Reading, lowered: _Price) -> list[_Price] | None:
    """The first number, read as a weight ("एकशे तीस किलो"), made the standing rate when
    the only price is said on a lot of the same unit after a pause and is a little under
    that number: the two prices, the rate first."""
    if lowered.explicit and lowered.per_unit:
        return None
    first = next((q for q in reading.quantities if q.start < lowered.start), None)
    span = reading.number_at[first.start] if first is not None else None
    if first is None or span is None or first.unit is None or not first.value:
        return None
    if first.claimed or first is lowered.quantity or span.end >= first.end:
        return None
    paise = round(first.value * 100)
    if not _NEAR * paise <= lowered.paise < paise:
        return None
    lots = [
        c
        for c in reading.quantities
        if first.end <= c.start < lowered.start and c.unit == first.unit and (c.value or 0) > 1
    ]
    paused = any(_pause_before(reading, k) for k in range(first.end, lowered.start + 1))
    if not lots or not paused:
        return None
    rate = _Price(paise, span.start, span.end, False, span, per_unit=True)
    rate.quantity = _Quantity(None, first.unit, span.end, first.end, claimed=True)
    if lowered.paise < _CLOSE * paise and not _far_below_the_lot(rate, lowered, lots):
        return None
    reading.quantities.remove(first)
    reading.quantity_at = {k: q for k, q in reading.quantity_at.items() if q is not first}
    reading.prices.insert(reading.prices.index(lowered), rate)
    return [rate, lowered]


def _in_condition(reading: _Reading, rate: _Price, k: int) -> bool:
    """Word `k` is said after the price, past a pause."""
    return k >= rate.end and any(_pause_before(reading, j) for j in range(rate.end, k + 1))


def condition_counts_apart(reading: _Reading, rate: _Price, side: _Price) -> None:
    """The counts said between the rate and its side deal's price belong to the
    condition: claimed, never the line's quantity."""
    for q in reading.quantities:
        if rate.end <= q.start < side.start and q is not rate.quantity:
            q.claimed = True
    if side.quantity is not None and side.quantity is not rate.quantity:
        side.quantity.claimed = True


_PART_BAND = (0.9, 1.25)
"""A part's price agrees with a rate when it is this share of the rate times the part."""


def rate_before_part(reading: _Reading) -> None:
    """A rate said as a bare number before its unit ("सेव एक सौ अस्सी किलो", read like
    180 kg), then past a pause the price of a part of that unit that agrees with it
    ("पाव किलो पैंतालीस", a quarter kilo 45): a price list whose full rate comes first.
    The first number is the standing rate (its unit, no quantity), the part's price a
    remark (`portions`); never 180 kg, and never the part's price recorded as the offer.
    The item shown, weighed ("ये पौना किलो है, आठ सौ पच्चीस"), keeps its total
    (`two_rates.item_total_after_rate`)."""
    prices = [p for p in reading.prices if not p.negated]
    if len(prices) != 1:
        return
    part = prices[0]
    q = part.quantity
    if part.per_unit is not False or q is None or q.value is None or not 0 < q.value < 1:
        return
    first = next((x for x in reading.quantities if x.end <= q.start and x is not q), None)
    span = reading.number_at[first.start] if first is not None else None
    if first is None or span is None or first.unit is None or first.unit != q.unit:
        return
    if first.claimed or not first.value or first.value < 10 or span.end >= first.end:
        return
    if first.value != int(first.value):
        return
    if not any(_pause_before(reading, k) for k in range(first.end, q.start + 1)):
        return
    paise = round(first.value * 100)
    low, high = _PART_BAND
    if not low * paise * q.value <= part.paise <= high * paise * q.value:
        return
    rate = _Price(paise, span.start, span.end, False, span, per_unit=True)
    rate.quantity = _Quantity(None, first.unit, span.end, first.end, claimed=True)
    reading.quantities.remove(first)
    reading.quantity_at = {k: x for k, x in reading.quantity_at.items() if x is not first}
    reading.prices.insert(reading.prices.index(part), rate)
