"""The weight of the item shown, then the rate by that weight, then the total it works
out to: "this copper pot is 1.75 kg, 1,200 a kilo, 2,100 in all", "இந்த செம்பு பானை
ஒண்ணே முக்கால் கிலோ, கிலோ ஆயிரத்தி இருநூறு, மொத்தம் ரெண்டாயிரத்தி நூறு", "ಈ ತಾಮ್ರದ
ಕೊಡ ಒಂದೂವರೆ ಕೆಜಿ, ಕೆಜಿಗೆ ಸಾವಿರದ ಇನ್ನೂರು, ಒಟ್ಟು ಸಾವಿರದ ಎಂಟುನೂರು". The rate explains and
the item's total is the price, a total for that weight, as when the weight is said after
the rate (`two_rates.item_total_after_rate`). Only a total that is the rate times the
weight, to the rupee, is read so; any other pair of prices is left to the other passes."""

from __future__ import annotations

from audio.understanding.reading import _Price, _Quantity, _Reading


def _weights_before(reading: _Reading, rate: _Price, unit: str) -> list[_Quantity]:
    """Weights of `unit` said before the rate, of no price of their own."""
    claimed = {id(p.quantity) for p in reading.prices if p.quantity is not None}
    return [
        q
        for q in reading.quantities
        if q.end <= rate.start
        and q.unit == unit
        and q.value not in (None, 0, 1)
        and id(q) not in claimed
    ]


def total_after_weight_and_rate(reading: _Reading) -> list[_Price]:
    """The total that is the rate times the weight said before it stands, a total for
    that weight; returns the rates it replaces."""
    live = [p for p in reading.prices if not p.negated]
    if len(live) != 2:
        return []
    rate, total = live
    unit = rate.quantity.unit if rate.quantity is not None else None
    if not rate.per_unit or unit not in ("kg", "g") or total.per_unit or total.each:
        return []
    for weight in _weights_before(reading, rate, unit):
        assert weight.value is not None
        if abs(rate.paise * weight.value - total.paise) <= 100:  # to the rupee
            total.per_unit, total.quantity = False, weight
            weight.claimed = True
            return [rate]
    return []
