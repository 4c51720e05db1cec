"""Goods said made by hand at home by a women's group, bred in the seller's own pond or
tank, or brought straight from the weavers claim where and how they were made
(`claim_origin`); "ಬೆಳೆಸಿದ" (raised) is no harvest talk."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("all stitched at home by the ladies of our self-help group", "en"),
        ("the fish are bred in our own tanks here", "en"),
        ("ये मछली हमारे अपने तालाब में पाली हुई है", "hi"),
        ("మా సొంత చెరువులో పెంచిన చేపలు", "te"),
        ("ఈ అప్పడాలు మా సంఘం ఆడవాళ్ళు ఇంట్లో చేత్తో చేస్తారు", "te"),
        ("ನಮ್ಮದೇ ಕೆರೆಯಲ್ಲಿ ಬೆಳೆಸಿದ ಮೀನು", "kn"),
        ("ഞങ്ങളുടെ സ്വന്തം കുളത്തിൽ വളർത്തിയ മീനാണ്", "ml"),
        ("আমাদের নিজেদের পুকুরে চাষ করা মাছ", "bn"),
        ("এই শাড়ি সোজা ফুলিয়ার তাঁতিদের কাছ থেকে", "bn"),
        ("हे पापड आमच्या बचत गटाच्या बायका घरी हाताने करतात", "mr"),
        ("எங்க சொந்த குளத்துல வளர்த்த மீன்", "ta"),
        ("ਸਾਡੇ ਆਪਣੇ ਫਾਰਮ ਤੇ ਪਾਲੀਆਂ ਮੁਰਗੀਆਂ ਨੇ", "pa"),
        ("ਇਹ ਫੁਲਕਾਰੀ ਪਟਿਆਲੇ ਦੀਆਂ ਬੀਬੀਆਂ ਨੇ ਹੱਥ ਨਾਲ ਕੱਢੀ ਹੈ", "pa"),
    ],
)
def test_made_bred_or_woven_claims_origin(text: str, language: str) -> None:
    assert heard(text, language) == "claim_origin"


def test_the_harvest_talked_of_is_still_small_talk() -> None:
    assert heard("ಈ ಸಲ ಬೆಳೆ ಒಳ್ಳೆಯದಾಗಿ ಬಂತು, ಊರವರೆಲ್ಲ ಖುಷಿ", "kn") is None
