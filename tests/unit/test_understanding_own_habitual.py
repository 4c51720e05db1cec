"""A Punjabi habitual that says no person ("dinde aa", "ਦਿੰਦੇ ਆ": "we give" as much as
"they give") is the speaker's own price unless a third person is named."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("text", "reply", "paise"),
    [
        ("satt sau de dinde aa, lai jao", False, 70_000),
        ("ਗਿਆਰਾਂ ਸੌ ਦੇ ਦਿੰਦੇ ਆ ਜੀ", True, 110_000),
        ("ਨੌ ਸੌ ਲਾ ਦਿੰਦੇ ਆਂ", True, 90_000),
        ("athaaran sau la dinde aa", True, 180_000),
        ("ਸਤਾਰਾਂ ਸੌ ਦੇ ਦਿਆਂਗੇ, ਹੋਰ ਕੀ", True, 170_000),
    ],
)
def test_a_habitual_with_no_person_is_the_speakers_own(text: str, reply: bool, paise: int) -> None:
    heard = understand(text, language="pa", has_outstanding_offer=reply)
    assert heard.intent in (Intent.OFFER, Intent.COUNTER)
    assert heard.amount_paise == paise
    assert heard.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    "text",
    ["oh mandi vich satt sau de dinde aa", "ਉਹ ਅਗਲੀ ਦੁਕਾਨ ਵਾਲੇ ਗਿਆਰਾਂ ਸੌ ਦੇ ਦਿੰਦੇ ਆ"],
)
def test_a_third_person_named_keeps_it_anothers_price(text: str) -> None:
    heard = understand(text, language="pa", has_outstanding_offer=True)
    assert heard.intent is Intent.QUESTION
    assert heard.amount_paise is None
