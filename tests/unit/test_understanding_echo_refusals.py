"""An amount said back in a question or in "in X it doesn't come / for X you'd get",
then refused, is the amount refused, never the speaker's own; a new amount after it, or
agreement, keeps its meaning."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("en", "Four thousand for a tent with holes in it? No, not at all", 400000),
        ("hi", "पाँच सौ में चाँदी की ये पायल नहीं आती बहनजी", 50000),
        ("mr", "दोनशेत गादी येत नाही दादा", 20000),
        ("en", "For eight hundred you'd get new tyres, no thanks", 80000),
    ],
)
def test_the_amount_echoed_and_refused_is_no_offer(
    language: str, text: str, reference: int
) -> None:
    understood = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    recorded = understood.amount_paise if understood.confidence >= MIN_CONFIDENCE else None
    assert recorded is None
    assert understood.intent is Intent.REJECT


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "Four thousand for a tent? No, three and a half thousand", 350000),
        ("hi", "पाँच सौ में ये पायल मिल जाएगी, चाँदी असली है", 50000),
    ],
)
def test_a_price_of_ones_own_stands(language: str, text: str, paise: int) -> None:
    assert understand(text, language=language).amount_paise == paise
