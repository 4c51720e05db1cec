"""Stock, price and "see" words said of something other than the goods on the stall.

A phone's charge or balance that "runs out" is no stock sold out; diesel or kerosene
"got costly" in a story is no complaint about this price; "prices will rise, see" is a
forecast whose "see" calls nobody to look. Chargers or covers sold out stay sold out."""

from __future__ import annotations

import pytest

from audio.market import market_act


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "My tablet's charge is gone by lunchtime every day."),
        ("hi", "मेरे मोबाइल का बैलेंस खत्म हो गया।"),
        ("kn", "ನನ್ನ ಮೊಬೈಲ್ ಚಾರ್ಜ್ ಮಧ್ಯಾಹ್ನಕ್ಕೇ ಖಾಲಿ ಆಗುತ್ತೆ."),
        ("pa", "ਮੇਰੇ ਮੋਬਾਈਲ ਦਾ ਚਾਰਜ ਦੁਪਹਿਰ ਤੱਕ ਮੁੱਕ ਜਾਂਦਾ।"),
        ("ta", "என் மொபைல் சார்ஜ் மதியமே தீர்ந்துடுது."),
        ("bn", "আমার মোবাইলের চার্জ দুপুরেই শেষ হয়ে যায়।"),
        ("mr", "माझ्या मोबाईलचा डेटा संपला."),
        ("gu", "ડીઝલ મોંઘું થઈ ગયું, એટલે ટેમ્પો ઓછા આવે છે."),
        ("mr", "डिझेल महाग झालंय, म्हणून गाड्या कमी येतात."),
        ("mr", "यंदा पाऊस कमी, कांद्याचे भाव वाढणार बघा."),
        ("mr", "paus kami zala, kandyache bhav vadhnar bagha"),
        ("gu", "આ વખતે વરસાદ ઓછો, ડુંગળીના ભાવ વધશે જોજો."),
    ],
)
def test_said_of_something_else_is_no_act(language: str, text: str) -> None:
    assert market_act(text, language) is None


@pytest.mark.parametrize(
    ("language", "text", "act"),
    [
        ("hi", "फोन के कवर खत्म हो गए, शाम को आएंगे।", "out_of_stock"),
        ("kn", "ಚಾರ್ಜರ್ ಎಲ್ಲಾ ಖಾಲಿ ಆಗಿದೆ ಸರ್.", "out_of_stock"),
        ("en", "Type-C chargers are sold out.", "out_of_stock"),
        ("mr", "या ताई, बघा ताजी मेथी", "come_look"),
    ],
)
def test_the_goods_keep_their_act(language: str, text: str, act: str) -> None:
    found = market_act(text, language)
    assert found is not None and found.act == act
