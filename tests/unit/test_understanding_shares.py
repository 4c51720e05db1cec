"""A share or heap of fish, a forearm's length of flowers, a metre: asked about as one it
is no piece, and a price beside it said alone or as one is its rate, unit null; a count
of them or a heap shown stays a total."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ta", "ஒரு முழம் மல்லி எவ்ளோ?"),
        ("kn", "ಒಂದು ಮೊಳ ಕನಕಾಂಬರ ಎಷ್ಟು?"),
        ("mr", "एक वाटा कितीला?"),
        ("en", "how much for one heap?"),
    ],
)
def test_one_measure_asked_is_no_piece(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert heard.intent is Intent.QUESTION
    assert heard.unit is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("bn", "ভাগ আশি, টাটকা মাছ", 8000),
        ("en", "heap 80, fresh prawns", 8000),
        ("ml", "കൂറ് എൺപത്", 8000),
        ("ta", "ஒரு கூறு எண்பது", 8000),
    ],
)
def test_a_price_beside_one_share_is_its_rate(language: str, text: str, paise: int) -> None:
    heard = understand(text, language=language)
    assert (heard.amount_paise, heard.per_unit, heard.unit) == (paise, True, None)


@pytest.mark.parametrize(
    ("language", "text", "count"),
    [
        ("en", "this heap for 80", None),
        ("ta", "ரெண்டு கூறு நூத்தம்பது", 2),
    ],
)
def test_a_heap_shown_or_counted_is_a_total(language: str, text: str, count: int | None) -> None:
    heard = understand(text, language=language)
    assert heard.per_unit is False
    assert heard.quantity == count


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "the small one is 60 for one, right?"),
        ("ta", "சின்னது ஒண்ணுக்கு அறுபது தானே?"),
        ("gu", "નાનું એકના સાઠ ને?"),
    ],
)
def test_a_guess_of_one_items_price_keeps_the_piece(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert (heard.intent, heard.amount_paise, heard.unit) == (Intent.QUESTION, None, "piece")


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "a coconut fifty", "piece"),
        ("bn", "একটা নারকেল পঞ্চাশ", "piece"),
        ("gu", "aa nariyel pachas", None),  # "aa" is "this", no "a"
    ],
)
def test_a_or_one_before_the_goods_prices_one_item(
    language: str, text: str, unit: str | None
) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise == 5000
    assert heard.unit == unit


@pytest.mark.parametrize(
    ("language", "text", "unit"),
    [
        ("en", "the shop across sells it at 70 a kilo", "kg"),
        ("hi", "बगल वाला साठ रुपये दर्जन दे रहा है", "dozen"),
        ("ml", "അപ്പുറത്ത് ലിറ്റർ അറുപതിന് തരുന്നുണ്ട്", "litre"),
    ],
)
def test_another_sellers_rate_keeps_its_unit(language: str, text: str, unit: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert (heard.intent, heard.amount_paise, heard.unit) == (Intent.QUESTION, None, unit)


@pytest.mark.parametrize(
    ("language", "text", "per_unit"),
    [
        ("en", "eleven thousand, box also there", None),
        ("hi", "ग्यारह हज़ार, डिब्बा भी साथ", None),
        ("ta", "பதினோராயிரம், பாக்ஸும் இருக்கு", None),
        ("kn", "ಹನ್ನೊಂದು ಸಾವಿರ, ಬಾಕ್ಸ್ ಕೂಡ ಇದೆ", None),
        ("hi", "dabba saath ka lagao", True),  # "saath" here is sixty, a rate per box
    ],
)
def test_a_box_that_comes_with_the_item_prices_nothing(
    language: str, text: str, per_unit: bool | None
) -> None:
    assert understand(text, language=language).per_unit is per_unit
