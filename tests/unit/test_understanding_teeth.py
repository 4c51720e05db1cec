"""A goat's count of teeth is its age, no price: the thousands said beside it stand;
a count of goods before another word stays a count."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "बारह हज़ार. चार दाँत का बकरा"),
        ("te", "పన్నెండు వేలు. నాలుగు పళ్ళ మేక"),
        ("pa", "ਬਾਰਾਂ ਹਜ਼ਾਰ. ਚਾਰ ਦੰਦਾਂ ਵਾਲਾ ਬੱਕਰਾ"),
    ],
)
def test_teeth_count_is_no_price(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == 1200000
    assert understood.confidence >= MIN_CONFIDENCE


def test_a_count_of_goods_stays() -> None:
    understood = understand("दो किलो, अस्सी रुपये", language="hi")
    assert understood.quantity == 2
