"""A price list of a full and a part portion names the full portion's rate first: it
stands, and the part's price is a remark; the part said first is asked about."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise", "unit"),
    [
        ("en", "sixty a plate, half plate thirty five", 6000, None),
        ("kn", "ಪ್ಲೇಟಿಗೆ ಅರವತ್ತು, ಅರ್ಧ ಪ್ಲೇಟ್ ಮೂವತ್ತೈದು", 6000, None),
        ("hi", "दर्जन सत्तर, आधा दर्जन चालीस", 7000, "dozen"),
        ("ta", "கிலோ தொண்ணூறு, அரை கிலோ அம்பது", 9000, "kg"),
    ],
)
def test_the_full_portion_rate_stands(
    language: str, text: str, paise: int, unit: str | None
) -> None:
    heard = understand(text, language=language)
    assert heard.intent is Intent.OFFER, heard
    assert (heard.amount_paise, heard.per_unit, heard.quantity, heard.unit) == (
        paise,
        True,
        None,
        unit,
    ), heard
    assert heard.confidence >= MIN_CONFIDENCE, heard


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "हाफ प्लेट पैंतीस, फुल प्लेट साठ"),
        ("en", "half kilo fifty, a kilo ninety"),
        ("te", "అర కిలో యాభై, కిలో తొంభై"),
    ],
)
def test_the_part_said_first_is_asked(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE, heard


def test_a_part_alone_is_its_total() -> None:
    heard = understand("आधा किलो पैंतालीस", language="hi")
    assert (heard.amount_paise, heard.per_unit, heard.quantity, heard.unit) == (
        4500,
        False,
        0.5,
        "kg",
    ), heard
