"""Prices taken back and containers priced by the one (`audio.understanding.corrections`,
`containers`, `set_counts`): "800, sorry, 850" and "700, I mean 750" leave the last price
said standing, with confidence; a "no no" right after the speaker's own price corrects
it (an offer with nothing on the table, never a counter); an apology before a refusal
corrects nothing. A crate, or a set with its contents told, is the unit priced: the
rate per one, the count inside no quantity and no piece."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "reference", "intent", "paise"),
    [
        ("en", "nine hundred, sorry, nine fifty", None, Intent.OFFER, 95000),
        ("en", "one thousand, sorry, eight hundred", None, Intent.OFFER, 80000),
        ("en", "do 500, no wait, 550", 70000, Intent.COUNTER, 55000),
        ("en", "four hundred... I mean four fifty", 60000, Intent.COUNTER, 45000),
        ("hi", "छह सौ, सॉरी, साढ़े छह सौ", None, Intent.OFFER, 65000),
        ("hi", "पाँच सौ, मेरा मतलब साढ़े पाँच सौ", 70000, Intent.COUNTER, 55000),
        ("ta", "அறுநூறு, சாரி, அறுநூத்தி அம்பது", None, Intent.OFFER, 65000),
        ("pa", "ਛੇ ਸੌ, ਸੌਰੀ, ਸਾਢੇ ਛੇ ਸੌ", None, Intent.OFFER, 65000),
    ],
)
def test_the_last_price_said_after_a_correction_stands(
    language: str, text: str, reference: int | None, intent: Intent, paise: int
) -> None:
    understood = understand(
        text,
        language=language,
        has_outstanding_offer=reference is not None,
        reference_paise=reference,
    )
    assert understood.intent is intent, understood
    assert understood.amount_paise == paise, understood
    assert understood.confidence >= MIN_CONFIDENCE, understood


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "five hundred a kilo, no no, four eighty", 48000),
        ("gu", "કિલો પાંચસો, ના ના, સાડા ચારસો", 45000),
        ("ml", "കിലോ അഞ്ഞൂറ്, അല്ല അല്ല, നാനൂറ്റമ്പത്", 45000),
        ("te", "కిలో ఐదు వందలు, కాదు కాదు, నాలుగు వందల యాభై", 45000),
    ],
)
def test_no_no_after_ones_own_rate_corrects_it(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER, understood
    assert understood.amount_paise == paise and understood.per_unit is True, understood
    assert understood.unit == "kg" and understood.confidence >= MIN_CONFIDENCE, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "sorry, 700 is not possible"),
        ("hi", "सॉरी, सात सौ में नहीं होगा"),
        ("en", "no, 700 is too much"),
    ],
)
def test_an_apology_before_a_refusal_corrects_nothing(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT and understood.amount_paise is None, understood


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "pomegranates 1,100 a crate, each crate has about 16 kilo", 110000),
        ("en", "a set of 12 spoons for 240", 24000),
        ("en", "set 380", 38000),
        ("kn", "ಕ್ರೇಟ್‌ಗೆ ಸಾವಿರ, ಒಂದು ಕ್ರೇಟ್‌ನಲ್ಲಿ ಹದಿನೆಂಟು ಕೆಜಿ ಇರುತ್ತೆ", 100000),
        ("bn", "এক পেটি হাজার টাকা, পেটিতে আঠারো কেজি থাকে", 100000),
    ],
)
def test_a_crate_or_a_set_is_the_unit_priced(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is True, understood
    assert understood.quantity is None and understood.unit is None, understood


def test_set_said_as_a_verb_is_no_set() -> None:
    understood = understand("set it at 380 for me", language="en", has_outstanding_offer=True)
    assert understood.amount_paise == 38000 and understood.per_unit is None, understood


def test_a_bare_matlab_explains_and_takes_nothing_back() -> None:
    understood = understand("दस केले साठ रुपये, मतलब छह रुपये का एक", language="hi")
    assert understood.amount_paise == 6000 and understood.per_unit is False, understood
    assert understood.quantity == 10, understood
