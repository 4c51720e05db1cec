"""A price, a pause, then a number that counts a span of time of its own ("bulb 120
each, one year warranty"): the price stands, the years are no part of it, and real
compound numbers beside such a span still read whole."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "कूलर साढ़े चार हज़ार का, तीन साल की गारंटी", 450000),
        ("ta", "அயர்ன் பாக்ஸ் எண்ணூறு, ரெண்டு வருஷம் வாரண்டி", 80000),
        ("bn", "প্রেশার কুকার ন'শো, পাঁচ বছরের গ্যারান্টি", 90000),
        ("gu", "કૂકર નવસો, પાંચ વર્ષની ગેરંટી", 90000),
        ("kn", "kettle aaru nooru, ondu varsha warranty", 60000),
        ("en", "Kettle eight hundred, two years warranty", 80000),
    ],
)
def test_price_before_a_counted_span_stands(language: str, text: str, paise: int) -> None:
    got = understand(text, language=language)
    assert got.intent is Intent.OFFER
    assert got.amount_paise == paise
    assert got.confidence >= MIN_CONFIDENCE
    assert got.quantity is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "nooru ippattu, ondu varsha warranty"),
        ("bn", "একশো কুড়ি, এক বছরের ওয়ারেন্টি"),
    ],
)
def test_the_years_one_is_no_each(language: str, text: str) -> None:
    got = understand(text, language=language)
    assert got.amount_paise == 12000
    assert got.per_unit is None and got.unit is None


def test_a_span_joined_to_the_price_still_drops_it() -> None:
    """With no pause the number is the span's own: "दो साल गारंटी" alone is no price."""
    got = understand("दो साल गारंटी है", language="hi")
    assert got.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "चारसौ पचास", 45000),
        ("hi", "तीनहज़ार दो सौ", 320000),
        ("pa", "ਚਾਰਸੌ ਪੰਜਾਹ", 45000),
        ("ml", "ഒരു ലക്ഷത്തിയെൺപതിനായിരം", 18000000),
    ],
)
def test_joined_hundreds_thousands_and_lakhs_read_whole(
    language: str, text: str, paise: int
) -> None:
    """A count written into the hundred, thousand or lakh after it is one number: "चारसौ
    पचास" is 450, never 50."""
    assert understand(text, language=language).amount_paise == paise
