"""A price named only to refuse it, a count said back in a "for" form, a plan or pack
named by its price, a count inside a container, and "it will last a month": none of
them a price that stands or an agreement, while a price beside them, a floor and a
rate of a packet keep their meaning."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "sorry boss, four fifty I can't give"),
        ("en", "no no, 200 for one tray is not happening"),
        ("te", "ఏడు వందలు నేను ఇవ్వలేను"),
        ("te", "నాలుగు వందలకి కుదరదండి"),
        ("mr", "सातशे मी देऊ शकत नाही"),
        ("kn", "ಏಳು ನೂರು ಆಗಲ್ಲರೀ"),
        ("gu", "સાતસો હું નહીં આપી શકું"),
        ("pa", "ਸੱਤ ਸੌ ਮੈਂ ਨਹੀਂ ਦੇ ਸਕਦਾ"),
        ("en", "90 for a lid? too much"),
        ("en", "600 for a cake? we'll bake it at home"),
    ],
)
def test_price_named_and_refused_is_a_reject(language: str, text: str) -> None:
    u = understand(text, language=language, has_outstanding_offer=True)
    assert u.intent is Intent.REJECT
    assert u.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "four fifty I can't give, four hundred ok", 40000),
        ("hi", "सात सौ नहीं दे सकता, छह सौ ले लो", 60000),
    ],
)
def test_a_different_price_after_the_refusal_counters(language: str, text: str, paise: int) -> None:
    u = understand(text, language=language, has_outstanding_offer=True)
    assert u.intent is Intent.COUNTER
    assert u.amount_paise == paise


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I can't give more than 400"),
        ("hi", "चार सौ से ज़्यादा नहीं दे सकता"),
        ("te", "నాలుగు వందలకంటే ఎక్కువ ఇవ్వలేను"),
    ],
)
def test_a_cap_with_a_refusing_verb_still_names_its_price(language: str, text: str) -> None:
    u = understand(text, language=language, has_outstanding_offer=True)
    assert u.amount_paise == 40000


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ನಾಲ್ಕು ಸಿಮ್ ಇದೆ, ನಾಲ್ಕಕ್ಕೂ ರೀಚಾರ್ಜ್ ಬೇಕು"),
        ("te", "మూడు ఫోన్లు ఉన్నాయి, మూడింటికీ కవర్ కావాలి"),
        ("en", "recharge the 179 plan on 9912345678"),
        ("hi", "249 वाला रिचार्ज कर दो भैया"),
        ("ta", "இந்த நம்பருக்கு 155 ரீசார்ஜ் போடுங்க"),
        ("en", "one 5-rupee pack of biscuits"),
        ("te", "ఈ డబ్బాలో ముప్పై మురుకులు ఉంటాయి"),
        ("kn", "ಈ ಪೆಟ್ಟಿಗೆಯಲ್ಲಿ ಇಪ್ಪತ್ತು ಲಾಡು ಇರುತ್ತೆ"),
    ],
)
def test_counts_and_names_are_no_price(language: str, text: str) -> None:
    u = understand(text, language=language)
    assert u.amount_paise is None or u.confidence < MIN_CONFIDENCE
    assert u.intent in (Intent.OTHER, Intent.QUESTION)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "આ 199 નો પ્લાન છે, અઠવાડિયાના ચાર દિવસ નહીં, આખો મહિનો ચાલશે"),
        ("gu", "આ ચંપલ છ મહિનો ચાલશે"),
        ("hi", "ये बैटरी दो दिन चलेगी"),
    ],
)
def test_lasting_a_span_agrees_to_nothing(language: str, text: str) -> None:
    u = understand(text, language=language, has_outstanding_offer=True)
    assert u.intent is not Intent.ACCEPT or u.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "दस रुपये पैकेट", 1000),
        ("en", "packet 10", 1000),
        ("kn", "ಎರಡು ಶರ್ಟ್, ಎರಡಕ್ಕೂ ಐನೂರು", 50000),
    ],
)
def test_rates_and_totals_beside_them_stand(language: str, text: str, paise: int) -> None:
    u = understand(text, language=language)
    assert u.amount_paise == paise
    assert u.confidence >= MIN_CONFIDENCE


def test_agreement_said_as_will_do_still_accepts() -> None:
    u = understand("ચાલશે, બરાબર", language="gu", has_outstanding_offer=True)
    assert u.intent is Intent.ACCEPT
