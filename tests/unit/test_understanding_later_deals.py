"""A price, then a later word that changes it or replaces it
(`audio.understanding.later_deals`): a count taken on the condition of the price, a
second lower price for this buyer, a count and a total after a rate per piece, a price
for "both". The failure paths: a price that only looks like a count, a total said
"for all", and two prices with nothing saying which stands."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("en", "give it at 25 and I'll take three", 2500, 3),
        ("bn", "পঁচিশ টাকা দিলে তিনটে নেব", 2500, 3),
        ("kn", "ಇಪ್ಪತ್ತೈದು ಕೊಟ್ರೆ ಮೂರು ತಗೋತೀನಿ", 2500, 3),
    ],
)
def test_a_count_taken_on_a_condition_is_no_price(
    language: str, text: str, paise: int, count: int
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == paise
    assert understood.quantity == count


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "give 70 and take the whole lot"), ("gu", "સિત્તેર આપો તો બધું લઈ જાઓ")],
)
def test_all_taken_on_a_condition_leaves_the_price_bare(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert _recorded(understood) == 7000
    assert understood.per_unit is None
    assert understood.quantity is None


def test_a_total_said_for_all_stays_a_total() -> None:
    understood = understand("I'll pay 300 for all of it", language="en", has_outstanding_offer=True)
    assert understood.per_unit is False


def test_a_price_before_a_taking_verb_is_no_count() -> None:
    # "you said 50, ok, take it for 45": 45 is the counter, not a count of 45
    understood = understand(
        "आपने पचास बोला, ठीक है, पैंतालीस ले लो", language="hi", has_outstanding_offer=True
    )
    assert understood.intent is Intent.COUNTER
    assert _recorded(understood) == 4500


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "250; for a regular like you, 220", 22000),
        ("ta", "நூறு, உங்களுக்கு தொண்ணூறு", 9000),
        ("pa", "ਸੌ, ਪਰ ਤੁਸੀਂ ਰੋਜ਼ ਆਉਂਦੇ ਹੋ, ਨੱਬੇ", 9000),
    ],
)
def test_a_second_lower_price_for_this_buyer_stands(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER
    assert _recorded(understood) == paise


def test_two_prices_with_nothing_between_are_asked() -> None:
    assert _recorded(understand("ninety, eighty", language="en")) is None


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("en", "Samosa 12 each, three for 30", 3000, 3),
        ("hi", "vada 20 ka ek, teen 50", 5000, 3),
        ("en", "Tea 15, coffee 20, both 30", 3000, 2),
    ],
)
def test_a_later_deal_for_a_count_stands(language: str, text: str, paise: int, count: int) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise
    assert understood.per_unit is False
    assert understood.quantity == count


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("en", "90 a crate, six crates 500", 50000, 6),
        ("te", "బుట్ట రెండు వందలు, నాలుగు బుట్టలు ఏడు వందలు", 70000, 4),
    ],
)
def test_a_total_for_a_lot_of_the_rates_unit_stands(
    language: str, text: str, paise: int, count: int
) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) == paise
    assert understood.per_unit is False
    assert understood.quantity == count
    assert understood.unit is None  # a unit the product does not list


def test_a_lot_priced_above_its_rate_is_not_taken_as_the_deal() -> None:
    # 10 crates at 90 would be 900: 5000 for them is no lot price, two prices stand
    assert _recorded(understand("90 a crate, ten crates 5000", language="en")) is None
