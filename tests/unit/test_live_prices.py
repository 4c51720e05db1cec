"""A spoken move's price per unit for the record: a total for a part of a kilo is the
kilo's rate it comes to, never that total a kilo."""

from __future__ import annotations

import pytest

from audio.acts import ActKind, NegotiationAct
from server.live.prices import spoken_quantity, unit_price


def _total(paise: int, quantity: float, unit: str) -> NegotiationAct:
    return NegotiationAct(
        ActKind.OFFER, amount_paise=paise, per_unit=False, quantity=quantity, unit=unit
    )


@pytest.mark.parametrize(
    ("act", "per_kilo"),
    [
        (_total(6000, 0.5, "kg"), 12000),  # sixty for every half kilo
        (_total(1500, 100, "g"), 15000),  # fifteen per hundred grams
        (_total(5500, 0.25, "kg"), 22000),  # pav ka pachpan
        (_total(2500, 250, "g"), 10000),  # twenty-five for 250 grams
        (_total(1000, 300, "g"), 3333),  # a third of a kilo: rounded down
    ],
)
def test_a_total_for_a_part_of_a_kilo_is_the_kilos_rate(act: NegotiationAct, per_kilo: int) -> None:
    assert unit_price(act, 1, "kg") == per_kilo
    assert spoken_quantity(act, "kg") is None


def test_a_part_of_a_unit_not_sold_by_the_kilo_is_left_as_said() -> None:
    silver = _total(1500, 100, "g")  # sold by the gram: 100 grams for 15 stays a total
    assert unit_price(silver, 1, "g") == 15
    assert spoken_quantity(silver, "g") == 100


def test_whole_kilos_and_rates_are_unchanged() -> None:
    assert unit_price(_total(10000, 2, "kg"), 1, "kg") == 5000
    assert spoken_quantity(_total(10000, 2, "kg"), "kg") == 2
    rate = NegotiationAct(ActKind.OFFER, amount_paise=4000, per_unit=True, unit="kg")
    assert unit_price(rate, 3, "kg") == 4000
