"""A tyre's air pressure ("32 PSI") is a measure, never a price."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("te", "Puncture chesaaka venaka tyre lo 30 PSI pettandi."),
        ("en", "fill the front tyre to 35 psi please"),
        ("hi", "टायर में हवा 30 पीएसआई भर दो"),
        ("ta", "பின் டயர்ல 32 PSI போடுங்க"),
    ],
)
def test_tyre_pressure_is_no_price(language: str, text: str) -> None:
    heard = understand(text, language=language, has_outstanding_offer=True)
    assert heard.amount_paise is None
    assert heard.intent is Intent.OTHER


def test_price_beside_the_air_still_stands() -> None:
    heard = understand("puncture 80, air 30 psi free", language="en")
    assert heard.amount_paise == 8000
