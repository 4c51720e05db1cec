"""A "don't want / no" that refuses an extra (ice, sugar) leaves the price standing, and
Bengali numbers elided onto the rupee word ("ছ'টাকা") are read as numbers."""

from __future__ import annotations

from audio.lexicon import tokenize
from audio.understanding import Intent, understand


def test_elided_taka_is_two_words() -> None:
    assert [t.raw for t in tokenize("সাড়ে ছ'টাকা")] == ["সাড়ে", "ছ", "টাকা"]
    assert [t.raw for t in tokenize("ন’টাকায়")] == ["ন", "টাকায়"]


def test_not_x_then_y_with_elided_numbers_counters() -> None:
    understood = understand("আট'টাকা না, সাত'টাকা দিন", language="bn", has_outstanding_offer=True)
    assert understood.intent is Intent.COUNTER, understood
    assert understood.amount_paise == 700


def test_no_ice_leaves_the_price() -> None:
    understood = understand("சின்ன கிளாஸ் இருபது, ஐஸ் வேண்டாம்னா சொல்லுங்க", language="ta")
    assert understood.amount_paise == 2000, understood
    assert understood.intent is Intent.OFFER


def test_a_refused_price_still_refuses() -> None:
    understood = understand("முப்பது வேண்டாம்", language="ta", has_outstanding_offer=True)
    assert understood.intent is Intent.REJECT, understood
