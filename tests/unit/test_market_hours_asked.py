"""A question about how long or till when a stall stays, or what it does every day, asks
the opening hours: no `wait`, and its "how much" word asks no price."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("How long do you stay here in the evenings?", "en"),
        ("शाम को कब तक रुकते हो आप यहाँ?", "hi"),
        ("তোমরা রোজ কতক্ষণ এখানে দাঁড়াও?", "bn"),
        ("किती वाजेपर्यंत थांबता रोज?", "mr"),
        ("આ લારી કેટલા વાગ્યા સુધી ઊભી રહે છે?", "gu"),
        ("ਰਾਤ ਨੂੰ ਕਦੋਂ ਤੱਕ ਰੁਕਦੇ ਹੋ?", "pa"),
        ("సాయంత్రం ఎంతసేపు ఆగుతారు ఇక్కడ?", "te"),
        ("ராத்திரி எவ்வளவு நேரம் நிப்பீங்க?", "ta"),
        ("ರಾತ್ರಿ ಎಷ್ಟು ಗಂಟೆ ತನಕ ಇರ್ತೀರಾ ಇಲ್ಲಿ?", "kn"),
        ("വൈകിട്ട് എത്ര നേരം ഇവിടെ നിൽക്കും?", "ml"),
    ],
)
def test_hours_asked_are_no_wait(text: str, language: str) -> None:
    assert heard(text, language) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hold on, let me find my purse", "en"),
        ("ज़रा रुकिए, बेटा आ रहा है पैसे लेकर", "hi"),
        ("একটু দাঁড়ান, টাকা বের করছি", "bn"),
        ("ಒಂದು ನಿಮಿಷ ಇರಿ, ಪರ್ಸ್ ತೆಗೀತೀನಿ", "kn"),
    ],
)
def test_a_wait_asked_still_stands(text: str, language: str) -> None:
    assert heard(text, language) == "wait"
