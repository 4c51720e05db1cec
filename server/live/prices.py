"""What a spoken move's numbers mean for the record: the quantity it names and the
price per unit it offers (bids are per unit; a total is divided by the quantity). A
total said for a part of a kilo ("40 for half a kilo", "15 per 100 grams", "pav ka
50") where the goods are sold by the kilo is the kilo's rate it comes to."""

from __future__ import annotations

from audio.acts import NegotiationAct

_GRAMS = {"kg": 1000, "g": 1}
_KILO = 1000


def _grams_of_part(act: NegotiationAct, sold_by: str | None) -> int | None:
    """The grams a total is said for, where that is a part of the kilo the goods are
    sold by ("sixty for every half kilo": 500); None for a rate or any other total."""
    if act.per_unit or sold_by != "kg" or act.quantity is None or act.unit not in _GRAMS:
        return None
    grams = round(act.quantity * _GRAMS[act.unit])
    return grams if 0 < grams < _KILO else None


def spoken_quantity(act: NegotiationAct, sold_by: str | None = None) -> int | None:
    """A new whole quantity the speaker named; "40 a kilo" names a rate, not 1 kg, and
    "15 per 100 grams" the part a price is for, not 100 kilos."""
    if act.quantity is None or act.quantity < 1 or act.quantity != int(act.quantity):
        return None
    if act.per_unit and act.quantity == 1:
        return None
    if _grams_of_part(act, sold_by) is not None:
        return None
    return int(act.quantity)


def unit_price(act: NegotiationAct, quantity: int, sold_by: str | None = None) -> int:
    """The price per unit the move offers; `sold_by` is the unit the goods are sold by,
    which turns a price for a part of a kilo into the kilo's rate."""
    assert act.amount_paise is not None
    if act.per_unit:
        return act.amount_paise
    grams = _grams_of_part(act, sold_by)
    if grams is not None:
        # "10 per 100 grams" is ₹100 a kilo, never ₹10; rounded down, as a total below.
        return act.amount_paise * _KILO // grams
    count = max(spoken_quantity(act) or quantity, 1)
    # Bids are per unit. A total that does not split into whole paise ("₹100 for 3
    # kilo") is recorded a fraction of a paisa per unit lower, so the order never
    # costs more than what was said (₹33.33 a kilo, ₹99.99). Under a paisa a unit is
    # no price at all: the domain refuses it.
    return act.amount_paise // count
