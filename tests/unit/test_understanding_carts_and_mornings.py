"""Another seller at a cart, a shop or the mandi said in typed words is asked, not
offered; goods needed in a count "will be needed" are counted, no price; agreement with
a charge added is asked; a dotted clock time after a part of the day is an hour."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "samorchya gaadivar to chalisla detoy"),
        ("hi", "mandi mein tees ke de rahe hain sab"),
        ("kn", "pakkada angadili 50 ge kodtidaare"),
        ("ml", "aa kadayil 60 nu tharunnundu"),
    ],
)
def test_a_typed_cart_or_shop_giving_is_asked(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION
    assert _recorded(understood) is None


def test_the_speakers_own_cart_keeps_its_price() -> None:
    understood = understand("en kadaila 45 ku tharen", language="ta")
    assert _recorded(understood) == 4500


def test_goods_that_will_be_needed_are_counted() -> None:
    understood = understand("लग्नासाठी चाळीस शहाळी लागतील, भाव काय?", language="mr")
    assert understood.intent is Intent.QUESTION
    assert understood.quantity == 40
    assert _recorded(understood) is None


def test_a_bare_number_that_will_be_needed_stays_a_price() -> None:
    understood = understand("पन्नास लागतील, चालेल का?", language="mr")
    assert understood.amount_paise == 5000


def test_agreement_with_a_charge_added_is_asked() -> None:
    understood = understand(
        "ok, 700 fine, but packing 40 extra",
        language="en",
        has_outstanding_offer=True,
        reference_paise=70000,
    )
    assert _recorded(understood) is None


def test_the_sum_named_after_a_charge_stands() -> None:
    understood = understand(
        "ठीक है सात सौ, पैकिंग चालीस अलग, सात सौ चालीस दे दो",
        language="hi",
        has_outstanding_offer=True,
        reference_paise=70000,
    )
    assert understood.intent is Intent.COUNTER
    assert understood.amount_paise == 74000


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("kn", "naale beligge 9.45 ge banni"),
        ("ta", "kaalai 6.30 ku vaanga"),
        ("hi", "kal subah 8.15 aana"),
    ],
)
def test_a_dotted_time_after_a_part_of_the_day_is_an_hour(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise is None


def test_a_dotted_price_with_a_rupee_word_stays() -> None:
    understood = understand("subah ka anda 6.50 rupaye", language="hi")
    assert understood.amount_paise == 650


def test_fitting_after_a_price_is_no_size_in_feet() -> None:
    understood = understand(
        "ठीक है बारह सौ, फिटिंग के सौ प्लस",
        language="hi",
        has_outstanding_offer=True,
        reference_paise=120000,
    )
    assert understood.mentions and understood.mentions[0].amount_paise == 120000
    assert _recorded(understood) is None
