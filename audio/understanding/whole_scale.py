"""A whole number said short against a price in the hundreds or thousands: with a goat
at ₹18,000 on the table, "अठारह बहुत है, बारह दूँगा" (eighteen is a lot, I'll give
twelve) offers ₹12,000; "fifteen, last" for an ₹18,000 calf is ₹15,000. The bare number
would be a thousandth of the price, never what was meant.

A number from 1 to 99 with no rupee word, no unit and no "each", far below the price on
the table (under a twentieth of it), is read in thousands when that alone lands near the
price (0.3 to 1.5 times it). Where no scale or both do, the speaker is asked; where only
hundreds do ("twenty-six" against ₹2,800, "four" against ₹450), hundreds are said short
as often as not and `audio.understanding.short_hundreds` asks. With no price on the
table known the number stays as said: vegetables are priced in tens.
A fraction said short is read by `audio.understanding.fraction_scale`.

The hundreds or thousands dropped in agreement: with ₹170 on the table, "yes, I'll give
seventy, hand it over" ("હા, સિત્તેર આપીશ") most likely says one-seventy the short way,
and with ₹1,250 "ok, two fifty" twelve-fifty; but it may be a counter at the short
number. A line that agrees (a word of agreement, no refusal) and names only what is left
of the price on the table once its hundreds (or thousands) are dropped is asked, never
recorded at the short number nor taken as an accept."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.understanding.reading import _Price, _Reading

_HUNDRED, _THOUSAND = 100, 1000
_FAR_BELOW = 20
"""The bare number is under a twentieth of the price on the table."""
_LOW, _HIGH = 0.3, 1.5
"""A scaled reading lies between these shares of the price on the table."""
_HUNDRED_PAISE, _THOUSAND_PAISE = 100 * _HUNDRED, 100 * _THOUSAND
_REFUSED = (Cue.REJECT, Cue.NEGATION, Cue.NOT, Cue.TOO_MUCH)
_AGREED = (Cue.ACCEPT, Cue.SOFT_ACCEPT)


def _short_whole(reading: _Reading, price: _Price) -> bool:
    span = price.span
    if not 1 <= span.value < 100 or span.value != int(span.value):
        return False
    if span.alternative is not None or span.end - span.start > 2:
        return False
    if reading.has(span.start - 1, Cue.UNIT) or reading.has(span.end, Cue.UNIT):
        return False  # "kilo bees", "बीस किलो": a rate or a count as said
    return not (price.explicit or price.quantity is not None or price.each)


def scale_whole_numbers(reading: _Reading, reference_paise: int | None) -> None:
    """Read each short whole number in thousands when only that lands near the price
    on the table; ask when no scale or both do."""
    reference = reference_paise or 0
    if reference <= 0:
        return
    for price in reading.prices:
        if not _short_whole(reading, price) or price.paise * _FAR_BELOW >= reference:
            continue
        scaled = [price.paise * s for s in (_HUNDRED, _THOUSAND)]
        near = [p for p in scaled if _LOW * reference <= p <= _HIGH * reference]
        if near == [scaled[1]]:
            price.paise = scaled[1]
        elif not near or len(near) > 1:
            price.two_readings = True


def _dropped_scale(paise: int, reference: int) -> bool:
    """`paise` is `reference` with its hundreds, or its thousands, left off (170 → 70,
    1,250 → 250)."""
    if not 0 < paise < reference:
        return False
    return any(
        reference >= scale and reference % scale == paise
        for scale in (_HUNDRED_PAISE, _THOUSAND_PAISE)
    )


def ask_dropped_hundreds(reading: _Reading, reference_paise: int | None) -> None:
    """Ask about a price said in agreement that is the price on the table with its
    hundreds or thousands dropped ("haan, sattar de dunga" against ₹170)."""
    reference = reference_paise or 0
    words = range(len(reading.words))
    if reference < _HUNDRED_PAISE or not any(reading.has(k, *_AGREED) for k in words):
        return
    if any(reading.has(k, *_REFUSED) for k in words):
        return
    for price in reading.prices:
        if _dropped_scale(price.paise, reference):
            price.two_readings = True
