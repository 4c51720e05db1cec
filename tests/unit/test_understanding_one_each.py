"""A hundreds figure, then "one" with a genitive or "for" ending: the price for one
(each), never the figure plus one; a round figure, which may also be that plus one, asked."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "सवा दो सौ एक का"),
        ("pa", "ਸਵਾ ਦੋ ਸੌ ਇੱਕ ਦਾ"),
        ("ta", "ரெண்டேகால் நூறு ஒண்ணுக்கு"),
        ("gu", "સવા બસો એકના"),
    ],
)
def test_fraction_hundreds_then_one_for_is_each(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == 22500, understood
    assert understood.per_unit is True
    assert understood.confidence >= MIN_CONFIDENCE


def test_round_hundreds_then_one_for_is_asked() -> None:
    understood = understand("तीन सौ एक का", language="hi")
    assert understood.amount_paise != 30100 or understood.confidence < MIN_CONFIDENCE
    assert understood.confidence < MIN_CONFIDENCE, understood


def test_one_said_inside_a_number_stands() -> None:
    understood = understand("तीन सौ एक रुपये", language="hi")
    assert understood.amount_paise == 30100, understood
