"""A "no" that describes the goods or a problem ("no adulteration in it, right?", "the
bell doesn't ring"), with no price on the table and no number said, refuses nothing; a
word that refuses in itself, "too much", a number refused or a price on the table still
refuses."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "આ ઘીમાં ભેળસેળ તો નથી ને?"),
        ("gu", "Aa thelima kaanu to nathi ne?"),
        ("mr", "या मधात साखर तर नाही ना?"),
        ("hi", "स्कूटर में हॉर्न नहीं बज रहा ठीक से"),
        ("pa", "ਮੇਰੀ ਘੜੀ ਨਹੀਂ ਚੱਲਦੀ"),
        ("ta", "கடையில கரண்ட் இல்லை, ஃபேன் ஓடாது"),
    ],
)
def test_a_no_that_describes_refuses_nothing(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OTHER
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "reply"),
    [
        ("hi", "नहीं भैया, नहीं लेना", True),
        ("gu", "બહુ મોંઘું છે ભાઈ", True),
        ("ta", "வேண்டாம், ரொம்ப அதிகம்", True),
        ("hi", "पचास में नहीं दूँगा", False),
        ("en", "not at 60", False),
        ("hi", "nahi bhaiya", False),
        ("ta", "இல்லை சார், வேற கடை பாருங்க", False),
    ],
)
def test_a_refusal_still_refuses(language: str, text: str, reply: bool) -> None:
    understood = understand(text, language=language, has_outstanding_offer=reply)
    assert understood.intent is Intent.REJECT
    assert understood.amount_paise is None
