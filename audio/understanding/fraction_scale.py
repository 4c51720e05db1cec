"""A fraction said with a small number and no scale word is said the short way: "साढ़े सात"
(seven and a half) is ₹7.50, ₹750 or ₹7,500, as "सवा चार", "ਸਵਾ ਚਾਰ", "સાડા સાત", "ஏழரை",
"ఏడున్నర", "ಏಳೂವರೆ", "ഏഴര", "dedh" and "dhai" are. A vendor of a ₹8,000 phone who says
"साढ़े सात" means ₹7,500; a tailor asking ₹400 and told "सवा तीन" hears ₹325.

The price on the table (or another price said in the line) picks the scale: the one
reading near it stands. With neither, or with none of the readings near it, the speaker is
asked, never ₹7.50 recorded. Said with a rupee word ("साढ़े सात रुपये") or with a unit
("dhai kilo", "kilo saadhe saat") the words keep their plain value."""

from __future__ import annotations

from audio.languages.base import Cue, Kind
from audio.numbers import number_table
from audio.understanding.reading import _Price, _Reading

_SCALES = (1, 100, 1000)


def _has_fraction_word(reading: _Reading, start: int, end: int) -> bool:
    """A fraction word among the words ("साढ़े", "dedh", "ஏழரை", "ఏడున్నర"), not a pair
    of whole numbers read as rupees and paise ("सैंतीस पचास", "forty two fifty")."""
    table = number_table(reading.language)
    for k in range(start, end):
        found = table.parts(reading.words[k])
        parts = found[0] if found else ()
        if any(p.kind in (Kind.FRACTION, Kind.PREFIX) or p.value != int(p.value) for p in parts):
            return True
    return False


def _said_short(reading: _Reading, price: _Price) -> bool:
    """A number between 1 and 100 with a fraction in it, said in words, with nothing
    that makes it small money or a rate: no rupee or paise word, no unit, no "each"."""
    span = price.span
    value = span.value
    if not 1 <= value < 100 or value == int(value) or span.alternative is not None:
        return False
    if any(any(c.isdigit() for c in reading.words[k]) for k in range(span.start, span.end)):
        return False  # "7.5" typed is as written
    if reading.has(span.start - 1, Cue.UNIT) or reading.has(span.end, Cue.UNIT):
        return False  # "kilo saadhe saat", "கிலோ இருபத்தைந்தரைக்கு": a rate as said
    if price.explicit or price.quantity is not None or price.each:
        return False
    return _has_fraction_word(reading, span.start, span.end)


def scale_fractions(reading: _Reading, reference_paise: int | None) -> None:
    """Read each fraction said the short way at the scale of the price it answers, or
    mark it as having two readings when nothing picks one."""
    plain = [p.paise for p in reading.prices if not _said_short(reading, p)]
    reference = reference_paise or (plain[-1] if plain else None)
    for price in reading.prices:
        if not _said_short(reading, price):
            continue
        readings = [round(price.span.value * 100 * s) for s in _SCALES]
        if reference is None or reference <= 0:
            price.two_readings = True
            continue
        near = [p for p in readings if reference / 4 <= p <= reference * 4]
        if len(near) == 1:
            price.paise = near[0]
        else:
            price.two_readings = True
