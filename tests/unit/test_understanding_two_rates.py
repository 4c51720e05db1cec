"""Two rates for two units, the first price's number never read as a count of the
second's unit; a price on a condition that reads as a rate or a total is asked; two
prices that agree keep the first."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


ASKED = [
    ("ml", "നാരങ്ങ ഒന്നിന് അഞ്ച്, ഡസന് അമ്പത്"),
    ("hi", "nimbu ek ka paanch, darjan pachas"),
    ("kn", "ಒಂದಕ್ಕೆ ಹತ್ತು, ಡಜನ್‌ಗೆ ನೂರು"),
    ("en", "300 a kilo, but if you take 3 kilo, 250"),
    ("hi", "किलो तीन सौ, तीन किलो लोगे तो ढाई सौ"),
]


@pytest.mark.parametrize(("language", "text"), ASKED)
def test_two_rates_are_asked(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) is None
    assert understood.quantity not in (5, 10)  # never the first price's number


KEPT = [
    # a bulk total that only repeats the rate: the rate said first stands
    ("hi", "एक का पच्चीस, चार लो तो सौ", 2500, True, None),
    # a total, then the rate it works out to: the total said first stands
    ("en", "ten lemons for 50, so five rupees each", 5000, False, 10),
    ("en", "half kilo 150, that's 300 a kilo", 15000, False, 0.5),
]


@pytest.mark.parametrize(("language", "text", "paise", "per_unit", "quantity"), KEPT)
def test_one_price_stands(
    language: str, text: str, paise: int, per_unit: bool, quantity: float | None
) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise
    assert understood.per_unit is per_unit
    assert understood.quantity == quantity
