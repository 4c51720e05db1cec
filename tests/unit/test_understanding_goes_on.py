"""Lines that go on past their price move: an agreement to the price on the table
followed by an instruction or a question about something else (an accept, the kilos to
weigh no total), a price move followed by a remark (the move stands), and counts of the
goods said with no unit word (pieces)."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand

# Agreement, the price on the table, a pause, then an instruction or a question.
AGREED_THEN = [
    ("en", "Alright, ninety. Pack three kilo and send it to the car", 9000, 3, "kg"),
    ("en", "Fine, two hundred. Can you wrap it in paper?", 20000, None, None),
    ("hi", "ठीक है, नब्बे। तीन किलो तौल के थैली में डाल दो", 9000, 3, "kg"),
    ("ta", "சரி, தொண்ணூறு. மூணு கிலோ அனுப்புங்க", 9000, 3, "kg"),
    ("kn", "ಸರಿ, ತೊಂಬತ್ತು. ಮೂರು ಕೆಜಿ ಕಟ್ಟಿ ಕೊಡಿ", 9000, 3, "kg"),
]


@pytest.mark.parametrize(("language", "text", "paise", "count", "unit"), AGREED_THEN)
def test_agreement_that_goes_on_accepts(
    language: str, text: str, paise: int, count: float | None, unit: str | None
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=paise
    )
    assert understood.intent is Intent.ACCEPT
    assert understood.amount_paise == paise
    assert understood.per_unit is None
    assert (understood.quantity, understood.unit) == (count, unit)


# Another price than the table's, or none on the table known: the speaker's own price.
NOT_AGREED = [
    ("en", "Alright, eighty. Pack three kilo", 9000),
    ("hi", "ठीक है, अस्सी। तीन किलो तौल दो", 9000),
    ("hi", "ठीक है, नब्बे। तीन किलो तौल दो", None),
]


@pytest.mark.parametrize(("language", "text", "reference"), NOT_AGREED)
def test_another_price_before_an_instruction_counters(
    language: str, text: str, reference: int | None
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert understood.intent is Intent.COUNTER
    assert understood.confidence >= MIN_CONFIDENCE
    assert understood.per_unit is False


# A price move, then a remark: the move stands (the remark's "daily", "flat" or a
# Tamil ending run into the next word do not take it away).
MOVE_THEN_REMARK = [
    ("en", "three fifty flat, and I'll send my neighbours to you too", 35000),
    ("kn", "ಎಪ್ಪತ್ತಕ್ಕೆ ಕೊಡಿ, ದಿನಾ ಬರ್ತೀನಿ", 7000),
    ("ta", "நூறுக்குக் குடுங்க, தினமும் வருவேன்", 10000),
    ("ml", "irunoorambathu tharam, naale varaam", 25000),
]


@pytest.mark.parametrize(("language", "text", "paise"), MOVE_THEN_REMARK)
def test_a_move_before_a_remark_stands(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE


# The label and the span of time still hold where they name no price.
NO_PRICE = [
    ("en", "It's flat 402, second floor"),
    ("kn", "ಎಪ್ಪತ್ತು ದಿನ ಆಯ್ತು"),
]


@pytest.mark.parametrize(("language", "text"), NO_PRICE)
def test_a_flat_or_days_name_no_price(language: str, text: str) -> None:
    assert understand(text, language=language).amount_paise is None


# "Both" said for the goods with one price: a total for two; "both kilos" keeps its unit.
BOTH = [
    ("en", "seventy for both", 7000, None),
    ("te", "రెండింటికీ డెబ్బై", 7000, None),
    ("kn", "ಎರಡಕ್ಕೂ ಎಪ್ಪತ್ತು", 7000, None),
    ("bn", "দুটোই সত্তর টাকায় দিন", 7000, None),
    ("hi", "दोनों किलो सत्तर में", 7000, "kg"),
]


@pytest.mark.parametrize(("language", "text", "paise", "unit"), BOTH)
def test_both_is_a_total_for_two(language: str, text: str, paise: int, unit: str | None) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE
    assert (understood.per_unit, understood.quantity, understood.unit) == (False, 2, unit)


# A count of the goods themselves before a size word: a total for that many pieces.
ONES = [
    ("en", "Four big ones, three hundred", 30000, 4),
    ("gu", "ત્રણ મોટા બસો રૂપિયા", 20000, 3),
    ("pa", "ਚਾਰ ਵੱਡੇ ਵਾਲੇ ਤਿੰਨ ਸੌ ਰੁਪਏ", 30000, 4),
]


@pytest.mark.parametrize(("language", "text", "paise", "count"), ONES)
def test_small_ones_are_pieces(language: str, text: str, paise: int, count: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE
    assert (understood.per_unit, understood.quantity, understood.unit) == (False, count, "piece")


def test_two_sizes_with_two_prices_are_still_asked() -> None:
    understood = understand("big one 40, small one 25", language="en")
    assert understood.confidence < MIN_CONFIDENCE
