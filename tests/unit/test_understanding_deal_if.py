"""A price, then "and it's a deal", is a counter of that price; it accepts only the
price on the table."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "reference", "intent"),
    [
        ("en", "one forty and we have a deal", None, Intent.COUNTER),
        ("en", "one forty and we have a deal", 15000, Intent.COUNTER),
        ("en", "one forty and we have a deal", 14000, Intent.ACCEPT),
        ("hi", "एक सौ चालीस में सौदा पक्का", None, Intent.COUNTER),
        ("pa", "ਇੱਕ ਸੌ ਚਾਲੀ ਤੇ ਸੌਦਾ ਪੱਕਾ", None, Intent.COUNTER),
    ],
)
def test_a_deal_on_a_price(language: str, text: str, reference: int | None, intent: Intent) -> None:
    heard = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert (heard.intent, heard.amount_paise) == (intent, 14000)
