"""Ranges said loosely ("बीस पच्चीस हज़ार", "दस पंद्रह रुपये", "forty fifty rupees") are
asked and heard at the lower figure."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "तीस पैंतीस हज़ार लगेगा", 3_000_000),
        ("en", "sixty seventy rupees a kilo", 6000),
        ("mr", "पाच सात हजार लागतील", 500_000),
        ("bn", "পনেরো কুড়ি টাকা পড়বে", 1500),
        ("kn", "ನಲವತ್ತು ಐವತ್ತು ಸಾವಿರ ಆಗುತ್ತೆ", 4_000_000),
        ("hi", "do char sau", 20000),
    ],
)
def test_a_loose_range_is_heard_at_its_lower_figure(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == paise, heard
    assert heard.confidence < MIN_CONFIDENCE, heard


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "पैंतीस हज़ार लगेगा", 3_500_000),
        ("en", "seventy rupees a kilo", 7000),
    ],
)
def test_one_price_stands(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == paise, heard
    assert heard.confidence >= MIN_CONFIDENCE, heard


def test_short_thousands_picked_by_the_table_are_no_range() -> None:
    heard = understand("five seven hundred", language="en", reference_paise=600_000)
    assert heard.amount_paise == 570_000, heard
