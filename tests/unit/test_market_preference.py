"""How something ordered is to be made ("less sugar", "no ice") claims no sweetness,
asks no discount and ends no purchase; sweetness claimed of the goods, more of something
asked for, and "sweet" said of a grandchild, a pet or someone's talk are each read as
before, the last as small talk."""

from __future__ import annotations

import pytest

from audio.lexicon import fold
from audio.market import market_act
from audio.market.preference import preferred


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # less sugar, salt or ice in an order
        ("One coffee, without sugar", "en"),
        ("शक्कर थोड़ी कम रखना भैया", "hi"),
        ("লেবু চা, চিনি ছাড়া", "bn"),
        ("साखर नको, फक्त दूध", "mr"),
        ("લસ્સી ઓછી ખાંડ વાળી", "gu"),
        ("ਲੱਸੀ ਵਿੱਚ ਖੰਡ ਘੱਟ ਪਾਉਣੀ", "pa"),
        ("ஜூஸ்ல சர்க்கரை வேண்டாம்", "ta"),
        ("జ్యూస్‌లో పంచదార వద్దు", "te"),
        ("ಜ್ಯೂಸ್‌ಗೆ ಸಕ್ಕರೆ ಬೇಡ", "kn"),
        ("ജ്യൂസിൽ പഞ്ചസാര വേണ്ട", "ml"),
        # sweet said of a grandchild, a pet, or how someone talks
        ("Such a sweet granddaughter you have", "en"),
        ("बिल्ली बहुत मीठी है आपकी", "hi"),
        ("বিড়ালটা কী মিষ্টি", "bn"),
        ("तुमची नात फार गोड बोलते", "mr"),
        ("તમારી પૌત્રી બહુ મીઠી છે", "gu"),
        ("ਤੁਹਾਡੀ ਪੋਤੀ ਬਹੁਤ ਮਿੱਠਾ ਬੋਲਦੀ ਹੈ", "pa"),
        ("உங்க பேத்தி ரொம்ப இனிப்பா பேசுவா", "ta"),
        ("మీ మనవరాలు చాలా తియ్యగా మాట్లాడుతుంది", "te"),
        ("ನಿಮ್ಮ ಮೊಮ್ಮಗಳು ತುಂಬಾ ಸಿಹಿಯಾಗಿ ಮಾತನಾಡ್ತಾಳೆ", "kn"),
        ("ആ പൂച്ച നല്ല മധുരമാണ്", "ml"),
    ],
)
def test_an_order_made_less_sweet_or_sweet_said_of_someone_is_no_act(
    text: str, language: str
) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("These grapes are very sweet", "en", "claim_sweet"),
        ("ये पपीता बहुत मीठा है", "hi", "claim_sweet"),
        ("ಈ ದ್ರಾಕ್ಷಿ ತುಂಬಾ ಸಿಹಿ", "kn", "claim_sweet"),
        # more of something is no preference: it asks for extra, and a discount stays
        ("थोड़ा धनिया फ्री डाल दो", "hi", "ask_extra"),
        ("थोड़ा कम कर दो भैया", "hi", "ask_discount"),
    ],
)
def test_the_acts_beside_an_order_stand(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


def test_the_preference_keeps_to_its_clause() -> None:
    words = [fold(w) for w in "चीनी कम डालना और एक थैली दो".split()]
    assert preferred(words, "hi", frozenset({3})) == [range(0, 3)]
    assert preferred([fold(w) for w in "थोड़ा कम कर दो".split()], "hi") == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("filter coffee, extra strong, one sugar only", "en"),
        ("कॉफ़ी कड़क बनाना, थोड़ी और चीनी", "hi"),
        ("டீ ஸ்ட்ராங்கா போடுங்க, ஏலக்காய் போட்டு", "ta"),
        ("ਚਾਹ ਕੜਕ ਬਣਾਇਓ, ਇਲਾਇਚੀ ਪਾ ਕੇ", "pa"),
    ],
)
def test_how_strong_a_drink_is_made_is_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None
