"""An hour to come back by, before or since ("8 tar modhye", "since 5", "8 లోపు") that
is no price; "make it X, I'll take N kilo" that leaves rate or total open; "ok, X, let's
close it" with no price on the table (a counter); each in all ten languages, native script
and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# By, before, within or since an hour, with coming or keeping around it: no price.
HOURS = [
    ("hi", "8 baje se pehle aaunga, rakh dena"),
    ("hi", "सुबह 5 बजे से खड़ा हूँ"),
    ("en", "I'll be back before 7, keep it aside"),
    ("en", "I've been standing here since 5"),
    ("ta", "nalaikku 7 maniku vaanga, fresh-a varum"),
    ("ta", "நாளைக்கு எட்டு மணிக்கு முன்னாடி வரேன்"),
    ("te", "రేపు 8 లోపు వస్తా, ఉంచండి"),
    ("te", "repu 9 lopu vasta"),
    ("bn", "কাল ৮ টার মধ্যে আসব, রেখে দেবেন"),
    ("bn", "kal 9 tar age asbo, rekhe diyo"),
    ("bn", "7 tar pore aasben"),
    ("mr", "उद्या 8 च्या आधी येतो, ठेवा"),
    ("mr", "udya 7 chya aadhi yeto"),
    ("gu", "કાલે આઠ પહેલાં આવીશ, રાખજો"),
    ("gu", "kale 8 pehla aavish, rakhjo"),
    ("kn", "ನಾಳೆ ಎಂಟರ ಒಳಗೆ ಬರ್ತೀನಿ"),
    ("kn", "naale 8 ra olage barteeni, ittiri"),
    ("ml", "നാളെ എട്ടിന് മുമ്പ് വരാം"),
    ("ml", "naale 8 manikku munpu varaam, vechekku"),
    ("pa", "ਕੱਲ੍ਹ 8 ਵਜੇ ਤੋਂ ਪਹਿਲਾਂ ਆਵਾਂਗਾ, ਰੱਖ ਦਿਓ"),
    ("pa", "kal 7 vaje ton pehlan aavanga"),
]


@pytest.mark.parametrize(("language", "text"), HOURS)
def test_an_hour_to_come_by_is_no_price(language: str, text: str) -> None:
    assert _recorded(understand(text, language=language)) is None


# "standing since morning" is no agreement: Punjabi "ਹਾਂ" is "am" after "standing".
@pytest.mark.parametrize(
    "text", ["ਸਵੇਰੇ ਪੰਜ ਵਜੇ ਤੋਂ ਖੜ੍ਹਾ ਹਾਂ", "savere panj vaje ton khada haan"]
)
def test_standing_since_an_hour_agrees_to_nothing(text: str) -> None:
    understood = understand(text, language="pa", has_outstanding_offer=True)
    assert understood.intent is Intent.OTHER
    assert _recorded(understood) is None
