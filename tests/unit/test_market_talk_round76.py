"""Market acts: one more of the goods asked put in with a regular's reason, ..."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.market import market_act
from audio.phrasebook import PhrasebookMT


def act_of(text: str, language: str) -> str | None:
    found = market_act(text, language)
    return found.act if found is not None else None


def received(text: str, language: str) -> str | None:
    """The market act the listener gets through the whole `interpret` path."""
    target = "hi" if language == "en" else "en"
    got = asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )
    return got.market.act if got.market is not None else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ml", "ഒരു മുട്ട കൂടി ഇട്, ഞാൻ എന്നും വരുന്നതല്ലേ?"),
        ("ml", "ഞാൻ സ്ഥിരം വരുന്നതല്ലേ, ഒരു നാരങ്ങ കൂടി ഇട്ടേക്ക്"),
        ("ml", "oru mutta koodi ittekku, njan ennum varunnathalle?"),
        ("ta", "daily varren la, innoru thakkali podunga"),
        ("ta", "தினமும் வரேன்ல, இன்னொரு எலுமிச்சை போடுங்க"),
        ("kn", "ದಿನಾ ಬರ್ತೀನಲ್ಲ, ಇನ್ನೊಂದು ಮೊಟ್ಟೆ ಹಾಕಿ"),
        ("kn", "inondu nimbe haaki, dina bartini alva"),
        ("te", "రోజూ వస్తాను కదా, ఇంకో గుడ్డు వేయండి"),
        ("te", "inko tomato veyyandi, roju vastha kada"),
        ("hi", "roz aata hoon na, ek aur anda daal do"),
        ("mr", "मी रोज येतो ना, अजून एक लिंबू टाका"),
        ("pa", "ik hor nimbu pa dio, roz aunda haan"),
    ],
)
def test_one_more_put_in_with_a_regulars_reason_asks_extra(language: str, text: str) -> None:
    assert received(text, language) == "ask_extra"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "ఇంత రేటా? పాత బీరువాకి ఇది చాలా ఎక్కువ"),
        ("te", "paata cycle ki intha dabbu aa? chala ekkuva"),
        ("te", "పాత సామాను, ఇంత ఎక్కువ అడుగుతున్నారు"),
        ("bn", "অনেক চাইছেন ভাই, পুরনো মাল তো"),
        ("bn", "purono fan, eto dam chaichen keno?"),
        ("ta", "பழசு தானே, இவ்வளவு அதிகமா கேக்குறீங்க"),
        ("hi", "bahut maang rahe ho bhai, purana saman hai"),
        ("hi", "पुरानी साइकिल के इतने पैसे? बहुत ज़्यादा है"),
        ("kn", "ಹಳೇ ಸಾಮಾನು, ತುಂಬಾ ಜಾಸ್ತಿ ಕೇಳ್ತಿದ್ದೀರ"),
        ("mr", "जुना माल आहे, खूप मागताय"),
        ("pa", "purana saman aa, bahut mang rahe ho"),
        ("en", "old stuff, brother, and you are asking so much"),
    ],
)
def test_a_price_complaint_about_old_goods_is_too_expensive(language: str, text: str) -> None:
    assert act_of(text, language) == "too_expensive"
    assert received(text, language) in (None, "too_expensive")  # a "no" of no amount, or it
