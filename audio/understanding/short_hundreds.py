"""A bare count of hundreds against a price on the table in thousands: "I'll give
twenty-four" against ₹2,800 for a mattress is ₹2,400 said the short way as often as it is
₹24. Two readings of one number: the speaker is asked, never ₹24 recorded against a
price a hundred times its size."""

from __future__ import annotations

from audio.understanding.reading import _joined, _Price, _Reading


def hundreds_left_out(price: _Price, reference_paise: int | None) -> bool:
    """Whether `price`, a bare number with no currency word, is under a twentieth of the
    price on the table while a hundred times it lies near that price."""
    if reference_paise is None or reference_paise <= 0 or price.explicit:
        return False
    if price.quantity is not None or price.each or price.per_unit is True:
        return False
    near = reference_paise / 2 <= price.paise * 100 <= reference_paise * 2
    return near and price.paise * 20 < reference_paise


def hundreds_read_as_count(reading: _Reading, price: _Price, reference_paise: int | None) -> bool:
    """A bare one-digit number right before a bare price, read as a count of pieces ("ஏழு
    அம்பதுக்கு குடுங்க": 50 for seven), while the two together said the short way (7-50,
    ₹750) lie near the price on the table: two readings, the speaker is asked."""
    q = price.quantity
    if reference_paise is None or reference_paise <= 0 or price.explicit or q is None:
        return False
    if q.value is None or q.value != int(q.value) or not 1 <= q.value <= 9:
        return False
    if q.end != price.start or q.end - q.start != 1 or reading.number_at[q.start] is None:
        return False  # a unit word said between or with it ("7 kilo 50") is a count
    if not _joined(reading, price.start) or not 10 <= price.span.value < 100:
        return False
    short = (q.value * 100 + price.span.value) * 100
    return reference_paise / 2 <= short <= reference_paise * 2
