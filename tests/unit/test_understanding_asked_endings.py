"""A guess asked with the "is it?" ending on the number, and counts said as a need or
with the goods to take: no price recorded."""

from __future__ import annotations

import pytest

from audio.lexicon import tokenize
from audio.numbers import find_numbers, number_table
from audio.understanding import Intent, understand


def _spans(text: str, language: str):  # type: ignore[no-untyped-def]
    return find_numbers([t.norm for t in tokenize(text)], number_table(language))


@pytest.mark.parametrize(
    ("language", "text", "value", "asked"),
    [
        ("ta", "முன்னூறா?", 300, True),
        ("kn", "ಮುನ್ನೂರಾ?", 300, True),
        ("kn", "ಮುನ್ನೂರಾ ಐವತ್ತು", 350, False),
        ("ml", "മുന്നൂറോ?", 300, True),
        ("te", "మూడు వందలా?", 300, True),
        ("te", "రెండు వందల యాభై", 250, False),
        ("ta", "முன்னூறுக்கு", 300, False),
    ],
)
def test_number_keeps_the_asked_ending(language: str, text: str, value: int, asked: bool) -> None:
    spans = _spans(text, language)
    assert len(spans) == 1
    assert spans[0].value == value
    assert spans[0].asked is asked


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "என்ன விலை? முன்னூறா?"),
        ("kn", "ಬೆಲೆ ಎಷ್ಟು? ಮುನ್ನೂರಾ?"),
        ("ml", "എന്താ വില? മുന്നൂറോ?"),
        ("te", "ధర ఎంత? మూడు వందలా?"),
        ("mr", "किती झाले? तीनशे का?"),
        ("hi", "ये चटाई कितने की है? चार सौ की?"),
    ],
)
def test_guess_after_asking_is_a_question(language: str, text: str) -> None:
    u = understand(text, language=language)
    assert str(u.intent) == "question"
    assert u.amount_paise is None
    assert u.quantity is None
    # the guessed amount is kept only as a mention, for reference
    assert u.mentions and u.mentions[-1].amount_paise in (30000, 40000)


def test_same_ending_before_a_verb_of_giving_still_offers() -> None:
    u = understand("முன்னூறா குடுங்க", language="ta", has_outstanding_offer=True)
    assert str(u.intent) == "counter"
    assert u.amount_paise == 30000


@pytest.mark.parametrize(
    ("language", "text", "count", "unit"),
    [
        ("mr", "आम्हाला पाचशे लागतील", 500, None),
        ("hi", "हमें दो सौ चाहिए", 200, None),
        ("en", "we need two hundred for the wedding", 200, None),
        ("hi", "do razai le lo", 2, "piece"),
        ("kn", "ಎರಡು ಕಂಬಳಿ ತಗೊಳ್ಳಿ", 2, "piece"),
    ],
)
def test_count_is_no_price(language: str, text: str, count: int, unit: str | None) -> None:
    u = understand(text, language=language)
    assert str(u.intent) == "other"
    assert u.amount_paise is None
    assert u.quantity == count
    assert u.unit == unit


def test_cost_said_with_no_one_in_need_stays_a_price() -> None:
    u = understand("इसके दो सौ लगेंगे", language="hi")
    assert u.amount_paise == 20000


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ये सुराही चार सौ की है क्या?", "hi"),
        ("এই কলসিটা চারশো নাকি?", "bn"),
        ("આ માટલું ચારસો છે?", "gu"),
        ("bhaiya, 450 hai kya?", "hi"),
    ],
)
def test_a_price_checked_alone_is_asked(text: str, language: str) -> None:
    """The goods' price checked with "is it?" and nothing else after it, with no price
    asked before: a question, no price of the speaker's own."""
    got = understand(text, language=language)
    assert got.intent is Intent.QUESTION and got.amount_paise is None


@pytest.mark.parametrize(
    ("text", "language"),
    [("चार सौ में दोगे क्या?", "hi"), ("চারশোতে দেবেন নাকি?", "bn")],
)
def test_a_price_proposed_as_a_question_stays_a_bid(text: str, language: str) -> None:
    assert understand(text, language=language).amount_paise == 40000
