"""An amount to take off the price on the table, in the ways the reading of amounts
leaves as a price: "ten less than that", "cut fifteen rupees from it", "take fifteen
off". Whatever the amount, it is no price: the line asks for a lower one."""

from __future__ import annotations

from audio.understanding.reading import _joined, _Price, _Reading

_CUT = frozenset(("cut", "minus", "deduct"))
"""Said before the amount: "cut fifteen rupees", "minus ten"."""
_OFF = frozenset(("off",))
"""Said after it: "fifteen off", "twenty rupees off"."""
_THAT = frozenset(("that", "this", "it", "yours"))
"""What "less than" measures from when it is the price on the table, not an amount."""


def drop_amounts_off(reading: _Reading) -> bool:
    """Drop the prices that are amounts to take off; whether any was."""
    kept = [p for p in reading.prices if not _taken_off(reading, p)]
    dropped = len(kept) < len(reading.prices)
    reading.prices = kept
    return dropped


def _taken_off(reading: _Reading, price: _Price) -> bool:
    words, after = [t.raw.lower() for t in reading.tokens], price.end
    if price.start > 0 and words[price.start - 1] in _CUT:
        return True
    if after < len(words) and words[after] in _OFF and _joined(reading, after):
        return True
    # "ten less than that": the price on the table, less ten
    return (
        after + 2 < len(words)
        and reading.less.found(reading.words[after : after + 1])
        and words[after + 1] == "than"
        and words[after + 2] in _THAT
    )
