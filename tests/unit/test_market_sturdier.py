"""Another one asked with a word of sturdiness ("a bit sturdier", "थोड़ा मोटा", "ಗಟ್ಟಿಯಾದ")
asks for better goods (`show_better`); another one asked with no such word stays
`show_another`."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Show me a different one, something stronger."),
        ("en", "another bucket please, a thicker one"),
        ("hi", "दूसरी चप्पल दिखाओ, थोड़ी मज़बूत"),
        ("hi", "koi aur dikhao, thoda mazboot"),
        ("mr", "दुसरी दाखवा, जरा जाड"),
        ("gu", "બીજી બતાવો, થોડી મજબૂત"),
        ("pa", "ਕੋਈ ਹੋਰ ਵਿਖਾਓ, ਥੋੜ੍ਹਾ ਮਜ਼ਬੂਤ"),
        ("bn", "অন্যটা দেখান, একটু মজবুত"),
    ],
)
def test_another_sturdier_is_better(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "show_better"


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "Show me another one."), ("hi", "दूसरा दिखाओ")],
)
def test_another_alone_stays_another(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "show_another"
