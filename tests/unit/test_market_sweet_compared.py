""" "Your talk is sweeter than your sweets": a taste word said of someone's words anywhere in
its clause, compared with the goods, praises the speaker, no claim about the goods; the
goods said sweet are still the claim."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("uncle, your words are sweeter than the laddoos on your tray", "en"),
        ("आपकी बोली तो इस गुलाब जामुन से भी मीठी है", "hi"),
        ("உங்க பேச்சு இந்த லட்டை விட இனிப்பா இருக்கு", "ta"),
        ("unga pechu laddu-va vida inippu", "ta"),
        ("మీ మాటలు ఈ లడ్డూ కంటే తియ్యగా ఉన్నాయి", "te"),
        ("আপনার কথা এই সন্দেশের চেয়েও মিষ্টি", "bn"),
        ("તમારી વાણી આ પેંડા કરતાં મીઠી છે", "gu"),
        ("ਤੁਹਾਡੀ ਬੋਲੀ ਇਸ ਬਰਫ਼ੀ ਨਾਲੋਂ ਵੀ ਮਿੱਠੀ ਹੈ", "pa"),
    ],
)
def test_talk_compared_with_sweets_is_no_claim(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("these laddoos are very sweet, madam", "en"),
        ("ये गुलाब जामुन बहुत मीठे हैं", "hi"),
        ("இந்த லட்டு ரொம்ப இனிப்பா இருக்கும்", "ta"),
    ],
)
def test_the_goods_said_sweet_are_still_the_claim(text: str, language: str) -> None:
    assert heard(text, language) == "claim_sweet"
