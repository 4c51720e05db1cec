"""Reels, spools, rolls and strings of lights counted are pieces: "two reels of thread",
"do reel dhaaga dena", "দুটো রিল সুতো দিন", "दो रील लाल धागा कितने का?" (README: "reels and
strings of lights counted are pieces"). The count right before the reel word is the
quantity, `unit` piece, whether the line prices them or not; the number is never a
price. A reel's size ("नौ रील की चरखी", the nine-reel spool, `reel_sizes`) and a lone
"one" ("one roll 250", its rate) count nothing."""

from __future__ import annotations

from audio.numbers import NumberSpan
from audio.understanding.reading import _Price, _Reading
from audio.understanding.reel_sizes import sized_reel
from audio.understanding.vessels import _PIECES

# More reels than this said before the word is a length or a size, not a count.
_MOST = 100


def reels_counted(
    reading: _Reading, chosen: _Price | None, count: float | None, unit: str | None
) -> tuple[float | None, str | None]:
    """The count and unit of the line, with a count of reels read as pieces."""
    if unit is not None:
        return count, unit
    priced = {p.start for p in reading.prices}
    words = reading.words
    seen: set[int] = set()
    for span in reading.number_at:
        if span is None or span.start in seen:
            continue
        seen.add(span.start)
        value = span.value
        if value != int(value) or not 2 <= value <= _MOST or span.start in priced:
            continue
        if count is not None and value != count:
            continue
        if span.end >= len(words) or words[span.end] not in _PIECES:
            continue
        if sized_reel(reading, span.end) or (chosen is not None and chosen.per_unit):
            continue  # "नौ रील की चरखी", "two reels, 150 each"
        return value, "piece"
    return count, unit


def reel_after(reading: _Reading, span: NumberSpan) -> bool:
    """Two or more reels, spools, rolls or strings of lights are counted by `span` ("दो
    रील धागा", "do reel"): the word "do" there counts them, never "give"; "one roll" is
    its rate's."""
    words, end = reading.words, span.end
    if span.value < 2 or end >= len(words):
        return False
    return words[end] in _PIECES and not sized_reel(reading, end)
