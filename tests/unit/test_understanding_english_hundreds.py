"""Hundreds said short in English ("twenty-eight fifty" for ₹2,850): joined where the
goods or the price on the table pick that reading; rupees and paise, a year, or no way to
tell are read as before."""

from __future__ import annotations

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand


def test_dear_goods_pick_the_hundreds() -> None:
    understood = understand("this saree is thirty-four sixty", language="en")
    assert understood.amount_paise == 346000, understood


def test_the_price_on_the_table_picks_the_hundreds() -> None:
    understood = understand(
        "give it for thirty-one twenty", language="en", has_outstanding_offer=True,
        reference_paise=350000,
    )  # fmt: skip
    assert understood.amount_paise == 312000, understood


def test_mixed_into_another_language() -> None:
    understood = understand("ਇਹ ਸਾੜੀ forty-six fifty ਦੀ ਹੈ", language="pa")
    assert understood.amount_paise == 465000, understood


def test_rupees_and_paise_a_kilo_stay() -> None:
    understood = understand("forty-six fifty a kilo", language="en")
    assert understood.amount_paise in (None, 4650) or understood.confidence < MIN_CONFIDENCE


def test_a_year_is_no_price() -> None:
    understood = understand("this saree is from twenty-eight ten", language="en")
    assert understood.amount_paise != 281000
    assert understood.amount_paise is None or understood.confidence < MIN_CONFIDENCE


def test_two_fifty_stays() -> None:
    understood = understand("two fifty for the blouse", language="en")
    assert understood.amount_paise == 25000, understood
