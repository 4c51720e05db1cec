""" "Is it spicy?" asks the taste of the goods, no stock: the words for "is there?" after a
word of taste are small talk. A taste word before the goods names the goods asked for,
and one after a colour is a kind of goods ("लाल तिखट", red chilli powder)."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("यह चटनी ज़्यादा तीखी है क्या?", "hi"),
        ("ये कैरी खट्टी है क्या?", "hi"),
        ("हे लोणचं आंबट आहे का?", "mr"),
        ("આ કેરી ખાટી છે?", "gu"),
        ("ਇਹ ਨਮਕੀਨ ਬਹੁਤ ਤਿੱਖਾ ਹੈ?", "pa"),
        ("মিক্সচারটা বেশি ঝাল আছে?", "bn"),
        ("இந்த சட்னி ரொம்ப காரமா இருக்கா?", "ta"),
        ("ఈ ఆవకాయ బాగా కారంగా ఉందా?", "te"),
        ("ಈ ಚಟ್ನಿ ತುಂಬಾ ಖಾರ ಇದೆಯಾ?", "kn"),
        ("ഈ ചമ്മന്തി നല്ല എരിവ് ഉണ്ടോ?", "ml"),
    ],
)
def test_a_taste_asked_is_no_stock_question(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("खट्टी कैरी है क्या?", "hi"),
        ("लाल तिखट आहे का?", "mr"),
        ("ખાટી કેરી છે?", "gu"),
        ("காரச் சட்னி இருக்கா?", "ta"),
        ("എരിവുള്ള ചമ്മന്തി ഉണ്ടോ?", "ml"),
    ],
)
def test_goods_named_by_their_taste_are_asked_for(text: str, language: str) -> None:
    assert heard(text, language) == "have_it"
