"""An hour said after a vehicle ("my bus is at six-thirty", "ನನ್ನ ಬಸ್ ಏಳು ಮುವತ್ತಕ್ಕೆ") or
right after a part of the day ("রাত দশটা অবধি খোলা") names when, never a price; a price
with a currency or unit word beside it still stands."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "আমার বাস ৬টা ৪০-এ, একটু তাড়াতাড়ি"),
        ("bn", "সকাল আটটা থেকে দোকান খোলা"),
        ("kn", "ನನ್ನ ರೈಲು ಎಂಟು ಮುವತ್ತಕ್ಕೆ, ಬೇಗ ಕೊಡಿ"),
        ("te", "నా రైలు ఎనిమిది ముప్పైకి, త్వరగా ఇవ్వండి"),
        ("ta", "என் ட்ரெயின் எட்டு முப்பதுக்கு, சீக்கிரம்"),
        ("ml", "എന്റെ ട്രെയിൻ എട്ട് മുപ്പതിന്, വേഗം തരൂ"),
        ("en", "My train is at eight forty, please hurry"),
    ],
)
def test_an_hour_after_a_vehicle_or_a_part_of_the_day_is_no_price(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=5000)
    assert heard.amount_paise is None
    assert heard.intent is not Intent.ACCEPT


def test_a_price_with_its_unit_beside_the_bus_stands() -> None:
    heard = understand("আমার বাস আটটায়, পঞ্চাশ টাকা কেজি দিন", language="bn", has_outstanding_offer=True)
    assert (heard.amount_paise, heard.per_unit, heard.unit) == (5000, True, "kg")
