"""A line as the market passes read it, and how a list of passes runs over its hits.

`audio.market.heard` runs the passes of `heard_kept`, `heard_paying`, `heard_goods` and
`heard_asked`, in that order; each takes the hits so far and the line, and returns the hits
that say something after it: some dropped, some added, some turned into another act."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from audio.market.cue_hits import Hit


@dataclass(frozen=True, slots=True)
class Line:
    words: list[str]
    """The folded words, as `audio.market.recognise` reads them."""
    language: str
    punct: frozenset[int]
    """The indices of the words that follow punctuation."""
    numbered: bool
    """A number stands in the line."""
    digits: frozenset[int] = frozenset()
    """The indices of the words a number in digits stands just before (the line's length
    for one said last): the words hold no digits, so a pass that asks where a sum stands
    reads it here."""


Pass = Callable[[list[Hit], Line], list[Hit]]


def run(passes: Sequence[Pass], hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` after each of `passes`, in order."""
    for step in passes:
        hits = step(hits, line)
    return hits
