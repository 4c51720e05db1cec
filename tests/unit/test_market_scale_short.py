"""The weighing said to give short ("the scale shows less", "ওজন কম দিচ্ছেন") is the
complaint `weigh_properly`; one's own weight gone down is small talk."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("This scale reads short, put it back on", "en"),
        ("कांटा कम तौल रहा है भैया", "hi"),
        ("পাল্লায় কম উঠছে, আবার মাপুন", "bn"),
        ("தராசுல கம்மியா வருது", "ta"),
        ("త్రాసులో తక్కువ చూపిస్తోంది", "te"),
        ("काटा कमी दाखवतोय", "mr"),
        ("કાંટો ઓછું બતાવે છે", "gu"),
        ("ತಕ್ಕಡಿ ಕಡಿಮೆ ತೋರಿಸ್ತಿದೆ", "kn"),
        ("ത്രാസിൽ കുറവാണ് കാണിക്കുന്നത്", "ml"),
        ("ਕੰਡਾ ਘੱਟ ਵਿਖਾ ਰਿਹਾ", "pa"),
    ],
)
def test_the_scale_said_short_asks_to_weigh_properly(text: str, language: str) -> None:
    assert heard(text, language) == "weigh_properly"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("मेरा वजन कम हो गया है", "hi"),
        ("My weight has gone down a lot", "en"),
    ],
)
def test_own_weight_is_no_complaint(text: str, language: str) -> None:
    assert heard(text, language) is None
