"""Thousands said the short way: "twelve five" for a ₹13,000 phone is ₹12,500, "ఏడు
నాలుగొందలు" for a ₹7,500 cupboard ₹7,400, picked by the price on the table; with none
they are asked. Two counts in a row before hundreds ("तीन चार सौ") are a range, asked.
Romanized hundreds and thousands run together read as their native forms."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.numbers import words_to_number
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "line", "reference", "paise"),
    [
        ("en", "Twelve five and it's yours", 1300000, 1250000),
        ("hi", "twelve five kar do", 1300000, 1250000),
        ("te", "ఏడు నాలుగొందలు ఇస్తా", 750000, 740000),
        ("kn", "ಏಳು ನಾನೂರು ಕೊಡಿ", 750000, 740000),
        ("bn", "সাত চারশো দিন", 750000, 740000),
    ],
)
def test_the_price_on_the_table_picks_thousands(
    language: str, line: str, reference: int, paise: int
) -> None:
    heard = understand(
        line, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "line", "reference"),
    [
        ("en", "Twelve five for this one", None),  # nothing on the table
        ("bn", "সাত চারশো", None),
        ("hi", "तीन चार सौ लगेगा", None),  # three or four hundred: a range
        ("hi", "तीन चार सौ लगेगा", 350000),
        ("te", "మూడు నాలుగొందలు", 35000),
    ],
)
def test_asked_when_nothing_picks(language: str, line: str, reference: int | None) -> None:
    heard = understand(
        line,
        language=language,
        has_outstanding_offer=reference is not None,
        reference_paise=reference,
    )
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


def test_a_price_near_the_plain_reading_stays() -> None:
    heard = understand(
        "दे दो तीन सौ", language="hi", has_outstanding_offer=True, reference_paise=35000
    )
    assert heard.amount_paise == 30000
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "words", "value"),
    [
        ("ml", "naanoorambathu", 450),
        ("ml", "aranooru", 600),
        ("ml", "elunooru", 700),
        ("ml", "elunoorambathu", 750),
        ("bn", "chho hajar", 6000),
    ],
)
def test_romanized_forms(language: str, words: str, value: float) -> None:
    assert words_to_number(words, language) == value


def test_a_typed_fraction_before_thousand() -> None:
    heard = understand(
        "der hajar dao", language="bn", has_outstanding_offer=True, reference_paise=200000
    )
    assert heard.amount_paise == 150000


@pytest.mark.parametrize(
    ("reference", "paise"),
    [(280000, 250000), (None, None), (100000, None)],  # 2,500 or half a thousand: asked
)
def test_gujarati_typed_adhi_before_a_thousand(reference: int | None, paise: int | None) -> None:
    heard = understand(
        "pachhi adhi hajar ma aapo",
        language="gu",
        has_outstanding_offer=reference is not None,
        reference_paise=reference,
    )
    recorded = heard.amount_paise if heard.confidence >= MIN_CONFIDENCE else None
    assert recorded == paise
