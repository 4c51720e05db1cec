"""Numbers that measure something other than money, a number word that is also a verb,
"okay, a new price, take it", requests for an extra, buying from the stall opposite,
"take it" with no price, caps, complaints after "no no", and romanized questions and
halves: each in all ten languages, native script and romanized."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, Understanding, understand


def _recorded(understood: Understanding) -> int | None:
    return understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None


# A temperature, a school class (said as an ordinal too) or a distance is never a price.
MEASURES_OTHER_THAN_MONEY = [
    ("hi", "आज तो 42 डिग्री है भैया"),
    ("hi", "aaj garmi 44 degree hai"),
    ("hi", "mera beta 10 class mein hai"),
    ("en", "it's 45 degrees today"),
    ("en", "my son is in class 8 now"),
    ("en", "I came 12 km for your mangoes"),
    ("ta", "இன்னிக்கு 40 டிகிரி வெயில்"),
    ("ta", "inniki 42 degree veyil"),
    ("ta", "பையன் 8 ஆம் வகுப்பு"),
    ("te", "ఈరోజు 44 డిగ్రీలు ఎండ"),
    ("te", "eeroju 43 degrees enda"),
    ("te", "మా అమ్మాయి ఎనిమిదో తరగతి"),
    ("te", "మా పాప 9వ తరగతి చదువుతోంది"),
    ("bn", "আজ 40 ডিগ্রি গরম"),
    ("bn", "aaj 41 degree gorom"),
    ("bn", "মেয়ে ক্লাস 9 এ পড়ে"),
    ("mr", "आज 43 डिग्री आहे"),
    ("mr", "मुलगा दहावीत आहे"),
    ("gu", "આજે 44 ડિગ્રી છે"),
    ("gu", "aaje 45 degree che"),
    ("gu", "દીકરો દસમા ધોરણમાં છે"),
    ("kn", "ಇವತ್ತು 38 ಡಿಗ್ರಿ ಬಿಸಿಲು"),
    ("kn", "ಮಗ ಹತ್ತನೇ ತರಗತಿ ಪಾಸ್ ಆದ"),
    ("ml", "ഇന്ന് 39 ഡിഗ്രി ചൂട്"),
    ("ml", "മകൻ പത്താം ക്ലാസ് ജയിച്ചു"),
    ("pa", "ਅੱਜ 45 ਡਿਗਰੀ ਗਰਮੀ ਹੈ"),
    ("pa", "ajj 44 degree garmi hai"),
    ("pa", "ਮੁੰਡਾ ਦਸਵੀਂ ਜਮਾਤ ਵਿੱਚ ਹੈ"),
]


@pytest.mark.parametrize(("language", "text"), MEASURES_OTHER_THAN_MONEY)
def test_a_measure_other_than_money_is_no_price(language: str, text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language=language, has_outstanding_offer=reply)
        assert _recorded(understood) is None, understood
        assert understood.intent is Intent.OTHER, understood


# Telugu "వేయి"/"వెయ్యి" is "a thousand" and "put (it in)": after the goods it is the verb.
@pytest.mark.parametrize(
    "text", ["సరే, ఇంకో అర కిలో వేయి", "రెండు కిలోలు వేయి", "sare, inko kilo veyi", "ఇంకో కిలో వెయ్యి"]
)
def test_telugu_put_after_the_goods_is_no_thousand(text: str) -> None:
    for reply in (False, True):
        understood = understand(text, language="te", has_outstanding_offer=reply)
        assert understood.amount_paise is None, understood


@pytest.mark.parametrize(("text", "paise"), [("వేయి రూపాయలు", 100000), ("వెయ్యి ఐదు వందలు", 150000)])
def test_telugu_thousand_with_money_still_counts(text: str, paise: int) -> None:
    understood = understand(text, language="te", has_outstanding_offer=True)
    assert _recorded(understood) == paise, understood


def test_telugu_thousand_or_put_alone_is_asked() -> None:
    understood = understand("సరే, అదే వెయ్యి", language="te", has_outstanding_offer=True)
    assert _recorded(understood) is None, understood
