"""A thousands figure, then a bare count and a half, is a loose range: asked at the lower
figure, never the two added together."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "lower"),
    [
        ("hi", "चार हज़ार साढ़े चार लगेगा", 400000),
        ("ta", "நாலாயிரம் நாலரை ஆகும்", 400000),
        ("te", "నాలుగువేలు నాలుగున్నర", 400000),
        ("pa", "ਇੱਕ ਹਜ਼ਾਰ ਡੇਢ", 100000),
        ("en", "four thousand, four and a half", 400000),
    ],
)
def test_half_after_thousands_is_asked_at_the_lower(language: str, text: str, lower: int) -> None:
    understood = understand(text, language=language)
    assert understood.confidence < MIN_CONFIDENCE, understood
    assert understood.amount_paise in (None, lower)


def test_thousands_and_hundreds_in_full_stand() -> None:
    understood = understand("चार हज़ार पाँच सौ लगेगा", language="hi")
    assert understood.amount_paise == 450000
    assert understood.confidence >= MIN_CONFIDENCE


def test_typed_rupees_and_paise_stand() -> None:
    understood = understand("2002.50 rupees", language="en")
    assert understood.amount_paise == 200250
