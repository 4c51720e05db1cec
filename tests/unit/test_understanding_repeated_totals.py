"""A rate, then a total for a count at exactly that rate: one offer, the rate stands."""

from __future__ import annotations

from audio.understanding import Intent, understand


def test_total_that_repeats_the_rate_leaves_the_rate() -> None:
    u = understand("ലോഡിന് അയ്യായിരം, രണ്ട് ലോഡിന് പതിനായിരം", language="ml", has_outstanding_offer=True)
    assert (u.intent, u.amount_paise, u.per_unit, u.quantity) == (
        Intent.COUNTER,
        500000,
        True,
        None,
    )
    u = understand("లోడ్ నాలుగు వేలు, రెండు లోడ్లకి ఎనిమిది వేలు", language="te", has_outstanding_offer=True)
    assert (u.intent, u.amount_paise) == (Intent.COUNTER, 400000)


def test_total_at_another_rate_is_still_a_deal() -> None:
    u = understand("ലോഡിന് അയ്യായിരം, രണ്ട് ലോഡിന് ഒമ്പതിനായിരം", language="ml", has_outstanding_offer=True)
    assert u.amount_paise != 500000 or u.confidence < 0.6
