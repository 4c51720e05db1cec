"""Numbers at the right scale: a fraction said the short way ("साढ़े सात") is read at the
scale of the price on the table, and asked about when nothing picks one (with a rupee word
or a unit it stays); a count before a self-contained "one hundred and" form ("రెండు నూట
ముప్పై") multiplies nothing."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "line", "reference", "paise"),
    [
        ("hi", "साढ़े आठ से कम नहीं होगा", 900000, 850000),  # a phone at ₹9,000
        ("hi", "पौने पाँच दे दो", 50000, 47500),  # a pot at ₹500
        ("gu", "સવા છ આપીશ", 600000, 625000),
        ("pa", "ਸਾਢੇ ਪੰਜ ਲੈ ਲਓ", 6000, 550),  # against ₹60 no reading is near: asked
        ("te", "నాలుగుంపావు ఇస్తా", 45000, 42500),
        ("ml", "ആറര തരാം", 700000, 650000),
    ],
)
def test_scaled_by_the_price_on_the_table(
    language: str, line: str, reference: int, paise: int
) -> None:
    heard = understand(
        line, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    if reference / 4 <= paise <= reference * 4:
        assert heard.amount_paise == paise
        assert heard.confidence >= MIN_CONFIDENCE
    else:
        assert heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "line"),
    [("hi", "साढ़े आठ"), ("bn", "সাড়ে আট"), ("kn", "ಎಂಟೂವರೆ"), ("en", "eight and a half")],
)
def test_asked_with_nothing_on_the_table(language: str, line: str) -> None:
    assert understand(line, language=language).confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "line", "paise"),
    [("hi", "साढ़े आठ रुपये गड्डी", 850), ("en", "forty two fifty a kilo", 4250)],
)
def test_money_words_keep_the_plain_value(language: str, line: str, paise: int) -> None:
    heard = understand(line, language=language)
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("te", "రెండు నూటయాభై"),
        ("ta", "ரெண்டு நூத்தம்பது"),
        ("ml", "രണ്ട് നൂറ്റമ്പത്"),
    ],
)
def test_a_count_before_one_hundred_and_multiplies_nothing(language: str, line: str) -> None:
    heard = understand(line, language=language)
    assert heard.amount_paise != 25000
    assert heard.confidence < MIN_CONFIDENCE or heard.amount_paise == 15000


@pytest.mark.parametrize(
    ("language", "line", "paise"),
    [("te", "రెండు వందల యాభై", 25000), ("ta", "இருநூத்தம்பது", 25000), ("kn", "ಎರಡು ನೂರ ಐವತ್ತು", 25000)],
)
def test_the_multiplied_hundred_stays(language: str, line: str, paise: int) -> None:
    assert understand(line, language=language).amount_paise == paise


@pytest.mark.parametrize(
    ("language", "line"),
    [("en", "Spinach nine fifty a bunch"), ("mr", "मेथी जुडी सेव्हन फिफ्टी")],
)
def test_short_hundreds_for_a_bunch_are_asked(language: str, line: str) -> None:
    assert understand(line, language=language).confidence < MIN_CONFIDENCE


def test_short_hundreds_for_a_kilo_stay() -> None:
    heard = understand("Ginger one fifty a kilo", language="en")
    assert heard.amount_paise == 15000
    assert heard.confidence >= MIN_CONFIDENCE
