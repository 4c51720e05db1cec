"""A rate corrected, then the count the buyer takes: "टोमॅटो किलो चाळीस, नाही, पस्तीस
लावतो, वीस किलो घेताय म्हणून" (forty a kilo, no, I'll put thirty-five, since you take
twenty kilo). The price said after the refused rate is the rate lowered, of the same unit
(`per_unit` true), and the count after it is the goods taken (`quantity`), never the count
that makes the lowered price a total: ₹35 for twenty kilo against ₹40 a kilo is no deal
anyone offers."""

from __future__ import annotations

from audio.understanding.reading import _Quantity, _Reading

_NEAR = 0.5
"""The lowered rate is at least this share of the refused one."""


def rate_kept_on_correction(reading: _Reading) -> None:
    """Make the price after a refused rate a rate of its unit when the count of that unit
    said after it would make it a total far under the rate."""
    for price in reading.prices:
        quantity = price.quantity
        if price.negated or price.per_unit is not False or quantity is None:
            continue
        if quantity.unit is None or quantity.start < price.end or (quantity.value or 0) <= 1:
            continue
        refused = [
            p
            for p in reading.prices
            if p.negated and p.end <= price.start and p.per_unit and p.quantity is not None
        ]
        if not refused or refused[-1].quantity is None:
            continue
        rate = refused[-1]
        if rate.quantity is None or rate.quantity.unit != quantity.unit:
            continue
        if _NEAR * rate.paise <= price.paise < rate.paise:
            # "चाळीस नाही, पस्तीस, वीस किलो ...": 35 a kilo, and the 20 kilo the goods taken
            price.per_unit = True
            price.quantity = _Quantity(None, quantity.unit, price.end, price.end, claimed=True)
            quantity.claimed = False
