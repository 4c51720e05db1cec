"""A road's number, typed minutes, Gujarati "રૂ" (cotton) before a spelled weight and
another seller's price in the past ("ਕਹਿੰਦਾ ਸੀ") name no price; the rupee sign with
digits or a dot, and a price beside a duration, stay prices."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the godown is on NH 65, after the bridge"),
        ("hi", "गोदाम हाईवे 52 पे है"),
        ("kn", "ಗೋದಾಮು ಹೆದ್ದಾರಿ 75 ಪಕ್ಕ"),
        ("hi", "paanch minit ruko"),
        ("gu", "ગાદલામાં રૂ આઠ કિલો ભરજો"),
    ],
)
def test_no_price(language: str, text: str) -> None:
    assert understand(text, language=language).amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("gu", "રૂ. 450 આપીશ", 45000),
        ("gu", "રૂ 450 આપીશ", 45000),
        ("en", "it'll take fifteen minutes, sixty rupees", 6000),
    ],
)
def test_price_stays(language: str, text: str, paise: int) -> None:
    assert understand(text, language=language, has_outstanding_offer=True).amount_paise == paise


def test_cotton_weight_is_the_quantity() -> None:
    understood = understand("રૂ ચાર કિલો ભરજો", language="gu", has_outstanding_offer=True)
    assert understood.amount_paise is None
    assert (understood.quantity, understood.unit) == (4, "kg")


@pytest.mark.parametrize("text", ["ਮੰਡੀ ਵਾਲਾ ਬਾਰਾਂ ਸੌ ਕਹਿੰਦਾ ਸੀ", "mandi wala 1200 dasda si"])
def test_other_sellers_price_in_the_past_is_asked(text: str) -> None:
    understood = understand(text, language="pa", has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the stall near the bus stop told me nine hundred"),
        ("hi", "उसने नौ सौ बताया था"),
        ("ml", "ആ കടക്കാരൻ തൊള്ളായിരം പറഞ്ഞിരുന്നു"),
    ],
)
def test_price_told_by_another_is_asked(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None
