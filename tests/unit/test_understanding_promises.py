"""A word of agreement that backs the speaker's own promise to bring or deliver the goods,
or a number to call, agrees to no price; "sure, I'll take it" still accepts."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand

PROMISES = [
    ("en", "I'll bring it to your shop tomorrow, for sure"),
    ("en", "my number is 98450 11223, call me any time, ok"),
    ("hi", "रात आठ बजे तक घर पहुँचा दूँगा, पक्का"),
    ("hi", "kal dukaan pe pahuncha denge, pakka"),
    ("ta", "மதியம் கடைக்கு கொண்டு வந்து தரேன், சரி"),
    ("te", "సాయంత్రం షాప్ కి తెచ్చి ఇస్తాను, సరే"),
    ("bn", "বিকেলে দোকানে পৌঁছে দেব, ঠিক আছে"),
    ("mr", "संध्याकाळी दुकानात पोचवून देईन, नक्की"),
    ("gu", "સાંજે દુકાને પહોંચાડી દઈશ, પાક્કું"),
    ("kn", "ಸಂಜೆ ಅಂಗಡಿಗೆ ತಂದು ಕೊಡ್ತೀನಿ, ಸರಿ"),
    ("ml", "വൈകിട്ട് കടയിൽ എത്തിച്ചു തരാം, ശരി"),
    ("pa", "ਸ਼ਾਮ ਨੂੰ ਦੁਕਾਨ ਤੇ ਪਹੁੰਚਾ ਦਿਆਂਗਾ, ਪੱਕਾ"),
]


@pytest.mark.parametrize(("language", "line"), PROMISES)
@pytest.mark.parametrize("offer_on_table", [True, False])
def test_agreement_backing_a_promise_accepts_nothing(
    language: str, line: str, offer_on_table: bool
) -> None:
    heard = understand(line, language=language, has_outstanding_offer=offer_on_table)
    assert heard.intent is Intent.OTHER, heard
    assert heard.amount_paise is None


@pytest.mark.parametrize(
    ("language", "line", "intent", "paise"),
    [
        ("hi", "पक्का, ले लेता हूँ", Intent.ACCEPT, None),  # no promise: a true accept
        ("en", "ok done", Intent.ACCEPT, None),
        ("hi", "पचास में घर पहुँचा दूँगा, पक्का", Intent.OFFER, 5000),  # a price stands
    ],
)
def test_plain_agreement_and_a_priced_promise_keep_their_meaning(
    language: str, line: str, intent: Intent, paise: int | None
) -> None:
    heard = understand(line, language=language, has_outstanding_offer=paise is None)
    assert heard.intent is intent, heard
    assert heard.amount_paise == paise
