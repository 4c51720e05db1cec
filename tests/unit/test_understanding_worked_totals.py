"""A total worked out at the rate just said (`audio/understanding/portions.py`): "150 a
kilo, 2.5 kilo 375" only shows the rate at work, so the rate stands; a total off the rate
is a deal of its own."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("text", "language", "rate", "unit"),
    [
        ("Potatoes thirty a kilo, four kilo a hundred and twenty.", "en", 3000, "kg"),
        ("तुरई चालीस रुपये किलो, तीन किलो एक सौ बीस", "hi", 4000, "kg"),
        ("ਗੋਭੀ ਪੰਜਾਹ ਰੁਪਏ ਕਿੱਲੋ, ਦੋ ਕਿੱਲੋ ਸੌ ਰੁਪਏ", "pa", 5000, "kg"),
    ],
)
def test_a_total_worked_out_at_the_rate_leaves_the_rate(
    text: str, language: str, rate: int, unit: str
) -> None:
    heard = understand(text, language=language)
    assert (heard.amount_paise, heard.per_unit, heard.quantity, heard.unit) == (
        rate,
        True,
        None,
        unit,
    ), heard


def test_a_total_below_the_rate_times_the_weight_is_a_deal_of_its_own() -> None:
    heard = understand("Potatoes thirty a kilo, four kilo a hundred.", language="en")
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (10000, False, 4.0), heard
