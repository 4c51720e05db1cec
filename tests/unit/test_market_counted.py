"""A count said in a market act is no price: "two chillies free" asks for something
extra, and reaches the listener as that act instead of the speaker being asked "₹2?".
A price said with a currency word, heard with confidence, or beside a second number
stays a price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE, interpret, unless_count_of_goods
from audio.phrasebook import PhrasebookMT
from audio.understanding import Catalogue, CatalogueItem, understand

TOMATO = Catalogue([CatalogueItem("tomato", {"en": "Tomato", "bn": "টমেটো", "kn": "ಟೊಮೇಟೊ"})])

COUNTED = [
    ("bn", "তিনটে কাঁচালঙ্কা ফাউ দেবেন দাদা"),
    ("kn", "ಮೂರು ಮೆಣಸಿನಕಾಯಿ ಸುಮ್ಮನೆ ಹಾಕಿ"),
    ("mr", "दोन हिरव्या मिरच्या वरून टाका"),
    ("gu", "ત્રણ મરચાં ઉપરથી નાખજો"),
]


@pytest.mark.parametrize(("language", "text"), COUNTED)
def test_the_count_is_no_price_to_ask_about(language: str, text: str) -> None:
    # The room sells tomatoes; the chillies are not in its catalogue, so understanding
    # reads the count as a price it doubts, which the live turn would ask back.
    understood = understand(text, language=language, catalogue=TOMATO)
    assert understood.amount_paise is not None and understood.confidence < MIN_CONFIDENCE
    counted = unless_count_of_goods(understood, text, source=language, catalogue=TOMATO)
    assert counted.amount_paise is None


@pytest.mark.parametrize(("language", "text"), COUNTED)
async def test_the_act_reaches_the_listener(language: str, text: str) -> None:
    result = await interpret(
        text, source=language, target="en", speaker="customer", mt=PhrasebookMT(), catalogue=TOMATO
    )
    assert result.act is None
    assert result.market is not None and result.market.act == "ask_extra"
    assert result.translation.untranslated is False


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "दस रुपये का धनिया फ्री डाल दो"),  # a price with its currency word
        ("bn", "দুটো লঙ্কা ফাউ, আর পঞ্চাশ দিচ্ছি"),  # a second number may be the price
        ("bn", "পঞ্চাশ দেব, দুটো লঙ্কা ফাউ"),
        ("kn", "ಐವತ್ತು ರೂಪಾಯಿ, ಸುಮ್ಮನೆ ಹಾಕಿ"),
    ],
)
def test_a_price_beside_the_act_stays(language: str, text: str) -> None:
    understood = understand(text, language=language, catalogue=TOMATO)
    if understood.amount_paise is None:
        pytest.skip("no price read")
    counted = unless_count_of_goods(understood, text, source=language, catalogue=TOMATO)
    assert counted.amount_paise == understood.amount_paise


def test_a_number_in_other_talk_is_still_asked_about() -> None:
    text = "দুটো দেবেন"  # no market act: the number may be a price
    understood = understand(text, language="bn", catalogue=TOMATO)
    counted = unless_count_of_goods(understood, text, source="bn", catalogue=TOMATO)
    assert counted is understood


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "थोड़ा कम कीजिए दीदी, चार कॉपियाँ ले रही हूँ"),
        ("ta", "கொஞ்சம் குறைங்க, ரெண்டு பெட்டி எடுக்குறேன்"),
        ("bn", "একটু কম করো, চারটে খাতা নিচ্ছি"),
        ("pa", "ਥੋੜ੍ਹਾ ਘੱਟ ਕਰੋ, ਚਾਰ ਕਾਪੀਆਂ ਲੈ ਰਹੀ ਹਾਂ"),
    ],
)
async def test_a_discount_asked_with_the_goods_taken_reaches_the_listener(
    language: str, text: str
) -> None:
    result = await interpret(
        text, source=language, target="en", speaker="customer", mt=PhrasebookMT(), catalogue=TOMATO
    )
    assert result.act is None
    assert result.market is not None and result.market.act == "ask_discount"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "थोड़ा कम करो, पंद्रह में ले लूँगी"),  # for fifteen: a price
        ("bn", "একটু কম করুন, দশে নেব"),
        ("ta", "கொஞ்சம் குறைங்க, பதினஞ்சு"),  # no taking at all
    ],
)
def test_a_discount_with_a_price_keeps_the_price(language: str, text: str) -> None:
    understood = understand(text, language=language, catalogue=TOMATO)
    if understood.amount_paise is None:
        pytest.skip("no price read")
    counted = unless_count_of_goods(understood, text, source=language, catalogue=TOMATO)
    assert counted.amount_paise == understood.amount_paise
