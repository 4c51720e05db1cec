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


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("gu", "સારું, નેવું આપું, બાંધી દો", 19_000),
        ("gu", "ha bhai, saath aapish, aapi do", 16_000),
        ("hi", "ठीक है भैया, पचहत्तर दे देंगे", 17_500),
        ("hi", "haan ji, saadhe chaar sau de dunga", 145_000),
        ("en", "okay okay, forty, give it", 14_000),
        ("pa", "ਠੀਕ ਆ, ਪੰਜਾਹ ਦੇ ਦਿੰਦੇ ਆਂ", 15_000),
        ("mr", "बरं, साठ देतो, द्या", 16_000),
        ("ta", "சரி சரி, தொண்ணூறு குடுக்கறேன்", 19_000),
        ("te", "సరే అండి, ఎనభై ఇస్తాను", 18_000),
        ("bn", "আচ্ছা, নব্বই দেব", 19_000),
        ("kn", "ಸರಿ ಅಣ್ಣ, ತೊಂಬತ್ತು ಕೊಡ್ತೀನಿ", 19_000),
        ("ml", "ശരി, തൊണ്ണൂറ് തരാം", 19_000),
    ],
)
def test_agreement_at_the_price_with_its_hundreds_dropped_is_asked(
    language: str, text: str, reference: int
) -> None:
    heard = understand(
        text, language=language, has_outstanding_offer=True, reference_paise=reference
    )
    assert heard.confidence < MIN_CONFIDENCE or heard.amount_paise in (None, reference)
    assert not (heard.intent.value == "counter" and heard.confidence >= MIN_CONFIDENCE)


@pytest.mark.parametrize(
    ("language", "text", "reference", "amount"),
    [
        ("gu", "સારું, એંસી આપું", 19_000, 8_000),  # 80 is no short form of 190
        ("hi", "ठीक है, सत्तर दे दूँगा", 9_000, 7_000),  # nothing to drop below ₹100
        ("en", "no, ninety, not one-ninety", 19_000, 9_000),  # refused: a counter
    ],
)
def test_a_number_that_drops_nothing_stays(
    language: str, text: str, reference: int, amount: int
) -> None:
    assert _recorded(text, language, reference) == amount


@pytest.mark.parametrize(
    ("language", "text", "reference"),
    [
        ("en", "Twelve for the whole lot, take it or leave it", 150_000),
        ("hi", "पूरे का बारह दूँगा, बोलो", 140_000),
        ("en", "eighteen for everything together, yes?", 210_000),
    ],
)
def test_a_total_said_without_its_hundreds_is_asked(
    language: str, text: str, reference: int
) -> None:
    """A total "twelve for the whole lot" against ₹1,500 is ₹1,200 said short as often as ₹12: a
    total far below the price on the table is asked, never recorded at the bare number."""
    assert _recorded(text, language, reference) is None
