"""A rate said on a condition of a count ("if you take ten, 35 a piece"): the count is the
quantity and the price stays a rate per piece, while a bare price after the condition
stays the total for the count."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("hi", "आठ लोगे तो पचपन रुपये पीस", 5500, 8),
        ("mr", "आठ घेतले तर पीस पंचाहत्तर", 7500, 8),
        ("te", "ఎనిమిది తీసుకుంటే ఒక్కోటి అరవై", 6000, 8),
        ("kn", "enTu tagondre piece-ge 90", 9000, 8),
        ("bn", "আটটা নিলে পিস প্রতি পঞ্চাশ টাকা", 5000, 8),
    ],
)
def test_a_piece_rate_on_a_condition_keeps_the_count_as_quantity(
    language: str, text: str, paise: int, count: int
) -> None:
    got = understand(text, language=language)
    assert (got.intent, got.amount_paise, got.per_unit) == (Intent.OFFER, paise, True)
    assert (got.quantity, got.unit) == (count, "piece")


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("hi", "एक का दस, आठ लो तो सत्तर", 7000, 8),
        ("te", "ఒక్కోటి పది, ఎనిమిది తీసుకుంటే డెబ్బై", 7000, 8),
    ],
)
def test_a_bare_price_after_the_condition_is_still_the_total(
    language: str, text: str, paise: int, count: int
) -> None:
    got = understand(text, language=language)
    assert (got.amount_paise, got.per_unit, got.quantity) == (paise, False, count)


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "दो सौ बीस, पिछले हफ्ते दो सौ था", 22000),
        ("en", "95 now, it was 80 before", 9500),
        ("te", "ఎంఆర్పీ రెండొందలు, మీకు నూట ఎనభై", 18000),
    ],
)
def test_an_old_or_printed_price_beside_todays_is_a_remark(
    language: str, text: str, paise: int
) -> None:
    got = understand(text, language=language)
    assert (got.amount_paise, got.confidence >= MIN_CONFIDENCE) == (paise, True)


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "सौ पेज वाली कॉपी, पच्चीस रुपये", 2500),
        ("en", "size 9 shoes, 650", 65000),
    ],
)
def test_pages_and_sizes_are_no_prices(language: str, text: str, paise: int) -> None:
    got = understand(text, language=language)
    assert (got.amount_paise, got.quantity, got.confidence >= MIN_CONFIDENCE) == (
        paise,
        None,
        True,
    )


@pytest.mark.parametrize(
    ("language", "text", "intent", "per_unit"),
    [
        ("hi", "ठीक है, अस्सी वाले चार किलो तौल दो", Intent.ACCEPT, None),
        ("kn", "ಸರಿ, ಎಂಬತ್ತಕ್ಕೆ ನಾಲ್ಕು ಕೆಜಿ ಹಾಕಿ", Intent.ACCEPT, None),
        ("hi", "ठीक है, अस्सी में चार किलो तौल दो", Intent.COUNTER, False),
    ],
)
def test_agreeing_at_the_rate_on_the_table_with_a_count_to_pack(
    language: str, text: str, intent: Intent, per_unit: bool | None
) -> None:
    got = understand(text, language=language, has_outstanding_offer=True, reference_paise=8000)
    assert (got.intent, got.amount_paise, got.per_unit) == (intent, 8000, per_unit)
    assert (got.quantity, got.unit) == (4, "kg")
