"""Tamil, Kannada and Malayalam "illa" between two prices: "or" (asked) unless a pause
or a verb of giving makes it "not X, Y"; Gujarati typed "X ke Y" is "or"."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "box 75 illa 80, stock paathu solren"),
        ("ta", "பெட்டி எழுபத்தஞ்சு இல்லன்னா எண்பது"),
        ("kn", "ಎಪ್ಪತ್ತೈದು ಇಲ್ಲಾ ಎಂಬತ್ತು, ನೋಡಿ ಹೇಳ್ತೀನಿ"),
        ("ml", "petti 75 illa 80, nokkiyittu parayam"),
        ("gu", "box 75 ke 80, stock joi ne kahu"),
    ],
)
def test_two_prices_as_alternatives_are_asked(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "எழுபது இல்ல, அறுபது குடுங்க"),
        ("ta", "ezhupathu illa arupathu kudunga"),
        ("kn", "eppattu illa aravattu kodi"),
        ("ml", "എഴുപത് ഇല്ല, അറുപത് താ"),
    ],
)
def test_not_this_but_that_counters(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise == 6000
    assert heard.confidence >= MIN_CONFIDENCE
