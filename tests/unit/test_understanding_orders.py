"""Shapes of a price the corpus lines rest on, and the guards around them: a sack's total
after a rate, a total if the buyer takes a count, a serving as the unit, several items
in one order, a house number, a weight in kilos and grams."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


def _sure(text: str, language: str, reply: bool = False) -> tuple[int | None, object]:
    u = understand(text, language=language, has_outstanding_offer=reply)
    return (u.amount_paise if u.confidence >= MIN_CONFIDENCE else None), u


def test_a_sacks_total_after_the_rate_is_the_price_offered() -> None:
    amount, u = _sure("rice 52 a kilo, the 25 kg bag 1250", "en")
    assert amount == 125000
    assert (u.per_unit, u.quantity, u.unit) == (False, 25.0, "kg")


@pytest.mark.parametrize(
    ("text", "language", "amount", "count"),
    [
        ("दस रुपये का एक है, छह लो तो पचास", "hi", 5000, 6.0),
        ("twenty each, take six and it's a hundred", "en", 10000, 6.0),
        ("ಒಂದಕ್ಕೆ ಹತ್ತು ರೂಪಾಯಿ, ಆರು ತಗೊಂಡ್ರೆ ಐವತ್ತು", "kn", 5000, 6.0),
    ],
)
def test_a_total_if_the_buyer_takes_a_count_beside_the_rate_is_asked(
    text: str, language: str, amount: int, count: float
) -> None:
    # the rate and the deal on a condition both stand: two prices, asked
    got, u = _sure(text, language)
    assert got is None
    assert (u.amount_paise, u.per_unit, u.quantity) == (amount, False, count)


def test_a_serving_is_a_rate_with_no_unit_and_one_glass_is_no_piece() -> None:
    amount, u = _sure("tea is ten a cup", "en")
    assert (amount, u.per_unit, u.unit) == (1000, True, None)
    asked = understand("how much is one glass?", language="en")
    assert (str(asked.intent), asked.unit) == ("question", None)


def test_several_items_name_no_one_quantity_and_one_item_keeps_its_count() -> None:
    several = understand("two teas and three samosas, how much?", language="en")
    assert several.quantity is None
    one = understand("how much for three samosas?", language="en")
    assert one.quantity == 3


def test_a_house_number_is_no_price_but_a_typed_half_still_counts() -> None:
    house = understand("send it to house no. 27/2, near the temple", language="en")
    assert (str(house.intent), house.amount_paise) == ("other", None)
    half = understand("1/2 kilo tomatoes, 20 rupees", language="en")
    assert half.amount_paise == 2000  # the half kilo is not dropped as an address


def test_kilos_and_grams_are_one_weight() -> None:
    amount, u = _sure("एक किलो दो सौ ग्राम हुआ, साठ रुपये", "hi")
    assert (amount, u.quantity, u.unit) == (6000, pytest.approx(1.2), "kg")


def test_ek_before_whole_tens_is_still_asked_but_not_before_paise() -> None:
    assert _sure("ek pachaas", "hi")[0] is None  # 50 each, or 150
    assert _sure("अंडा एक छह रुपये पचास पैसे", "hi")[0] == 650


def test_a_short_hundred_in_indic_script_before_a_unit_is_a_rate() -> None:
    amount, u = _sure("ಒನ್ ಫಾರ್ಟಿ ಫೈವ್ ಕೆಜಿ", "kn")
    assert (amount, u.per_unit, u.unit) == (14500, True, "kg")
    assert _sure("साढ़े चार सौ किलो", "hi")[0] is None  # 450 a kilo or 450 kilos: asked
