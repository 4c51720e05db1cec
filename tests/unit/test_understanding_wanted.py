"""'Ok, give two': after a word of agreement, a small bare number joined to a give verb
counts the goods wanted at the price on the table; it is never recorded as a price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("hi", "ठीक है, 2 दे दो", 2),
        ("hi", "theek hai, teen de do", 3),
        ("en", "Ok, give me 3.", 3),
        ("ta", "சரி, ரெண்டு குடுங்க", 2),
        ("te", "ఓకే, రెండు ఇవ్వండి", 2),
        ("kn", "ಓಕೆ, ಎರಡು ಕೊಡಿ", 2),
        ("ml", "ശരി, രണ്ട് തരൂ", 2),
        ("mr", "ठीक आहे, दोन द्या", 2),
        ("gu", "ભલે, બે આપો", 2),
        ("pa", "ਠੀਕ ਹੈ, ਦੋ ਦੇ ਦਿਓ", 2),
    ],
)
def test_agreement_with_a_count_takes_the_goods(language: str, text: str, count: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True, reference_paise=4000)
    assert heard.intent is Intent.ACCEPT
    assert heard.amount_paise is None
    assert heard.quantity == count


def test_bengali_classifier_counts_pieces() -> None:
    heard = understand("ঠিক আছে, দুটো দিন", language="bn", has_outstanding_offer=True)
    assert (heard.intent, heard.quantity, heard.unit) == (Intent.ACCEPT, 2, "piece")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("ok, give 5", 600),  # lemons at six each: five may be the price asked for
        ("ok, give 50", 4000),  # past a dozen: a price
        ("ok, give it for 2", None),  # "for": a price, however small
    ],
)
def test_no_count_where_the_number_may_be_the_price(text: str, reference: int | None) -> None:
    heard = understand(text, language="en", has_outstanding_offer=True, reference_paise=reference)
    assert not (heard.intent is Intent.ACCEPT and heard.confidence >= MIN_CONFIDENCE)
    assert heard.quantity is None


def test_no_agreement_no_count() -> None:
    heard = understand("ரெண்டு குடுங்க", language="ta", has_outstanding_offer=True)
    assert heard.intent is not Intent.ACCEPT
