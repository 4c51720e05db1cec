"""A count of goods wanted, then "how much for one?", is a question with that quantity,
no price; a total, then the figure it is rounded to, stands at the rounded figure."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand

NEEDED = [
    ("en", "we need eighty roses for the stage, how much is one?", 80),
    ("hi", "पूजा के लिए साठ नारियल चाहिए, एक का कितना?", 60),
    ("te", "ఫంక్షన్ కి యాభై దండలు కావాలి, ఒకటి ఎంత?", 50),
    ("kn", "ಹಬ್ಬಕ್ಕೆ ಅರವತ್ತು ತೆಂಗಿನಕಾಯಿ ಬೇಕು, ಒಂದಕ್ಕೆ ಎಷ್ಟು?", 60),
    ("bn", "পুজোর জন্য আশিটা নারকেল লাগবে, একটা কত?", 80),
    ("ml", "ഉത്സവത്തിന് അമ്പത് മാല വേണം, ഒന്നിന് എത്ര?", 50),
]


@pytest.mark.parametrize(("language", "line", "count"), NEEDED)
def test_a_count_wanted_then_the_price_of_one_is_asked(
    language: str, line: str, count: int
) -> None:
    heard = understand(line, language=language)
    assert heard.intent is Intent.QUESTION, heard
    assert heard.amount_paise is None
    assert heard.quantity == count
    assert heard.unit == "piece"


def test_a_price_said_after_the_need_stands() -> None:
    heard = understand("ಹಾರ ಬೇಕು, ಒಂದಕ್ಕೆ ಇಪ್ಪತ್ತು ಕೊಡ್ತೀರಾ?", language="kn")
    assert heard.amount_paise == 2000
    assert heard.intent is Intent.OFFER


ROUNDED = [
    ("en", "your total is 2,370, let's round it off to 2,350", 235000),
    ("hi", "हिसाब 2370 हुआ, 2350 कर दो", 235000),
    ("ta", "மொத்தம் 2370, 2350 ஆக்கிடுங்க", 235000),
    ("bn", "মোট 2370 হয়েছে, 2350 করে দিন", 235000),
    ("kn", "ಒಟ್ಟು 2370 ಆಯ್ತು, 2350 ಮಾಡಿ", 235000),
    ("pa", "ਟੋਟਲ 2370 ਹੋਇਆ, 2350 ਕਰ ਦਿਓ", 235000),
]


@pytest.mark.parametrize(("language", "line", "paise"), ROUNDED)
def test_a_total_rounded_off_stands_at_the_rounded_figure(
    language: str, line: str, paise: int
) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.amount_paise == paise, heard
    assert heard.confidence >= MIN_CONFIDENCE
    assert heard.per_unit is False
