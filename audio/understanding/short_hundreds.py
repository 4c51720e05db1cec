"""A bare count of hundreds against a price on the table in thousands: "I'll give
twenty-four" against ₹2,800 for a mattress is ₹2,400 said the short way as often as it is
₹24. Two readings of one number: the speaker is asked, never ₹24 recorded against a
price a hundred times its size."""

from __future__ import annotations

from audio.understanding.reading import _Price


def hundreds_left_out(price: _Price, reference_paise: int | None) -> bool:
    """Whether `price`, a bare number with no currency word, is under a twentieth of the
    price on the table while a hundred times it lies near that price."""
    if reference_paise is None or reference_paise <= 0 or price.explicit:
        return False
    if price.quantity is not None or price.each or price.per_unit is True:
        return False
    near = reference_paise / 2 <= price.paise * 100 <= reference_paise * 2
    return near and price.paise * 20 < reference_paise
