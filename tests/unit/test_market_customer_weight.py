"""The word "customer" alone is no regular customer; the weight asked to be right, or
said to have been short, asks to weigh properly; a kind of goods named in "do you have
...?" asks for it, no claim of where it comes from."""

from __future__ import annotations

import pytest

from audio.market import market_act


def heard(text: str, language: str) -> str | None:
    act = market_act(text, language)
    return act.act if act else None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ભર બપોરે એક્કેય ઘરાક ડોકાતો નથી", "gu"),
        ("दुपारभर एकही गिऱ्हाईक फिरकलं नाही", "mr"),
        ("ಬೆಳಗ್ಗಿಂದ ಒಬ್ಬನೇ ಗಿರಾಕಿ ಬಂದಿದ್ದು", "kn"),
        ("ਸਵੇਰ ਦਾ ਕੋਈ ਗਾਹਕ ਨਹੀਂ ਮੁੜਿਆ", "pa"),
        ("সকাল থেকে একটা খদ্দেরও আসেনি", "bn"),
        ("barely any customers since the rain", "en"),
    ],
)
def test_customer_said_alone_is_no_regular_customer(text: str, language: str) -> None:
    assert heard(text, language) != "regular_customer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("काका, मी तुमचं जुनं गिऱ्हाईक आहे", "mr"),
        ("હું તો તમારો ગ્રાહક છું વર્ષોથી", "gu"),
        ("ਮੈਂ ਤੁਹਾਡਾ ਗਾਹਕ ਹਾਂ ਜੀ, ਭੁੱਲ ਗਏ?", "pa"),
        ("ನಾನು ನಿಮ್ಮ ಗಿರಾಕಿ ಅಣ್ಣ", "kn"),
    ],
)
def test_a_customer_of_this_stall_is_a_regular(text: str, language: str) -> None:
    assert heard(text, language) == "regular_customer"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("वजन सही रखना दीदी, पिछली बार कम निकला", "hi"),
        ("ਵਜ਼ਨ ਠੀਕ ਰੱਖਿਓ ਜੀ", "pa"),
        ("वजन बरोबर द्या हो", "mr"),
        ("எடை சரியா இருக்கட்டும் அக்கா", "ta"),
        ("ತೂಕ ಸರಿಯಾಗಿ ಇರಲಿ ಅಕ್ಕ", "kn"),
        ("make sure the weight is right, it was short last time", "en"),
    ],
)
def test_the_weight_asked_right_is_weigh_properly(text: str, language: str) -> None:
    assert heard(text, language) == "weigh_properly"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("डॉक्टर बोले मेरा वजन सही है", "hi"),
        ("ਡਾਕਟਰ ਨੇ ਕਿਹਾ ਮੇਰਾ ਵਜਨ ਠੀਕ ਹੈ", "pa"),
    ],
)
def test_ones_own_weight_said_right_is_no_weighing(text: str, language: str) -> None:
    assert heard(text, language) != "weigh_properly"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("நாட்டு கோழி முட்டை இருக்கா அக்கா?", "ta"),
        ("ನಾಟಿ ಕೋಳಿ ಇದೆಯಾ?", "kn"),
        ("നാടൻ കോഴി ഉണ്ടോ?", "ml"),
    ],
)
def test_a_kind_named_in_do_you_have_asks_for_it(text: str, language: str) -> None:
    assert heard(text, language) == "have_it"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("இன்னைக்கு வித்துப் போச்சு, நாளைக்கு வாங்க", "ta"),
        ("ಇವತ್ತಿಗೆ ಖಾಲಿ, ನಾಳೆ ಬನ್ನಿ", "kn"),
        ("मेथी सकाळीच संपली", "mr"),
        ("ਅੱਜ ਦਾ ਮਾਲ ਨਹੀਂ ਆਇਆ ਜੀ", "pa"),
    ],
)
def test_sold_out_with_come_tomorrow_or_this_morning_is_out_of_stock(
    text: str, language: str
) -> None:
    assert heard(text, language) == "out_of_stock"
