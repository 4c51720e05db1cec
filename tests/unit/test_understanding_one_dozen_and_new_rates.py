"""A rate of one piece beside a dozen's is asked with the piece's rate; a rate of each
with the count bought keeps both; a new rate "from today" after one of the past stands
as a rate of the same unit."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand

ONE_AND_DOZEN = [
    ("en", "one for 40, a dozen 400", 4000),
    ("en", "Bananas 5 each, a dozen 50", 500),
    ("hi", "एक चालीस का, दर्जन चार सौ", 4000),
    ("ta", "முட்டை ஒண்ணு எட்டு, டஜன் தொண்ணூறு", 800),
    ("gu", "મીણબત્તી એકના પંદર, ડઝનના એકસો સાઠ", 1500),
    ("pa", "ਆਂਡਾ ਇੱਕ ਅੱਠ ਰੁਪਏ ਦਾ, ਦਰਜਨ ਨੱਬੇ", 800),
]


@pytest.mark.parametrize(("language", "text", "paise"), ONE_AND_DOZEN)
def test_one_and_dozen_asked_with_the_first(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.confidence < MIN_CONFIDENCE  # asked, nothing recorded
    assert (understood.amount_paise, understood.per_unit, understood.unit) == (
        paise,
        True,
        "piece",
    )


def test_a_dozen_dearer_than_a_page_count_is_no_second_rate() -> None:
    understood = understand("this is the 172 page one, 360 a dozen", language="en")
    assert understood.confidence >= MIN_CONFIDENCE
    assert (understood.amount_paise, understood.unit) == (36000, "dozen")


EACH_FOR_COUNT = [
    ("en", "make it 400 each, I'm taking eight", 40000, 8),
    ("en", "400 each for eight", 40000, 8),
    ("te", "okkokati naalugu vandalu cheyandi, enimidi teeskuntanu", 40000, 8),
    ("bn", "প্রতিটা চারশো করুন, আটটা নিচ্ছি", 40000, 8),
    ("ta", "ஒவ்வொண்ணும் தொண்ணூறு போடுங்க, ஆறு எடுக்கிறேன்", 9000, 6),
]


@pytest.mark.parametrize(("language", "text", "paise", "count"), EACH_FOR_COUNT)
def test_rate_of_each_with_count_bought(language: str, text: str, paise: int, count: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.confidence >= MIN_CONFIDENCE
    assert (understood.amount_paise, understood.per_unit, understood.quantity) == (
        paise,
        True,
        count,
    )


NEW_RATES = [
    ("en", "till last week 1200 a quintal, from today 1350", 135000, None),
    ("hi", "कल तक तीस किलो था, आज से छत्तीस", 3600, "kg"),
    ("hi", "पिछले महीने दर्जन सत्तर, इस हफ्ते से अस्सी", 8000, "dozen"),
    ("mr", "कालपर्यंत किलो तीस होता, आजपासून छत्तीस", 3600, "kg"),
    ("kn", "ninnevarege kilo ge aivattu, ivattininda aravattu", 6000, "kg"),
]


@pytest.mark.parametrize(("language", "text", "paise", "unit"), NEW_RATES)
def test_new_rate_from_today_stands(language: str, text: str, paise: int, unit: str | None) -> None:
    understood = understand(text, language=language)
    assert understood.confidence >= MIN_CONFIDENCE
    said = (understood.amount_paise, understood.per_unit, understood.quantity, understood.unit)
    assert said == (paise, True, None, unit)


def test_a_month_that_dates_the_old_price_makes_no_rate() -> None:
    understood = understand("ਪਿਛਲੇ ਮਹੀਨੇ ਸੱਤ ਸੌ ਸੀ, ਹੁਣ ਸਾਢੇ ਛੇ ਸੌ", language="pa")
    assert (understood.amount_paise, understood.per_unit) == (65000, None)
