"""A price called too much, then a number before a unit: the number is the counter, a
rate of that unit ("पंद्रह सौ बहुत है, बारह सौ दर्जन लगा दो": ₹1,200 a dozen), never a
count of 1200 dozen; a count far from the price refused stays a count."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise", "unit"),
    [
        ("hi", "ग्यारह सौ बहुत है, नौ सौ दर्जन लगाओ", 90000, "dozen"),
        ("hi", "अस्सी ज़्यादा है, पैंसठ किलो दे दो", 6500, "kg"),
        ("en", "Eighty is too much, sixty-five a kilo", 6500, "kg"),
        ("ta", "எண்பது ரொம்ப அதிகம், அறுபத்தஞ்சு கிலோ குடுங்க", 6500, "kg"),
        ("bn", "আশি অনেক বেশি, পঁয়ষট্টি কেজি দিন", 6500, "kg"),
        ("gu", "એંસી બહુ વધારે, પાંસઠ કિલો આપો", 6500, "kg"),
    ],
)
def test_counter_after_too_much_is_a_rate(language: str, text: str, paise: int, unit: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=8000)
    assert (heard.intent, heard.amount_paise, heard.per_unit) == (Intent.COUNTER, paise, True)
    assert (heard.quantity, heard.unit) == (None, unit)


def test_a_count_far_below_the_refused_price_stays_a_count() -> None:
    heard = understand("अस्सी बहुत है, दो किलो दे दो", language="hi", has_outstanding_offer=True)
    assert heard.amount_paise != 200
