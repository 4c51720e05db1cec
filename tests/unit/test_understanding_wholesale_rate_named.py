"""The wholesale rate named as a fact, then a price of the speaker's own ("no, the
wholesale rate is 1,650, make it 1,700"): the rate is a reference and the own price is
the counter, read with confidence. Alone, the rate keeps its reading as this seller's
floor; asked, it stays a question."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "No, the wholesale rate is 1,650, make it 1,700"),
        ("en", "No sir, wholesale price is sixteen fifty, give seventeen hundred"),
        ("hi", "नहीं, थोक का रेट 1650 है, 1700 कर दो"),
        ("hi", "ना भैया, होलसेल रेट सोलह सौ पचास है, सत्रह सौ कर दो"),
        ("mr", "नाही, घाऊक भाव 1650 आहे, 1700 करा"),
        ("ta", "இல்ல, மொத்த விலை 1650 தான், 1700 பண்ணுங்க"),
        ("gu", "ના, હોલસેલ ભાવ 1650 છે, 1700 કરો"),
        ("pa", "ਨਹੀਂ, ਹੋਲਸੇਲ ਰੇਟ 1650 ਆ, 1700 ਕਰ ਦਿਓ"),
        ("ml", "ഇല്ല, ഹോൾസെയിൽ വില 1650 ആണ്, 1700 ആക്കൂ"),
    ],
)
def test_own_price_after_the_wholesale_rate_is_the_counter(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=180000
    )
    assert understood.amount_paise == 170000
    assert str(understood.intent) == "counter"
    assert understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The wholesale rate is 1650, I can't go lower"),
        ("hi", "होलसेल रेट 1650 है, इससे कम नहीं"),
    ],
)
def test_the_wholesale_rate_alone_stays_the_floor(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=150000
    )
    assert understood.amount_paise == 165000
    assert understood.final
