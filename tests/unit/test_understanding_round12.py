"""Caps said after a word of agreement ("okay, 85 max"), market news told as small talk
("it rained, that's why there's no crowd"), loose currency spellings after "last price",
"give it at the price you said", a complaint about the goods that refuses them, rate
questions as typed in chat, and counted goods with a bare total: each in all ten
languages, native script and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# "Okay, X max": a cap of X, the speaker's own price, never agreement to the one asked.
CAPS = [
    ("hi", "ठीक है, साठ मैक्स", 6000),
    ("hi", "theek hai 45 max", 4500),
    ("en", "fine, forty max", 4000),
    ("en", "ok, thirty at most", 3000),
    ("ta", "சரி, 50 மேக்ஸ்", 5000),
    ("ta", "sari 40 maximum", 4000),
    ("te", "సరే, 70 మాక్స్", 7000),
    ("te", "sare 35 max", 3500),
    ("bn", "আচ্ছা, 80 ম্যাক্স", 8000),
    ("bn", "thik ache 25 max", 2500),
    ("mr", "ठीक आहे, 40 मैक्स", 4000),
    ("mr", "chalel, 30 max", 3000),
    ("gu", "ઓકે, 95 મેક્સ", 9500),
    ("gu", "ok 45 max", 4500),
    ("kn", "ಸರಿ, 65 ಮಾಕ್ಸ್", 6500),
    ("kn", "sari 55 maximum", 5500),
    ("ml", "ശരി, 45 മാക്സ്", 4500),
    ("ml", "shari 35 max", 3500),
    ("pa", "ਠੀਕ ਹੈ, 65 ਮੈਕਸ", 6500),
    ("pa", "theek hai 75 maximum", 7500),
]


@pytest.mark.parametrize(("language", "text", "paise"), CAPS)
def test_okay_then_a_cap_counters(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) in (paise, None)
    assert understood.amount_paise == paise
