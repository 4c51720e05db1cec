"""Goods said made by hand are a claim of where they come from (`claim_origin`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("all handmade, madam, no machine", "en"),
        ("ये टोकरियाँ हाथ से बनी हैं", "hi"),
        ("ఈ బుట్టలు చేతితో చేసిన బుట్టలు", "te"),
        ("এই ঝুড়ি হাতে বানানো", "bn"),
        ("ਇਹ ਟੋਕਰੀਆਂ ਹੱਥੀਂ ਬਣੇ ਨੇ", "pa"),
    ],
)
def test_goods_made_by_hand_claim_their_origin(text: str, language: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "claim_origin"
