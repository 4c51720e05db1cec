"""A rate said for a pack that is no unit ("a sack", "बोरी", "বস্তা"), then a lower price
if the buyer takes a count of that same pack: the first is the standing rate for each
pack, the lower one a side deal, and the count is the condition's, not the line's."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("en", "Three forty a sack, take fifty sacks and I'll do three thirty", 34000),
        (
            "en",
            "Two eighty? Can't, ma'am. Three ten a sack; take forty sacks and I'll do two ninety.",
            31000,
        ),
        ("hi", "बोरी चार सौ बीस, पचास बोरी लोगे तो चार सौ", 42000),
        ("hi", "चार सौ में नहीं होगा, बोरी चार सौ बीस, पचास बोरी लो तो चार सौ दस", 42000),
        ("mr", "गोणी पाचशे वीस देतो, पन्नास गोण्या घ्याल तर पाचशे", 52000),
        ("mr", "पोतं दोनशे साठ, वीस पोती घेतली तर दोनशे पन्नास", 26000),
        ("bn", "বস্তা পাঁচশো কুড়ি, তিরিশ বস্তা নিলে পাঁচশো", 52000),
        ("gu", "કોથળો પાંચસો વીસ, ત્રીસ કોથળા લો તો પાંચસો", 52000),
        ("gu", "થેલી ચારસો દસ, પચાસ થેલી લો તો ચારસો", 41000),
        ("en", "Four sixty a bag, and if you take thirty bags I'll make it four fifty", 46000),
    ],
)
def test_pack_rate_stands_beside_its_count_deal(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.confidence >= MIN_CONFIDENCE, understood
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is True
    assert understood.quantity is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # another pack counted in the condition: a bundle's total or a rate, unsure
        ("hi", "बोरी चार सौ बीस, पचास पेटी लो तो चार सौ दस"),
        ("en", "Four sixty a bag, take thirty bottles and it is four fifty"),
    ],
)
def test_other_pack_counted_stays_asked(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.confidence < MIN_CONFIDENCE, understood
