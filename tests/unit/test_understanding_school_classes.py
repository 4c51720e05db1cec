"""A school class said "plus one" or "plus two" names the goods: no count, no price and
no extra charge (`audio.understanding.school_classes`)."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("ml", "പ്ലസ് വൺ ഗൈഡ് ഒന്നിന് അറുപത്, നാലും കൂടി എടുത്താലും ഇരുനൂറ്റിനാല്പത് തന്നെ", 6000),
        ("ml", "പ്ലസ് ടു ഗൈഡ് ഒന്നിന് അറുപത്", 6000),
        ("ta", "பிளஸ் டூ கைடு ஒண்ணு அறுபது", 6000),
    ],
)
def test_plus_one_or_two_is_a_class(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.per_unit is True, understood
    assert understood.quantity is None, understood
    assert understood.confidence >= MIN_CONFIDENCE, understood


def test_plus_two_of_the_goods_free_stays_a_count_said() -> None:
    understood = understand("ten pens plus two free for a hundred", language="en")
    assert understood.amount_paise == 10000 and understood.per_unit is False, understood


def test_plus_an_amount_is_still_added() -> None:
    understood = understand("three hundred plus two hundred delivery", language="en")
    assert understood.confidence < MIN_CONFIDENCE, understood
