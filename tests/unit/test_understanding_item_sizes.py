"""A weight or volume that names an item's size ("the ten-litre one", "वीस लिटरचा माठ")
is no quantity and no unit; a sack of the goods and milk bought by the litre keep theirs."""

from __future__ import annotations

import pytest

from audio.understanding import understand

SIZES = [
    ("hi", "पंद्रह लीटर वाली टंकी कितने की?"),
    ("en", "the three-litre one, how much?"),
    ("mr", "पाच लिटरचा कुकर केवढ्याला?"),
    ("pa", "ਪੰਦਰਾਂ ਲੀਟਰ ਵਾਲੀ ਟੈਂਕੀ ਕਿੰਨੇ ਦੀ?"),
    ("ml", "മൂന്ന് ലിറ്ററുള്ള കുക്കർ എത്ര?"),
    ("gu", "પંદર લિટરવાળી ડોલ કેટલાની?"),
    ("ta", "மூணு லிட்டர் குக்கர் எவ்வளவு?"),
]


@pytest.mark.parametrize(("language", "text"), SIZES)
def test_a_size_is_no_quantity(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert (understood.quantity, understood.unit) == (None, None)
    assert understood.amount_paise is None


def test_a_price_beside_a_size_has_no_shape() -> None:
    understood = understand("पंद्रह लीटर वाली बाल्टी दो सौ की", language="hi")
    assert understood.amount_paise == 20000
    assert (understood.per_unit, understood.quantity, understood.unit) == (None, None, None)


KEPT = [
    ("hi", "पचास किलो वाली बोरी दो हज़ार", 50, "kg"),
    ("hi", "दस लीटर दूध दे दो", 10, "litre"),
    ("en", "how much for three kilo potatoes?", 3, "kg"),
    ("kn", "ಮೂರು ಕೆಜಿ ಕೊಡಿ", 3, "kg"),
]


@pytest.mark.parametrize(("language", "text", "count", "unit"), KEPT)
def test_goods_bought_by_weight_keep_their_quantity(
    language: str, text: str, count: float, unit: str
) -> None:
    understood = understand(text, language=language)
    assert (understood.quantity, understood.unit) == (count, unit)
