"""A greeting with a welcome greets; a welcome calls to look only with a word of looking;
a way to pay not had ("I don't have that much cash") leaves the one asked for."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "नमस्कार सेठ जी, आइए आइए, कितने दिन बाद"),
        ("ta", "வணக்கம் அக்கா, வாங்க வாங்க"),
        ("te", "నమస్కారం అక్కా, రండి రండి"),
        ("kn", "ನಮಸ್ತೆ ಅಕ್ಕ, ಬನ್ನಿ ಬನ್ನಿ"),
        ("pa", "ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਭੈਣ ਜੀ, ਆਓ ਜੀ"),
    ],
)
def test_a_greeting_with_a_welcome_greets(language: str, text: str) -> None:
    found = market_act(text, language)
    assert found is not None and found.act == "greet", (text, found)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "नमस्ते जी, आइए, देख लीजिए ताज़ी सब्ज़ी"),
        ("ta", "வணக்கம் சார், வாங்க பாருங்க"),
        ("kn", "ನಮಸ್ಕಾರ, ಬನ್ನಿ ನೋಡಿ"),
    ],
)
def test_a_greeting_with_a_call_to_look_calls_to_look(language: str, text: str) -> None:
    found = market_act(text, language)
    assert found is not None and found.act == "come_look", (text, found)


def test_the_way_to_pay_asked_for_stands_beside_one_not_had() -> None:
    found = market_act("card chalega? I don't have much cash today", "en")
    assert found is not None and found.act == "pay_card"
    found = market_act("I don't have cash", "en")
    assert found is None or found.act != "pay_cash"


def test_two_ways_to_pay_each_asked_ask_how_to_pay() -> None:
    for language, text in (("te", "జీపేనా, క్యాషా?"), ("ml", "കാശാണോ ജിപേ ആണോ?")):
        found = market_act(text, language)
        assert found is not None and found.act == "pay_how", (text, found)
