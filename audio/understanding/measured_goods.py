"""Two or more goods weighed out, then one price for all of them: "half a kilo of murmura
and a quarter of chana, take fifty for all", "అర కిలో మరమరాలు, పావు కిలో శనగలు, మొత్తం
యాభై", "আধ কিলো মুড়ি আর আড়াইশো ছোলা ভাজা, সব মিলিয়ে আশি". The price is the total for
everything; no one weight is the move's quantity (each weighs different goods). A bare
round number of grams listed after a weighed item and before its goods ("আর আড়াইশো
ছোলা", and two-fifty of chana) is that item's weight, never a second price."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.orders import AND_WORDS
from audio.understanding.reading import _joined, _plain_word, _Price, _Quantity, _Reading

_WEIGHED = frozenset(("kg", "g", "litre"))
_OF = frozenset(fold(w) for w in ("of",))
_ARTICLES = frozenset(("a", "an"))
_GRAMS_STEP = 50
_GRAMS_MOST = 950


def _goods_at(reading: _Reading, k: int) -> int | None:
    """Where the goods word after a weight at `k` is (past an English "of"), or None."""
    if k < len(reading.words) and reading.words[k] in _OF:
        k += 1
    if k >= len(reading.words) or not _joined(reading, k):
        return None
    if reading.number_at[k] is not None or reading.words[k] in AND_WORDS:
        return None
    return k if _plain_word(reading, k) else None


def _listed_after(reading: _Reading, start: int, ends: list[int]) -> bool:
    """A count at `start` follows a weighed item's goods (ending at one of `ends`), with
    "and" or a pause between."""
    for end in ends:
        between = [w for w in reading.words[end:start] if w not in _ARTICLES]
        if len(between) == 1 and between[0] in AND_WORDS:
            return True
        if not between and not _joined(reading, start):
            return True
    return False


def _grams_listed(
    reading: _Reading, price: _Price, items: list[_Quantity], ends: list[int]
) -> _Quantity | None:
    """A bare round count of grams in the list: "আর আড়াইশো ছোলা" (read at first as a price
    for the weight before it)."""
    value = price.span.value
    if price.explicit or price.negated or price.bound or price.span.suffix or price.each:
        return None
    if price.quantity is not None and price.quantity not in items:
        return None
    if price.per_unit is True:
        return None
    if value % _GRAMS_STEP or not _GRAMS_STEP <= value <= _GRAMS_MOST:
        return None
    if _goods_at(reading, price.end) is None or not _listed_after(reading, price.start, ends):
        return None
    return _Quantity(value, "g", price.start, price.end)


def measured_goods(reading: _Reading) -> None:
    """Make one price said after two or more goods weighed out the total for all."""
    items: list[_Quantity] = []
    ends: list[int] = []
    for quantity in sorted(reading.quantities, key=lambda q: q.start):
        if quantity.unit not in _WEIGHED or quantity.value is None:
            continue
        goods = _goods_at(reading, quantity.end)
        if goods is None or (items and quantity.start < ends[-1]):
            continue
        if items and not _listed_after(reading, quantity.start, ends):
            continue
        items.append(quantity)
        ends.append(goods + 1)
    if not items:
        return
    for price in list(reading.prices):
        grams = _grams_listed(reading, price, items, ends) if price.start < ends[-1] + 2 else None
        if grams is not None and price.start >= ends[-1]:
            goods = _goods_at(reading, grams.end)
            if goods is None:
                continue
            reading.prices.remove(price)
            reading.quantities.append(grams)
            items.append(grams)
            ends.append(goods + 1)
    if len(items) < 2:
        return
    standing = [p for p in reading.prices if not p.negated]
    if len(standing) != 1:
        return
    total = standing[0]
    if total.start < ends[-1] or total.per_unit or total.each:
        return
    if total.quantity is not None and total.quantity not in items:
        return
    for quantity in items:
        quantity.claimed = True
    total.per_unit, total.quantity = False, None
