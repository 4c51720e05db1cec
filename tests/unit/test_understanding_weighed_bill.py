"""A rate, then a weight said as weighed out ("दीड किलो झाली", "it weighed…") and the
total for it: the bill for the goods on the scale stands, with that weight its quantity.
A total said straight after the weight with no such word only works the rate out, and
the rate stands."""

from __future__ import annotations

import pytest

from audio.understanding import understand


@pytest.mark.parametrize(
    ("language", "text", "paise", "quantity"),
    [
        ("mr", "साखर किलो चव्वेचाळीस, दीड किलो झाली, सहासष्ट रुपये", 6600, 1.5),
        ("mr", "तांदूळ किलो बेचाळीस, पावणे दोन किलो झालं, त्र्याहत्तर रुपये पन्नास पैसे", 7350, 1.75),
        ("hi", "चीनी किलो चवालीस, डेढ़ किलो हुआ, छियासठ रुपये", 6600, 1.5),
        ("en", "Sugar is forty-four a kilo, it weighed one and a half kilo, sixty-six", 6600, 1.5),
        ("gu", "ખાંડ કિલોના ચુમ્માલીસ, દોઢ કિલો થયું, છાસઠ રૂપિયા", 6600, 1.5),
        ("bn", "চিনি কেজি চুয়াল্লিশ, দেড় কেজি হল, ছেষট্টি টাকা", 6600, 1.5),
    ],
)
def test_weighed_out_total_is_the_bill(
    language: str, text: str, paise: int, quantity: float
) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == paise, understood
    assert understood.per_unit is False
    assert understood.quantity == quantity
    assert understood.unit == "kg"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("hi", "चीनी किलो चवालीस, डेढ़ किलो छियासठ"),
        ("bn", "চিনি কেজি চুয়াল্লিশ, দেড় কেজি ছেষট্টি"),
    ],
)
def test_total_worked_out_keeps_the_rate(language: str, text: str) -> None:
    understood = understand(text, language=language, has_outstanding_offer=True)
    assert understood.amount_paise == 4400, understood
    assert understood.per_unit is True
    assert understood.quantity is None
