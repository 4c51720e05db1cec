"""A dozen's rate and a piece's across a comma ("ডজন সাতশো, পিস ধরে নিলে সত্তর টাকা পিস")
are two rates, asked, and the first is no count of pieces; a figure refused with "can't
agree to" stays refused ("எழுநூறுக்கு ஒத்துக்க முடியாது", "সাতশোয় রাজি না"), and a "less"
said of the way ("தூரம் கம்மி", the distance is short) makes no floor of it; English
"nine" is never the romanized Kannada "ninne" (yesterday) that questions a rise."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ডজন সাতশো, পিস ধরে নিলে সত্তর টাকা পিস।", "bn"),
        ("ডজন সাড়ে তিন হাজার, আলাদা নিলে তিনশো টাকা পিস।", "bn"),
        ("Dozen 700, piece wise 70 rupees a piece.", "en"),
        ("दर्जन सात सौ, पीस से लो तो सत्तर रुपये पीस।", "hi"),
    ],
)
def test_a_dozens_rate_and_a_pieces_are_asked(text: str, language: str) -> None:
    u = understand(text, language=language)
    assert u.confidence < MIN_CONFIDENCE
    assert u.quantity is None


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [("ডজন সাতশো টাকা।", 70000, "dozen"), ("সত্তর টাকা পিস।", 7000, "piece")],
)
def test_one_rate_stays(text: str, amount: int, unit: str) -> None:
    u = understand(text, language="bn")
    assert (u.intent, u.amount_paise, u.per_unit, u.unit) == (Intent.OFFER, amount, True, unit)
    assert u.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("text", "language", "ref"),
    [
        ("எழுநூறுக்கு ஒத்துக்க முடியாது, தூரம் கம்மி தான்.", "ta", 70000),
        ("தொள்ளாயிரத்துக்கு ஒத்துக்க முடியாது, தூரம் ரொம்ப கம்மி.", "ta", 90000),
        ("সাতশোয় রাজি না, দূরত্ব কম।", "bn", 70000),
        ("ছশোয় রাজি না।", "bn", 60000),
    ],
)
def test_a_figure_not_agreed_to_is_refused(text: str, language: str, ref: int) -> None:
    u = understand(text, language=language, has_outstanding_offer=True, reference_paise=ref)
    assert (u.intent, u.amount_paise, u.final) == (Intent.REJECT, None, False)


def test_a_counter_after_the_refused_figure_stands() -> None:
    u = understand(
        "எழுநூறுக்கு ஒத்துக்க முடியாது, ஐநூறு தரேன்.",
        language="ta",
        has_outstanding_offer=True,
        reference_paise=70000,
    )
    assert (u.intent, u.amount_paise) == (Intent.COUNTER, 50000)


def test_less_said_of_the_price_is_still_a_floor() -> None:
    u = understand("எழுநூறுக்கு கம்மி முடியாது.", language="ta", has_outstanding_offer=True)
    assert (u.amount_paise, u.final) == (70000, True)


@pytest.mark.parametrize(
    ("text", "language", "ref"),
    [
        ("Can't agree to 700.", "en", 70000),
        ("Can't agree to 900, the distance is less.", "en", 90000),
        ("ఏడు వందలకి ఒప్పుకోను.", "te", 70000),
        ("ఎనిమిది వందలకి ఒప్పుకోను, దూరం తక్కువ.", "te", 80000),
    ],
)
def test_english_and_telugu_not_agreeing_refuse(text: str, language: str, ref: int) -> None:
    u = understand(text, language=language, has_outstanding_offer=True, reference_paise=ref)
    assert (u.intent, u.amount_paise) == (Intent.REJECT, None)


def test_agreeing_to_the_figure_still_accepts() -> None:
    u = understand(
        "Okay, I agree to 700.", language="en", has_outstanding_offer=True, reference_paise=70000
    )
    assert (u.intent, u.amount_paise) == (Intent.ACCEPT, 70000)


@pytest.mark.parametrize(
    ("text", "ref"),
    [
        ("Alright, nine hundred, done. GPay or cash?", 90000),
        ("Okay nine, done. Can I pay by UPI?", 900),
    ],
)
def test_the_number_nine_is_no_yesterday(text: str, ref: int) -> None:
    u = understand(text, language="en", has_outstanding_offer=True, reference_paise=ref)
    assert (u.intent, u.amount_paise) == (Intent.ACCEPT, ref)


def test_a_rise_questioned_stays_a_question() -> None:
    u = understand(
        "Yesterday it was 400, why 450 today?",
        language="en",
        has_outstanding_offer=True,
        reference_paise=45000,
    )
    assert (u.intent, u.amount_paise) == (Intent.QUESTION, None)


@pytest.mark.parametrize(
    "text", ["The nine-watt bulb is 120 rupees", "The 9-watt tube light is 120 rupees."]
)
def test_watts_typed_with_a_hyphen_are_no_price(text: str) -> None:
    u = understand(text, language="en")
    assert (u.intent, u.amount_paise) == (Intent.OFFER, 12000)
    assert u.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize("text", ["ஏழு அம்பதுக்கு குடுங்க அண்ணா.", "அஞ்சு அம்பதுக்கு குடுங்க அண்ணா."])
def test_tamil_short_hundreds_against_the_table_are_asked(text: str) -> None:
    u = understand(text, language="ta", has_outstanding_offer=True, reference_paise=80000)
    assert u.confidence < MIN_CONFIDENCE


def test_tamil_seven_for_fifty_with_nothing_on_the_table_stays() -> None:
    u = understand("ஏழு அம்பதுக்கு எடுத்துக்கோங்க.", language="ta")
    assert (u.amount_paise, u.quantity) == (5000, 7)
    assert u.confidence >= MIN_CONFIDENCE
