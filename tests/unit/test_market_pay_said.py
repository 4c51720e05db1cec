"""A way to pay said as the one the speaker will use after another said not working, and
two ways offered with a word for "or" (`audio.market.negation`)."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("नेट बंद है, नकद दे दूँगा", "hi", "pay_cash"),
        ("नहीं, कैश दूँगा", "hi", "pay_cash"),
        ("GPay aagala, cash kudukren", "ta", "pay_cash"),
        ("নেট নেই, ক্যাশ দিচ্ছি", "bn", "pay_cash"),
        ("ਨੈੱਟ ਨਹੀਂ ਚੱਲ ਰਿਹਾ, ਕੈਸ਼ ਦੇ ਦਿੰਦਾ ਹਾਂ", "pa", "pay_cash"),
        ("cash kodtira illa gpay madtira?", "kn", "pay_how"),
        ("ಜಿಪೇ ಮಾಡ್ತೀರಾ ಇಲ್ಲಾಂದ್ರೆ ಕ್ಯಾಶ್?", "kn", "pay_how"),
        ("ಕ್ಯಾಶ್ ಇಲ್ಲ, ಫೋನ್‌ಪೇ ಮಾಡ್ತೀನಿ", "kn", "pay_upi"),
        ("कैश नहीं है, GPay कर दूँ?", "hi", "pay_upi"),
        ("காசு இல்ல, ஜிபே பண்றேன்", "ta", "pay_upi"),
    ],
)
def test_the_way_to_pay_meant(text: str, language: str, act: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == act
