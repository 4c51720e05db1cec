"""A price said inside "since when / why is it X" is the other side's price questioned:
no counter and no amount; a counter said after it keeps its own price."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "लहसुन दो सौ कब से हो गया?"),
        ("en", "since when is garlic two hundred?"),
        ("te", "వెల్లుల్లి రెండు వందలు ఎప్పటి నుంచి?"),
        ("pa", "lasan sath kadon ton ho gaya?"),
        ("bn", "রসুন দুশো কেন?"),
    ],
)
def test_a_price_questioned_is_no_counter(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None, heard
    assert heard.intent in (Intent.QUESTION, Intent.REJECT), heard


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "दो सौ कब से हो गया, एक सौ अस्सी लगाओ", 18000),
        ("kn", "ಇನ್ನೂರು ಯಾವಾಗಿಂದ? ನೂರೆಂಬತ್ತಕ್ಕೆ ಕೊಡಿ", 18000),
    ],
)
def test_a_counter_after_it_stands(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise) == (Intent.COUNTER, paise), heard


def test_why_not_is_no_complaint() -> None:
    heard = understand("अस्सी क्यों नहीं?", language="hi", has_outstanding_offer=True)
    assert heard.amount_paise == 8000, heard
