"""Another shop's price with words after it, or with the shop named beside the number:
a question with no amount; a shop's number with no verb of giving stays no price."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "baju valo 280 ma aape chhe aaj bag"),
        ("bn", "pasher dokan 280 te dicche"),
        ("hi", "बगल वाली दुकान 280 में दे रही है आज, थैला"),
        ("te", "పక్క కొట్టు వాళ్ళు 280 కి ఇస్తున్నారు ఈరోజు బ్యాగ్"),
        ("en", "the next stall is giving the bag at 280 today"),
    ],
)
def test_another_shops_price_asks_to_match(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.QUESTION
    assert heard.amount_paise is None


def test_a_shop_number_is_no_price() -> None:
    heard = understand("বাজারের দোকান 12 তে আসবেন", language="bn")
    assert heard.amount_paise is None


def test_own_price_today_stays_an_offer() -> None:
    heard = understand("मैं 280 में दे रहा हूँ आज", language="hi")
    assert heard.amount_paise == 28000
