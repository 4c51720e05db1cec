"""Final words of each language (`LanguageSpec.final_words`, `audio.understanding.finals`):
said after a price ("80, don't talk lower", "50, don't ask any more", "70 a kilo, won't
come down") they mark it final, an offer or counter and never an accept, also when the
price is the one on the table. The failure paths: asked ("bas itna?") they ask; before
no price ("that's all, nothing else") they close; romanized Telugu "ante" is also "if"
(అంటే); Hindi "bas 50 de do" (just give 50) is no final word."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("pa", "ਅੱਸੀ, ਇਸ ਤੋਂ ਥੱਲੇ ਗੱਲ ਨਾ ਕਰੋ", 8000),
        ("ml", "അമ്പത്, ഇനി ചോദിക്കണ്ട", 5000),
        ("bn", "সত্তর টাকা কেজি, এর নিচে নামব না", 7000),
        ("hi", "चालीस ही लगेगा भैया", 4000),
        ("mr", "ऐंशी, एवढंच", 8000),
    ],
)
def test_a_final_word_after_the_price_marks_it_final(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.final and understood.confidence >= MIN_CONFIDENCE
    assert understood.amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text"), [("en", "ok, 40, that's it"), ("kn", "ಸರಿ, ನಲವತ್ತು, ಅಷ್ಟೇ")]
)
def test_the_price_on_the_table_said_final_is_no_accept(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=4000
    )
    assert understood.intent is Intent.COUNTER and understood.final, understood


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("hi", "bas itna? aur kam karo", Intent.QUESTION),
        ("kn", "ಅಷ್ಟೇನಾ? ಇನ್ನೂ ಕಮ್ಮಿ ಮಾಡಿ", Intent.QUESTION),
        ("ta", "அவ்வளவு தான், வேற ஒண்ணும் வேண்டாம்", Intent.OTHER),
    ],
)
def test_asked_or_alone_they_mark_nothing(language: str, text: str, intent: Intent) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is intent and not understood.final, understood
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [("hi", "bas 50 de do", 5000), ("te", "blouse kuttu nalugu vandalu, urgent ante inka", 40000)],
)
def test_look_alikes_are_no_final_word(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert not understood.final, understood
    assert understood.amount_paise == paise
