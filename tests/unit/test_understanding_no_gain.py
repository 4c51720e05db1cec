"""A price refused with its reason, no gain at that price ("at 300 no profit for me",
"तीन सौ में कुछ नहीं बचता", "তিনশোতে পোষায় না"), is refused, not countered; a counter
said after the reason, the customer's "you still make a profit at 300" and agreement
after the reason keep their price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "at 250 I make nothing on these, sir"),
        ("en", "no margin for me at 90"),
        ("hi", "सत्तर में कोई मुनाफा नहीं है जी"),
        ("hi", "sau rupaye mein kuch nahi bachta didi"),
        ("mr", "सत्तरला काहीच उरत नाही ताई"),
        ("gu", "સિત્તેરમાં કંઈ ના બચે બેન"),
        ("pa", "ਸੱਤਰ ਵਿੱਚ ਕੋਈ ਮੁਨਾਫਾ ਨਹੀਂ ਜੀ"),
        ("bn", "সত্তর টাকায় কিছুই থাকবে না দিদি"),
        ("ta", "எழுபதுக்கு ஒண்ணுமே மிஞ்சாது"),
        ("te", "డెబ్బైకి ఏం మిగలదు అక్కా"),
        ("kn", "ಎಪ್ಪತ್ತಕ್ಕೆ ಲಾಭಾನೇ ಇಲ್ಲ"),
        ("ml", "എഴുപതിന് ലാഭം ഒന്നുമില്ല"),
    ],
)
def test_no_gain_at_the_price_refuses_it(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT, heard
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "line", "paise"),
    [
        ("en", "at 250 no margin, make it 280", 28000),  # the counter after the reason
        ("hi", "सत्तर में कुछ नहीं बचता, अस्सी दे दो", 8000),
        ("te", "మూడు వందలకు గిట్టదు, రెండు వందల ఎనభైకి ఇవ్వండి", 28000),  # sets no floor
        ("en", "you'd still make a profit at 250, give it", 25000),  # the customer's own
    ],
)
def test_a_price_of_ones_own_beside_the_reason_stands(language: str, line: str, paise: int) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER, heard
    assert heard.amount_paise == paise and heard.confidence >= MIN_CONFIDENCE


def test_agreement_after_the_reason_accepts_the_price_on_the_table() -> None:
    line = "nothing left for me even at 250, still, ok, 250"
    heard = understand(line, language="en", has_outstanding_offer=True, reference_paise=25000)
    assert heard.intent is Intent.ACCEPT and heard.amount_paise == 25000, heard


@pytest.mark.parametrize(
    ("language", "line"),
    [("hi", "इस साल टमाटर में कोई मुनाफा नहीं"), ("en", "no profit in potatoes this season")],
)
def test_no_gain_told_as_news_refuses_nothing(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=False)
    assert heard.intent is Intent.OTHER, heard


def test_a_leaving_verb_in_the_reason_names_no_train() -> None:
    heard = understand("साठ में तो मेहनत भी नहीं निकलती", language="hi", has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT and heard.amount_paise is None, heard


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("hi", "sattar mein kuch nahi bachta assi de do"),  # no pause: which is refused?
        ("en", "give 280 no margin at 250"),
    ],
)
def test_two_prices_beside_the_reason_with_no_pause_are_asked(language: str, line: str) -> None:
    heard = understand(line, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None or heard.confidence < MIN_CONFIDENCE, heard


def test_good_profit_is_no_agreement() -> None:
    heard = understand("सत्तर में भी आपको अच्छा फायदा है", language="hi", has_outstanding_offer=True)
    assert heard.intent is Intent.COUNTER and heard.amount_paise == 7000, heard
