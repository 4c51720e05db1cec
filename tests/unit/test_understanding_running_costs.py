"""A running cost named with "alone / itself" as the reason a price will not do: the
electricity for the machine ("the current alone takes ten") is the seller's cost, never a
counter of its own (`audio.understanding.cost_alone`)."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("text", "language", "reference_paise"),
    [
        ("அஞ்சுக்கு முடியாது, கரண்டுக்கே மூணு ரூபா ஆகுது", "ta", 500),
        ("बीस में नहीं होगा, बिजली ही दस की जाती है", "hi", 2000),
        ("ਪੰਦਰਾਂ ਚ ਨਹੀਂ ਹੋਣਾ, ਬਿਜਲੀ ਹੀ ਅੱਠ ਦੀ ਲੱਗਦੀ", "pa", 1500),
    ],
)
def test_the_current_alone_is_no_counter(text: str, language: str, reference_paise: int) -> None:
    got = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference_paise
    )
    assert got.amount_paise is None or got.confidence < MIN_CONFIDENCE
