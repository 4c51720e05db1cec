"""A count in its collective or oblique form, then the price: a total for that count,
never a price of the count with the price as a number of pieces."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise", "count"),
    [
        ("pa", "ਪੰਜਾਂ ਦੇ ਸੌ ਰੁਪਏ", 10000, 5),
        ("ta", "அஞ்சுக்கும் நூறு", 10000, 5),
        ("kn", "ಐದಕ್ಕೂ ನೂರು", 10000, 5),
        ("ml", "അഞ്ചിനും നൂറ്", 10000, 5),
        ("bn", "পাঁচটার একশো", 10000, 5),
        ("gu", "ચારેયના એંસી", 8000, 4),
        ("mr", "तिघांचा साठ", 6000, 3),
        ("en", "a hundred for all five", 10000, 5),
    ],
)
def test_collective_count_then_price_is_a_total(
    language: str, text: str, paise: int, count: int
) -> None:
    understood = understand(text, language=language)
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is False
    assert understood.quantity == count


def test_oblique_punjabi_count_needs_its_genitive() -> None:
    understood = understand("ਤਿੰਨਾਂ ਨੂੰ ਪੁੱਛੋ, ਸੱਠ ਰੁਪਏ ਕਿੱਲੋ", language="pa")
    assert understood.amount_paise == 6000, understood
    assert understood.quantity != 3
