"""Market acts at a barber's, a tailor's, a cobbler's and a photocopy shop, and counts
said with a discount or a condition: the count taken is never a price ("दस ले रहा हूँ,
थोड़ा कम करो", "પાંચ લઉં તો?"), "short" asked of a haircut or a sleeve is no complaint
about small goods, "fresh" after a shave is how one feels, and goods left to collect
later, straps torn and threads come out are the acts they are."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT
from tests.market_helpers import received


def _price(text: str, language: str) -> int | None:
    target = "hi" if language == "en" else "en"
    got = asyncio.run(
        interpret(text, source=language, target=target, speaker="customer", mt=PhrasebookMT())
    )
    return got.act.amount_paise if got.act is not None else None


@pytest.mark.parametrize(
    ("act", "language", "text"),
    [
        ("ask_discount", "hi", "पचास ले रहा हूँ, थोड़ा कम कर दो"),
        ("ask_discount", "mr", "बारा घेतो, जरा कमी करा"),
        ("ask_discount", "gu", "વીસ લઉં છું, થોડું ઓછું કરો ને"),
        ("ask_discount", "en", "taking thirty, knock a bit off"),
        ("ask_discount", "ta", "இருபது எடுத்தா எவ்வளவு குறைப்பீங்க?"),
        ("bulk_price", "hi", "तीस ले लूँ तो एक पीस का क्या करोगे?"),
        ("bulk_price", "hi", "सौ कॉपी करवाऊँ तो एक पेज का क्या लगाओगे?"),
        ("bulk_price", "mr", "पन्नास घेतले तर नगाला काय लावाल?"),
        ("bulk_price", "pa", "ਵੀਹ ਲਵਾਂ ਤਾਂ ਇੱਕ ਦਾ ਕੀ ਲਾਓਗੇ?"),
        ("bulk_price", "gu", "દસ લઉં તો?"),
    ],
)
def test_count_with_a_discount_or_a_condition_is_no_price(
    act: str, language: str, text: str
) -> None:
    assert _price(text, language) is None
    assert received(text, language) == act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "પાંચમાં લઉં તો?"),
        ("hi", "कम करो, बीस ले लूँगी"),
    ],
)
def test_a_price_taken_at_is_never_read_as_a_count(language: str, text: str) -> None:
    assert received(text, language) != "bulk_price"
    assert received(text, language) != "ask_discount"


@pytest.mark.parametrize(
    ("act", "language", "text"),
    [
        (None, "hi", "मूँछ थोड़ी छोटी कर दीजिए"),
        (None, "pa", "ਕੁੜਤੇ ਦੀਆਂ ਬਾਹਾਂ ਛੋਟੀਆਂ ਕਰ ਦਿਓ"),
        (None, "gu", "પેન્ટ થોડું ટૂંકું કરી આપો"),
        (None, "kn", "ಕೂದಲು ಚಿಕ್ಕದಾಗಿ ಕತ್ತರಿಸಿ"),
        (None, "te", "ప్యాంటు కొంచెం పొట్టిగా కుట్టండి"),
        (None, "bn", "হাতাটা একটু ছোট করে দিন"),
        ("quality_small", "hi", "ये आलू तो बहुत छोटे हैं"),
        (None, "hi", "मालिश के बाद एकदम फ्रेश लग रहा है"),
        (None, "bn", "স্নানের পর খুব ফ্রেশ লাগছে"),
        (None, "en", "I feel fresh after that head massage"),
        ("claim_fresh", "hi", "एकदम फ्रेश सब्ज़ी है, सुबह की"),
        ("come_back_later", "hi", "घड़ी छोड़ जाता हूँ, शाम को ले जाऊँगा"),
        ("come_back_later", "en", "I'll leave the umbrella and pick it up after lunch"),
        ("quality_soft", "hi", "इस कमीज़ की सिलाई उधड़ गई है"),
        ("quality_soft", "te", "ఈ బెల్ట్ తెగిపోయింది"),
        ("quality_soft", "mr", "या पिशवीचे धागे निघालेत"),
    ],
)
def test_service_talk(act: str | None, language: str, text: str) -> None:
    assert received(text, language) == act
