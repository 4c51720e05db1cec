"""A "take" after a verb of writing ("नंबर लिहून घ्या", "নোট করে নিন") writes a number
down and agrees to nothing; "take it" alone, and a banknote taken, keep agreeing."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "हा नंबर लिहून घ्या 98220 45671"),
        ("mr", "नंबर नोंद करून घ्या, 9822045671"),
        ("bn", "নম্বরটা নোট করে নিন 9830012345"),
        ("kn", "ನಂಬರ್ ಬರೆದು ತಗೊಳ್ಳಿ 9845012345"),
        ("ml", "നമ്പർ എഴുതി എടുത്തോ 9447012345"),
        ("ta", "நம்பர் எழுதிக்கோங்க 9840012345, எப்ப வேணாலும் கூப்பிடுங்க"),
    ],
)
def test_writing_down_agrees_to_nothing(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.OTHER
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [("mr", "बरं, घेऊन जा"), ("bn", "ঠিক আছে, নিয়ে নিন"), ("hi", "पाँच सौ का नोट ले लो")],
)
def test_take_it_still_agrees(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.ACCEPT
