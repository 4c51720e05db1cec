"""The word "old" as the goods asked for or as a reason, a greeting that asks how one is, and
small talk about someone coming: none of them is a complaint or a stock question."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("पुराने सिक्के हैं क्या?", "hi"),
        ("பழைய காமிக்ஸ் இருக்கா?", "ta"),
        ("పాత స్టాంపులు ఉన్నాయా?", "te"),
        ("পুরনো পত্রিকা আছে?", "bn"),
        ("ಹಳೆಯ ನಾಣ್ಯ ಇದೆಯಾ?", "kn"),
        ("പഴയ മാസിക ഉണ്ടോ?", "ml"),
    ],
)
def test_old_before_the_goods_in_a_stock_question_asks_for_them(text: str, language: str) -> None:
    assert heard(text, language) == "have_it"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ये पुराने हैं क्या?", "hi"),  # are these old? the doubt
        ("ये पकौड़े बासी तो नहीं? सुबह के हैं क्या?", "hi"),
        ("இது பழசா இருக்கா?", "ta"),
    ],
)
def test_old_said_of_the_goods_on_offer_stays_a_doubt(text: str, language: str) -> None:
    assert heard(text, language) == "quality_old"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("पुराना सामान है, फिर भी बहुत महंगा", "hi"),
        ("ಹಳೆ ಸೈಕಲ್ ಅಲ್ವಾ, ದುಬಾರಿ ಹೇಳ್ತಿದ್ದೀರಿ", "kn"),
    ],
)
def test_old_as_the_reason_beside_too_expensive_is_too_expensive(text: str, language: str) -> None:
    assert heard(text, language) == "too_expensive"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਚਾਚਾ ਜੀ, ਕੀ ਹਾਲ ਹੈ?", "pa"),
        ("राम राम चाचा, सब ठीक है?", "hi"),
        ("નમસ્તે માસી, મજામાં છે?", "gu"),
        ("ನಮಸ್ಕಾರ ಮಾವ, ಹೇಗಿದ್ದೀರಾ?", "kn"),
    ],
)
def test_asking_how_one_is_greets(text: str, language: str) -> None:
    assert heard(text, language) == "greet"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("તમારી દીકરી પૂનાથી ક્યારે આવે છે?", "gu"),
        ("इस साल बारिश बढ़िया, खेत भी हरे हैं", "hi"),
        ("यह पैकेट किस कंपनी का है?", "hi"),  # a packet: no packing asked
    ],
)
def test_small_talk_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ਤੁਹਾਡਾ ਭਰਾ ਕਦੋਂ ਆਉਂਦਾ ਹੈ?", "pa"),
        ("tamari dikri kyare aave che?", "gu"),
    ],
)
def test_when_someone_comes_is_no_stock_question(text: str, language: str) -> None:
    assert heard(text, language) is None
