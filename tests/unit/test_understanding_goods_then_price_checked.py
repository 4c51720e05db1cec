"""Goods asked for in a clause of their own, then a price checked with a tag ("give me
half a kilo, it's eighty, right?"): the verb of giving asks for the goods, the price is
a question, never a counter. A give that names the price stays a proposal."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "আধ কেজি দিন, আশি টাকা তো?"),
        ("bn", "দুই কেজি দিন, একশো কুড়ি টাকা তো?"),
        ("hi", "आधा किलो दे दो, अस्सी का है ना?"),
        ("en", "Give me half a kilo, it's eighty, right?"),
        ("ta", "அரை கிலோ குடுங்க, எண்பது ரூபா தானே?"),
    ],
)
def test_a_price_checked_after_goods_asked_is_a_question(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise is None
    assert str(understood.intent) == "question"


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("bn", "আধ কেজি আশি টাকায় দিন তো?", 8000),
        ("hi", "आधा किलो अस्सी में दे दो ना?", 8000),
        ("en", "Give me half a kilo for eighty, right?", 8000),
        ("en", "Give me half a kilo, eighty okay?", 8000),
    ],
)
def test_a_give_that_names_the_price_stays_a_proposal(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert str(understood.intent) == "counter"
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE
