"""A price someone else quoted beside the speaker's own (`others_price`, `timed_prices`):
another shop's price said after the speaker's own with an "I" in the line ("I'll give
220, the shop across gives it for 250"), or the fare other drivers take by day before
the speaker's own ("দিনে দেড়শো নেয়, একশো সত্তর দেব"), is a reference: the speaker's own
price is the move. Two prices by the time of day with no seller named ("दिन में डेढ़ सौ
लगता है, रात को दो सौ दूँगा") have no plain price: asked, never the day's fare recorded."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "I'll give 220, the shop across gives it for 250", 22000),
        ("hi", "मैं दो सौ बीस दूँगा, बगल वाला ढाई सौ में देता है", 22000),
        ("bn", "দিনে দেড়শো নেয়, একশো সত্তর দেব", 17000),
        ("te", "పగలు నూట యాభై తీసుకుంటారు, నూట డెబ్బై ఇస్తాను", 17000),
        ("mr", "दिवसा दीडशे घेतात, एकशे सत्तर देतो", 17000),
        ("gu", "દિવસે દોઢસો લે છે, એકસો સિત્તેર આપીશ", 17000),
        ("pa", "ਦਿਨੇ ਡੇਢ ਸੌ ਲੈਂਦੇ ਨੇ, ਇੱਕ ਸੌ ਸੱਤਰ ਦੇ ਦਿਆਂਗਾ", 17000),
        ("ta", "காலையில நூத்தி அம்பது தான் வாங்கினாங்க, நூத்தி எழுபது தரேன்", 17000),
    ],
)
def test_the_speakers_own_price_stands_beside_anothers(
    language: str, text: str, paise: int
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == paise and understood.confidence >= MIN_CONFIDENCE


def test_another_sellers_take_alone_asks_to_match() -> None:
    understood = understand("ওরা দেড়শো নেয়", language="bn", has_outstanding_offer=True)
    assert understood.intent is Intent.QUESTION and understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("bn", "আমরা দেড়শো নিই", 15000),  # we take: the speaker's own
        ("en", "we sell at 40, he sells at 45", 4000),
    ],
)
def test_the_speakers_own_take_is_an_offer(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=False)
    assert understood.intent is Intent.OFFER and understood.amount_paise == paise


def test_the_days_fare_beside_the_nights_is_asked_never_recorded() -> None:
    understood = understand(
        "दिन में डेढ़ सौ लगता है, रात को दो सौ दूँगा", language="hi", has_outstanding_offer=True
    )
    assert understood.confidence < MIN_CONFIDENCE, understood
