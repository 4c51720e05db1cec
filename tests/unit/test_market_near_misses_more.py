"""Words of an act said of something else: too much of a taste ("too much chilli?") is
no price complaint, one's weight brought down by honey or walking is no scale short,
"free" of one's time asks nothing free, a "how" of cooking asks no way to pay."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is there too much salt in this pickle?"),
        ("hi", "इस अचार में तेल बहुत ज़्यादा है क्या?"),
        ("kn", "ಈ ಚಟ್ನಿಯಲ್ಲಿ ಖಾರ ತುಂಬಾ ಜಾಸ್ತಿ ಇದೆಯಾ?"),
        ("te", "ఈ పచ్చడిలో ఉప్పు చాలా ఎక్కువ"),
        ("hi", "गुनगुने पानी में नींबू पीने से वज़न कम होता है?"),
        ("kn", "ದಿನಾ ವಾಕಿಂಗ್ ಮಾಡಿದ್ರೆ ತೂಕ ಕಡಿಮೆ ಆಗುತ್ತೆ"),
        ("en", "does walking every morning bring the weight down?"),
        ("en", "I'm free on Sunday, can you send it home?"),
        ("bn", "আমি কাল ফ্রি আছি, বাড়িতে পাঠাতে পারবেন?"),
        ("gu", "આ ઢોકળાં કેવી રીતે બને, કયો લોટ?"),
    ],
)
def test_said_of_something_else_is_no_act(language: str, text: str) -> None:
    assert market_act(text, language) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "chillies at 90? too much"),
        ("hi", "मिर्च का भाव बहुत ज़्यादा है"),
        ("en", "that's too much, brother"),
    ],
)
def test_too_much_of_a_price_stays_a_complaint(language: str, text: str) -> None:
    act = market_act(text, language)
    assert act is not None and act.act == "too_expensive"
