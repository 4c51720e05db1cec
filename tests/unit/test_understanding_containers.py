"""Containers and portions (`audio.understanding.containers`): a price beside one plate,
packet, bag, sack or box is its rate, `unit` None, and the pieces it holds are no
quantity; a count of plates before the word is the quantity (never ₹2 nor pieces); a
sized sack ("the 25 kg bag 1250") and "this whole box" stay one lot's total; a carry bag
asked for ("ek pishvi dya") counts nothing; "by the kilo or whole?" asks a kilo's rate;
a weight said "about" beside a bunch's rate is a remark."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("pa", "ਪੈਕਟ ਪੱਚੀ ਰੁਪਏ", 2500),
        ("ta", "மூட்டைக்கு ஆயிரத்து இருநூறு", 120000),
        ("en", "Fertiliser 1,280 per bag", 128000),
        ("kn", "ಪ್ಲೇಟ್ ನಲವತ್ತು ರೂಪಾಯಿ, ಆರು ಪೀಸ್ ಇರುತ್ತೆ", 4000),
        ("gu", "એક ડબ્બો એંસી", 8000),
    ],
)
def test_a_price_beside_one_container_is_its_rate(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.confidence >= MIN_CONFIDENCE
    assert understood.per_unit is True, understood
    assert understood.quantity is None and understood.unit is None, understood


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("hi", "आधी प्लेट पोहा कितने का?", 0.5),
        ("te", "ఒక ప్లేట్ ఇడ్లీ ఎంత?", 1.0),
        ("bn", "হাফ প্লেট চাউমিন কত?", 0.5),
    ],
)
def test_plates_asked_about_are_the_quantity(language: str, text: str, count: float) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION and understood.amount_paise is None
    assert understood.quantity == count and understood.unit is None, understood


def test_two_plates_for_a_price_are_a_total_for_two_never_two_rupees() -> None:
    understood = understand("மூணு பிளேட்டுக்கு தொண்ணூறு", language="ta", has_outstanding_offer=True)
    assert understood.amount_paise == 9000 and understood.confidence >= MIN_CONFIDENCE
    assert understood.per_unit is False and understood.quantity == 3, understood
    assert understood.unit is None


def test_a_count_of_bags_at_a_price_each_is_bags_not_pieces() -> None:
    understood = understand("I'll take 15 bags, 1,300 each", language="en")
    assert understood.amount_paise == 130000 and understood.per_unit is True
    assert understood.quantity == 15 and understood.unit is None, understood


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("hi", "पच्चीस किलो वाली बोरी बारह सौ", 120000, 25),
        ("en", "The whole box for 900", 90000, None),
    ],
)
def test_a_sized_sack_or_a_whole_box_stays_a_total(
    language: str, text: str, paise: int, count: float | None
) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise and understood.per_unit is False, understood
    assert understood.quantity == count


def test_a_carry_bag_asked_for_counts_nothing() -> None:
    understood = understand("एक थैली दे दो, घर भूल गई", language="hi")
    assert understood.amount_paise is None and understood.quantity is None, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Kilo rate or the whole one?"), ("hi", "किलो के हिसाब से दोगे या पूरा?")],
)
def test_by_the_kilo_or_whole_asks_a_kilos_rate(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION and understood.amount_paise is None
    assert understood.unit == "kg", understood


def test_a_weight_said_about_beside_a_bunchs_rate_is_a_remark() -> None:
    understood = understand("Grapes 90 per bunch, around one kilo", language="en")
    assert understood.amount_paise == 9000 and understood.per_unit is True
    assert understood.unit == "bunch" and understood.quantity is None, understood


@pytest.mark.parametrize(
    ("language", "text"),
    [("mr", "हे पाकीट पंचवीस रुपये"), ("kn", "ಈ ಪ್ಯಾಕೆಟ್ ಮೂವತ್ತು"), ("mr", "पपई आख्खी साठ रुपये")],
)
def test_the_packet_shown_or_the_whole_fruit_is_a_total(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise is not None and understood.per_unit is False, understood
