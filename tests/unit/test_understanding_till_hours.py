"""An hour before "till" beside the shop's hours, a typed clock time and a day beside a
date are no price; "up to fifty" and a rate beside a date stay prices."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "दस बजे तक दुकान खुली रहेगी"),
        ("te", "తొమ్మిది వరకు షాపు ఉంటుంది"),
        ("en", "the 7:15 bus brings the crowd"),
        ("hi", "होली आठ तारीख को है, सात की रात होलिका दहन"),
    ],
)
def test_no_price(language: str, text: str) -> None:
    assert understand(text, language=language).amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("hi", "सत्तर तक दे दूँगा", 7000),
        ("en", "on the 8th date it's Holi, gujiya 400 a kilo", 40000),
    ],
)
def test_a_price_stays(language: str, text: str, amount: int) -> None:
    assert understand(text, language=language).amount_paise == amount
