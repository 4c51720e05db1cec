"""A count of the goods said again in a "for" form: "ಎರಡು ಸಿಮ್ ಇದೆ, ಎರಡಕ್ಕೂ ರೀಚಾರ್ಜ್ ಬೇಕು"
(two SIMs, a recharge for both), "రెండు సిమ్‌లు ఉన్నాయి, రెండింటికీ కవర్ కావాలి", "three
phones, need covers for three". With no money word on it, the number is the goods
counted before it, said back: no price, never ₹2. A money word on it ("ಎರಡಕ್ಕೂ ಎರಡು
ನೂರು ರೂಪಾಯಿ") or a price beside it is read as said."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _joined, _Price, _Reading

_MOST = 20
"""Counts of the goods up to this many."""
# A "for" written before the number (English), or a case ending on it.
_FOR = frozenset(fold(w) for w in ("for", "to"))


def _said_for(reading: _Reading, k: int) -> bool:
    span = reading.number_at[k]
    return span is not None and (
        bool(span.suffix) or (k > 0 and reading.words[k - 1] in _FOR and _joined(reading, k))
    )


def _counts_goods(reading: _Reading, k: int) -> bool:
    """The number at `k` is bare and the goods are named right after it ("ಎರಡು ಸಿಮ್")."""
    span = reading.number_at[k]
    if span is None or span.suffix:
        return False
    after = span.end
    return after < len(reading.words) and reading.is_plain(after) and _joined(reading, after)


def _money_at(reading: _Reading, k: int) -> bool:
    return any(p.start == k and p.explicit for p in reading.prices)


def _said_back(reading: _Reading, price: _Price) -> bool:
    """The price's number is a count of goods said twice, once bare before the goods
    and once in a "for" form, with no money word on either."""
    value = price.span.value
    starts = [
        k
        for k, span in enumerate(reading.number_at)
        if span is not None and span.start == k and span.value == value
    ]
    if len(starts) != 2 or price.start not in starts or any(_money_at(reading, k) for k in starts):
        return False
    first, second = starts
    return _counts_goods(reading, first) and _said_for(reading, second)


def counts_said_back(reading: _Reading) -> None:
    """Drop the bare counts of goods said again in a "for" form: no price."""
    gone = []
    for price in reading.prices:
        value = price.span.value
        if price.explicit or value != int(value) or not 1 <= value <= _MOST:
            continue
        if _said_back(reading, price):
            gone.append(price)
    if gone:
        reading.prices = [p for p in reading.prices if p not in gone]
