"""Romanized "saath" said as "with / along" before a verb of handling the goods never
becomes ₹60; a buyer's count before a price of one ("तीसला एक") is the count, never the
price; a rate said back before "if I take N, what rate?" bids nothing; a vendor's "I'll
make it a little less" on a bulk condition marks no floor."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "do kilo saath mein tol do"),
        ("hi", "sab saath rakh do, main aati hoon"),
        ("hi", "saath rakh do"),
        ("pa", "thaila vi saath de do"),
        ("pa", "do kilo saath hi tol do"),
    ],
)
def test_saath_along_records_no_price(language: str, text: str) -> None:
    u = understand(text, language=language, has_outstanding_offer=True, reference_paise=8000)
    assert u.amount_paise is None or u.confidence < MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("hi", "kilo saath mein de do", 6000),
        ("pa", "sath da de do veere", 6000),
        ("hi", "saath rupaye kilo, saath mein dhaniya free", 6000),
    ],
)
def test_saath_priced_keeps_sixty(language: str, text: str, paise: int) -> None:
    u = understand(text, language=language, has_outstanding_offer=True, reference_paise=8000)
    assert u.amount_paise == paise and u.confidence >= MIN_CONFIDENCE


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "if I take forty, thirty each?"),
        ("en", "I'll take forty, thirty each"),
        ("mr", "चाळीस घेतले तर तीसला एक द्याल का?"),
        ("mr", "चाळीस घेतले तर तीसला एक?"),
        ("gu", "ચાલીસ લઉં તો ત્રીસનું એક આપશો?"),
    ],
)
def test_count_then_price_of_one(language: str, text: str) -> None:
    u = understand(text, language=language, has_outstanding_offer=True, reference_paise=3500)
    assert (u.amount_paise, u.per_unit, u.quantity, u.unit) == (3000, True, 40, "piece")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "sixty a kilo — if I take five kilos, what rate?"),
        ("hi", "साठ रुपये किलो, पाँच किलो लूँ तो क्या भाव लगाओगे?"),
        ("bn", "কিলো ষাট, পাঁচ কিলো নিলে কত করে দেবেন?"),
        ("mr", "किलो साठ, पाच किलो घेतले तर काय भाव?"),
        ("ml", "കിലോ അറുപത്, അഞ്ച് കിലോ എടുത്താൽ എന്ത് റേറ്റ്?"),
        ("gu", "કિલોના સાઠ, પાંચ કિલો લઉં તો શું ભાવ?"),
        ("pa", "ਕਿੱਲੋ ਦੇ ਸੱਠ, ਪੰਜ ਕਿੱਲੋ ਲਵਾਂ ਤਾਂ ਕੀ ਭਾਅ?"),
    ],
)
def test_rate_recalled_then_bulk_asked(language: str, text: str) -> None:
    u = understand(text, language=language, has_outstanding_offer=True, reference_paise=6000)
    assert str(u.intent) == "question"
    assert u.amount_paise is None
    assert (u.quantity, u.unit) == (5, "kg")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "sixty a kilo, if I take five kilos will you do fifty?"),
        ("hi", "साठ रुपये किलो, पाँच किलो लूँ तो पचपन लगाओगे?"),
    ],
)
def test_buyers_bid_after_recalled_rate_never_records_the_rate(language: str, text: str) -> None:
    u = understand(text, language=language, has_outstanding_offer=True, reference_paise=6000)
    assert u.confidence < MIN_CONFIDENCE or u.amount_paise != 6000


@pytest.mark.parametrize(
    ("language", "text", "paise", "unit"),
    [
        ("hi", "sau rupaye kilo, do kilo loge to thoda kam kar dunga", 10000, "kg"),
        ("mr", "डझन सत्तर, दोन डझन घेतल्या तर कमी लावतो", 7000, "dozen"),
        ("gu", "કિલોના સો, બે કિલો લો તો થોડું ઓછું કરી આપું", 10000, "kg"),
        ("pa", "ਕਿੱਲੋ ਦਾ ਸੌ, ਦੋ ਕਿੱਲੋ ਲਓਗੇ ਤਾਂ ਥੋੜ੍ਹਾ ਘੱਟ ਕਰ ਦਿਆਂਗੇ", 10000, "kg"),
        ("en", "sixty a kilo, buy ten and I'll drop the price", 6000, "kg"),
    ],
)
def test_rate_then_less_on_bulk(language: str, text: str, paise: int, unit: str) -> None:
    u = understand(text, language=language)
    assert (u.amount_paise, u.per_unit, u.quantity, u.unit) == (paise, True, None, unit)
    assert not u.final
