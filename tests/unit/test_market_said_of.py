"""Ordinary words said of something other than the goods: a small boy, a new house,
sweet talk, farm work, cooked food, a wedding card, shopping online, how far or how
long; beside the goods they still say their act."""

from __future__ import annotations

import pytest

from audio.market import market_act
from audio.market.said_of import said_of_other


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("my neighbour's girl is so sweet", "en"),
        ("we booked the tickets online", "en"),
        ("he brought the birthday card", "en"),
        ("उसका छोटा लड़का बहुत शरारती है", "hi"),
        ("दाल पकी हुई है, रोटी बना लो", "hi"),
        ("मेरी बेटी ऑनलाइन क्लास में है", "hi"),
        ("சின்ன குழந்தை தூங்குது", "ta"),
        ("నా కొడుకు చిన్న పిల్లాడు", "te"),
        ("ছোট মেয়েটা কাঁদছে", "bn"),
        ("शेतात काम करायला माणसं मिळत नाहीत", "mr"),
        ("નાની છોકરી નિશાળે ગઈ", "gu"),
        ("ಹೊಲದ ಕೆಲಸ ಮುಗೀತು", "kn"),
        ("പുതിയ വണ്ടി എടുത്തു", "ml"),
        ("ਖੇਤਾਂ ਦਾ ਕੰਮ ਮੁੱਕ ਗਿਆ", "pa"),
        ("खेत का काम खत्म हो गया", "hi"),
        ("એમ છે કે આજે બજાર બંધ છે", "gu"),
        ("ಊರು ಎಷ್ಟು ದೂರ ಇದೆ?", "kn"),
    ],
)
def test_a_word_said_of_another_noun_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("these lemons are too small", "en", "quality_small"),
        ("छोटा है भाई, बड़ा वाला दो", "hi", "quality_small"),
        ("can I pay online?", "en", "pay_upi"),
        ("कार्ड चलेगा भैया?", "hi", "pay_card"),
        ("ಮೆಣಸಿನಕಾಯಿ ಎಷ್ಟು?", "kn", "ask_price"),
        ("ભીંડા છે કે?", "gu", "have_it"),
        ("ভালো মিষ্টি আম দাদা", "bn", "claim_sweet"),
        ("ਆਪਣੇ ਖੇਤ ਦੀ ਹੈ ਜੀ", "pa", "claim_origin"),
        ("వంకాయలు మెత్తగా అయిపోయాయి", "te", "quality_soft"),  # became soft, not sold out
        ("ही वांगी सडलीत बघा", "mr", "quality_soft"),  # "look", said of a complaint
    ],
)
def test_the_word_beside_the_goods_is_the_act(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


def test_a_noun_is_looked_for_only_beside_the_cue() -> None:
    words = ["छोटे", "हैं", "ये", "टमाटर", "कल", "मेरा", "बच्चा", "आया"]
    assert not said_of_other("quality_small", words, 0, 1, "hi")
    assert said_of_other("quality_small", ["छोटा", "बच्चा"], 0, 1, "hi")


def test_only_the_named_cue_word_is_said_of_a_noun() -> None:
    # "online" shopping is no payment, but "gpay" beside shopping still is.
    assert heard("I shop online", "en") is None
    assert heard("after shopping I pay by gpay", "en") == "pay_upi"
