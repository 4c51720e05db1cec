"""Two kinds of buyer with two prices are asked; a buyer's rate is never a count."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pa", "hotlan layi 380 kilo, aam graahkan layi 450"),
        ("bn", "hotel er jonno 340 kilo, khuchro 380"),
        ("bn", "পাইকারি ত্রিশ টাকা কিলো, খুচরো পঁয়ত্রিশ"),
        ("en", "wholesale 30 a kilo, retail 36"),
        ("mr", "घाऊक तीस रुपये किलो, किरकोळ पस्तीस"),
    ],
)
def test_two_buyers_two_prices_are_asked(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.confidence < MIN_CONFIDENCE
    assert heard.quantity is None  # "380 kilo" after a buyer word is a rate, never 380 kg


def test_one_buyer_one_price_stands() -> None:
    heard = understand("I run a hotel, give it at 300 a kilo", language="en")
    assert heard.amount_paise == 30000
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("mr", "nahi nahi, 45 khup zale"),
        ("mr", "नाही, पंचेचाळीस खूप झाले"),
        ("ml", "45 valare kooduthal"),
        ("hi", "नहीं नहीं, पैंतालीस बहुत ज़्यादा है"),
    ],
)
def test_too_much_rejects_with_no_amount(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.REJECT
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "Gandhi road kadaila 3400 sonnaanga"),
        ("pa", "us dukaan te 3400 dasya"),
        ("kn", "aa angadili 3400 heLidru"),
    ],
)
def test_another_shop_said_is_a_question(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.intent is Intent.QUESTION
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "1100 a kilo, this is 0.75 kg, so 825"),
        ("bn", "কিলো এগারোশো, এটা পৌনে এক কিলো, আটশো পঁচিশ"),
        ("te", "కిలో వెయ్యి వంద, ఇది ముప్పావు కిలో, ఎనిమిది వందల ఇరవై ఐదు"),
    ],
)
def test_the_items_total_after_a_rate_by_weight_stands(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert (heard.amount_paise, heard.per_unit, heard.quantity, heard.unit) == (
        82500,
        False,
        0.75,
        "kg",
    )


def test_a_price_list_keeps_the_full_rate() -> None:
    heard = understand("80 a kilo, half a kilo 40", language="en")
    assert (heard.amount_paise, heard.per_unit) == (8000, True)


@pytest.mark.parametrize(
    ("reference", "intent"),
    [(None, Intent.COUNTER), (30000, Intent.COUNTER), (33000, Intent.ACCEPT)],
)
def test_n_less_then_take_it_for_x(reference: int | None, intent: Intent) -> None:
    heard = understand(
        "sari madam, muvattu kammi, 330 ge togoli",
        language="kn",
        has_outstanding_offer=True,
        reference_paise=reference,
    )
    assert (heard.intent, heard.amount_paise) == (intent, 33000)


@pytest.mark.parametrize("text", ["bada diya 30 ka hai na?", "बड़ा दीया तीस का है ना?"])
def test_a_lamp_priced_with_a_tag_is_a_question(text: str) -> None:
    heard = understand(text, language="hi", has_outstanding_offer=True)
    assert heard.intent is Intent.QUESTION
    assert heard.amount_paise is None
