"""Goods said grown on the seller's own land, come from our village, raised in our own
tanks and not brought from outside, made by a women's group or mixed by hand claim their
origin (`claim_origin`); goods said torn, chipped, stained, bent, dented or leaking are a
fault in the goods (`quality_soft`), while a leak told as the reason for a bag still asks
for the bag; colloquial Kannada and Punjabi courtesies and requests are heard."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("these brinjals are grown on our own land", "en"),
        ("ये भिंडी हमने अपनी ज़मीन में उगाई है", "hi"),
        ("ये टमाटर हमारे गाँव से आए हैं, एकदम देसी", "hi"),
        ("ये पापड़ महिला समूह ने बनाए हैं", "hi"),
        ("இந்த வெண்டைக்காய் எங்க வயல்ல விளைஞ்சது", "ta"),
        ("இந்த அப்பளம் எங்க மகளிர் குழு வீட்டுல செஞ்சது", "ta"),
        ("ఈ బెండకాయలు మా సొంత పొలంలో పండించినవి", "te"),
        ("ఈ అప్పడాలు డ్వాక్రా అక్కలు చేసినవి", "te"),
        ("ಈ ಬೆಂಡೆಕಾಯಿ ನಮ್ಮ ಗದ್ದೆಯಲ್ಲಿ ಬೆಳೆದಿದ್ದು", "kn"),
        ("ಈ ಈರುಳ್ಳಿ ಹಳ್ಳಿಯಿಂದ ಬಂದಿವೆ", "kn"),
        ("ಈ ಹಪ್ಪಳ ಮಹಿಳಾ ಸಂಘದವರು ಮಾಡಿದ್ದು", "kn"),
        ("এই ঢেঁড়স আমাদের নিজেদের জমিতে ফলানো", "bn"),
        ("ही भेंडी आम्ही शेतात पिकवलेली आहे", "mr"),
        ("આ ભીંડા અમે ખેતરમાં ઉગાડેલા છે", "gu"),
        ("ഈ വെണ്ടയ്ക്ക സ്വന്തം മണ്ണിൽ വിളഞ്ഞതാ", "ml"),
        ("ਇਹ ਭਿੰਡੀ ਸਾਡੀ ਜ਼ਮੀਨ ਤੇ ਉਗਾਈ ਆ", "pa"),
        ("ਇਹ ਪਾਪੜ ਬੀਬੀਆਂ ਦੇ ਗਰੁੱਪ ਨੇ ਬਣਾਏ", "pa"),
    ],
)
def test_own_land_village_and_group_claim_origin(text: str, language: str) -> None:
    assert heard(text, language) == "claim_origin"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("this cup is stained inside", "en"),
        ("the lid is bent", "en"),
        ("this can is leaking", "en"),
        ("ಈ ಲೋಟ ಬಗ್ಗಿ ಹೋಗಿದೆ", "kn"),
        ("ಈ ಟವೆಲ್ ಮೇಲೆ ಕಲೆ ಇದೆ", "kn"),
        ("ಈ ಡಬ್ಬ ಸೋರ್ತಿದೆ", "kn"),
        ("ಪಂಚೆ ಹರ್ಕೊಂಡಿದೆ", "kn"),
        ("ਇਹ ਚਾਦਰ ਪਾਟੀ ਹੋਈ ਏ", "pa"),
        ("ਕੌਲੀ ਤੇ ਧੱਬੇ ਨੇ", "pa"),
        ("ਇਹ ਜੱਗ ਚੋਂਦਾ ਏ", "pa"),
        ("ਥਾਲੀ ਵਿੰਗੀ ਹੋਈ ਪਈ ਆ", "pa"),
    ],
)
def test_damage_is_a_fault_in_the_goods(text: str, language: str) -> None:
    assert heard(text, language) == "quality_soft"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("give me another cover, it's leaking", "en"),
        ("ಇನ್ನೊಂದು ಕವರ್ ಕೊಡಿ, ಸೋರ್ತಿದೆ", "kn"),
    ],
)
def test_a_leak_told_for_a_bag_asks_for_the_bag(text: str, language: str) -> None:
    assert heard(text, language) == "give_bag"


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("ಸ್ವಲ್ಪ ಈರುಳ್ಳಿ ಜಾಸ್ತಿ ಹಾಕ್ರಿ", "kn", "ask_extra"),
        ("ಇನ್ನೇನ್ ಬೇಕು ಸಾರ್?", "kn", "anything_else"),
        ("ਸਾਸਰੀਕਾਲ ਵੀਰ ਜੀ", "pa", "greet"),
        ("ਕੁਝ ਰਿਆਇਤ ਕਰ ਦਿਓ ਭਾਜੀ", "pa", "ask_discount"),
    ],
)
def test_colloquial_kannada_and_punjabi(text: str, language: str, act: str) -> None:
    assert heard(text, language) == act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("मैं अपने गाँव से आया हूँ", "hi"),
        ("वो गाँव से आया है", "hi"),
        ("ನಮ್ಮ ಹಳ್ಳಿಯಿಂದ ಬಸ್ ಬಂತು", "kn"),
        ("ನಮ್ಮ ಮಹಿಳಾ ಸಂಘದ ಮೀಟಿಂಗ್ ಇದೆ ಭಾನುವಾರ", "kn"),
        ("ಮಳೆ ಬಂದ್ರೆ ಮನೆ ಸೋರುತ್ತೆ", "kn"),
        ("ಬಗ್ಗಿ ನೋಡಿ", "kn"),
        ("ਮੀਂਹ ਚ ਛੱਤ ਚੋਂਦੀ ਆ", "pa"),
        ("வாங்கினது அக்கா கிட்ட", "ta"),
    ],
)
def test_look_alikes_say_no_act(text: str, language: str) -> None:
    assert heard(text, language) is None
