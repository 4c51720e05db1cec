"""A total checked with a tag after asking for credit ("write it in my book, the total
is 340, right?"): a question with no amount, the "write it down" request no proposal.
The total told and asked for ("total 340, de do") stays an offer."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "udhaar likh lo, kul 260 hue na?"),
        ("kn", "ಲೆಕ್ಕಕ್ಕೆ ಬರೆಯಿರಿ, ಒಟ್ಟು 180 ಆಯ್ತು ಅಲ್ವಾ?"),
        ("ml", "pattil ezhuthikko, aake 150 aayille?"),
        ("gu", "khata ma lakhi do, total 260 ne?"),
    ],
)
def test_a_total_checked_after_credit_is_a_question(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION, understood
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE


def test_a_total_asked_for_stays_an_offer() -> None:
    understood = understand("कुल 260 हुए, दे दो", language="hi")
    assert understood.intent is Intent.OFFER, understood
    assert understood.amount_paise == 26000 and understood.per_unit is False
