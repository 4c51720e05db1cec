"""A number, a pause, then other goods priced again in their own clause ("ಮಾಲೆ
ಒಂದಕ್ಕೆ ಮುನ್ನೂರು, ಗುಲಾಬಿ ಸೇರಿಸಿದ್ರೆ ನಾನೂರು": a garland 300, with roses added 400): the first number
is a price of one form, never a count of the roses, and two forms with two prices are
asked. A count said right before its goods ("ನೂರು ಗುಲಾಬಿ ಮುನ್ನೂರು") still counts them."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "first"),
    [
        ("kn", "ಮಾಲೆ ಒಂದಕ್ಕೆ ಮುನ್ನೂರು, ಗುಲಾಬಿ ಸೇರಿಸಿದ್ರೆ ನಾನೂರು", 300),
        ("ta", "மாலை இருநூத்தி அம்பது, ரோஜா போட்டா முன்னூறு", 250),
        ("te", "దండ రెండు వందల యాభై, గులాబీ వేస్తే మూడు వందలు", 250),
    ],
)
def test_two_forms_priced_are_asked(language: str, text: str, first: int) -> None:
    understood = understand(text, language=language)
    assert understood.quantity != first
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
