"""A request with "I'm a regular" as its reason is the request: "throw in a lemon, I come
every week" asks for an extra, as "I come daily, give a discount" asks a discount; the
regular-customer clause alone stays `regular_customer`."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("en", "Add one more chilli, I'm here every Sunday", "ask_extra"),
        ("hi", "रोज़ आपसे ही लेता हूँ, थोड़ा धनिया ऊपर से डाल दो", "ask_extra"),
        ("ml", "ഞാൻ സ്ഥിരം വരുന്നതാ, കുറച്ചൂടെ ഇട്ടേക്ക്", "ask_extra"),
        ("pa", "ਮੈਂ ਪੱਕਾ ਗਾਹਕ ਹਾਂ, ਥੋੜ੍ਹਾ ਹੋਰ ਪਾ ਦਿਓ", "ask_extra"),
        ("ta", "நான் ரெகுலர் கஸ்டமர், இன்னும் கொஞ்சம் போடுங்க", "ask_extra"),
        ("en", "I'm your regular customer, give me a carry bag", "give_bag"),
        ("hi", "पुराना ग्राहक हूँ, ठीक से तौलो", "weigh_properly"),
        ("en", "I shop here every week, pack it well please", "pack_it"),
        ("kn", "ನಾನು ಖಾಯಂ ಗಿರಾಕಿ, ಒಳ್ಳೇದು ತೋರಿಸಿ", "show_better"),
    ],
)
def test_request_with_regular_reason_is_the_request(language: str, text: str, act: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == act


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "I've been your customer for years"), ("pa", "ਮੈਂ ਤੁਹਾਡਾ ਪੱਕਾ ਗਾਹਕ ਹਾਂ")],
)
def test_regular_alone_is_regular(language: str, text: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == "regular_customer"
