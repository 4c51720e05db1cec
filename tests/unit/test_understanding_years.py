"""A year beside an edition, a printing, a syllabus or a model is no price: the other
number stands. A rupee word or a round figure keeps the number a price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "the 2021 edition, give it for 90", 9000),
        ("hi", "2018 में छपी किताब है, अस्सी में दे दो", 8000),
        ("ta", "2022 எடிஷன், தொண்ணூறு குடுங்க", 9000),
        ("kn", "2021 ಎಡಿಷನ್, ತೊಂಬತ್ತು ಕೊಡಿ", 9000),
    ],
)
def test_year_beside_an_edition_is_no_price(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "this model is 1999 rupees", 199900),
        ("hi", "ये मॉडल दो हज़ार का है", 200000),
    ],
)
def test_a_price_beside_a_model_stays(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ఈ కొట్టు మా నాన్న 1978 లో మొదలుపెట్టారు", "te"),
        ("ഈ കട 1982-ൽ തുടങ്ങിയതാ, അച്ഛന്റെ കാലം മുതൽ", "ml"),
        ("We have been at this corner since 1991, madam", "en"),
        ("My uncle opened this shop in 1968", "en"),
    ],
)
def test_a_year_typed_with_in_or_since_is_no_price(text: str, language: str) -> None:
    """Four digits typed with "in" written apart after them ("1978 లో", "1982-ൽ") or
    "in"/"since" before them: the year something happened, never a price."""
    assert understand(text, language=language).amount_paise is None


@pytest.mark.parametrize(("text", "language"), [("1999 में दे दो", "hi"), ("give it for 1875", "en")])
def test_a_price_near_a_year_stays_a_price(text: str, language: str) -> None:
    assert understand(text, language=language).amount_paise is not None
