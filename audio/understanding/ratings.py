"""A hardness rating typed with a capital H glued to its digit: "this tempered glass is
9H, won't break", "ഈ ടെമ്പേർഡ് ഗ്ലാസ് 9H ആണ്". A screen guard's or a pencil's grade, never
nine an hour: no price and no count."""

from __future__ import annotations

from audio.understanding.reading import _Reading


def hardness_ratings(reading: _Reading) -> set[int]:
    """The starts of the prices and counts whose number is a hardness grade ("9H")."""
    tokens, gone = reading.tokens, set()
    starts = [p.start for p in reading.prices] + [q.start for q in reading.quantities]
    for start in starts:
        number = reading.number_at[start]
        if number is None or number.end >= len(tokens) or number.end - number.start != 1:
            continue
        digit, mark = tokens[number.end - 1], tokens[number.end]
        if digit.raw.isdigit() and mark.raw == "H" and mark.start == digit.end:
            gone.add(start)
    return gone
