"""A hired vehicle's fare by the trip or by the hour is a rate, with "one" before the
trip no count and a loading or waiting charge beside it an extra; a trip spoken of with
no price stays no price."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("Six hundred a trip, waiting is fifty extra.", "en", 60000),
        ("Per hour 350, the helper's charge separate.", "en", 35000),
        ("एक चक्कर का पंद्रह सौ, रुकना पड़ा तो घंटे का सौ अलग", "hi", 150000),
        ("ஒரு ட்ரிப்புக்கு தொள்ளாயிரம், காத்திருந்தா ஐம்பது தனி", "ta", 90000),
        ("ట్రిప్‌కి ఏడు వందలు, ఎక్కించడానికి మనిషి కావాలంటే వంద వేరే", "te", 70000),
        ("ট্রিপ প্রতি আটশো, মাল তোলার লোক আলাদা", "bn", 80000),
        ("ट्रिपला नऊशे, हमाली वेगळी", "mr", 90000),
        ("Fera na navso, majuri alag", "gu", 90000),
        ("ಟ್ರಿಪ್‌ಗೆ ಎಂಟುನೂರು, ಲೋಡ್ ಮಾಡೋಕೆ ಕೂಲಿ ಬೇರೆ", "kn", 80000),
        ("ഒരു ട്രിപ്പിന് എണ്ണൂറ്, കയറ്റിറക്ക് കൂലി വേറെ", "ml", 80000),
        ("ਇੱਕ ਗੇੜਾ ਸੱਤ ਸੌ, ਉਡੀਕ ਕਰਨੀ ਪਈ ਤਾਂ ਪੰਜਾਹ ਹੋਰ", "pa", 70000),
    ],
)
def test_fare_by_the_trip_or_hour_is_a_rate(text: str, language: str, amount: int) -> None:
    u = understand(text, language=language)
    assert (u.intent, u.amount_paise, u.per_unit) == (Intent.OFFER, amount, True)
    assert (u.quantity, u.unit) == (None, None)


def test_trip_fare_agreed_accepts_the_rate() -> None:
    u = understand(
        "700 per trip is fine, come at nine.",
        language="en",
        has_outstanding_offer=True,
        reference_paise=70000,
    )
    assert (u.intent, u.amount_paise, u.per_unit) == (Intent.ACCEPT, 70000, True)


def test_trip_without_a_price_prices_nothing() -> None:
    u = understand("एक चक्कर लगा के आता हूँ, फिर बात करते हैं", language="hi")
    assert (u.amount_paise, u.quantity) == (None, None)
    u = understand("How much per trip to the godown?", language="en")
    assert (u.intent, u.amount_paise, u.quantity) == (Intent.QUESTION, None, None)
