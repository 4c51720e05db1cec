"""A steel rod's thickness in soot is a size, not a count or a price ("ਬਾਰਾਂ ਸੂਤ ਸਰੀਆ",
`audio.understanding.specs`); English "to" written in an Indic script reads as "two", and
between two numbers it says a range, not a number (`audio.understanding.ranges`)."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand
from audio.understanding.numbers_read import read_numbers


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("pa", "ਬਾਰਾਂ ਸੂਤ ਸਰੀਆ ਅੱਸੀ ਰੁਪਏ ਕਿੱਲੋ", 8000),
        ("pa", "ਸੋਲਾਂ ਸੂਤਰ ਦਾ ਸਰੀਆ ਛਿਹੱਤਰ ਰੁਪਏ ਕਿੱਲੋ ਲੱਗੂ", 7600),
        ("hi", "दस सूत का सरिया बयासी रुपये किलो", 8200),
    ],
)
def test_a_rods_soot_is_a_size(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.per_unit is True, understood
    assert understood.unit == "kg" and understood.quantity is None, understood
    assert understood.confidence >= MIN_CONFIDENCE, understood


def test_cotton_is_no_soot() -> None:
    understood = understand("ਦੋ ਸੂਤੀ ਸੂਟ ਬਾਰਾਂ ਸੌ", language="pa")
    assert understood.amount_paise == 120000 and understood.quantity == 2, understood


@pytest.mark.parametrize(
    ("language", "text", "values"),
    [
        ("te", "మూడు వందల టు నాలుగు వందలు", [300, 400]),
        ("te", "కిలో నూట ఇరవై టు నూట యాభై", [120, 150]),
        ("te", "300 టు 350 ఉంటుంది", [300, 350]),
        ("ta", "நூறு டு நூத்தி அம்பது", [100, 150]),
        ("kn", "ಮುನ್ನೂರು ಟು ನಾನೂರು", [300, 400]),
        # "two" that ends a number, with no higher number after it, stays two
        ("te", "నూట ఇరవై టూ రూపాయలు", [122]),
        ("te", "ఇరవై టూ హండ్రెడ్", [2200]),
    ],
)
def test_to_between_numbers_is_no_two(language: str, text: str, values: list[int]) -> None:
    spans = read_numbers(text, language, None)[2]
    assert [s.value for s in spans] == values


def test_a_range_said_with_to_is_asked() -> None:
    understood = understand("గుడ్డు ఒక్కటి ఆరు టు ఏడు రూపాయలు", language="te")
    assert understood.amount_paise is not None, understood
    assert understood.confidence < MIN_CONFIDENCE, understood
    same = understand("గుడ్డు ఒక్కటి ఆరు నుండి ఏడు రూపాయలు", language="te")
    assert same.confidence < MIN_CONFIDENCE, same
    two = understand("నూట ఇరవై టూ రూపాయలు", language="te")
    assert two.amount_paise == 12200 and two.confidence >= MIN_CONFIDENCE, two
