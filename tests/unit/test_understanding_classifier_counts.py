"""A Bengali count with a classifier, then a price with a rupee word: "চারটে তিরিশ
টাকা" is four for thirty (the total for that count), though "চারটে তিরিশ" alone may be
half past four; a price said per piece after the count keeps its shape."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("text", "paise", "count"),
    [
        ("ডিমের চপ চারটে তিরিশ টাকা", 3000, 4),
        ("না, চারটে পঁচিশ টাকায় দিন", 2500, 4),
        ("সিঙ্গারা দুটো দশ টাকা", 1000, 2),
        ("পেয়ারা পাঁচটা চল্লিশ টাকা, নিয়ে যান", 4000, 5),
    ],
)
def test_a_count_then_a_price_in_rupees_is_the_total_for_it(
    text: str, paise: int, count: int
) -> None:
    got = understand(text, language="bn", has_outstanding_offer=True)
    assert got.confidence >= MIN_CONFIDENCE
    assert (got.amount_paise, got.per_unit, got.quantity, got.unit) == (
        paise,
        False,
        count,
        "piece",
    )


def test_a_count_then_a_price_each_stays_per_piece() -> None:
    got = understand("পাঁচটা পনেরো টাকা করে", language="bn", has_outstanding_offer=True)
    assert (got.amount_paise, got.per_unit) == (1500, True)


@pytest.mark.parametrize(
    "text",
    [
        "চারটে তিরিশ",  # half past four, or four for thirty: asked
        "চারটে তিরিশে বাস ছাড়বে",  # the bus leaves at half past four
    ],
)
def test_a_count_then_minutes_with_no_rupee_word_is_not_taken(text: str) -> None:
    got = understand(text, language="bn", has_outstanding_offer=True)
    assert got.confidence < MIN_CONFIDENCE or got.amount_paise is None
