"""Money reported paid by GPay or UPI is no offer, while a price to be paid that way is;
"why not X?" keeps X and asks it; a bare number asked with "will you take" is asked,
while a rate or a counted line stays an offer."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "sent one fifty on PhonePe, check once"),
        ("hi", "पेटीएम पे सत्तर भेज दिए हैं"),
        ("te", "యూపీఐలో నూట యాభై పంపించాను"),
        ("gu", "ફોનપે પર સિત્તેર મોકલ્યા"),
    ],
)
def test_money_sent_by_a_channel_is_no_offer(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None
    assert heard.intent is Intent.OTHER


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "I'll send one fifty on PhonePe", 15000),
        ("hi", "पेटीएम से सत्तर दूँगा", 7000),
    ],
)
def test_a_price_to_be_paid_by_a_channel_stays_an_offer(
    language: str, text: str, paise: int
) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "नब्बे क्यों नहीं?", 9000),
        ("en", "why not ninety?", 9000),
        ("pa", "ਨੱਬੇ ਕਿਉਂ ਨਹੀਂ?", 9000),
    ],
)
def test_why_not_keeps_the_price_and_asks(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise == paise
    assert heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "तीस लोगे?"), ("bn", "তিরিশ নেবেন?"), ("te", "ముప్పై తీసుకుంటారా?")],
)
def test_a_bare_number_to_take_is_asked(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == 3000
    assert heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "तीस रुपये किलो लोगे?"), ("en", "Give me one kilo. Will you take 30?")],
)
def test_a_rate_or_a_counted_line_to_take_stays_an_offer(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == 3000
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [("ta", "kattil evvalavu?"), ("ta", "கட்டிலுக்கு எவ்வளவு?"), ("kn", "ಕಟ್ಟಡ ಎಷ್ಟು?")],
)
def test_a_noun_that_starts_like_a_unit_names_no_unit(language: str, text: str) -> None:
    assert understand(text, language=language).unit is None


@pytest.mark.parametrize(("language", "text"), [("ta", "கட்டுக்கு எவ்வளவு?"), ("kn", "ಕಟ್ಟಿಗೆ ಎಷ್ಟು?")])
def test_the_unit_word_with_its_endings_still_names_the_unit(language: str, text: str) -> None:
    assert understand(text, language=language).unit == "bunch"


@pytest.mark.parametrize(
    ("language", "text"),
    [("hi", "30-35 रुपये किलो"), ("en", "30/35 rupees"), ("ta", "30 35 ரூபா")],
)
def test_a_range_in_digits_is_heard_at_the_lower_figure_and_asked(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == 3000
    assert heard.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(("language", "text"), [("hi", "24/7 खुला है, 30 रुपये किलो")])
def test_digits_far_apart_are_no_range(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == 3000


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "पूरा तरबूज़ अस्सी का, काट के नहीं", 8000),
        ("en", "whole melon is sixty, not sliced", 6000),
    ],
)
def test_the_whole_piece_not_cut_keeps_its_price(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == paise
    assert heard.per_unit is False


def test_a_refusal_beside_a_word_for_whole_still_refuses() -> None:
    heard = understand("पूरा अस्सी नहीं दूँगा", language="hi", has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT
    assert heard.amount_paise is None
