"""Another one asked with a word of quality (better, superior, premium, good quality) asks
for the better ones (`show_better`); without one it asks for others (`show_another`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Show me some other ones, something premium", "en"),
        ("कोई और दिखाओ, थोड़ा उम्दा माल", "hi"),
        ("வேற காட்டுங்க, தரமான சரக்கு", "ta"),
        ("వేరేది చూపించండి, నాణ్యమైనది", "te"),
        ("অন্যটা দেখান, উন্নত মানের", "bn"),
        ("दुसरी दाखवा, दर्जेदार हवी", "mr"),
        ("બીજી બતાવો, ઉત્તમ ક્વોલિટીની", "gu"),
        ("ಬೇರೆ ತೋರಿಸಿ, ಉತ್ತಮ ಗುಣಮಟ್ಟದ್ದು", "kn"),
        ("വേറെ കാണിക്ക്, മുന്തിയ ഇനം", "ml"),
        ("ਕੋਈ ਹੋਰ ਵਿਖਾਓ, ਵਧੀਆ ਵਾਲਾ", "pa"),
    ],
)
def test_another_with_quality_asks_the_better_ones(text: str, language: str) -> None:
    assert heard(text, language) == "show_better"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Show me another colour please", "en"),
        ("दूसरा रंग दिखाओ", "hi"),
        ("ಬೇರೆ ಬಣ್ಣ ತೋರಿಸಿ", "kn"),
    ],
)
def test_another_without_quality_stays(text: str, language: str) -> None:
    assert heard(text, language) == "show_another"
