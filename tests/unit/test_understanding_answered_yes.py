"""An opening "yes" that answers a question about the goods, then the speaker's own price,
is no agreement; "yes, okay, 60" still agrees."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "amount"),
    [
        ("hi", "हाँ भाई, शिमला का सेब है, किलो एक सौ बीस", 12000),
        ("en", "Yes, it's from Ratnagiri, 700 a dozen", 70000),
        ("ta", "ஆமா, நம்ம தோட்டத்து தக்காளி, கிலோ முப்பது", 3000),
        ("ml", "അതെ, നാടൻ പയറാ, കിലോ എഴുപത്", 7000),
    ],
)
def test_yes_then_a_statement_names_the_own_price(language: str, text: str, amount: int) -> None:
    for reference in (None, amount, amount - 1000):
        heard = understand(
            text, language=language, has_outstanding_offer=True, reference_paise=reference
        )
        assert heard.intent == "counter", (text, reference)
        assert heard.amount_paise == amount


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "हाँ ठीक है, साठ"), ("en", "yes okay, 60"), ("hi", "हाँ, साठ")],
)
def test_nothing_but_agreement_before_the_price_still_agrees(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=6000)
    assert heard.intent == "accept"
    assert heard.amount_paise == 6000
