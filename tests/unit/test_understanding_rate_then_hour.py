"""A rate said with its unit before the number, then past a pause an hour at a part of
the day ("రొయ్యలు కిలో ఆరు వందలు, రాత్రి పదింటికి ...", prawns 600 a kilo, caught at ten at
night): the rate stands, never a count of 600 goods. Goods counted right before the hour
("ముప్పై పొట్లాలు సాయంత్రం ఆరింటికి కావాలి") stay a count, no price."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise"),
    [
        ("te", "రొయ్యలు కిలో ఆరు వందలు, రాత్రి పదింటికి వల వేసి పట్టినవి.", 60000),
        ("ml", "ചെമ്മീൻ കിലോ അഞ്ഞൂറ്, ഇന്നലെ രാത്രി പത്തിന് പിടിച്ചതാ.", 50000),
        ("kn", "ಸಿಗಡಿ ಕೆಜಿ ಐನೂರು, ರಾತ್ರಿ ಹತ್ತಕ್ಕೆ ಹಿಡಿದಿದ್ದು.", 50000),
    ],
)
def test_rate_before_an_hour_stands(language: str, text: str, paise: int) -> None:
    understood = understand(text, language=language)
    assert understood.intent is Intent.OFFER
    assert understood.amount_paise == paise
    assert understood.per_unit is True
    assert understood.unit == "kg"
    assert understood.quantity is None


def test_goods_counted_before_an_hour_stay_a_count() -> None:
    understood = understand("ముప్పై పొట్లాలు సాయంత్రం ఆరింటికి కావాలి.", language="te")
    assert understood.intent is Intent.OTHER
    assert understood.amount_paise is None
    assert understood.quantity == 30
