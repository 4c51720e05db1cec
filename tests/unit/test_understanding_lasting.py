"""A verb of running or lasting after a span of time tells how long the goods last
("do saal aaram se chalega"): no agreement, and the price beside it stands as an offer;
"280 chalega" alone still agrees."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "ये स्टूल तीन साल मज़े से चलेगा"),
        ("hi", "ye stool teen saal maze se chalega"),
        ("en", "This stool will last three years"),
        ("bn", "এই টুল তিন বছর চলবে"),
        ("mr", "हा स्टूल तीन वर्षं चालेल"),
        ("gu", "આ સ્ટૂલ ત્રણ વર્ષ ચાલશે"),
        ("pa", "ਇਹ ਸਟੂਲ ਤਿੰਨ ਸਾਲ ਚੱਲੂ"),
    ],
)
def test_how_long_it_lasts_agrees_to_nothing(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=30000)
    assert heard.intent is not Intent.ACCEPT
    assert heard.amount_paise is None


def test_price_beside_the_years_is_an_offer() -> None:
    heard = understand("स्टूल 350 का है, तीन साल चलेगा", language="hi")
    assert (heard.intent, heard.amount_paise, heard.final) == (Intent.OFFER, 35000, False)


def test_english_last_after_will_is_no_last_price() -> None:
    heard = understand("It's 350, it will last you three years", language="en")
    assert (heard.intent, heard.amount_paise, heard.final) == (Intent.OFFER, 35000, False)


@pytest.mark.parametrize(("language", "text"), [("hi", "ठीक है, 350 चलेगा"), ("mr", "३५० चालेल")])
def test_the_price_will_do_still_agrees(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=35000)
    assert heard.intent is Intent.ACCEPT
