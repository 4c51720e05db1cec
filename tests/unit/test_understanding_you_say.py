"""The listener's price said back in the present ("you're asking 500") beside another
seller's is compared, not offered: a question with no price; the speaker's own price
said after it stands. A seller named by a place (the gate, the depot, online) with a verb
of giving is another seller."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


ECHOED = [
    ("hi", "उधर वाला सौ में दे रहा है और आप सवा सौ बोल रहे हो"),
    ("en", "the stall by the temple sells it at 40, you're asking 55"),
    ("mr", "पलीकडचा साठला देतो, तुम्ही ऐंशी सांगताय"),
    ("ta", "அந்த கடைல அறுபது, நீங்க எம்பது சொல்றீங்க"),
    ("te", "ఆ కొట్లో అరవై, మీరు ఎనభై అంటున్నారు"),
    ("bn", "ওই দোকানে ষাট, আপনি আশি বলছেন"),
    ("gu", "પેલો સાઠ માં આપે છે, તમે એંસી કહો છો"),
    ("kn", "ಆ ಅಂಗಡಿಯಲ್ಲಿ ಅರವತ್ತು, ನೀವು ಎಂಬತ್ತು ಹೇಳ್ತೀರಾ"),
    ("ml", "ആ കടയിൽ അറുപത്, നിങ്ങൾ എൺപത് പറയുന്നു"),
    ("pa", "ਉਸ ਦੁਕਾਨ ਤੇ ਸੱਠ, ਤੁਸੀਂ ਅੱਸੀ ਕਹਿੰਦੇ ਓ"),
    ("pa", "ਗੇਟ ਵਾਲਾ ਭਾਈ ਸੱਠ ਦਾ ਦਿੰਦਾ ਏ"),
    ("en", "the depot near the bus stand gives a sack for 900"),
]


@pytest.mark.parametrize(("language", "text"), ECHOED)
def test_echo_beside_another_seller_asks(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION
    assert _recorded(understood) is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "you're asking 80, I'll give 65", 6500),
        ("hi", "आप अस्सी बोल रहे हो, मैं पैंसठ दूँगा", 6500),
        ("te", "మీరు ఎనభై అంటున్నారు, నేను అరవై ఐదు ఇస్తా", 6500),
    ],
)
def test_own_price_after_the_echo_stands(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == paise
