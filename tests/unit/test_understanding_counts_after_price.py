"""Counts said after the price, and a price placed in town: "ਤਿੰਨ ਸੌ ਲਾ ਲਓ ਪੰਜਾਂ ਦਾ"
(300 for the five), "ਬੰਨ੍ਹ ਦਿਓ ਪੰਜੇ" (tie up all five), "છસોમાં ત્રણેય" (all three for
600), and "ടൗണിൽ അറുപതിന് കിട്ടും" (in town it's 60), which is no bid of the speaker's."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("എൺപതോ? ടൗണിൽ അറുപതിന് കിട്ടും.", 8000),
        ("ഇരുനൂറോ? പട്ടണത്തിൽ നൂറ്റമ്പതിന് കിട്ടും.", 20000),
        ("Ennooro? Townil arunoorinu kittum.", 80000),
    ],
)
def test_price_in_town_is_no_bid(text: str, reference: int) -> None:
    understood = understand(
        text, language="ml", has_outstanding_offer=True, reference_paise=reference
    )
    assert understood.intent is Intent.QUESTION, understood
    assert understood.amount_paise is None


def test_own_price_after_the_towns_stands() -> None:
    understood = understand(
        "ടൗണിൽ അറുപതിന് കിട്ടും, എഴുപത് തരാം.",
        language="ml",
        has_outstanding_offer=True,
        reference_paise=8000,
    )
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == 7000


@pytest.mark.parametrize(
    ("text", "paise", "count"),
    [
        ("ਤਿੰਨ ਸੌ ਲਾ ਲਓ ਪੰਜਾਂ ਦਾ", 30000, 5),
        ("ਸਾਢੇ ਤਿੰਨ ਸੌ ਨਹੀਂ, ਤਿੰਨ ਸੌ ਦੇ ਦਿਓ ਤਿੰਨਾਂ ਦੇ", 30000, 3),
        ("Teen sau la lo panjan da", 30000, 5),
    ],
)
def test_punjabi_collective_count_after_the_price_is_a_total(
    text: str, paise: int, count: int
) -> None:
    understood = understand(text, language="pa", has_outstanding_offer=True, reference_paise=40000)
    assert understood.amount_paise == paise, understood
    assert understood.confidence >= 0.6
    assert understood.per_unit is False
    assert understood.quantity == count


def test_punjabi_count_closing_the_line_after_its_verb() -> None:
    understood = understand(
        "ਨਹੀਂ, ਪੰਜ ਸੌ ਦਿਆਂਗਾ, ਪੈਕ ਕਰ ਦਿਓ ਚਾਰੇ",
        language="pa",
        has_outstanding_offer=True,
        reference_paise=60000,
    )
    assert understood.amount_paise == 50000, understood
    assert understood.per_unit is False
    assert (understood.quantity, understood.unit) == (4, "piece")
    accepted = understand(
        "ਠੀਕ ਆ, ਢਾਈ ਸੌ, ਬੰਨ੍ਹ ਦਿਓ ਪੰਜੇ।",
        language="pa",
        has_outstanding_offer=True,
        reference_paise=25000,
    )
    assert accepted.intent is Intent.ACCEPT, accepted
    assert (accepted.quantity, accepted.unit) == (5, "piece")


@pytest.mark.parametrize(
    ("text", "paise", "count"),
    [("છસોમાં ત્રણેય લઈ જાઓ", 60000, 3), ("ત્રણ થેલી લઉં છું, છસોમાં ત્રણેય આપી દો.", 60000, 3)],
)
def test_gujarati_all_count_after_a_price_with_its_ending(
    text: str, paise: int, count: int
) -> None:
    understood = understand(text, language="gu", has_outstanding_offer=True, reference_paise=70000)
    assert understood.amount_paise == paise, understood
    assert understood.confidence >= 0.6  # "all three" is no part of the number unread
    assert understood.quantity == count


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("mr", "टोमॅटो किलो चाळीस—नाही, पस्तीस लावतो, वीस किलो घेताय म्हणून.", 3500, 20),
        ("mr", "वांगी किलो साठ—नाही, पंचावन्न लावते, दहा किलो नेताय म्हणून.", 5500, 10),
        ("mr", "किलो चाळीस नाही, पस्तीस लावा, वीस किलो घेतो", 3500, 20),
        ("pa", "ਕਿੱਲੋ ਸੱਠ ਨਹੀਂ, ਪਚਵੰਜਾ ਲਾ ਲਓ, ਦਸ ਕਿੱਲੋ ਲੈਣਾ", 5500, 10),
    ],
)
def test_rate_corrected_then_kilos_taken_stays_a_rate(
    language: str, text: str, paise: int, count: int
) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is True
    assert (understood.quantity, understood.unit) == (count, "kg")


def test_total_far_over_the_refused_rate_stays_a_total() -> None:
    understood = understand(
        "किलो चाळीस नाही, सातशे लावतो वीस किलोचे",
        language="mr",
        has_outstanding_offer=True,
        reference_paise=4000,
    )
    assert understood.amount_paise == 70000, understood
    assert understood.per_unit is False
    assert understood.quantity == 20
