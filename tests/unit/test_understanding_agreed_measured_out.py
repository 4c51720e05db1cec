"""Agreement to the price on the table, a pause, then the measure to cut or pour ("okay,
ninety, cut four metres", "సరే, యాభై రెండే, ఒక లీటరు పోయండి"): an accept, the metres or
litres the goods wanted, never a total the price pays for."""

from __future__ import annotations

import pytest

from audio.understanding import Intent, understand


@pytest.mark.parametrize(
    ("language", "text", "paise", "quantity"),
    [
        ("hi", "ठीक है, सत्तर ही सही, पाँच मीटर काट देता हूँ।", 7000, 5.0),
        ("te", "సరే, నలభై ఎనిమిదే, రెండు లీటర్లు పోయండి.", 4800, 2.0),
        ("ta", "சரி, எழுபதே, மூணு லிட்டர் ஊத்துங்க.", 7000, 3.0),
        ("bn", "ঠিক আছে, সত্তরই, পাঁচ মিটার কেটে দিন।", 7000, 5.0),
        ("en", "Okay, seventy, cut five metres.", 7000, 5.0),
    ],
)
def test_agreed_then_measured_out(language: str, text: str, paise: int, quantity: float) -> None:
    u = understand(text, language=language, reference_paise=paise, has_outstanding_offer=True)
    assert u.intent is Intent.ACCEPT
    assert u.amount_paise == paise
    assert u.per_unit is None
    assert u.quantity == quantity


def test_price_for_the_litres_stays_a_total() -> None:
    u = understand(
        "నలభై ఎనిమిదికి రెండు లీటర్లు పోయండి.",
        language="te",
        reference_paise=5000,
        has_outstanding_offer=True,
    )
    assert u.intent is Intent.COUNTER
    assert u.per_unit is False
