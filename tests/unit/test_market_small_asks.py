"""A bag asked with "otherwise" said after it, thanks closed with a farewell, and a count
of bunches asked on top (`audio.market.negation`, `leaving`, `counted`)."""

from __future__ import annotations

import pytest

from audio.interpret import unless_count_of_goods
from audio.market import market_act
from audio.understanding import understand


@pytest.mark.parametrize(
    ("text", "language", "act"),
    [
        ("दो पन्नी दे दो, नहीं तो सब्ज़ी गीली होगी", "hi", "give_bag"),
        ("ek cover dedo nahi to kapde kharab honge", "hi", "give_bag"),
        ("ஒரு பை குடுங்க இல்லைன்னா கொட்டிடும்", "ta", "give_bag"),
        ("ഒരു കവർ കൂടി താ, ഇല്ലെങ്കിൽ ചോരും", "ml", "give_bag"),
        ("ਇੱਕ ਥੈਲੀ ਦੇ ਦਿਓ ਨਹੀਂ ਤਾਂ ਡੁੱਲ੍ਹ ਜਾਊ", "pa", "give_bag"),
        ("give me another cover, it's leaking", "en", "give_bag"),
        ("थैली नहीं चाहिए, झोला है", "hi", "have_bag"),
        ("vadhiya ji, meharbani, pher milde haan", "pa", "goodbye"),
        ("ਚੰਗਾ ਜੀ, ਮਿਹਰਬਾਨੀ, ਫੇਰ ਮਿਲਾਂਗੇ", "pa", "goodbye"),
    ],
)
def test_small_asks(text: str, language: str, act: str) -> None:
    got = market_act(text, language)
    assert got is not None and got.act == act


@pytest.mark.parametrize("text", ["दोन पालकच्या जुड्या वरून टाका", "तीन मेथीच्या जुड्या वरून द्या ना"])
def test_bunches_on_top_name_no_price(text: str) -> None:
    understood = unless_count_of_goods(
        understand(text, language="mr"), text, source="mr", catalogue=None
    )
    assert understood.amount_paise is None
    got = market_act(text, "mr")
    assert got is not None and got.act == "ask_extra"


def test_a_rate_said_stays() -> None:
    text = "दोन रुपयाला एक जुडी, वरून टाका"
    understood = unless_count_of_goods(
        understand(text, language="mr"), text, source="mr", catalogue=None
    )
    assert understood.amount_paise == 200
