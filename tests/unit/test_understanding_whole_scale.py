"""A short whole number against a price in the thousands on the table is read in
thousands where that alone lands near the price; asked where no scale or hundreds do;
as said with no price on the table, or beside a price in tens."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


def _recorded(text: str, language: str, reference: int | None) -> int | None:
    heard = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    return heard.amount_paise if heard.confidence >= MIN_CONFIDENCE else None


@pytest.mark.parametrize(
    ("language", "text", "reference", "amount"),
    [
        ("en", "Sixteen is steep. Eleven?", 1_800_000, 1_100_000),
        ("en", "I'll give 12, the transport is mine", 1_800_000, 1_200_000),
        ("hi", "सत्रह ज़्यादा है, तेरह दूँगा", 1_800_000, 1_300_000),
        ("en", "three, that's my budget", 450_000, 300_000),
        ("en", "eighty-five, not more", 12_000_000, 8_500_000),
        ("ta", "நூறு ஜாஸ்தி, எண்பது தரேன்", 12_000_000, 8_000_000),
    ],
)
def test_a_short_number_reads_in_thousands(
    language: str, text: str, reference: int, amount: int
) -> None:
    assert _recorded(text, language, reference) == amount


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("en", "I can give four", 45_000),  # ₹400 said short, or ₹4
        ("en", "I can give forty", 450_000),  # ₹4,000 said short, or ₹40
        ("en", "I can give two", 1_800_000),  # neither ₹2,000 nor ₹200 is near
        ("en", "I can give nine", 12_000_000),  # ₹9,000 against ₹1,20,000: neither
    ],
)
def test_a_short_number_no_scale_picks_is_asked(language: str, text: str, reference: int) -> None:
    assert _recorded(text, language, reference) is None


@pytest.mark.parametrize(
    ("language", "text", "reference", "amount"),
    [
        ("en", "I can give twelve", None, 1200),  # no price on the table: as said
        ("en", "I can give twelve", 1500, 1200),  # vegetables at ₹15
        ("hi", "बारह रुपये दूँगा", 1_800_000, 1200),  # a rupee word: as said
        ("en", "sixteen thousand, final", 1_800_000, 1_600_000),
    ],
)
def test_a_number_as_said_stays(
    language: str, text: str, reference: int | None, amount: int
) -> None:
    assert _recorded(text, language, reference) == amount
