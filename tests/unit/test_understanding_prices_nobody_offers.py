"""Prices named that nobody offers: a rate supposed before the sum is asked, a price from
last year or another shop, an amount to let go, a note to be changed. None is recorded,
while a price said now beside them still is."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, Understanding, understand


def _heard(text: str, language: str, reply: bool = True) -> Understanding:
    return understand(text, language=language, has_outstanding_offer=reply)


@pytest.mark.parametrize(
    ("language", "text", "intent"),
    [
        ("en", "if it's 30 a kilo, how much in total for four kilos?", Intent.QUESTION),
        ("hi", "पचास का किलो है तो चार किलो का टोटल कितना?", Intent.QUESTION),
        ("en", "two years back it was 90, why 120 now?", Intent.QUESTION),
        ("en", "last year this tin was 250, I won't take it", Intent.REJECT),
        ("en", "come on, let ten rupees go", Intent.QUESTION),
        ("hi", "पंद्रह रुपये छोड़ दो भैया", Intent.QUESTION),
        ("en", "fine, do you have change for two thousand?", Intent.ACCEPT),
    ],
)
def test_no_price_is_recorded(language: str, text: str, intent: Intent) -> None:
    heard = _heard(text, language)
    assert (heard.intent, heard.amount_paise) == (intent, None)


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("hi", "sau chhod do, nabbe le lo", 9000),  # the price after the one let go
        ("ta", "அம்பது ரூபா விட்டுடுங்க, நாப்பது குடுங்க", 4000),
        ("en", "last year it was 180, this year 200", 20000),  # the price now stands
        ("en", "if it's 40 a kilo, give me 3 kilos", 4000),  # no sum asked: the rate stands
    ],
)
def test_a_price_said_now_still_stands(language: str, text: str, amount: int) -> None:
    assert _heard(text, language).amount_paise == amount


def test_an_agreement_before_change_agrees_to_nothing_with_no_price_on_the_table() -> None:
    heard = _heard("okay, change for 500?", "en", reply=False)
    assert (heard.intent, heard.amount_paise) == (Intent.OTHER, None)
