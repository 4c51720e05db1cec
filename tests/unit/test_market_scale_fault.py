"""The scale said to be wrong or faulty, or the weight said to be wrong, asks to weigh
properly; the scale named with no fault is no act, and goods asked to be weighed are
weighed."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Something's wrong with your scale, anna", "en"),
        ("ये तराजू गड़बड़ है भैया", "hi"),
        ("तुमचा काटा खराब आहे", "mr"),
        ("તમારો કાંટો ખોટો છે", "gu"),
        ("ਤੁਹਾਡੀ ਤੱਕੜੀ ਗਲਤ ਹੈ", "pa"),
        ("আপনার দাঁড়িপাল্লায় গোলমাল আছে", "bn"),
        ("உங்க தராசு கோளாறா இருக்கு", "ta"),
        ("మీ త్రాసు తప్పు చూపిస్తోంది", "te"),
        ("ನಿಮ್ಮ ತಕ್ಕಡಿ ಸರಿಯಿಲ್ಲ", "kn"),
        ("നിങ്ങളുടെ ത്രാസ് ശരിയില്ല ചേട്ടാ", "ml"),
    ],
)
def test_a_scale_at_fault_asks_to_weigh_properly(text: str, language: str) -> None:
    assert heard(text, language) == "weigh_properly"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("आपका तराजू नया लगता है", "hi", None),
        ("put it on the scale", "en", "weigh_it"),
        ("ತಕ್ಕಡಿಯಲ್ಲಿ ಹಾಕಿ", "kn", "weigh_it"),
    ],
)
def test_a_scale_with_no_fault_is_weighed_or_no_act(
    text: str, language: str, act: str | None
) -> None:
    assert heard(text, language) == act
