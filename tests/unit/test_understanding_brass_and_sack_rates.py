"""A brass of sand (100 cubic feet), a bag of seed and a sack of fertiliser are units of
trade: a price said with one ("ब्रास साडेचार हजार", "ગુણી તેરસો પચાસ") is a rate. A
count of them after a question stays a count, and an English "brass" is the metal."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("mr", "चार हजारात खडी मिळत नाही, ब्रास साडेचार हजार", 450000),
        ("mr", "बॅग अठराशे, उगवण चांगली आहे", 180000),
        ("hi", "चार हज़ार में रेत नहीं आती, ब्रास साढ़े चार हज़ार", 450000),
        ("gu", "ગુણી તેરસો પચાસ, ગાડીભાડું અલગ", 135000),
    ],
)
def test_price_with_a_trade_unit_is_a_rate(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is True


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("mr", "खडी ब्रासला किती घेता? चार ब्रास लागेल", 4),
        ("hi", "रेत ब्रास का कितना? तीन ब्रास चाहिए", 3),
    ],
)
def test_count_of_brass_asked_stays_a_count(language: str, text: str, count: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=False)
    assert str(understood.intent) == "question", understood
    assert understood.amount_paise is None
    assert understood.quantity == count


def test_english_brass_is_the_metal() -> None:
    understood = understand("two brass lamps, three thousand rupees", language="en")
    assert understood.amount_paise == 300000
    assert understood.per_unit is False
    assert understood.quantity == 2
