"""A rate, then a second price for the goods taken whole: "58 a kilo; take the whole 30
kg bag and it's 55", "rate 48 a kilo, full sack 45", "dozen 70, a tray for 180", "किलो
अड़तालीस, पूरी बोरी लो तो पैंतालीस", "কেজি আটান্ন, পুরো বস্তা নিলে পঞ্চান্ন". The first is
the standing rate, per unit of its unit; the second is a price for a bulk lot (a bag,
sack, tray, box, or "the whole"), a deal on the side that offers nothing unless taken.
The line offers the first rate (`per_unit` true, its unit, no quantity), never the
second read as a total, and is not asked about. A lot whose weight is said and whose
price is about the rate times that weight ("52 a kilo, the 25 kg bag 1250") is priced
whole, a total said last, and stands as before."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import fold
from audio.understanding.containers import container_word
from audio.understanding.reading import _Price, _Reading
from audio.understanding.two_rates import _pause_before

# "Whole", "full", "all of it": the goods taken as one lot.
_WHOLE = frozenset(
    fold(w)
    for w in (
        "whole", "full", "entire", "poora", "poori", "puri", "pura", "poore", "पूरा", "पूरी",
        "पूरे", "सारा", "सारी", "पूर्ण", "पुरी", "आख्खी", "आख्खा", "முழு", "muzhu",
        "మొత్తం", "mottam", "పూర్తి", "পুরো", "puro", "গোটা", "gota", "આખી", "આખો", "આખું",
        "akhi", "aakhi", "ಇಡೀ", "idee", "ಪೂರ್ತಿ", "poorti", "മുഴുവൻ", "muzhuvan", "ਪੂਰੀ",
        "ਪੂਰਾ", "ਸਾਰੀ", "katta", "कट्टा", "ਗੱਟਾ",
    )
)  # fmt: skip


def _rate_of_a_unit(price: _Price) -> bool:
    q = price.quantity
    return price.per_unit is True and q is not None and q.unit is not None


def _lot_between(reading: _Reading, start: int, end: int) -> bool:
    """A bag, sack, tray or "whole" said between word `start` and `end`."""
    return any(
        reading.words[k] in _WHOLE or container_word(reading, k) or reading.has(k, Cue.LOT)
        for k in range(start, end)
    )


def bulk_after_rate(reading: _Reading) -> tuple[_Price, _Price] | None:
    """The standing rate and the bulk lot's price after it, where the line says so."""
    prices = [p for p in reading.prices if not p.negated]
    if len(prices) != 2:
        return None
    rate, lot = prices
    if not _rate_of_a_unit(rate) or lot.start <= rate.end or lot.start >= len(reading.words):
        return None
    after_rate = rate.end
    if rate.quantity is not None:
        after_rate = max(after_rate, rate.quantity.end)
    paused = any(_pause_before(reading, k) for k in range(after_rate, lot.start + 1))
    if not paused or not _lot_between(reading, after_rate, lot.start):
        return None
    if lot.quantity is not None and lot.quantity is rate.quantity:
        return None
    if _total_for_the_weight(reading, rate, lot, after_rate):
        return None  # "52 a kilo, the 25 kg bag 1250": the bag's total, said last, stands
    return rate, lot


_SHARE = 0.5
"""A lot's price at least this share of the rate times the lot's weight is its total."""


def _total_for_the_weight(reading: _Reading, rate: _Price, lot: _Price, start: int) -> bool:
    """A weight said for the lot ("the 25 kg bag", "ఈ ముప్పావు కిలో") and a price that
    is about the rate times that weight: the lot's total, not a lower rate."""
    assert rate.quantity is not None
    for q in reading.quantities:
        same_unit = q.value and q.unit == rate.quantity.unit and start <= q.start < lot.start
        if same_unit and q.value and lot.paise >= _SHARE * rate.paise * q.value:
            return True
    held = lot.quantity
    return bool(held is not None and held.value and lot.paise >= _SHARE * rate.paise * held.value)
