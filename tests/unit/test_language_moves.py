"""Moves said the same way in every language, each with its own words: a request for a
lower price with no amount, asked ("can it be a bit less?") or told ("reduce it a bit")."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

# A shopper asks whether the price can come down, naming no amount: a question the
# vendor answers, not a refusal of the price.
ASKS_FOR_LESS = [
    ("hi", "भैया थोड़ा कम कर दोगे क्या?"),
    ("hi", "thoda kam ho jayega kya"),
    ("en", "Could you make it a bit cheaper?"),
    ("en", "any discount on these?"),
    ("ta", "இன்னும் கொஞ்சம் குறைக்கலாமா?"),
    ("te", "ఇంకా కొంచెం తగ్గించగలరా?"),
    ("bn", "দামটা একটু কমানো যায়?"),
    ("mr", "अजून थोडं कमी होईल का?"),
    ("gu", "થોડા ઓછા થશે?"),
    ("kn", "ಇನ್ನೂ ಸ್ವಲ್ಪ ಕಡಿಮೆ ಆಗುತ್ತಾ?"),
    ("ml", "ഇനിയും ഒന്ന് കുറയുമോ?"),
    ("pa", "ਕੁਝ ਘੱਟ ਕਰ ਦਿਓਗੇ?"),
]

# Told, not asked: the price on the table is refused.
TELLS_TO_LOWER = [
    ("hi", "थोड़ा कम करो भैया"),
    ("ta", "இன்னும் கொஞ்சம் குறைங்க அண்ணா"),
    ("te", "ఇంకొంచెం తగ్గించండి"),
    ("mr", "दादा, थोडे कमी करा"),
    ("kn", "ಸ್ವಲ್ಪ ಕಡಿಮೆ ಮಾಡಿ ಅಣ್ಣ"),
]


@pytest.mark.parametrize(("language", "text"), ASKS_FOR_LESS)
def test_asking_for_less_is_a_question(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.QUESTION, heard
    assert heard.amount_paise is None


@pytest.mark.parametrize(("language", "text"), TELLS_TO_LOWER)
def test_telling_to_lower_refuses(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT, heard
    assert heard.amount_paise is None
