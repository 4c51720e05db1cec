"""Kannada "ಜಾಸ್ತಿ"/"ಹೆಚ್ಚು" and Punjabi "ਜ਼ਿਆਦਾ" said of goods that came in plenty
("ಟೊಮೇಟೊ ಜಾಸ್ತಿ ಬಂದಿದೆ", "ਮਟਰ ਜ਼ਿਆਦਾ ਆਏ ਨੇ") tell the supply and refuse nothing; said of
a price or a bill, they still call it too much."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

CAME_IN_PLENTY = [
    ("kn", "ಕೆಜಿ ಮೂವತ್ತು, ಇವತ್ತು ಟೊಮೇಟೊ ಜಾಸ್ತಿ ಬಂದಿದೆ", 3000, "kg"),
    ("kn", "ಈರುಳ್ಳಿ ಕೆಜಿ ನಲವತ್ತು, ಮಾರ್ಕೆಟ್‌ಗೆ ಲೋಡ್ ಹೆಚ್ಚು ಬಂದಿದೆ", 4000, "kg"),
    ("kn", "ಬಂಗುಡೆ ಕೆಜಿ ಇನ್ನೂರು... ಅಲ್ಲ ಅಲ್ಲ, ನೂರ ಎಂಬತ್ತು, ದೋಣಿ ಜಾಸ್ತಿ ಬಂತು", 18000, "kg"),
    ("pa", "ਮਟਰ ਚਾਲੀ ਰੁਪਏ ਕਿੱਲੋ, ਅੱਜ ਮਟਰ ਜ਼ਿਆਦਾ ਆਏ ਨੇ", 4000, "kg"),
    ("pa", "ਕਿੰਨੂ ਸੱਠ ਰੁਪਏ ਦਰਜਨ, ਮੰਡੀ 'ਚ ਮਾਲ ਬਹੁਤ ਜ਼ਿਆਦਾ ਆਇਆ", 6000, "dozen"),
]


@pytest.mark.parametrize(("language", "text", "paise", "unit"), CAME_IN_PLENTY)
def test_goods_come_in_plenty_refuse_nothing(
    language: str, text: str, paise: int, unit: str
) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == paise
    assert understood.per_unit is True
    assert understood.unit == unit


STILL_TOO_MUCH = [
    ("kn", "ಐನೂರು ಜಾಸ್ತಿ ಬಂತು"),
    ("kn", "ಬಿಲ್ ಜಾಸ್ತಿ ಬಂತು"),
    ("kn", "ಐನೂರು ಜಾಸ್ತಿ"),
    ("pa", "ਬਿੱਲ ਜ਼ਿਆਦਾ ਆਇਆ"),
    ("pa", "ਤਿੰਨ ਸੌ ਜ਼ਿਆਦਾ ਆ"),
]


@pytest.mark.parametrize(("language", "text"), STILL_TOO_MUCH)
def test_a_price_or_bill_come_to_much_is_refused(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT
