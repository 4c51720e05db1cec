"""A length bound to a reel or spool in the goods' name is a size, no price; a price
beside it stands."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what about the 500-metre reel, how much?"),
        ("hi", "पाँच सौ मीटर वाली चरखी कितने की?"),
        ("pa", "ਪੰਜ ਸੌ ਮੀਟਰ ਵਾਲੀ ਚਰਖੜੀ ਕਿੰਨੇ ਦੀ?"),
    ],
)
def test_a_reel_size_asked(language: str, text: str) -> None:
    heard = understand(text, language=language)
    assert (heard.intent, heard.amount_paise) == (Intent.QUESTION, None)


def test_a_price_beside_a_reel_size_stands() -> None:
    heard = understand("the 500-metre reel, I'll give 180", language="en")
    assert heard.amount_paise == 18000
