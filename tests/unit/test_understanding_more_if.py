"""Bengali "আরও" (more) right before an amount in a clause said on a condition ("কুলি
লাগলে আরও একশো", if a porter is needed, a hundred more) is a charge beside the price
said before it, never the price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("text", "paise"),
    [
        ("ন'শো লাগবে, মিস্ত্রি লাগলে আরও তিনশো", 90000),
        ("হাজার লাগবে, কুলি লাগলে আরও দেড়শো", 100000),
        ("পাঁচশো পড়বে, ফিটিং করালে আরও পঞ্চাশ", 50000),
    ],
)
def test_more_on_a_condition_is_a_charge_beside_the_price(text: str, paise: int) -> None:
    understood = understand(text, language="bn")
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE


def test_an_accept_with_more_on_a_condition_is_asked() -> None:
    understood = understand(
        "ঠিক আছে আটশো, কুলি লাগলে আরও একশো", language="bn", has_outstanding_offer=True
    )
    assert understood.intent is not Intent.ACCEPT or understood.confidence < MIN_CONFIDENCE


def test_more_after_a_price_on_a_condition_stays() -> None:
    understood = understand("আরও দুশো দিলে দেব", language="bn")
    assert understood.amount_paise == 20000
