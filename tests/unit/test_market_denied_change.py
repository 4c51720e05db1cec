"""Change said with "no", however the "no" is said in the street, is the vendor's "no
change"; asked back ("haven't you got change?") it asks for change. A way to pay said
with the same street "no" is refused."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sorry, I haven't got change, give exact", "en"),
        ("आज छुट्टे बिल्कुल नी हैं", "hi"),
        ("ਭਾਨ ਨੀ ਜੀ ਅੱਜ", "pa"),
        ("आज सुट्टे नाय", "mr"),
        ("આજે છુટ્ટા નઈ", "gu"),
        ("খুচরো নাই গো", "bn"),
        ("இன்னைக்கு சில்லறை சுத்தமா இல்ல", "ta"),
        ("ఈరోజు చిల్లర అస్సలు లేవు", "te"),
        ("ಇವತ್ತು ಚಿಲ್ಲರೆ ಇಲ್ರೀ", "kn"),
        ("ഇന്ന് ചില്ലറ തീരെ ഇല്ല", "ml"),
    ],
)
def test_change_said_with_no_is_no_change(text: str, language: str) -> None:
    assert heard(text, language) == "no_change"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("छुट्टे नहीं हैं आपके पास?", "hi", "need_change"),
        ("ਭਾਨ ਨਹੀਂ ਹੈਗੀ ਤੁਹਾਡੇ ਕੋਲ?", "pa", "need_change"),
        ("சில்லறை இல்லையா உங்ககிட்ட?", "ta", "need_change"),
        ("500 ka chhutta milega?", "hi", "need_change"),
        ("ਨਕਦ ਨੀ ਹੈਗਾ, ਗੂਗਲ ਪੇ ਕਰਾਂ?", "pa", "pay_upi"),
        ("रोख नाय, फोनपे करतो", "mr", "pay_upi"),
    ],
)
def test_change_asked_back_and_ways_to_pay_refused(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act
