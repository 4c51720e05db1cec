"""Romanized words that spell a number but are an everyday word of the speaker's
language (Punjabi "asi" we, Tamil "paathu" having looked, Bengali "ashi" I come, English
"teen", Hindi "saath" with): no price from the word alone, while the same word with a
currency, a unit or "of/for" after it keeps its number."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("pa", "asi har hafte aunde haan", None),
        ("pa", "asi vi gahak haan, thoda dekh lo", 5000),
        ("ta", "konjam paathu podunga", None),
        ("bn", "ami pore abar ashi", None),
        ("en", "the teen at the counter will pack it", None),
        ("hi", "uske saath ka thaila bhi do", None),
    ],
)
def test_homograph_alone_records_no_price(language: str, text: str, reference: int | None) -> None:
    u = understand(
        text, language=language, has_outstanding_offer=reference is not None,
        reference_paise=reference,
    )  # fmt: skip
    assert u.amount_paise is None or u.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("pa", "asi rupaye darjan", 8000),
        ("pa", "assi rupaye kilo", 8000),
        ("bn", "ashi taka kilo", 8000),
        ("ta", "pathu rooba kilo", 1000),
        ("hi", "saath ka kilo", 6000),
        ("pa", "sath da kilo", 6000),
    ],
)
def test_homograph_said_as_number_keeps_price(language: str, text: str, paise: int) -> None:
    u = understand(text, language=language)
    assert u.amount_paise == paise
    assert u.confidence >= MIN_CONFIDENCE


def test_sixty_for_with_a_we_beside_it() -> None:
    u = understand(
        "sath da de do veere, asi roz aunde haan",
        language="pa",
        has_outstanding_offer=True,
        reference_paise=7000,
    )
    assert u.amount_paise == 6000


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "sau taka asli maal hai"),
        ("mr", "shambhar takke taaja aahe"),
        ("te", "vanda shaatam fresh andi"),
        ("pa", "sau feesadi taaza aa"),
    ],
)
def test_hundred_percent_is_no_price(language: str, text: str) -> None:
    assert understand(text, language=language).amount_paise is None


def test_bottom_line_idiom_leaves_the_price_alone() -> None:
    u = understand("sau baat ki ek baat, pachaas", language="hi")
    assert (u.amount_paise, u.per_unit, u.unit) == (5000, None, None)
    assert u.confidence >= MIN_CONFIDENCE


def test_punjabi_tell_is_no_ten() -> None:
    u = understand("das ji, kilo kinne da?", language="pa")
    assert u.amount_paise is None
    asked = understand("das veere, ghat karoge ke nahi?", language="pa", has_outstanding_offer=True)
    assert asked.amount_paise is None
    ten = understand("das da de do veere", language="pa", has_outstanding_offer=True)
    assert ten.amount_paise == 1000


@pytest.mark.parametrize(
    "text",
    [
        "નવું એસી લેવું છે પણ બજેટ ઓછું પડે છે",
        "એસી બસમાં આવ્યો, ભાડું બહુ ઓછું ન હતું",
        "એસી ની સર્વિસ કરાવવી છે, કોઈ માણસ મળશે?",
        "એસી માટે ઓછા પૈસા છે, હપ્તા થાય?",
    ],
)
def test_gujarati_ac_is_no_eighty(text: str) -> None:
    """Gujarati "એસી" is an air conditioner (80 is "એંસી"): no price is read from it."""
    assert understand(text, language="gu").amount_paise is None


def test_gujarati_eighty_is_still_read() -> None:
    assert understand("એંસી રૂપિયે કિલો આપો", language="gu").amount_paise == 8000
