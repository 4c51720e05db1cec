"""Two round amounts said back to back ("दो सौ ढाई सौ", two or two-fifty) are two
numbers, never one figure with a half added (202.50); before a plea to take off, both are
amounts off: no price, no count."""

from __future__ import annotations

import pytest

from audio.numbers import words_to_number
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "ਤਿੰਨ ਸੌ ਸਾਢੇ ਤਿੰਨ ਸੌ ਘੱਟ ਕਰ ਦਿਓ ਬਾਈ"),
        ("pa", "ਸੌ ਡੇਢ ਸੌ ਘੱਟ ਕਰੋ ਜੀ"),
        ("hi", "भैया दो सौ ढाई सौ कम कर दो"),
        ("hi", "सौ डेढ़ सौ कम करो ना"),
    ],
)
def test_two_amounts_off_are_no_price(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=300000)
    assert heard.intent is Intent.QUESTION
    assert heard.amount_paise is None
    assert heard.quantity is None


def test_a_half_after_hundreds_starts_a_new_number() -> None:
    assert words_to_number("दो सौ ढाई", "hi") != 202.5


@pytest.mark.parametrize(
    ("text", "value"),
    [("एक हज़ार डेढ़ सौ", 1150), ("दो हज़ार ढाई सौ", 2250), ("दो सौ पचास", 250)],
)
def test_a_half_before_a_smaller_scale_still_adds(text: str, value: int) -> None:
    assert words_to_number(text, "hi") == value


def test_a_count_before_the_amount_off_still_counts() -> None:
    heard = understand("ਵੀਹ ਬੋਰੀਆਂ ਲੈਣੀਆਂ, ਦਸ ਰੁਪਏ ਘੱਟ ਕਰ ਦਿਓ", language="pa", has_outstanding_offer=True)
    assert (heard.amount_paise, heard.quantity) == (None, 20)
