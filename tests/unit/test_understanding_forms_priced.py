"""Two forms of the goods with two prices ("original 450, duplicate 150") are asked, as
two sizes are; one form named with one price stands."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "Original battery is 900, duplicate you can have for 300"),
        ("hi", "असली कवर दो सौ का, नकली अस्सी में ले लो"),
        ("pa", "ਅਸਲੀ ਚਾਰਜਰ ਪੰਜ ਸੌ, ਨਕਲੀ ਦੋ ਸੌ ਚ ਮਿਲ ਜਾਊ"),
    ],
)
def test_two_forms_two_prices_are_asked(language: str, line: str) -> None:
    assert understand(line, language=language).confidence < MIN_CONFIDENCE


def test_one_form_one_price_stands() -> None:
    heard = understand("Original hai, nau sau", language="hi")
    assert heard.amount_paise == 90000
    assert heard.confidence >= MIN_CONFIDENCE
