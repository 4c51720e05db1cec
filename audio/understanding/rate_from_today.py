"""A price change: the rate of the past, then the new rate "from today" ("till yesterday
900, from today 1000 a foot", "45 a litre last week, from today 50", "कल तक तीस किलो
था, आज से छत्तीस", "पिछले महीने दर्जन सत्तर, इस हफ्ते से अस्सी"). The new rate stands,
as a rate of the old one's unit (`per_unit` true); the old rate is a remark, and its
number before the unit ("तीस किलो था") is no count of kilos the new price is for."""

from __future__ import annotations

from audio.understanding.past_prices import _SINCE, _WAS, _dates
from audio.understanding.rate_now import _PAST_TOO, NOW_WORDS
from audio.understanding.reading import _joined, _Price, _Quantity, _Reading
from audio.understanding.recalled import _clause, _found
from audio.understanding.recalled_words import PAST

_NEAR = (0.5, 1.5)
"""The new rate as a share of the old one, lowest and highest."""


def _from_now(reading: _Reading, price: _Price) -> int | None:
    """Where "today", "now" or "from" is said right before the price ("from today 50",
    "आज से छत्तीस", "इस हफ्ते से अस्सी"), or None."""
    words = reading.words
    for k in range(price.start - 1, max(price.start - 4, -1), -1):
        if words[k] in NOW_WORDS or (words[k] in _SINCE and k == price.start - 1):
            return k
    return None


def _past_before(reading: _Reading, at: int) -> bool:
    """A word of the past dates a clause before word `at`."""
    words = reading.words
    past = [*_found(words, PAST), *(k for k, w in enumerate(words) if w in _PAST_TOO)]
    return any(
        k < at and reading.number_at[k] is None and _dates(words, k, _clause(reading, k))
        for k in past
    )


def _rate_said(reading: _Reading, price: _Price) -> bool:
    """The old price is a rate by a unit of its own: a unit the product lists ("कल तक
    किलो तीस"), or a word for one right after it ("1200 a quintal"), never the month or
    week that dates it ("पिछले महीने सात सौ था")."""
    if not price.per_unit:
        return False
    if price.quantity is not None:
        return True
    k, words = price.end, reading.words
    return k < len(words) and _joined(reading, k) and words[k] not in _WAS | NOW_WORDS


def new_rate_stands(reading: _Reading, chosen: _Price | None, standing: list[_Price]) -> None:
    """Shape the chosen price as the new rate where it is said from today after a rate
    of the past: the old rate's unit, no count."""
    if chosen is None or chosen.negated:
        return
    now = _from_now(reading, chosen)
    if now is None or not _past_before(reading, now):
        return
    low, high = _NEAR
    q = chosen.quantity
    if chosen.per_unit is False and q is not None and q.unit is not None and q.end <= now:
        # "कल तक तीस किलो था, आज से छत्तीस": thirty the old rate, never 30 kilos
        if q.value and low * q.value * 100 <= chosen.paise <= high * q.value * 100:
            chosen.per_unit = True
            chosen.quantity = _Quantity(None, q.unit, q.start, q.end, claimed=True)
            if q in reading.quantities:
                reading.quantities.remove(q)
        return
    old = [
        p
        for p in reading.prices
        if p.end <= now and p is not chosen and p not in standing and _rate_said(reading, p)
    ]
    if not old or chosen.per_unit is False or chosen.quantity is not None:
        return
    if low * old[-1].paise <= chosen.paise <= high * old[-1].paise:
        chosen.per_unit, chosen.quantity = True, old[-1].quantity  # the old rate's unit
