"""A number, a pause, then other goods priced again in their own clause ("ಹಾರ
ಇನ್ನೂರೈವತ್ತು, ಗುಲಾಬಿ ಹಾಕಿದ್ರೆ ಮುನ್ನೂರು": a garland 250, with roses 300): the first number
is a price of one form, never a count of the roses, and two forms with two prices are
asked. A count said right before its goods ("ನೂರು ಗುಲಾಬಿ ಮುನ್ನೂರು") still counts them."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ಹಾರ ಒಂದಕ್ಕೆ ಇನ್ನೂರೈವತ್ತು, ಗುಲಾಬಿ ಹಾಕಿದ್ರೆ ಮುನ್ನೂರು"),
        ("ta", "மாலை இருநூத்தி அம்பது, ரோஜா போட்டா முன்னூறு"),
        ("te", "దండ రెండు వందల యాభై, గులాబీ వేస్తే మూడు వందలు"),
    ],
)
def test_two_forms_priced_are_asked(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.quantity != 250
    assert understood.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [("kn", "ನೂರು ಗುಲಾಬಿ ಮುನ್ನೂರು"), ("te", "వంద గులాబీలు మూడు వందలు")],
)
def test_count_bound_to_goods_stays_a_count(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == 30000
    assert understood.per_unit is False
    assert understood.quantity == 100
    assert understood.confidence >= MIN_CONFIDENCE
