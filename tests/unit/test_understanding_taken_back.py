"""A price taken back ("no, leave it") for a price said in a form the tables do not
know: the price before is no longer meant, so it is asked about, never recorded; a price
with nothing taken back after it keeps its reading."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Understanding, understand


def _recorded(got: Understanding) -> int | None:
    return got.amount_paise if got.confidence >= MIN_CONFIDENCE else None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("bn", "তিরিশ দিন... না থাক, বত্রিশি দিন"),
        ("bn", "tirish taka... na thak, batrishi din"),
        ("hi", "tees do... nahi rehne do, battisi do"),
    ],
)
def test_a_price_taken_back_to_one_not_heard_is_asked(language: str, text: str) -> None:
    got = understand(text, language=language, has_outstanding_offer=True)
    assert _recorded(got) is None


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("bn", "তিরিশ টাকা দিন, না হলে থাক", 3000),  # the price, then "or leave it"
        ("bn", "ত্রিশ টাকা দিন, নইলে থাক", 3000),
        ("hi", "tees do, nahi to rehne do", 3000),
    ],
)
def test_a_price_kept_or_taken_back_to_one_heard_stands(
    language: str, text: str, paise: int
) -> None:
    got = understand(text, language=language, has_outstanding_offer=True)
    assert _recorded(got) == paise


def test_a_word_of_waiting_far_after_the_price_takes_nothing_back() -> None:
    text = (
        "Five hundred to the airport, and if I have to wait at the bank,"
        " thirty rupees every ten minutes."
    )
    got = understand(text, language="en", has_outstanding_offer=False)
    assert _recorded(got) == 50000
