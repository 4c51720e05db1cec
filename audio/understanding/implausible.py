"""A total that makes no market sense for the quantity read with it, across a pause:
"टमाटर चालीस किलो, प्याज़ तीस" (tomatoes 40 a kilo, onions 30) read as ₹30 for 40 kilos,
"skin wala 240 kilo, bina skin 280" as ₹280 for 240 kilos, "big glass 25, small 15" as ₹25
for 15 glasses. Each is two prices for two things; the speaker is asked, never a price
of 75 paise a kilo recorded."""

from __future__ import annotations

from audio.understanding.reading import _joined, _Price, _Reading

_LEAST_PAISE = {"kg": 500, "litre": 500, "dozen": 500, "piece": 100}
"""Under ₹5 a kilo, litre or dozen, or ₹1 a piece, when the count came in another clause,
is no price of the goods: the count was a price itself. (Ten lemons for twenty rupees
stand.)"""


def cheap_across_a_pause(reading: _Reading, price: _Price) -> bool:
    """A total for a quantity said before it in another clause (a pause or comma
    between), that comes to under ₹5 a unit."""
    quantity = price.quantity
    if price.per_unit is not False or quantity is None or not quantity.value:
        return False
    if quantity.end > price.span.start:
        return False  # "80 for two kilo": the quantity after the price, in its clause
    least = _LEAST_PAISE.get(quantity.unit or "")
    if least is None:
        return False
    paused = any(not _joined(reading, k) for k in range(quantity.end, price.span.start + 1))
    return paused and price.paise / quantity.value < least
