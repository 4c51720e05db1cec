"""A price, a pause, then a refusal to take or give it that points back at it ("780, I
won't take it at that", "780, इतने में नहीं लूँगा") is refused: never an accept of the
price on the table and never the speaker's bid. The same words without the refusal, and
a "no" that sits inside agreement, keep the accept."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand

_TABLE = 78000


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "780, I won't take it at that"),
        ("en", "780, I will not take it at that"),
        ("en", "780, I can't take it at that price"),
        ("en", "780, I wouldn't take it at that"),
        ("en", "780, I'm not taking it at that"),
        ("en", "780, I don't want it at that"),
        ("en", "780, can't do it at that"),
        ("en", "780, not at that price"),
        ("en", "780, no sir, I won't give it at that"),
        ("en", "780 I won't take"),
        ("hi", "780, इतने में नहीं लूँगा"),
        ("hi", "सात सौ अस्सी, इतने में नहीं दूँगा भाई"),
        ("hi", "780, nahi nahi, itne mein nahi lunga"),
        ("ta", "780, அந்த விலைக்கு எடுக்க மாட்டேன்"),
        ("ta", "780, andha vilaikku edukka maatten"),
        ("te", "780, అంతకి తీసుకోను"),
        ("te", "780, anthaki teesukonu"),
        ("kn", "780, ಅಷ್ಟಕ್ಕೆ ತಗೊಳ್ಳಲ್ಲ"),
        ("kn", "780, ashtakke tagolla"),
        ("bn", "780, এত দামে নেব না"),
        ("bn", "780, eto dame nebo na"),
        ("mr", "780, एवढ्यात घेणार नाही"),
        ("mr", "780, evdhyat ghenar nahi"),
        ("gu", "780, એટલામાં નહીં લઉં"),
        ("gu", "780, etlama nahi lau"),
        ("pa", "780, ਇੰਨੇ ਵਿੱਚ ਨਹੀਂ ਲਵਾਂਗਾ"),
        ("pa", "780, inne vich nahi lavanga"),
        ("ml", "780, അതിന് എടുക്കില്ല"),
        ("ml", "780, athinu edukkilla"),
    ],
)
@pytest.mark.parametrize("reference", [_TABLE, None])
def test_a_price_refused_after_a_pause_is_no_accept(
    language: str, text: str, reference: int | None
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert str(understood.intent) == "reject"
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "780, I'll take it at that"),
        ("en", "780, fine, I'll take it"),
        ("en", "780, no problem, I'll take it"),
        ("en", "780, I won't say no, I'll take it"),
        ("hi", "780, इतने में ले लूँगा"),
        ("hi", "780, itne mein le lunga"),
        ("kn", "780, ಅಷ್ಟಕ್ಕೆ ತಗೋತೀನಿ"),
        ("bn", "780, এত দামে নেব"),
    ],
)
def test_a_price_taken_after_a_pause_is_accepted(language: str, text: str) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=_TABLE
    )
    assert str(understood.intent) == "accept"
    assert understood.amount_paise == _TABLE
    assert understood.confidence >= MIN_CONFIDENCE


def test_agreement_with_a_no_inside_is_an_accept() -> None:
    understood = understand(
        "ok, I'll take it, no problem",
        language="en",
        has_outstanding_offer=True,
        reference_paise=_TABLE,
    )
    assert str(understood.intent) == "accept"


@pytest.mark.parametrize(
    "text",
    [
        "780, I won't take less",  # a floor
        "780, I won't go below that",
        "780 rupees, not less",
        "780, I won't give it to anyone else",  # the goods kept for the buyer
        "780, I don't have change",
    ],
)
def test_a_refusal_of_something_else_keeps_the_price(text: str) -> None:
    understood = understand(text, language="en", has_outstanding_offer=True)
    assert understood.amount_paise == _TABLE
    assert str(understood.intent) != "accept"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "no problem, give it at 780"),
        ("en", "no worries, give it for 780"),
        ("hi", "कोई बात नहीं, 780 में दे दो"),
    ],
)
def test_a_no_inside_agreement_then_the_price_on_the_table_accepts(
    language: str, text: str
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=_TABLE
    )
    assert str(understood.intent) == "accept"
    assert understood.amount_paise == _TABLE


def test_a_no_inside_agreement_then_another_price_counters() -> None:
    understood = understand(
        "no problem, give it at 700",
        language="en",
        has_outstanding_offer=True,
        reference_paise=_TABLE,
    )
    assert str(understood.intent) == "counter"
    assert understood.amount_paise == 70000
