"""Market talk: "how sweet!" and its kin exclaim, never ask the price; a count packed
with no unit is packing; the stall praised is small talk and a festival's wish greets; a
fault let pass before a request leaves the request."""

from __future__ import annotations

import asyncio

import pytest

from audio.interpret import interpret
from audio.phrasebook import PhrasebookMT
from audio.understanding import Intent, understand
from tests.market_helpers import received


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "कितनी प्यारी गुड़िया है!"),
        ("hi", "kitna badhiya rangoli banaya hai"),
        ("mr", "किती छान दिसतंय तोरण!"),
        ("ta", "எவ்வளவு அழகா இருக்கு இந்த கோலம்"),
        ("te", "ఎంత చక్కగా సర్దారు అన్నీ"),
        ("kn", "ಎಷ್ಟು ಚೆಂದ ಇದೆ ಈ ರಂಗೋಲಿ"),
        ("ml", "എത്ര ഭംഗിയുള്ള പൂക്കളം"),
        ("bn", "কত সুন্দর আলপনা!"),
        ("gu", "કેટલું સરસ તોરણ છે!"),
        ("pa", "ਕਿੰਨਾ ਵਧੀਆ ਸਜਾਇਆ ਹੈ"),
    ],
)
def test_how_lovely_asks_no_price(language: str, text: str) -> None:
    assert understand(text, language=language).intent is not Intent.QUESTION
    got = asyncio.run(
        interpret(text, source=language, target="en", speaker="customer", mt=PhrasebookMT())
    )
    assert got.act is None
    assert got.market is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "ये कितने का है?"),
        ("hi", "कितना अच्छा रेट दोगे?"),
        ("kn", "ಇದು ಎಷ್ಟು?"),
        ("ta", "இந்த சேலை எவ்வளவு?"),
        ("bn", "মিষ্টি আমগুলো কত করে?"),
        ("hi", "kitne mithai ke dabbe ka rate?"),
        ("gu", "કેટલી મીઠાઈ નો ભાવ?"),
    ],
)
def test_price_asked_still(language: str, text: str) -> None:
    assert understand(text, language=language).intent is Intent.QUESTION


@pytest.mark.parametrize(
    ("act", "language", "text"),
    [
        ("claim_sweet", "bn", "কত মিষ্টি লিচু!"),
        ("claim_sweet", "pa", "ਕਿੰਨੇ ਮਿੱਠੇ ਬੇਰ ਨੇ!"),
        ("claim_sweet", "te", "ఎంత తియ్యగా ఉంది ఈ సపోటా!"),
        ("pack_it", "ta", "எட்டு பேக் பண்ணிடுங்க"),
        ("pack_it", "hi", "पंद्रह पैक कर दो"),
        (None, "en", "your stall is always so clean, uncle"),
        (None, "kn", "ನಿಮ್ಮ ಅಂಗಡಿ ತುಂಬಾ ಚೆನ್ನಾಗಿದೆ ಅಣ್ಣ"),
        (None, "gu", "તમારી દુકાન બહુ સરસ છે"),
        (None, "en", "you have kept everything so neatly"),
        ("regular_customer", "kn", "ನಾನು ವರ್ಷಗಳಿಂದ ನಿಮ್ಮ ಅಂಗಡಿಗೆ ಬರ್ತೀನಿ"),
        ("greet", "en", "happy Holi, bhaiya"),
        ("greet", "hi", "ईद मुबारक भाईजान"),
        ("greet", "ta", "வணக்கம் அம்மா"),
        ("greet", "te", "ఉగాది శుభాకాంక్షలు అక్కా"),
        ("greet", "ml", "ക്രിസ്മസ് ആശംസകൾ ചേട്ടാ"),
        ("greet", "pa", "ਵਿਸਾਖੀ ਦੀਆਂ ਵਧਾਈਆਂ ਜੀ"),
        (None, "hi", "आपकी माँ कैसी हैं?"),
        ("pack_it", "hi", "थोड़े दबे हैं पर कोई बात नहीं, पैक कर दो"),
        ("weigh_it", "ta", "கொஞ்சம் சின்னது, பரவாயில்ல, எடை போடுங்க"),
        ("quality_small", "en", "fine, but these are too small"),
    ],
)
def test_received(act: str | None, language: str, text: str) -> None:
    assert received(text, language) == act
