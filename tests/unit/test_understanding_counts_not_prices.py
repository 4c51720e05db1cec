"""A count or size of goods is never a price: "how much for forty of them?" after the
goods' size, a count then "how much in all" ("மொத்தம் எவ்வளவு"), a count said as needed
after the price question ("… અમારે બસો થાળી થશે"); "up" in the name of goods
("pull-up bars") is no rise, so a spread of two prices stays asked; Tanglish "aayirama"
("make it a thousand") is ₹1,000 (`audio.understanding.unpriced_counts`,
`audio.understanding.needed`, `audio.understanding.extras`, `audio.languages.ta`)."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "The six-inch tiles, how much for three hundred of those?", 300),
        ("en", "Those plastic stools, how much for forty of them?", 40),
        ("en", "Nylon rope, the ten-metre rolls, how much for sixty?", 60),
        ("ta", "நூறு தட்டு, மொத்தம் எவ்வளவு?", 100),
        ("gu", "એક થાળી કેટલાની? અમારે બસો થાળી થશે", 200),
        ("gu", "ગ્લાસના કેટલા? અમારે પાંચસો ગ્લાસ થશે", 500),
    ],
)
def test_a_count_of_goods_asked_about_is_no_price(language: str, text: str, count: int) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION, understood
    assert understood.amount_paise is None and understood.quantity == count, understood


def test_two_counts_then_how_much_in_all_keep_neither() -> None:
    understood = understand("ஐம்பது டம்ளர், மூணு நாளைக்கு மொத்தம் எவ்வளவு ஆகும்?", language="ta")
    assert understood.intent is Intent.QUESTION and understood.amount_paise is None, understood
    assert understood.quantity is None, understood


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "How much for forty rupees?", 4000),
        ("ta", "மொத்தம் முன்னூறு ஆகும்", 30000),
        ("gu", "બે કિલોના ત્રણસો થશે", 30000),
        ("gu", "કુલ ત્રણસો રૂપિયા થશે", 30000),
    ],
)
def test_a_price_said_as_such_stands(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    [
        "Pull-up bars are five hundred, six hundred rupees, depends on the brand.",
        "These pop-up tents, two thousand, three thousand, depends on the size.",
    ],
)
def test_up_in_the_name_of_goods_leaves_a_spread_asked(text: str) -> None:
    understood = understand(text, language="en")
    assert understood.confidence < MIN_CONFIDENCE, understood


def test_a_rise_told_beside_the_rate_still_sets_it_aside() -> None:
    understood = understand("Tomato went up by 10, 50 a kilo now", language="en")
    assert understood.amount_paise == 5000 and understood.per_unit is True, understood


@pytest.mark.parametrize(
    ("text", "paise"), [("ayirama kudunga", 100000), ("rendaayirama pannunga", 200000)]
)
def test_tanglish_make_it_a_thousand(text: str, paise: int) -> None:
    understood = understand(text, language="ta", has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER and understood.amount_paise == paise, understood


@pytest.mark.parametrize(
    ("text", "paise"), [("akki chila naanooru", 40000), ("ragi cheela munnooru", 30000)]
)
def test_kannada_sack_is_no_change_word(text: str, paise: int) -> None:
    understood = understand(text, language="kn")
    assert understood.amount_paise == paise and understood.confidence >= MIN_CONFIDENCE


def test_kannada_sack_rate_then_a_lot_price_is_never_recorded_as_a_total() -> None:
    text = "sakkare chila naanooru, aivattu chila tagondre munnoora tombattu"
    understood = understand(text, language="kn")
    assert not (understood.amount_paise == 39000 and understood.confidence >= MIN_CONFIDENCE)


def test_kannada_change_asked_stays_no_price() -> None:
    understood = understand("saavirakke chillare ide?", language="kn")
    assert understood.amount_paise is None, understood
