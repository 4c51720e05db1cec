"""Market acts: a card named by the word before it (or made into a sheet) is a thing, not
a way to pay; small talk with a "no" in it refuses nothing; further everyday asks and
claims; of two acts in one line the main one."""

from __future__ import annotations

import pytest

from audio.market import market_act


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "got a 128 GB memory card for the dashcam?"),
        ("en", "I want a birthday card for my niece"),
        ("hi", "मेमरी कार्ड वाला पाउच है?"),
        ("hi", "visiting card kitne din mein banega"),
        ("ta", "சிம் கார்டு புதுசா வேணும்"),
        ("te", "memory card undha?"),
        ("bn", "রেশন কার্ডের ফটোকপি হবে?"),
        ("mr", "व्हिजिटिंग कार्ड छापता का?"),
        ("gu", "ગ્રીટિંગ કાર્ડ બતાવો"),
        ("kn", "ಮೆಮೊರಿ ಕಾರ್ಡ್ ಬೇಕು"),
        ("ml", "റേഷൻ കാർഡ് കോപ്പി വേണം"),
        ("pa", "ਸਿਮ ਕਾਰਡ ਵਾਲੀ ਪਿੰਨ ਹੈ?"),
        ("pa", "greeting card dikhao"),
        ("en", "three coloured card sheets for the chart"),
    ],
)
def test_a_card_named_by_its_kind_is_no_card_payment(language: str, text: str) -> None:
    assert act_of(text, language) != "pay_card"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "do you accept a credit card?"),
        ("hi", "डेबिट कार्ड से दे दूँ?"),
        ("ta", "கார்டு எடுப்பீங்களா?"),
        ("ml", "card pattumo?"),
    ],
)
def test_a_card_to_pay_with_is_still_card(language: str, text: str) -> None:
    assert act_of(text, language) == "pay_card"
