"""A count of goods that fell, broke or spoiled is no price and no quantity of the deal
("two fell off, give it for 40"); a count said first before the goods and a price is the
quantity of the deal ("दो मटके एक सौ तीस में": two pots for 130 in all); a no-gain phrase
is no count of children ("300 ma kai na bache")."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "Four got broken on the way, give it for 120", 12000),
        ("hi", "चार टूट गए, सौ में दे दो", 10000),
        ("ta", "நாலு உடைஞ்சு போச்சு, நூறுக்கு குடுங்க", 10000),
        ("te", "నాలుగు పగిలిపోయాయి, వందకి ఇవ్వండి", 10000),
        ("kn", "ನಾಲ್ಕು ಒಡೆದುಹೋಯ್ತು, ನೂರಕ್ಕೆ ಕೊಡಿ", 10000),
        ("pa", "ਚਾਰ ਟੁੱਟ ਗਏ, ਸੌ ਦੇ ਦਿਓ", 10000),
        ("ml", "നാലെണ്ണം പൊട്ടിപ്പോയി, നൂറിന് താ", 10000),
    ],
)
def test_count_that_fell_is_no_price(language: str, text: str, paise: int) -> None:
    got = understand(text, language=language, has_outstanding_offer=True)
    assert got.amount_paise == paise
    assert got.confidence >= MIN_CONFIDENCE
    assert got.quantity is None and got.per_unit is None


def test_count_said_first_is_the_quantity_of_the_deal() -> None:
    got = understand("दो कलश डेढ़ सौ में", language="hi", has_outstanding_offer=True)
    assert got.amount_paise == 15000
    assert got.per_unit is False and got.quantity == 2


def test_give_after_the_goods_stays_a_verb() -> None:
    """ "मटके दो": the "do" after the goods is "give", no count."""
    got = understand("सौ में मटके दो", language="hi", has_outstanding_offer=True)
    assert got.amount_paise == 10000
    assert got.quantity is None


def test_no_gain_words_are_no_children() -> None:
    got = understand("250 ma kai na bache", language="gu", has_outstanding_offer=True)
    assert got.intent is Intent.REJECT
    assert got.amount_paise is None
