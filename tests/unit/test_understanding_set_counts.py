"""A set is one item: the count inside its description is no quantity; "the set is 120"
is a rate per set; a count of sets and a small count of metres with no price stay counts."""

from __future__ import annotations

import pytest

from audio.understanding import understand

INSIDE = [
    ("en", "what's the price of the set of four bowls?"),
    ("hi", "चार कटोरी का सेट कितने का?"),
    ("te", "నాలుగు గిన్నెల సెట్ ఎంత?"),
    ("pa", "ਚਾਰ ਕਟੋਰੀਆਂ ਦਾ ਸੈੱਟ ਕਿੰਨੇ ਦਾ?"),
]


@pytest.mark.parametrize(("language", "text"), INSIDE)
def test_the_count_inside_a_set_is_no_quantity(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert (understood.quantity, understood.amount_paise) == (None, None)


def test_the_set_is_a_rate() -> None:
    understood = understand("the set is 90", language="en")
    assert (understood.amount_paise, understood.per_unit, understood.unit) == (9000, True, None)


def test_sets_counted_are_a_total() -> None:
    understood = understand("चार सेट चार सौ में दे दो", language="hi", has_outstanding_offer=True)
    assert (understood.amount_paise, understood.per_unit, understood.quantity) == (40000, False, 4)


@pytest.mark.parametrize(
    ("language", "text"), [("en", "give me six metres"), ("hi", "छह मीटर दे दो")]
)
def test_a_count_of_metres_is_no_price(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert (understood.amount_paise, understood.quantity, understood.unit) == (None, 6, None)
