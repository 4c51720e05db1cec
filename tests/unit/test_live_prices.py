"""A reading put into the product's unit before it is recorded (`server.live.prices`):
a part of a unit, a quantity that is not whole or a rate per another unit becomes the
rate per the product's unit that was said, asked back; never the total spread over the
deal's quantity. The readings come from the real understanding."""

from __future__ import annotations

import pytest

from audio.interpret import MIN_CONFIDENCE
from audio.understanding import understand
from server.live.prices import in_product_units

ASKED = [
    # (language, words, the product's unit, the rate per that unit asked back)
    ("en", "I want half a kilo for 25 rupees", "kg", 5000),
    ("en", "give me 250 grams for 12 rupees", "kg", 4800),
    ("en", "500 grams for 20 rupees", "kg", 4000),
    ("en", "one kilo two hundred grams for 60 rupees", "kg", 5000),
    ("en", "two and a half kilos at 40 a kilo", "kg", 4000),
    ("en", "six bananas for thirty rupees", "dozen", 6000),
    ("en", "half a dozen for thirty", "dozen", 6000),
    ("hi", "dedh kilo saath rupaye mein de do", "kg", 4000),
    ("hi", "ढाई किलो सौ रुपये में दे दो", "kg", 4000),
    ("hi", "paav kilo das rupaye mein", "kg", 4000),
    ("hi", "सवा किलो पचास रुपये", "kg", 4000),
    ("hi", "aadha darjan tees rupaye", "dozen", 6000),
    ("ta", "அரை கிலோ இருபத்தஞ்சு ரூபாய்க்கு குடுங்க", "kg", 5000),
    # A price per a part of the kilo: a total for that part, the kilo's rate asked.
    ("en", "sixty rupees for every half kilo", "kg", 12000),
    ("en", "15 rupees per 100 grams", "kg", 15000),
    ("en", "thirty for 250 grams", "kg", 12000),
    ("en", "ten rupees for 300 grams", "kg", 3333),  # a third of a kilo: rounded down
    ("te", "అర కిలో ముప్పై రూపాయలకు ఇవ్వండి", "kg", 6000),
]


@pytest.mark.parametrize(("language", "text", "unit", "rate"), ASKED)
def test_a_part_of_the_unit_is_asked_as_its_rate(
    language: str, text: str, unit: str, rate: int
) -> None:
    heard = understand(text, language=language)
    assert heard.amount_paise is not None and heard.quantity is not None, heard
    said = in_product_units(heard, unit)
    assert (said.amount_paise, said.per_unit, said.quantity, said.unit) == (rate, True, None, unit)
    assert said.confidence < MIN_CONFIDENCE  # asked back of its speaker, not recorded


STANDS = [
    ("en", "two kilos for 100 rupees", "kg", (10000, False, 2.0, "kg")),
    ("en", "forty rupees a kilo", "kg", (4000, True, None, "kg")),
    ("en", "give it for 90", "kg", (9000, None, None, None)),
    ("hi", "do kilo pachaas rupaye mein", "kg", (5000, False, 2.0, "kg")),
    ("en", "one dozen for forty", "dozen", (4000, True, None, "dozen")),
]


@pytest.mark.parametrize(("language", "text", "unit", "expected"), STANDS)
def test_whole_quantities_and_rates_of_the_unit_stand(
    language: str, text: str, unit: str, expected: tuple[object, ...]
) -> None:
    heard = understand(text, language=language)
    said = in_product_units(heard, unit)
    assert said == heard
    amount, per_unit, quantity, unit_said = expected
    assert said.amount_paise == amount and said.per_unit == per_unit
    assert said.quantity == quantity
    if unit_said is not None:
        assert said.unit == unit_said


def test_whole_counts_in_another_unit_are_converted_and_stand() -> None:
    heard = understand("twelve bananas for sixty rupees", language="en")
    said = in_product_units(heard, "dozen")
    assert (said.amount_paise, said.per_unit, said.quantity, said.unit) == (
        6000,
        False,
        1.0,
        "dozen",
    )
    assert said.confidence == heard.confidence
    heard = understand("1000 grams for 45 rupees", language="en")
    said = in_product_units(heard, "kg")
    assert (said.amount_paise, said.quantity, said.unit) == (4500, 1.0, "kg")


def test_a_rate_per_another_unit_is_converted_and_asked() -> None:
    heard = understand("ten rupees a piece", language="en")
    said = in_product_units(heard, "dozen")
    assert (said.amount_paise, said.per_unit, said.unit) == (12000, True, "dozen")
    assert said.confidence < MIN_CONFIDENCE


def test_a_part_said_in_the_unit_the_goods_are_sold_by_stands() -> None:
    heard = understand("100 grams for 15 rupees", language="en")
    said = in_product_units(heard, "g")  # sold by the gram: 100 g for ₹15 stands
    assert said == heard


def test_a_unit_that_does_not_convert_names_no_price() -> None:
    heard = understand("two bunches for forty rupees", language="en")
    assert heard.unit == "bunch" and heard.amount_paise == 4000
    said = in_product_units(heard, "kg")
    assert said.amount_paise is None and said.quantity is None


TOTALS_NOT_KEPT = [
    # (language, words, the product's unit, the deal's quantity, the total heard with its
    # quantity and unit; None: the record keeps what was said)
    ("en", "quarter kilo for twelve rupees", "kg", 1, (1200, 0.25, "kg")),
    ("en", "three hundred grams for 15 rupees", "kg", 2, (1500, 300.0, "g")),
    ("hi", "पाव किलो बीस रुपये में", "kg", 1, (2000, 0.25, "kg")),
    ("hi", "डेढ़ किलो 75 रुपये", "kg", 2, (7500, 1.5, "kg")),
    ("en", "one and a half dozen for 120", "dozen", 2, (12000, 1.5, "dozen")),
    ("en", "three and a half kilo for 140", "kg", 4, (14000, 3.5, "kg")),
    # Whole units, but no whole-paise rate keeps the total.
    ("en", "200 rupees for 9 kilos", "kg", 9, (20000, 9.0, "kg")),
    ("en", "50 for all three", "kg", 3, (5000, 3.0, "kg")),
    # Kept as said: whole units whose total splits into paise, a rate, a bare price.
    ("en", "90 rupees for 3 kilos", "kg", 3, None),
    ("en", "99.99 for 3 kilo", "kg", 3, None),
    ("en", "two and a half kilos at 40 a kilo", "kg", 3, None),
    ("en", "45 rupees", "kg", 7, None),
]


@pytest.mark.parametrize(("language", "words", "unit", "deal", "total"), TOTALS_NOT_KEPT)
def test_a_total_the_record_cannot_keep_is_named(
    language: str, words: str, unit: str, deal: int, total: tuple[int, float, str] | None
) -> None:
    from server.live.prices import total_not_kept

    said = total_not_kept(understand(words, language=language), unit, deal)
    if total is None:
        assert said is None
    else:
        assert said is not None
        assert (said.amount_paise, said.quantity, said.unit) == total
