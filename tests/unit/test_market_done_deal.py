""" "Done" said as a clause of its own after "ok" and before the next step ("சரி,
முடிஞ்சுது, வண்டில ஏத்துங்க": ok, done, load it in the van) closes the deal; the same
word with goods before it, or before a word to come back, says the goods are finished."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "சரி, முடிஞ்சது, பேக் பண்ணுங்க"),
        ("te", "సరే, అయిపోయింది, ఆటోలో పెట్టండి"),
        ("kn", "ಸರಿ, ಮುಗೀತು, ಚೀಲಕ್ಕೆ ತುಂಬಿ"),
        ("ml", "ശരി, കഴിഞ്ഞു, ഓട്ടോയിൽ വെച്ചോ"),
        ("hi", "ठीक है, हो गया, पैक कर दो"),
        ("en", "okay, done, put them in the tempo"),
    ],
)
def test_done_between_ok_and_next_step_is_deal(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "deal"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "வெங்காயம் முடிஞ்சுது"),
        ("te", "సరే, అయిపోయింది, రేపు రండి"),
        ("kn", "ಟೊಮೆಟೊ ಮುಗೀತು, ನಾಳೆ ಬನ್ನಿ"),
    ],
)
def test_goods_finished_stay_out_of_stock(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "out_of_stock"
