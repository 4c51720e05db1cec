"""A count taken in a clause of its own after the price ("give at 350, I'll take
twelve") is the goods, never the price; a rate word keeps the price a rate."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise", "rate"),
    [
        ("hi", "ढाई सौ में दे दो, दस लूंगी", 25000, None),
        ("en", "give it at two fifty, I'll take ten", 25000, None),
        ("pa", "ਤਿੰਨ ਸੌ ਦੇ ਹਿਸਾਬ ਨਾਲ ਲਾ ਦਿਓ, ਦਸ ਲਵਾਂਗੇ", 30000, True),
        ("mr", "तीनशे दराने लावा, दहा घेते", 30000, True),
    ],
)
def test_count_after_the_price_is_the_goods(
    language: str, text: str, paise: int, rate: bool | None
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == paise, understood
    assert understood.quantity == 10
    assert understood.per_unit is rate
