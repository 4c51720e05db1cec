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
