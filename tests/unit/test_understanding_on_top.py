"""An extra said "on top" ("पचास ऊपर", "ਸੱਠ ਉੱਤੋਂ", "அம்பது மேல") is no price: the goods'
price stands. "Above 100" said as a bound ("सौ से ऊपर", "நூறுக்கு மேல") is no extra."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "line", "paise"),
    [
        ("hi", "कुर्ता सिलाई दो सौ, जेब लगानी हो तो बीस ऊपर", 20000),
        ("hi", "मटका दो सौ अस्सी, ऊपर से ढक्कन तीस", 28000),
        ("pa", "ਕੁੜਤਾ ਢਾਈ ਸੌ, ਜੇਬ ਵੀਹ ਉੱਤੋਂ", 25000),
        ("gu", "ઝભ્ભો બસો, ખિસ્સું વીસ રૂપિયા ઉપરથી", 20000),
        ("en", "Kurta stitching 200, pocket 20 on top", 20000),
    ],
)
def test_the_goods_price_stands(language: str, line: str, paise: int) -> None:
    heard = understand(line, language=language)
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE


def test_a_bound_is_no_extra() -> None:
    heard = understand("நூறுக்கு மேல தர மாட்டேன், எண்பது", language="ta")
    assert heard.amount_paise == 8000
