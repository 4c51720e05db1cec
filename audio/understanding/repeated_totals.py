"""A rate, then a total for a count of the same unit at exactly that rate ("a load is
3,500, two loads 7,000", "ലോഡിന് അയ്യായിരം, രണ്ട് ലോഡിന് പതിനായിരം"): two prices that
agree are one offer, and the rate said first stands as said. The total only works the
rate out for the count; it is no second price and no deal of its own."""

from __future__ import annotations

from audio.understanding.reading import _Price, _Reading


def totals_repeating_rate(reading: _Reading) -> list[tuple[_Price, _Price]]:
    """Each total that only repeats a rate said before it, with that rate: the rate
    stands, the total is set aside."""
    standing = [p for p in reading.prices if not p.negated]
    repeated: list[tuple[_Price, _Price]] = []
    for total in standing:
        q = total.quantity
        count = q.value if q is not None else None
        if total.per_unit is not False or count is None or count <= 1 or count % 1:
            continue
        rates = [
            p
            for p in standing
            if p.end <= total.start and p.per_unit is not False and p.quantity is None
        ]
        if rates and rates[-1].paise * int(count) == total.paise:
            repeated.append((rates[-1], total))
    return repeated
