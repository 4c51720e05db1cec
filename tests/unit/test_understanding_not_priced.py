"""Numbers in market talk that nobody said as a price: a count range asked on top, a
school year or a team's age, coins or a note for want of change, money reported sent by
a payment app, a size in inches. The lines beside them that do name a price keep it."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "throw in four five curry leaves extra, free"),
        ("hi", "दो तीन नींबू ऊपर से डाल दो"),
        ("te", "రెండు మూడు నిమ్మకాయలు ఫ్రీగా వేయండి"),
        ("pa", "ਤਿੰਨ ਚਾਰ ਬਦਾਮ ਹੋਰ ਪਾ ਦਿਓ"),
        ("en", "my girl is in 10th standard"),
        ("en", "he plays in the under-14 team"),
        ("ta", "தம்பி பதினொன்றாவது படிக்கிறான்"),
        ("kn", "ಮಗ ಹತ್ತನೇ ಕ್ಲಾಸ್"),
        ("hi", "गूगल पे पे डेढ़ सौ भेज दिए"),
        ("kn", "ಫೋನ್‌ಪೇ ನಲ್ಲಿ ನೂರು ಕಳಿಸಿದೀನಿ"),
        ("en", "any change? for two thousand?"),
        ("hi", "छुट्टे नहीं हैं, दस के सिक्के ले लो"),
        ("te", "ఎనిమిది ఇంచుల స్పానర్ ఉందా?"),
        ("gu", "નવી સ્કૂલ બસોમાં જગ્યા નથી"),
    ],
)
def test_no_price(language: str, text: str) -> None:
    got = understand(text, language=language, has_outstanding_offer=True)
    assert got.amount_paise is None, got
    assert got.intent is not Intent.ACCEPT


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "90 for two kilos, and put two three chillies extra", 90_00),
        ("en", "not 70, nothing under 80", 80_00),
        ("ta", "ஒரு கிளாஸ் முப்பது", 30_00),
        ("pa", "ਗੂਗਲ ਪੇ ਤੇ ਦੋ ਸੌ ਭੇਜ ਦਿਓ", 200_00),
        ("en", "no change, give it for 480", 480_00),
        ("hi", "बारह इंच वाला दो सौ का", 200_00),
        ("gu", "બસોમાં આપી દો", 200_00),
    ],
)
def test_price_stands(language: str, text: str, paise: int) -> None:
    got = understand(text, language=language, has_outstanding_offer=True)
    assert got.amount_paise == paise, got
