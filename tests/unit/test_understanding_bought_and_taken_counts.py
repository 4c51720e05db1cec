"""The seller's own purchase given as the reason for refusing is no price ("I bought it at
90 myself", "मेरी ख़रीद ही ..."); a buyer's count on a condition with the rate asked is
the quantity, never a price ("दस ले लूँ तो?"); a rate, then a count of its unit as the
condition of a discount, keeps the rate with no quantity."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "No sir, I bought these at 140 myself, 130 is a loss"),
        ("en", "can't, we picked it up at 55 ourselves"),
        ("hi", "पैंतालीस? मैंने खुद पचास में खरीदा है"),
        ("mr", "नाही हो, मी स्वतः पन्नासला आणलेय"),
        ("gu", "ના, મેં જાતે પચાસમાં લીધું છે"),
        ("pa", "ਨਹੀਂ ਜੀ, ਮੈਂ ਆਪ ਪੰਜਾਹ ਦਾ ਖਰੀਦਿਆ"),
        ("bn", "না দাদা, আমি নিজে পঞ্চাশে কিনেছি"),
        ("ta", "இல்லம்மா, நானே அம்பதுக்கு வாங்கினேன்"),
        ("te", "లేదమ్మా, నా కొనుగోలే యాభై"),
        ("kn", "ಇಲ್ಲ ಸಾರ್, ನಾನೇ ಐವತ್ತಕ್ಕೆ ಕೊಂಡಿದ್ದೀನಿ"),
    ],
)
def test_the_sellers_own_purchase_refuses_and_names_no_price(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True, reference_paise=4500)
    assert heard.intent is Intent.REJECT, heard
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


def test_a_buyers_condition_of_buying_is_no_cost() -> None:
    heard = understand(
        "if I buy sixty, can you do twenty each?",
        language="en",
        has_outstanding_offer=True,
        reference_paise=2500,
    )
    assert heard.intent is Intent.COUNTER, heard
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (2000, True, 60)


@pytest.mark.parametrize(
    ("language", "line", "count"),
    [
        ("en", "if we buy thirty, what's the rate?", 30),
        ("hi", "तीस ले लूँ तो क्या करोगे?", 30),
        ("hi", "pachees le lu to?", 25),
        ("mr", "पंचवीस घेतले तर किती?", 25),
        ("gu", "ત્રીસ લઉં તો?", 30),
        ("pa", "ਤੀਹ ਲਵਾਂ ਤਾਂ ਕਿੰਨੇ ਦਾ ਪਊ?", 30),
        ("ta", "முப்பது எடுத்தா எவ்ளோ?", 30),
        ("te", "ముప్పై తీసుకుంటే ఎంత?", 30),
        ("kn", "ಮೂವತ್ತು ತಗೊಂಡ್ರೆ ಎಷ್ಟು?", 30),
        ("ml", "മുപ്പത് എടുത്താൽ എത്ര?", 30),
    ],
)
def test_a_count_taken_on_a_condition_is_asked_never_a_price(
    language: str, line: str, count: int
) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True, reference_paise=4000)
    assert heard.intent is Intent.QUESTION, heard
    assert heard.amount_paise is None and heard.quantity == count, heard


def test_the_sellers_deal_on_a_count_stays_a_total() -> None:
    heard = understand("एक का दस, छह लो तो पचास", language="hi")
    assert heard.amount_paise is not None and heard.confidence < MIN_CONFIDENCE  # two prices


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "forty a box, three boxes and I'll knock a little off"),
        ("hi", "चालीस रुपये पैकेट, तीन पैकेट लो तो थोड़ा कम कर दूँगा"),
    ],
)
def test_a_rate_then_a_count_for_a_discount_keeps_the_rate(language: str, line: str) -> None:
    heard = understand(line, language=language)
    assert heard.intent is Intent.OFFER, heard
    assert (heard.amount_paise, heard.per_unit, heard.quantity) == (4000, True, None), heard
