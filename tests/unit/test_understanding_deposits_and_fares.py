"""A deposit beside the price, a ride app's fare, a count said after a price question
and a range before hundreds: none of them a price the speaker names, while the price
beside each keeps its reading."""

from __future__ import annotations

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


def test_deposit_is_no_price_and_the_goods_price_stands() -> None:
    u = understand("Plates, glasses, vessels together 3,000, deposit 5,000", language="en")
    assert (u.intent, u.amount_paise) == (Intent.OFFER, 300000)
    u = understand("ಮುಂಗಡ ಐನೂರು ಮಾತ್ರ ಕೊಡಿ", language="kn")
    assert (u.intent, u.amount_paise) == (Intent.OTHER, None)


def test_agreement_with_a_deposit_cap_still_accepts() -> None:
    u = understand(
        "ठीक है ढाई हज़ार, पर डिपॉज़िट हज़ार से ज़्यादा नहीं",
        language="hi",
        has_outstanding_offer=True,
        reference_paise=250000,
    )
    assert (u.intent, u.amount_paise) == (Intent.ACCEPT, 250000)


def test_app_fare_asks_and_own_fare_after_it_stands() -> None:
    u = understand("Uber is showing 140", language="en", has_outstanding_offer=True)
    assert (u.intent, u.amount_paise) == (Intent.QUESTION, None)
    u = understand("Uber is showing 140, you take 130", language="en", has_outstanding_offer=True)
    assert (u.intent, u.amount_paise) == (Intent.COUNTER, 13000)
    u = understand("ஆப்பிள் கிலோ இருநூறு", language="ta")  # apples, no app
    assert (u.intent, u.amount_paise) == (Intent.OFFER, 20000)


def test_opening_yes_before_a_price_offers() -> None:
    u = understand("हाँ जी, कटिंग सत्तर रुपये", language="hi")
    assert (u.intent, u.amount_paise) == (Intent.OFFER, 7000)


def test_count_after_price_question_is_a_quantity() -> None:
    u = understand("ஒரு தட்டு எவ்வளவு? இருநூறு தட்டு வேணும்", language="ta")
    assert (u.intent, u.amount_paise, u.quantity) == (Intent.QUESTION, None, 200)


def test_range_before_hundreds_is_no_count() -> None:
    u = understand(
        "anything between five and six hundred", language="en", has_outstanding_offer=True
    )
    assert u.quantity is None and u.confidence < MIN_CONFIDENCE
    u = understand("Five chairs, six hundred", language="en")
    assert (u.amount_paise, u.quantity) == (60000, 5)
