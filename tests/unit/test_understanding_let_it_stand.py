"""Bengali "থাক" after a price said with the emphatic "ই" ("ষাটই থাক", "ষাট টাকাই
থাক": let it be sixty itself) agrees to that price; on its own, or before a price,
"থাক" still leaves the goods."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    "text",
    [
        "ঠিক আছে, পঞ্চাশই থাক, দেড় কিলো দিন",
        "আশি টাকাই থাক, ব্যাগে ভরে দিন",
        "ষাটই থাক",
    ],
)
def test_a_price_let_stand_at_the_table_is_agreed(text: str) -> None:
    price = 5000 if "পঞ্চাশ" in text else 8000 if "আশি" in text else 6000
    got = understand(text, language="bn", has_outstanding_offer=True, reference_paise=price)
    assert (got.intent, got.amount_paise) == (Intent.ACCEPT, price)


def test_a_price_of_ones_own_let_stand_is_a_counter() -> None:
    got = understand("সত্তরই থাক", language="bn", has_outstanding_offer=True, reference_paise=8000)
    assert (got.intent, got.amount_paise) == (Intent.COUNTER, 7000)


@pytest.mark.parametrize("text", ["থাক, আশি টাকায় নেব না", "আশি থাক", "থাক থাক"])
def test_leave_it_without_the_emphatic_still_refuses(text: str) -> None:
    got = understand(text, language="bn", has_outstanding_offer=True, reference_paise=8000)
    assert got.intent is Intent.REJECT
