"""A refusal at a price with the "at" written apart ("tinsho te hobe na", "तीस पे नहीं
होगा", "at 120 I can't do it") names no price; a floor ("less than 300 won't work") and
a counter after the refusal keep their price. Another seller's price, said with a
plural or honorific verb of giving or selling, is asked, not offered."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


REFUSED_AT = [
    ("bn", "chollish te hobe na didi"),
    ("bn", "pochish e pushabe na"),
    ("hi", "चालीस पे नहीं होगा"),
    ("hi", "pachas pe nahi chalega"),
    ("pa", "ਚਾਲੀ ਤੇ ਨਹੀਂ ਹੋਣਾ"),
    ("ml", "400 nu pattilla"),
    ("en", "at 45 we can't do it"),
    ("kn", "ಎಂಟು ಸಾವಿರಕ್ಕೆ ಸಾಧ್ಯ ಇಲ್ಲ"),  # "not possible at", written as two words
    ("kn", "entu saavirakke sadhya illa"),
    ("mr", "आठ हजारात जमणार नाही"),
    ("mr", "aath hajarat jamnar nahi"),  # the locative "at" typed onto the thousand
]


@pytest.mark.parametrize(("language", "text"), REFUSED_AT)
def test_a_refusal_at_a_price_names_none(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT
    assert _recorded(understood) is None


KEPT = [
    ("bn", "chollish te hobe na, ponchash lagbe", 5000, False),
    ("hi", "चालीस पे नहीं होगा, पैंतालीस दे दो", 4500, False),
    ("en", "at 45 I can't, 50 is fine", 5000, False),
    ("en", "less than 45 won't work", 4500, True),
    ("en", "at 45 I can't go lower", 4500, None),
]


@pytest.mark.parametrize(("language", "text", "paise", "final"), KEPT)
def test_a_counter_or_floor_keeps_its_price(
    language: str, text: str, paise: int, final: bool | None
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert _recorded(understood) == paise
    if final is not None:
        assert understood.final is final


ELSEWHERE = [
    ("mr", "पलीकडे हेच पन्नासला विकतायत"),
    ("mr", "पुढच्या स्टॉलवर चाळीसला देत आहेत"),
    ("bn", "opashe chollish takay dey"),
    ("ta", "அங்க நாப்பதுக்கு விக்குறாங்க"),
    ("te", "పక్కన నలభైకి ఇస్తారు"),
    ("gu", "બાજુમાં ચાલીસમાં આપી રહ્યા છે"),
    ("kn", "ಪಕ್ಕದಲ್ಲಿ ನಲವತ್ತಕ್ಕೆ ಮಾರ್ತಿದ್ದಾರೆ"),
    ("ml", "avide nalpathinu kodukkunnundu"),
    ("pa", "ਅਗਲੇ ਚਾਲੀ ਦੀ ਵੇਚਦੇ ਨੇ"),
    ("en", "next door they're selling it at 40"),
]


@pytest.mark.parametrize(("language", "text"), ELSEWHERE)
def test_another_sellers_price_is_asked_not_offered(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION
    assert _recorded(understood) is None


OWN = [
    ("mr", "मी चाळीसला देतो", 4000),
    ("en", "I sell it at 40", 4000),
    ("hi", "40 mein dey do", 4000),
    ("mr", "पलीकडे पन्नासला विकतायत, तुम्ही पंचेचाळीस करा", 4500),
    ("te", "పక్కన నలభైకి ఇస్తారు, మీరు ముప్పై ఐదుకి ఇవ్వండి", 3500),
]


@pytest.mark.parametrize(("language", "text", "paise"), OWN)
def test_the_speakers_own_price_stands(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert _recorded(understood) == paise
