""" "Not at X" with the ending joined by a hyphen ("nooru-nu pattilla", "tinsho-te hobe
na", "sau-pe nahi hoga", "300-ki kudaradu") reads like the ending written apart: the
price is refused, not offered. Telugu "ki" counts only hyphened (Hindi "ki" is "of"),
and a hyphened ending with no refusal keeps the price offered."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "venda, irunooru-nu pattilla"),
        ("bn", "na, doshsho-te hobe na"),
        ("hi", "pachas-pe nahi milega"),
        ("te", "200-ki kudaradu"),
        ("ta", "200-ku kudukka mudiyadhu"),
    ],
)
def test_a_hyphened_not_at_rejects(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE


def test_a_hyphened_ending_without_refusal_is_offered() -> None:
    understood = understand("200-ku kudunga", language="ta", has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == 20000
