"""A small count of goods, then a price in thousands ("ಎರಡು ಹಾರ, ಎರಡು ಸಾವಿರ"): the
count is the quantity and the price a total for that many pieces, never ₹2."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("kn", "ಎರಡು ಕುರ್ಚಿ, ಮೂರು ಸಾವಿರ", 300000, 2),
        ("te", "మూడు చీరలు, ఆరు వేలు", 600000, 3),
        ("pa", "ਦੋ ਰਜਾਈਆਂ, ਚਾਰ ਹਜ਼ਾਰ", 400000, 2),
    ],
)
def test_count_then_thousands_is_a_total(language: str, text: str, paise: int, count: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise
    assert understood.per_unit is False
    assert (understood.quantity, understood.unit) == (count, "piece")


def test_a_rate_then_a_deal_keeps_its_reading() -> None:
    understood = understand("ગૂણી હજાર, દસ ગૂણી નવ હજાર પાંચસો", language="gu")
    assert understood.amount_paise in (None, 950000)
    assert understood.unit is None
