"""Round 31: a comparative that points back at a refused price is the refusal's reason
("can't at 400, it cost me more than that"), while a bound said as a refusal of its own
("nahi, isse kam nahi") still holds the price before it."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "ನಾನೂರಕ್ಕೆ ಆಗಲ್ಲ, ನನಗೇ ಅದಕ್ಕಿಂತ ಹೆಚ್ಚು ಆಗಿದೆ"),
        ("te", "నాలుగొందలకి కుదరదు, నాకే దానికన్నా ఎక్కువ అయింది"),
        ("en", "Can't at 400, I paid more than that"),
    ],
)
def test_more_than_that_after_a_refusal_rejects(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE


def test_a_bound_refused_in_its_own_clause_holds_the_price() -> None:
    understood = understand("चार सौ, नहीं, इससे कम नहीं", language="hi", has_outstanding_offer=True)
    assert understood.amount_paise == 40000, understood


def test_a_counter_after_the_refusal_stands() -> None:
    understood = understand(
        "Can't at 400, 450 then, that is more than my cost",
        language="en",
        has_outstanding_offer=True,
    )
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == 45000
