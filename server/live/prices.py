"""What a spoken move's numbers mean for the record: the quantity it names and the
price per unit it offers (bids are per unit of the product; a total is divided by the
quantity), and a reading put into the product's unit before anything is recorded."""

from __future__ import annotations

from dataclasses import dataclass, replace
from fractions import Fraction

from audio.acts import NegotiationAct
from audio.understanding import Understanding

ASKED_CONFIDENCE = 0.5
"""The confidence of a reading re-said as a rate per the product's unit: below the
recording threshold (`audio.interpret.MIN_CONFIDENCE`), so its speaker is asked first."""

_PART_OF: dict[tuple[str, str], Fraction] = {
    ("g", "kg"): Fraction(1, 1000),
    ("kg", "g"): Fraction(1000),
    ("piece", "dozen"): Fraction(1, 12),
    ("dozen", "piece"): Fraction(12),
}
"""How much of the second unit one of the first is (250 g is 1/4 kg; 6 pieces ½ dozen)."""


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
    # kilo") is asked back first (`total_not_kept`), the question saying the rate and
    # total a yes records: a fraction of a paisa per unit lower, so the order never
    # costs more than what was said (₹33.33 a kilo, ₹99.99). Under a paisa a unit is
    # no price at all: the domain refuses it.
    return act.amount_paise // count


def in_product_units(understood: Understanding, unit: str) -> Understanding:
    """`understood` as the record can take it, for a product sold by `unit` in whole
    units (a deal's quantity is a whole number of them):
    - a quantity that is a whole number of units, in the product's unit or converted to
      it (12 pieces of a product sold by the dozen), stands, in the product's unit;
    - a part of a unit or a quantity that is not whole ("half a kilo for 25", "250 grams
      for 12", "six bananas for 30" of a product sold by the dozen, "two and a half kilo
      at 40 a kilo"), and a rate per another unit ("10 a piece" of one sold by the
      dozen), become the rate per the product's unit that was said (₹50 a kilo; ₹48; ₹60
      a dozen; ₹40; ₹120 a dozen) with no quantity, at a confidence that has it asked
      back of its speaker: never the total divided by the deal's quantity, never a
      count of grams taken as kilos;
    - a quantity or rate in a unit that does not convert (a bunch of a product sold by
      the kilo) names no price that can be recorded: its amount is dropped.
    A bare price, and a total with no quantity, are left as they are."""
    amount = understood.amount_paise
    if amount is None:
        return understood
    said = understood.unit or unit
    if understood.per_unit:
        if said == unit:
            quantity = understood.quantity
            if quantity is None or float(quantity).is_integer():
                return understood
            return _asked_rate(understood, Fraction(amount), unit)
        part = _PART_OF.get((said, unit))
        return _asked_rate(understood, Fraction(amount) / part if part else None, unit)
    if understood.quantity is None:
        return understood
    count = Fraction(understood.quantity).limit_denominator(1000)
    if said != unit:
        part = _PART_OF.get((said, unit))
        if part is None:
            return _asked_rate(understood, None, unit)
        count *= part
    if count.denominator == 1 and count >= 1:
        if said == unit:
            return understood
        return replace(understood, quantity=float(count), unit=unit)
    return _asked_rate(understood, Fraction(amount) / count, unit)


@dataclass(frozen=True)
class TotalSaid:
    """A total said with the quantity it was said for ("a quarter kilo for 10 rupees",
    "100 for 7 kilos"), as heard."""

    amount_paise: int
    quantity: float
    unit: str


def total_not_kept(said: Understanding, unit: str, deal_quantity: int) -> TotalSaid | None:
    """The total in `said` (a reading before `in_product_units`) when recording it would
    not keep it as said, else None:
    - its quantity is not a whole number of the product's units ("a quarter kilo for
      10", "2.5 kilo for 100" of a product sold by the kilo, "one and a half dozen for
      90"): the record can hold only the rate it makes, for the deal's whole quantity;
    - it does not split into whole paise per unit ("100 for 7 kilos": ₹14.28 a kilo is
      ₹99.96, a rate and a total nobody said).
    Either is asked back naming the total heard and what a yes would record, never
    recorded as a rate without the total being said."""
    if said.amount_paise is None or said.per_unit is not False:
        return None
    product = in_product_units(said, unit)
    if product.amount_paise is None:
        return None
    if product.per_unit:  # a part of a unit (or not a whole number of them): made a rate
        assert said.quantity is not None
        return TotalSaid(said.amount_paise, said.quantity, said.unit or unit)
    count = deal_quantity
    if product.quantity is not None and float(product.quantity).is_integer():
        count = int(product.quantity)
    if count > 1 and product.amount_paise % count:
        return TotalSaid(product.amount_paise, float(count), unit)
    return None


def _asked_rate(understood: Understanding, rate: Fraction | None, unit: str) -> Understanding:
    if rate is None or rate < 1:
        return replace(understood, amount_paise=None, per_unit=None, quantity=None, unit=None)
    return replace(
        understood,
        amount_paise=int(rate),  # a fraction of a paisa lower: never more than was said
        per_unit=True,
        quantity=None,
        unit=unit,
        confidence=min(understood.confidence, ASKED_CONFIDENCE),
    )
