"""What a spoken move's numbers mean for the record: the quantity it names and the
price per unit it offers (bids are per unit; a total is divided by the quantity)."""

from __future__ import annotations

from audio.acts import NegotiationAct


def spoken_quantity(act: NegotiationAct) -> int | None:
    """A new whole quantity the speaker named; "40 a kilo" names a rate, not 1 kg."""
    if act.quantity is None or act.quantity < 1 or act.quantity != int(act.quantity):
        return None
    if act.per_unit and act.quantity == 1:
        return None
    return int(act.quantity)


def unit_price(act: NegotiationAct, quantity: int) -> int:
    assert act.amount_paise is not None
    if act.per_unit:
        return act.amount_paise
    count = max(spoken_quantity(act) or quantity, 1)
    # Bids are per unit. A total that does not split into whole paise ("₹100 for 3
    # kilo") is recorded a fraction of a paisa per unit lower, so the order never
    # costs more than what was said (₹33.33 a kilo, ₹99.99). Under a paisa a unit is
    # no price at all: the domain refuses it.
    return act.amount_paise // count
