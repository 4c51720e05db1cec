"""Today's price beside tomorrow's: today's stands, tomorrow's is a remark; tomorrow's
alone ("कल से तीन सौ", also "since yesterday") is left as said."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "आज सौ रुपये, कल से एक सौ बीस"),
        ("te", "ఈరోజు వంద, రేపటి నుంచి నూట ఇరవై"),
        ("mr", "आज शंभर, उद्यापासून एकशे वीस"),
        ("pa", "ਅੱਜ ਸੌ, ਕੱਲ੍ਹ ਤੋਂ ਇੱਕ ਸੌ ਵੀਹ"),
    ],
)
def test_today_stands_beside_tomorrow(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == 10000
    assert understood.confidence >= MIN_CONFIDENCE


def test_tomorrow_alone_is_left_as_said() -> None:
    understood = understand("कल से तीन सौ हो गया", language="hi")
    assert understood.amount_paise == 30000
