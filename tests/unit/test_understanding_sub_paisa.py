"""Typed prices with more decimals than paise have: no one quotes a price to a tenth of a
paisa, so "7.125 rupees" is a slip, and "2.500 rupees" may be ₹2,500 with its thousands
grouped by a dot. Either way the speaker is asked; nothing is rounded and taken. Two
decimals or fewer are rupees and paise, read exactly from the digits."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "table"),
    [
        ("en", "Rs 7.125 per kilo", False),
        ("en", "I can give 33.333 rupees for it", True),
        ("en", "₹99.9999, last price", False),
        ("en", "take it for 2.500 rupees", True),  # ₹2.50, or ₹2,500 grouped by a dot
        ("en", "ok 8.125 a kilo then", True),
        ("en", "3,250.125 rupees for the sack", False),
        ("hi", "५५.५५५ रुपये किलो", False),
        ("hi", "चलो 12.000 रुपये दे दूँगा", True),
        ("ta", "45.125 ரூபாய் கிலோ", True),
    ],
)
def test_more_than_two_decimals_is_asked(language: str, text: str, table: bool) -> None:
    said = understand(text, language=language, has_outstanding_offer=table)
    assert said.amount_paise is not None, said  # heard as a price, and asked
    assert said.confidence < MIN_CONFIDENCE, said


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "Rs 7.25 per kilo", 725),
        ("en", "₹2,500.50 for the sack", 250050),
        ("en", "33.5 rupees", 3350),
        ("hi", "५५.७५ रुपये किलो", 5575),
    ],
)
def test_two_decimals_or_fewer_are_rupees_and_paise(language: str, text: str, paise: int) -> None:
    said = understand(text, language=language)
    assert said.confidence >= MIN_CONFIDENCE, said
    assert said.amount_paise == paise
