"""A count, the genitive, then hundreds is a total for the count; a price, the genitive,
then a smaller count keeps its reading as pieces for the price."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "amount", "count"),
    [
        ("hi", "पंद्रह के ढाई सौ", 25000, 15),
        ("hi", "तीस का साढ़े चार सौ", 45000, 30),
        ("pa", "ਪੰਦਰਾਂ ਦੀਆਂ ਢਾਈ ਸੌ", 25000, 15),
        ("hi", "नींबू बीस के पाँच", 2000, 5),  # five for twenty rupees
        ("hi", "सौ के बारह", 10000, 12),  # twelve for a hundred
    ],
)
def test_the_count_and_its_total(language: str, text: str, amount: int, count: int) -> None:
    heard = understand(text, language=language)
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (amount, False, count)
