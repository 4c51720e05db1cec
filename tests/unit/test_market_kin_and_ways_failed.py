"""Small talk about people that looked like an act, and a way to pay said not to go.

"How is your brother?" asks after someone's kin, though the kin word is a term of address
said alone ("आपकी दीदी कैसी हैं?", "మీ అన్నయ్య ఎలా ఉన్నారు?"): no greeting, while "आपका क्या
हाल है?" greets. "Did it come?" said of a job, a result or an admission asks after that
news, no money to check. "Is he?" said of someone ill, in hospital or in a class asks
after them, no stock. A way to pay said not to go ("ஜிபே போகாது", "GPay chalat nahiye")
fails, so the other way said is the one paid with.
"""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("आपकी दीदी कैसी हैं अब?", "hi"),
        ("तुम्हारे भैया कैसे हैं, ठीक हो गए?", "hi"),
        ("உங்க அண்ணன் எப்படி இருக்காரு இப்போ?", "ta"),
        ("మీ అన్నయ్య ఎలా ఉన్నారు?", "te"),
        ("Mee amma ela unnaru ippudu?", "te"),
        ("আপনার দাদা কেমন আছেন এখন?", "bn"),
        ("നിങ്ങളുടെ ചേട്ടന് സുഖമാണോ?", "ml"),
        ("ਤੁਹਾਡੇ ਵੀਰ ਜੀ ਠੀਕ ਠਾਕ ਨੇ?", "pa"),
        ("તમારા ભાઈ મજામાં?", "gu"),
    ],
)
def test_kin_asked_after_is_no_greeting(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("आपका क्या हाल है भैया?", "hi"),
        ("नमस्ते दीदी, कैसी हो?", "hi"),
        ("அண்ணா, எப்படி இருக்கீங்க?", "ta"),
        ("ఏమండీ, ఎలా ఉన్నారు?", "te"),
        ("দাদা, কেমন আছেন?", "bn"),
        ("ചേട്ടാ, സുഖമാണോ?", "ml"),
        ("ਤੁਹਾਡਾ ਤਾਂ ਕੀ ਹਾਲ ਹੈ ਵੀਰ ਜੀ?", "pa"),
        ("જય શ્રી કૃષ્ણ મોટાભાઈ, મજામાં?", "gu"),
    ],
)
def test_the_listener_asked_how_they_are_is_still_greeted(text: str, language: str) -> None:
    assert heard(text, language) == "greet"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mee abbayi ki job vachinda?", "te"),
        ("Result vachinda babu?", "te"),
        ("भतीजे का रिजल्ट आया क्या?", "hi"),
        ("உங்க பையனுக்கு வேலை வந்துச்சா?", "ta"),
        ("ரிசல்ட் வந்துச்சா தம்பி?", "ta"),
        ("मुलीचे रिझल्ट आले का?", "mr"),
        ("ભાણાના એડમિશનના કાગળ આવ્યા કે?", "gu"),
    ],
)
def test_news_come_is_no_money_to_check(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Paisalu vachinda? GPay chesanu.", "te"),
        ("Dabbulu pampanu, vachinda?", "te"),
        ("ஜிபே பண்ணிட்டேன், வந்துச்சா பாருங்க.", "ta"),
        ("पैसे भेज दिए, आया क्या? काम हो गया।", "hi"),
        ("पैसे पाठवले, आले का बघा.", "mr"),
        ("પૈસા મોકલ્યા, આવ્યા કે જોજો.", "gu"),
    ],
)
def test_money_asked_whether_it_came_is_still_to_check(text: str, language: str) -> None:
    assert heard(text, language) == "paid_check"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("કાકા હજી દવાખાનામાં છે કે?", "gu"),
        ("પેલા શાકવાળા ભાઈ બીમાર છે કે?", "gu"),
        ("તમારી દીકરી કયા ધોરણમાં છે હવે?", "gu"),
        ("सामने वाले चाचा बीमार हैं क्या?", "hi"),
        ("ते आजारी आहेत का?", "mr"),
        ("काका अजून दवाखान्यात आहेत का?", "mr"),
    ],
)
def test_someone_ill_or_placed_is_no_stock_asked(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("લીલા ચણા છે કે?", "gu"),
        ("કેસર કેરી છે કે શું?", "gu"),
        ("कच्चा आम है क्या?", "hi"),
        ("कोथिंबीर आहे का?", "mr"),
    ],
)
def test_goods_asked_for_are_still_stock(text: str, language: str) -> None:
    assert heard(text, language) == "have_it"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("பணமா தரேன், ஃபோன்பே ஆகாது இங்க.", "ta", "pay_cash"),
        ("Cash-a tharen anna, GPay pogadhu inga.", "ta", "pay_cash"),
        ("క్యాష్ ఇస్తాను, ఫోన్‌పే పోదు ఇక్కడ.", "te", "pay_cash"),
        ("रोख देते, तुमचा स्कॅनर चालत नाहीये.", "mr", "pay_cash"),
        ("Cash deto, GPay chalat nahiye aaj.", "mr", "pay_cash"),
        ("रोख नाहीये, GPay करतो.", "mr", "pay_upi"),
        ("Rokh nahiye jawal, QR scan karto.", "mr", "pay_upi"),
        ("ஜிபே போகுமா, இல்ல கேஷ் தானா?", "ta", "pay_how"),
        ("GPay chalel ki rokh?", "mr", "pay_how"),
    ],
)
def test_a_way_to_pay_said_not_to_go_fails(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act
