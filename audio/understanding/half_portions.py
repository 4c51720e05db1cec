"""A price list whose part portion is named by "half" alone: "full plate 60, half 35",
"फुल प्लेट साठ, हाफ पैंतीस", "ഫുൾ പ്ലേറ്റ് അറുപത്, ഹാഫ് മുപ്പത്തഞ്ച്". The word "half"
borrowed from English stands for "half plate" when no unit follows it, so it names no
number of its own; the full portion's rate, said first, stands, and the half's lower
price after a pause is a remark, as "half plate thirty" is (`portions`)."""

from __future__ import annotations

from audio.lexicon import fold
from audio.understanding.reading import _Reading
from audio.understanding.two_rates import _pause_before

# "Half" as a portion's name, typed or written in each script.
_HALF = frozenset(
    fold(w)
    for w in (
        "half", "haf", "हाफ", "हाफ़", "ஆஃப்", "ஹாஃப்", "ஹாப்", "హాఫ్", "হাফ", "હાફ", "ಹಾಫ್",
        "ഹാഫ്", "ഹാഫ", "ਹਾਫ਼", "ਹਾਫ",
    )
)  # fmt: skip


def half_portion_remark(reading: _Reading) -> None:
    """Drop the price said right after a bare "half" that follows a rate of a full
    portion past a pause, when it is lower than that rate and at least a third of it."""
    prices = [p for p in reading.prices if not p.negated]
    if len(prices) != 2:
        return
    rate, half = prices
    if not rate.per_unit or half.per_unit is not None or half.quantity is not None:
        return
    if half.start < 1 or reading.words[half.start - 1] not in _HALF:
        return
    if not _pause_before(reading, half.start - 1):
        return
    if not rate.paise / 3 <= half.paise < rate.paise:
        return
    reading.prices.remove(half)
