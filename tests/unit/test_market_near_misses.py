"""Market acts that share words: a way to pay refused, an act said with its reason, and
small talk with market words in it (weather, a match, a festival) that is no act."""

from __future__ import annotations

import pytest

from audio.lexicon import fold
from audio.market import market_act
from audio.market.negation import is_negation


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("no cash on me, I'll scan the QR", "en", "pay_upi"),
        ("card is not working, take cash", "en", "pay_cash"),
        ("UPI or cash?", "en", "pay_how"),
        ("नकद नहीं है भैया, जीपे कर दूँ", "hi", "pay_upi"),
        ("पेटीएम नहीं चल रहा, कैश ले लो", "hi", "pay_cash"),
        ("ஜிபே ஆகல, காசு தரேன்", "ta", "pay_cash"),
        ("క్యాష్ లేదండి, ఫోన్‌పే చేస్తాను", "te", "pay_upi"),
        ("ক্যাশ না অনলাইন, কোনটা দেবেন?", "bn", "pay_how"),
        ("ಗೂಗಲ್ ಪೇ ಆಗ್ತಿಲ್ಲ, ಕ್ಯಾಶ್ ತಗೊಳ್ಳಿ", "kn", "pay_cash"),
    ],
)
def test_a_way_to_pay_refused_is_no_act_and_the_other_is_meant(
    text: str, language: str, act: str
) -> None:
    assert heard(text, language) == act


def test_negation_words_and_endings() -> None:
    assert is_negation(fold("नहीं"), "hi")
    assert is_negation(fold("ಆಗ್ತಿಲ್ಲ"), "kn")
    assert is_negation(fold("ചെയ്യുന്നില്ല"), "ml")
    assert not is_negation(fold("లేదా"), "te")  # "or"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("I buy here every week, reduce a little", "en", "ask_discount"),
        ("पुराना ग्राहक हूँ भैया, कुछ कम करो", "hi", "ask_discount"),
        ("these are tiny, show better ones", "en", "show_better"),
        ("ये छोटे हैं, दूसरे दिखाओ", "hi", "show_another"),
        ("சின்ன வெங்காயம் இருக்கா?", "ta", "have_it"),
        ("छोटे आलू खत्म हो गए", "hi", "out_of_stock"),
    ],
)
def test_an_act_said_with_its_reason_is_that_act(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("the rain spoiled half my field", "en"),
        ("होली की खरीदारी में सब महंगा मिला", "hi"),
        ("மழையில தக்காளி எல்லாம் அழுகி போச்சு தோட்டத்துல", "ta"),
        ("ಮಳೆಗೆ ಹೊಲದಲ್ಲಿ ಟೊಮೇಟೊ ಹಾಳಾಯ್ತು", "kn"),
    ],
)
def test_small_talk_with_market_words_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


def test_a_request_in_small_talk_still_stands() -> None:
    assert heard("so much rain today, give me a bag", "en") == "give_bag"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("आज ग्राहक ही नहीं आ रहे", "hi", None),
        ("another customer is waiting, one second", "en", "wait"),
        ("தினமும் பஸ்ல தான் வருவேன்", "ta", None),
        ("ರೋಜ್ ಅಲ್ಲ, ದಿನಾ ಮಳೆ ಬರ್ತಿದೆ", "kn", None),
        ("मैं तो रोज़ आपसे ही लेता हूँ", "hi", "regular_customer"),
        ("I come here every day, you know me", "en", "regular_customer"),
    ],
)
def test_every_day_alone_is_no_regular_customer(text: str, language: str, act: str | None) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("एक मिनट, भाई से फ़ोन पे बात कर लूँ", "hi", "wait"),  # on the phone: no PhonePe
        ("फ़ोन पे से भेज दूँ?", "hi", "pay_upi"),
        ("ਮੁੰਡੇ ਨੂੰ ਫੋਨ ਪੇ ਪੁੱਛ ਲਵਾਂ, ਇੱਕ ਮਿੰਟ", "pa", "wait"),
    ],
)
def test_asking_on_the_phone_is_no_payment(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        # "small" said of the bag asked for is no complaint about the goods
        ("a small cover please, my hands are full", "en", "give_bag"),
        ("these brinjals are too small", "en", "quality_small"),
        ("નાની કોથળી આપજો ભાઈ", "gu", "give_bag"),
        ("આ રીંગણ બહુ નાના છે", "gu", "quality_small"),
        # Gujarati "so ... that" (એટલી ... છે કે) is no "is there?"
        ("એવો તડકો છે કે માથું ફાટે છે", "gu", None),
        ("ભીંડા છે કે?", "gu", "have_it"),
    ],
)
def test_a_small_bag_and_so_that_are_no_complaint_or_question(
    text: str, language: str, act: str | None
) -> None:
    assert heard(text, language) == act
