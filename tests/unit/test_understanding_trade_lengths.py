"""Units the goods do not list (a metre of cloth): a fraction before one is a length of it,
never kilos; a rate per metre beside a count of metres keeps both; a price after a count
of metres is their total, while "a metre, 140" alone stays a rate."""

from __future__ import annotations

import pytest

from audio.understanding import understand

# A fraction said before a unit of trade is a quantity of that unit, never kilos.
FRACTION_LENGTHS = [
    ("te", "చొక్కాకి ముప్పావు మీటర్ చాలు", 0.75),
    ("bn", "পৌনে এক মিটার কাপড় দিন", 0.75),
    ("ml", "മുക്കാൽ മീറ്റർ തുണി വേണം", 0.75),
    ("hi", "सवा मीटर कपड़ा दिखाओ", 1.25),
]


@pytest.mark.parametrize(("language", "text", "count"), FRACTION_LENGTHS)
def test_a_fraction_before_a_metre_is_metres(language: str, text: str, count: float) -> None:
    understood = understand(text, language=language)
    assert understood.quantity == count
    assert understood.unit is None
    assert understood.amount_paise is None


def test_a_fraction_alone_is_still_kilos() -> None:
    understood = understand("ढाई किलो दे दो", language="hi")
    assert (understood.quantity, understood.unit) == (2.5, "kg")


# "A metre 110, it takes 2.5 metres": the rate stands, the count is the metres bought.
RATE_AND_COUNT = [
    ("hi", "मीटर का एक सौ दस, कुर्ते में ढाई मीटर जाएगा"),
    ("gu", "મીટરના એકસો દસ, કુર્તામાં અઢી મીટર જશે"),
    ("kn", "ಮೀಟರ್‌ಗೆ ನೂರಾ ಹತ್ತು, ಕುರ್ತಾಗೆ ಎರಡೂವರೆ ಮೀಟರ್ ಬೇಕು"),
]


@pytest.mark.parametrize(("language", "text"), RATE_AND_COUNT)
def test_a_rate_per_metre_keeps_the_count(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert (understood.amount_paise, understood.per_unit) == (11000, True)
    assert (understood.quantity, understood.unit) == (2.5, None)


# A price after a count of metres is their total; with no count it is a rate.
def test_a_price_for_counted_metres_is_a_total() -> None:
    understood = understand("डेढ़ मीटर के डेढ़ सौ लगा लो", language="hi", has_outstanding_offer=True)
    assert (understood.amount_paise, understood.per_unit) == (15000, False)
    assert understood.quantity == 1.5


def test_a_price_per_metre_alone_is_a_rate() -> None:
    understood = understand("മീറ്ററിന് 130 തരാം", language="ml", has_outstanding_offer=True)
    assert (understood.amount_paise, understood.per_unit) == (13000, True)
    assert understood.quantity is None


# A unit of trade after a pause belongs to the next clause's price: the rate before the
# pause is no count of it, and the crate's price is a side deal, so the rate stands.
ACROSS_A_PAUSE = [
    ("hi", "आम दर्जन अस्सी, पेटी लो तो पचहत्तर"),
    ("pa", "ਦਰਜਨ ਅੱਸੀ, ਪੇਟੀ ਲਓ ਤਾਂ ਪਚੱਤਰ"),
    ("mr", "डझन ऐंशी, पेटी घ्याल तर पंचाहत्तर"),
]


@pytest.mark.parametrize(("language", "text"), ACROSS_A_PAUSE)
def test_a_unit_after_a_pause_is_not_the_rates(language: str, text: str) -> None:
    understood = understand(text, language=language)
    assert understood.quantity is None
    assert (understood.amount_paise, understood.per_unit, understood.unit) == (8000, True, "dozen")
    assert understood.confidence >= 0.6


def test_a_unit_joined_after_the_price_is_still_its_rate() -> None:
    understood = understand("1600 quintal", language="en")
    assert (understood.amount_paise, understood.per_unit) == (160000, True)
