"""The other side's price said back with "you said" and a question or a tag names no
price of the speaker's own; "I said 60, for you 55" keeps the speaker's own."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


TOLD_BACK = [
    ("en", "Sardines were 180 a kilo, no? That's what you said on Monday.", "kg"),
    ("en", "You quoted 90 a dozen, didn't you?", "dozen"),
    ("hi", "आपने तो सत्तर रुपये किलो बोला था ना?", "kg"),
    ("te", "మీరు కిలో డెబ్బై అన్నారు కదా?", "kg"),
    ("kn", "ನೀವು ಕೆಜಿಗೆ ಎಪ್ಪತ್ತು ಅಂದ್ರಲ್ವಾ?", "kg"),
    ("ta", "கிலோ எழுபதுன்னு நீங்க சொன்னீங்க தானே?", "kg"),
    ("pa", "ਤੁਸੀਂ ਕਿੱਲੋ ਸੱਤਰ ਕਿਹਾ ਸੀ ਨਾ?", "kg"),
]


@pytest.mark.parametrize(("language", "text", "unit"), TOLD_BACK)
def test_a_price_said_back_is_asked(language: str, text: str, unit: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION
    assert _recorded(understood) is None
    assert understood.unit == unit
    assert understood.quantity is None


OWN_PRICE = [
    ("en", "I said 90, for you 85", 8500),
    ("hi", "aapne sattar bola, main pachpan dunga", 5500),
    ("en", "You said 90? I'll give 80.", 8000),
]


@pytest.mark.parametrize(("language", "text", "paise"), OWN_PRICE)
def test_the_speakers_own_price_stands(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == paise


def test_a_price_said_back_alone_is_not_the_speakers() -> None:
    understood = understand("aapne sattar bola", language="hi", has_outstanding_offer=True)
    assert _recorded(understood) is None
