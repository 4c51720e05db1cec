"""A set is one item: the count inside its description is no quantity and no price.
"How much for the set of six glasses?", "छह गिलास का सेट", "ఆరు గ్లాసుల సెట్", "pack of
10": the six describe the set. Two sets ("दो सेट", "two sets for 200") are still counted,
and "set 120" stays a rate per set (`trade_units`)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.reading import _joined, _Reading

_SETS = tuple(
    fold(w)
    for w in (
        "set", "सेट", "செட்", "సెట్", "সেট", "સેટ", "ಸೆಟ್", "സെറ്റ്", "ਸੈੱਟ", "ਸੈਟ",
    )
)  # fmt: skip
# "set of six", "pack of 10", "box of twelve": the word before "of".
_HOLDERS = frozenset(("set", "pack", "box", "packet", "carton", "crate", "tray"))


def _is_set(reading: _Reading, k: int) -> bool:
    return 0 <= k < len(reading.words) and reading.words[k].startswith(_SETS)


def set_described_before(reading: _Reading, price_start: int) -> int | None:
    """The set word whose description ends right before the price at `price_start` ("a
    set of 6 glasses for 450", "set of six glasses, 450"): the count inside is no
    quantity, so the price is the set's own."""
    k, words, counted = price_start - 1, 0, False
    while k >= 0 and words <= 6:
        if _is_set(reading, k):
            return k if counted else None  # "set it at 450" says no set's contents
        inside = reading.number_at[k] is not None and k not in reading.quantity_at
        counted = counted or inside
        if not (inside or reading.is_plain(k) or reading.has(k, Cue.OF, Cue.LINK, Cue.PER)):
            return None
        words += 1
        k -= 1
    return None


def _inside_set(reading: _Reading, start: int, end: int) -> bool:
    """The number at `start:end` counts what a set holds: goods then the set word ("छह
    गिलास का सेट"), or after "set of" ("the set of six glasses")."""
    if start >= 2 and reading.words[start - 1] == "of":
        return reading.words[start - 2] in _HOLDERS
    j, goods = end, 0
    while j < min(end + 3, len(reading.words)) and not _is_set(reading, j):
        if reading.number_at[j] is not None or not (
            reading.is_plain(j) or reading.has(j, Cue.OF, Cue.LINK, Cue.TOTAL, Cue.ARTICLE)
        ):
            return False
        goods += 1 if reading.is_plain(j) else 0
        j += 1
    return goods > 0 and _is_set(reading, j)


def _told_after_set_price(reading: _Reading, start: int, end: int) -> bool:
    """The number at `start:end` tells what the set priced before it holds, past a pause
    ("the set is 800, nine books in it", "సెట్ ఎనిమిది వందలు, అందులో తొమ్మిది పుస్తకాలు",
    "सेट साडेसहाशे, सात पुस्तकं"): a set word, its price, a pause, at most two plain words
    ("in it"), the count, then the goods."""
    words, j = reading.words, start
    while j > 0 and j > start - 3 and _joined(reading, j) and reading.is_plain(j - 1):
        j -= 1
    if j <= 0 or _joined(reading, j) or reading.number_at[j - 1] is None:
        return False
    price = reading.number_at[j - 1]
    assert price is not None
    if not any(_is_set(reading, k) for k in range(max(price.start - 3, 0), price.start)):
        return False
    return end < len(words) and _joined(reading, end) and reading.is_plain(end)


def drop_set_counts(reading: _Reading) -> None:
    """Take the counts inside a set's description out of the quantities and prices."""
    for quantity in list(reading.quantities):
        if quantity.value and (
            _inside_set(reading, quantity.start, quantity.end)
            or _told_after_set_price(reading, quantity.start, quantity.end)
        ):
            reading.quantities.remove(quantity)
            for k in range(quantity.start, quantity.end):
                reading.quantity_at.pop(k, None)
    reading.prices = [
        p
        for p in reading.prices
        if p.explicit
        or p.span.value != int(p.span.value)
        or not 2 <= p.span.value <= 50
        or not (
            _inside_set(reading, p.start, p.end) or _told_after_set_price(reading, p.start, p.end)
        )
    ]
