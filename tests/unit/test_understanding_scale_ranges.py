"""Two counts said as a range before a scale word ("athai-unatti sau", "do-dhai sau",
"पंद्रह-सोलह सौ") are asked, never recorded; the lower end is the amount heard."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "lower"),
    [
        ("pa", "athaayi-unatti sau", 280000),
        ("hi", "do dhai sau ka padega", 20000),
        ("hi", "सत्रह-अठारह सौ लगेगा", 170000),
        ("en", "seventeen-eighteen hundred", 170000),
        ("kn", "ಹದಿನೇಳು-ಹದಿನೆಂಟು ನೂರು", 170000),
    ],
)
def test_range_before_a_scale_is_asked(language: str, text: str, lower: int) -> None:
    heard = understand(text, language=language)
    assert heard.confidence < MIN_CONFIDENCE
    assert heard.amount_paise == lower


def test_one_count_before_the_scale_stands() -> None:
    heard = understand("अठारह सौ लगेगा", language="hi")
    assert heard.amount_paise == 180000
    assert heard.confidence >= MIN_CONFIDENCE
