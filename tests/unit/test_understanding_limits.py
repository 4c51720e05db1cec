"""A ceiling or a floor said in the speaker's own words marks the price final
(`audio/understanding/limits.py`); asked, or with the price itself refused, it does not."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

_LIMITS = [
    ("en", "I'll pay 30, not a rupee above that", 3000),
    ("en", "35, I won't go higher", 3500),
    ("en", "40 max", 4000),
    ("en", "I can do 40, that's my limit", 4000),
    ("en", "45, it won't come down further", 4500),
    ("en", "50, nothing less than that", 5000),
    ("hi", "पैंतीस दूँगा, इससे ऊपर नहीं जाऊँगा", 3500),
    ("ta", "நாப்பது ரூபா, ஒரு பைசா குறையாது", 4000),
    ("te", "యాభై, అంతకంటే రాదు", 5000),
    ("bn", "ষাট টাকা, আর কমবে না", 6000),
    ("mr", "चाळीस देतो, त्याच्या वर नाही", 4000),
    ("gu", "ત્રીસ આપીશ, એનાથી વધારે નહીં", 3000),
    ("kn", "ಮೂವತ್ತು ಕೊಡ್ತೀನಿ, ಅದಕ್ಕಿಂತ ಜಾಸ್ತಿ ಕೊಡಲ್ಲ", 3000),
    ("ml", "മുപ്പത് തരാം, അതിൽ കൂടുതൽ പറ്റില്ല", 3000),
    ("pa", "ਤੀਹ ਦਿਆਂਗਾ, ਇਸ ਤੋਂ ਵੱਧ ਨਹੀਂ", 3000),
]


@pytest.mark.parametrize(("language", "text", "paise"), _LIMITS)
def test_a_limit_after_the_price_marks_it_final(language: str, text: str, paise: int) -> None:
    said = understand(text, language=language, has_outstanding_offer=True)
    assert (said.intent, said.amount_paise, said.final) == (Intent.COUNTER, paise, True)


def test_the_first_price_refused_stays_refused_before_a_floor() -> None:
    said = understand("सत्तर नहीं, अस्सी से कम नहीं", language="hi", has_outstanding_offer=True)
    assert (said.intent, said.amount_paise, said.final) == (Intent.COUNTER, 8000, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "not below 40?"),
        ("en", "won't it go below 80?"),
        ("te", "ఒక్కోటి ఇరవై, పది తీసుకుంటే తగ్గిస్తాను"),
    ],
)
def test_a_question_or_a_promise_to_reduce_sets_no_limit(language: str, text: str) -> None:
    assert not understand(text, language=language, has_outstanding_offer=True).final


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "no, too much"),
        ("te", "moodu vandalaki kudaradu, naake daanikante ekkuva padindi"),
    ],
)
def test_a_refusal_stays_a_refusal(language: str, text: str) -> None:
    said = understand(text, language=language, has_outstanding_offer=True, reference_paise=30000)
    assert (said.intent, said.amount_paise) == (Intent.REJECT, None)
