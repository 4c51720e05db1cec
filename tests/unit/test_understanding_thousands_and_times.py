"""Goods sold by the thousand take "thousand" as the unit of the rate; a second price
for a time of day or an occasion is an alternative to the plain price."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "ईंट हज़ार का भाव क्या है?"),
        ("en", "how much for bricks per thousand?"),
        ("te", "ఇటుకలు వెయ్యి ఎంతకి ఇస్తారు?"),
        ("pa", "ਇੱਟ ਹਜ਼ਾਰ ਦਾ ਕੀ ਰੇਟ ਹੈ?"),
    ],
)
def test_thousand_of_bricks_is_asked(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.QUESTION
    assert understood.amount_paise is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("gu", "ઈંટ હજારના આઠ હજાર", 800000),
        ("en", "bricks, seven and a half thousand per thousand", 750000),
    ],
)
def test_price_beside_thousand_is_its_rate(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise
    assert understood.per_unit is True
    assert understood.quantity is None


def test_thousand_of_other_goods_stays_a_price() -> None:
    assert understand("यह पिंजरा हज़ार का है", language="hi").amount_paise == 100000


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "सवारी चार सौ, शाम को छह सौ", 40000),
        ("en", "Photo session six hundred, on Sunday eight hundred.", 60000),
        ("kn", "ದೋಣಿ ಸವಾರಿ ನಾನೂರು, ರಾತ್ರಿ ಆರುನೂರು", 40000),
    ],
)
def test_plain_price_stands_beside_timed(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise
    assert understood.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("gu", "મોટાના સો, પણ આજે રવિવાર છે એટલે સવાસો."),
        ("hi", "बाल कटाई सौ, आज इतवार है तो सवा सौ"),
        ("en", "Haircut one hundred, but today is Sunday so one twenty five."),
    ],
)
def test_a_timed_price_said_for_today_is_never_set_aside(language: str, text: str) -> None:
    """A price said for today ("but today is Sunday, so N") is no alternative:
    N is read (or asked), never the plain price before it."""
    understood = understand(text, language=language)
    assert understood.amount_paise == 12500


def test_every_price_timed_is_asked() -> None:
    understood = understand("सुबह चार सौ, रात को छह सौ", language="hi")
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Golden retriever, sixty days, microchip done, eighteen thousand."),
        ("hi", "शेरवानी है, सिलाई done, नौ हज़ार"),
    ],
)
def test_done_after_a_noun_is_no_accept(language: str, text: str) -> None:
    assert understand(text, language=language).intent is Intent.OFFER


def test_done_alone_still_accepts() -> None:
    understood = understand(
        "Done, nine thousand.", language="en", has_outstanding_offer=True, reference_paise=900000
    )
    assert understood.intent is Intent.ACCEPT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the frame will be roughly twenty, depends on the size"),
        ("gu", "ફ્રેમ આશરે વીસ થશે"),
        ("hi", "teen pachaas mein de do"),
    ],
)
def test_scale_unsaid_is_asked(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE
