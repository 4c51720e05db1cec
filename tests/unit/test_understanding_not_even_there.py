"""A price refused as unheard of ("not even in the mandi"), then the vendor's own with
"not less": the second stands as the unit's rate, final; hundreds before the unit are
never a count of kilos there."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "पाँच सौ तो थोक में भी नहीं मिलेगा; छह सौ किलो, कम नहीं"),
        ("gu", "પાંચસો માં તો બજારમાં પણ નહીં મળે; છસો કિલો, ઓછું નહીં"),
        ("pa", "ਪੰਜ ਸੌ ਦੀ ਤਾਂ ਬਜ਼ਾਰ ਚ ਵੀ ਨਹੀਂ ਮਿਲਣੀ; ਛੇ ਸੌ ਕਿੱਲੋ, ਘੱਟ ਨਹੀਂ"),
    ],
)
def test_second_price_stands_as_the_rate(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER
    assert understood.amount_paise == 60000
    assert understood.per_unit is True
    assert understood.unit == "kg"
    assert understood.quantity is None
    assert understood.final


def test_kilos_wanted_with_not_less_stay_a_count() -> None:
    understood = understand("बीस किलो चाहिए, कम नहीं", language="hi")
    assert understood.amount_paise is None
