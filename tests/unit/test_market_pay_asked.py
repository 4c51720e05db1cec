"""A way to pay asked whether the stall takes it is `pay_how`; said as the way one pays it
stays `pay_upi` (`audio.market.pay_asked`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act is not None else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("can I pay with Google Pay here?", "en"),
        ("do you have Paytm, bhaiya?", "en"),
        ("गूगल पे चल जाएगा?", "hi"),
        ("paytm hai kya aapke paas?", "hi"),
        ("போன்பே நடக்குமா தம்பி?", "ta"),
        ("పేటీఎం ఉందా?", "te"),
        ("গুগল পে করা যাবে?", "bn"),
        ("पेटीएम आहे का?", "mr"),
        ("ફોનપે ચાલશે કાકા?", "gu"),
        ("ಪೇಟಿಎಂ ಇದೆಯಾ?", "kn"),
        ("പേടിഎം ഉണ്ടോ?", "ml"),
        ("ਫੋਨਪੇ ਚੱਲ ਜਾਊ?", "pa"),
    ],
)
def test_a_way_asked_taken_asks_how_to_pay(text: str, language: str) -> None:
    assert heard(text, language) == "pay_how"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I'll pay by Google Pay", "en"),
        ("गूगल पे कर दूँ?", "hi"),
        ("paytm se kar deta hoon, QR kahan laga hai?", "hi"),
        ("ಫೋನ್‌ಪೇ ಮಾಡ್ತೀನಿ", "kn"),
    ],
)
def test_a_way_said_as_paid_that_way_stays_upi(text: str, language: str) -> None:
    assert heard(text, language) == "pay_upi"
