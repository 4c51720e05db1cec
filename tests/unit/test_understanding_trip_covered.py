"""A fare asked about, both ways or one way ("a hundred, both ways or one way?"): the
line asks what the price covers and offers nothing. The speaker's own fare with the
trip named beside it ("I'll give a hundred, there and back") stays a counter."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "nooru andre hogi barodu serina, illa ondu kade maatrana?"),
        ("kn", "ಎಂಬತ್ತು ಅಂದ್ರೆ ಒಂದು ಕಡೆಗಾ?"),
        ("hi", "सौ में आना-जाना दोनों है, या सिर्फ़ एक तरफ़ का?"),
        ("en", "A hundred, both ways or one way?"),
        ("en", "Is a hundred for both ways, or just one way?"),
    ],
)
def test_a_fare_asked_both_ways_or_one_is_a_question(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=10000
    )
    assert understood.amount_paise is None
    assert str(understood.intent) == "question"


@pytest.mark.parametrize(
    ("language", "text"),
    [("kn", "ನೂರು ಕೊಡ್ತೀನಿ, ಹೋಗಿ ಬರೋದು"), ("hi", "सौ दूँगा, आना-जाना")],
)
def test_the_speakers_own_fare_stays_a_counter(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=10000
    )
    assert str(understood.intent) == "counter"
    assert understood.amount_paise == 10000
    assert understood.confidence >= MIN_CONFIDENCE
