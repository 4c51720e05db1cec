"""An hour of the day that is no price ("aaru maniki", "ਚਾਰ ਵਜੇ", "at 4 tomorrow"), "ok,
take it for X" with no price on the table (a counter, not an accept), small talk about the
market's day (fog, cold, no customers), a freshness question then "not stale ones", the
quantity in a price question, "X each" (a rate with no unit word), rupees and paise said
as two numbers, "X a piece, I'll take N", and "for you X": each in all ten languages,
native script and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# A number with an hour word or case, or "at N" with opening, closing or coming: an hour.
HOURS = [
    ("hi", "कल सुबह 7 बजे दुकान खुलेगी"),
    ("hi", "bhaiya paanch baje ke baad aana"),
    ("en", "we open at 5 tomorrow"),
    ("en", "I'll shut the stall at 9 pm"),
    ("en", "come by eleven, the lorry will be here"),
    ("ta", "நாளை ஏழு மணிக்கு கடை திறப்போம்"),
    ("ta", "kadai 8 manikke moodiduvom"),
    ("ta", "anju maniki vaanga"),
    ("te", "రేపు ఐదు గంటలకు రండి"),
    ("te", "enimidi gantalaki shop close"),
    ("bn", "কাল সাতটার সময় আসবেন"),
    ("bn", "ami 9 tar somoy dokan khuli"),
    ("mr", "उद्या सात वाजता दुकान उघडेल"),
    ("mr", "paach vajta ya"),
    ("gu", "કાલે આઠ વાગ્યે દુકાન ખુલશે"),
    ("gu", "paanch vaage aavjo"),
    ("kn", "ನಾಳೆ ಏಳು ಗಂಟೆಗೆ ಅಂಗಡಿ ತೆಗೆಯುತ್ತೇನೆ"),
    ("kn", "aidu gantege banni"),
    ("ml", "നാളെ ഏഴ് മണിക്ക് കട തുറക്കും"),
    ("ml", "innu 6 manikke kada adakkum"),
    ("pa", "ਕੱਲ੍ਹ ਸੱਤ ਵਜੇ ਦੁਕਾਨ ਖੁੱਲ੍ਹੇਗੀ"),
    ("pa", "panj vaje aa jana"),
]


@pytest.mark.parametrize(("language", "text"), HOURS)
def test_an_hour_is_no_price(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert _recorded(understood) is None
    assert understood.intent is not Intent.ACCEPT


# With an hour word said, a bare number that could be an hour is asked about.
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "subah 6 baje khulega, 8 tak aa jao"),
        ("en", "opens 7 o'clock, closes 9"),
        ("ta", "kaalai 6 manikku thirappom, 10 varaikkum"),
        ("pa", "ਸਵੇਰੇ 6 ਵਜੇ ਖੁੱਲ੍ਹਦੀ, 9 ਤੱਕ ਬੰਦ"),
    ],
)
def test_a_number_beside_an_hour_is_asked(language: str, text: str) -> None:
    assert _recorded(understand(text, language=language)) is None


# A price with its currency next to an hour word is still a price.
@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "6 baje ke baad 40 rupaye kilo", 4000),
        ("en", "after 6 pm tomatoes are 30 rupees a kilo", 3000),
        ("ta", "6 மணிக்கு அப்புறம் கிலோ 30 ரூபாய்", 3000),
    ],
)
def test_a_price_said_with_an_hour_stands(language: str, text: str, paise: int) -> None:
    assert _recorded(understand(text, language=language)) == paise
