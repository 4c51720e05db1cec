"""A rate offered if the buyer takes a count: "if you take ten, 350 a piece", "दस लोगे तो
पैंतीस रुपये पीस", "పది తీసుకుంటే పీసు మూడొందల యాభై", "ਦਸ ਲਓਗੇ ਤਾਂ ਪੈਂਤੀ ਰੁਪਏ ਇੱਕ ਦਾ".
The count inside the condition is the quantity wanted, and the price said with a word
of "a piece / each / one for" is the rate for each of them, not a total for the count
(`taken_if.py` reads a bare price there as that total)."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.reading import _Price, _Quantity, _Reading

# A case ending written apart after a romanized unit word: "piece na", "piece-ge".
_CASE = frozenset(("na", "ni", "nu", "ge", "ki", "ku", "ke", "ka", "inu", "nu", "da", "er"))
# A Bengali count's classifier written apart: "dosh ta nile".
_CLASSIFIER = frozenset(("ta", "ti", "khana"))


def past_classifier(reading: _Reading, k: int) -> int:
    """Where a count's words end, past a Bengali classifier written apart ("dosh ta")."""
    if reading.language == "bn" and k < len(reading.words) and reading.words[k] in _CLASSIFIER:
        return k + 1
    return k


def said_per_piece(reading: _Reading, then: int, total: _Price) -> bool:
    """The price after the condition is said as a piece's rate: "पीस पैंतीस", "ఒక్కోటి
    నలభై", "ਇੱਕ ਦਾ ਚਾਲੀ", "35 rupees a piece"."""
    if total.per_unit and total.quantity is not None and total.quantity.unit == "piece":
        return then <= total.quantity.start  # its own piece word, not the rate's before
    if total.per_unit and total.each and total.start > then:
        return True  # "ஒண்ணு அம்பது": a one-for word between the condition and the price
    one = total.end + 1 if reading.has(total.end, Cue.OF, Cue.LINK) else total.end
    if total.per_unit and total.each and one in reading.lone_ones:
        # "दस लोगे तो साढ़े तीन सौ एक का", "ਪੰਜਾਹ ਲਓ ਤਾਂ ਅਠਾਰਾਂ ਰੁਪਏ ਦਾ ਇੱਕ": a lone "one"
        # for one after it
        return True
    for k in range(then, min(total.end + 3, len(reading.words))):
        if total.start <= k < total.end:
            continue
        if reading.has(k, Cue.EACH) or reading.units[k] == "piece":
            return True
    return False


def rate_for_count(
    reading: _Reading, quantity: _Quantity, as_price: _Price | None, then: int, total: _Price
) -> bool:
    """Keep the price after "if you take N" a rate per piece, with N the quantity, when it
    is said with a piece word; True when it was read so."""
    if not said_per_piece(reading, then, total):
        return False
    if as_price is not None:
        reading.prices.remove(as_price)
    if quantity.unit is None:
        quantity.unit = "piece"
    quantity.claimed = False
    if quantity not in reading.quantities:
        reading.quantities.append(quantity)
    total.per_unit, total.each = True, True
    if total.quantity is None or total.quantity.unit is None:
        total.quantity = None
    return True


def unit_past_condition(reading: _Reading, count: _Price, then: int) -> None:
    """ "दहा घेतले तर पीस तीनशे ऐंशी": the piece word after the condition belongs to the
    price after it ("piece 380"), not to the count before the condition ("ten a piece")."""
    unit = count.quantity
    if not count.per_unit or unit is None or unit.value is not None or unit.start < then:
        return
    at = unit.end
    if at < len(reading.words) and (reading.has(at, Cue.OF, Cue.PER) or reading.words[at] in _CASE):
        at += 1  # "piece na trees", "piece-ge 480", "piece ki muppai"
    rate = next((p for p in reading.prices if p.start == at), None)
    if rate is None or rate.quantity is not None or rate.negated:
        return
    count.per_unit, count.quantity, count.each = None, None, False
    rate.per_unit, rate.quantity = True, unit
