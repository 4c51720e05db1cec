"""Goods asked wrapped so they do not break, goods said cracked, money said sent in
romanized Kannada.

A request to wrap the goods ("अख़बार में लपेट दो", "पेपरमध्ये गुंडाळून द्या", "ਲਪੇਟ ਦਿਓ",
"છાપામાં વીંટાળી આપો") is `pack_it`, while oneself wrapped in a shawl against the cold asks
nobody to pack. Goods said cracked ("तडकल्या", "चटकी हुई", "ਤਿੜਕੀਆਂ") are `quality_soft`,
as broken goods are; a bright colour ("चटकीले") or cracked earth is no doubt of the goods.
"Duddu kalsidini" (I've sent the money) is `paid_check`; a photo sent is not.
"""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("कप अख़बार में अच्छे से लपेट देना, टूटें नहीं।", "hi", "pack_it"),
        ("Glass wale akhbar mein lapet do, toot na jaaye.", "hi", "pack_it"),
        ("कप पेपरमध्ये नीट गुंडाळून द्या, फुटायला नकोत.", "mr", "pack_it"),
        ("Kach che glass paperat gundalun dya.", "mr", "pack_it"),
        ("ਕੱਪ ਅਖ਼ਬਾਰ ਵਿੱਚ ਲਪੇਟ ਦਿਓ, ਟੁੱਟਣ ਨਾ।", "pa", "pack_it"),
        ("Glass akhbaar ch lapet do ji.", "pa", "pack_it"),
        ("કપ છાપામાં બરાબર વીંટાળી આપો, ફૂટે નહીં.", "gu", "pack_it"),
        ("ठंड बहुत है, शॉल लपेट के आया हूँ।", "hi", None),
        ("Bacche ko kambal mein lapet ke laayi hoon.", "hi", None),
        ("हिवाळ्यात शाल गुंडाळून बसावं लागतं.", "mr", None),
        ("ਠੰਢ ਬਹੁਤ ਹੈ, ਖੇਸ ਲਪੇਟ ਕੇ ਆਇਆ ਹਾਂ।", "pa", None),
        ("ઠંડીમાં શાલ વીંટાળીને આવ્યો છું.", "gu", None),
    ],
)
def test_goods_asked_wrapped_are_packed(text: str, language: str, act: str | None) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("या सेटमधल्या तीन बांगड्या तडकल्या आहेत.", "mr", "quality_soft"),
        ("Don kap tadkalele aahet, badlun dya.", "mr", "quality_soft"),
        ("इस सेट की दो चूड़ियाँ चटकी हुई हैं।", "hi", "quality_soft"),
        ("Ye do glass chatke hue hain, dekho.", "hi", "quality_soft"),
        ("ਇਸ ਸੈੱਟ ਦੀਆਂ ਦੋ ਵੰਗਾਂ ਤਿੜਕੀਆਂ ਹੋਈਆਂ ਨੇ।", "pa", "quality_soft"),
        ("दीवार में दरार आ गई है, बारिश से।", "hi", None),
        ("कढीला तडका छान दिलाय.", "mr", None),
        ("उन्हाने जमीन तडकली आहे, पाऊस नाही.", "mr", None),
        ("ਗਰਮੀ ਨਾਲ ਜ਼ਮੀਨ ਤਿੜਕ ਗਈ ਹੈ।", "pa", None),
    ],
)
def test_goods_said_cracked_are_doubted(text: str, language: str, act: str | None) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Duddu kalsidini, nodi.", "paid_check"),
        ("Duddu kalsiddini saar, message bandideya nodi.", "paid_check"),
        ("Maganige photo kalsidini, avanu nodtane.", None),
        ("Naale duddu kalsteeni, eega illa.", None),
    ],
)
def test_money_sent_in_romanized_kannada(text: str, act: str | None) -> None:
    assert heard(text, "kn") == act
