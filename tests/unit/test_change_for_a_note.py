"""Asking for change for a note names an amount that is not a price, in every language and
in the spellings people use (singular and plural, native script and Latin letters). A
wrong answer here records the note's value as an offer."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand

CASES = [
    ("pa", "ਪੰਜ ਸੌ ਦਾ ਖੁੱਲ੍ਹਾ ਹੈ ਜੀ?"),
    ("pa", "ਵੀਰ ਜੀ ਸੌ ਦੇ ਖੁੱਲ੍ਹੇ ਮਿਲਣਗੇ"),
    ("pa", "paanch sau da khulla hai?"),
    ("hi", "पाँच सौ का खुल्ला है क्या?"),
    ("hi", "bhaiya do hazaar ka khulla milega"),
    ("hi", "सौ का चेंज है?"),
    ("bn", "পাঁচশো টাকার ভাঙানি হবে?"),
    ("bn", "দুশো টাকার খুচরো আছে?"),
    ("mr", "पाचशेचे सुट्टे आहेत का?"),
    ("mr", "शंभराची चिल्लर आहे का?"),
    ("gu", "પાંચસોના છૂટ્ટા છે?"),
    ("gu", "બસોના છુટા મળશે?"),
    ("ta", "ஐநூறுக்கு சில்லறை இருக்கா?"),
    ("te", "ఐదు వందలకు చిల్లర ఉందా?"),
    ("kn", "ಐನೂರಕ್ಕೆ ಚಿಲ್ಲರೆ ಇದೆಯಾ?"),
    ("ml", "അഞ്ഞൂറിന് ചില്ലറ ഉണ്ടോ?"),
    ("en", "do you have change for five hundred?"),
]


@pytest.mark.parametrize(("language", "text"), CASES)
@pytest.mark.parametrize("reply", [False, True])
def test_change_for_a_note_is_not_a_price(language: str, text: str, reply: bool) -> None:
    heard = understand(text, language=language, has_outstanding_offer=reply)
    recorded = heard.amount_paise if heard.confidence >= MIN_CONFIDENCE else None
    assert recorded is None, (heard.amount_paise, heard.confidence)
    assert str(heard.intent) not in ("offer", "counter")
