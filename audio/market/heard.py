"""The hits of a line that say something (`audio.market.recognise` decides among them): the
passes that drop, add or turn the cue hits of `audio.market.cue_hits` by what is said
around them (a frame, a noun described, a way to pay refused or said done, a scale said
wrong, small talk, a coming with a later time, another's coming).

The passes run in four groups, in order: `audio.market.heard_kept` (the cues kept in
their frames, and acts added by what is said around them), `heard_paying` (paying and
settling), `heard_goods` (the goods: tastes, age, weighing, asides, waits) and
`heard_asked` (what is asked of the goods' age or place, and who is coming, leaving or
meant). A new pass is a function `(hits, line) -> hits` in the group it belongs to."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.heard_asked import ASKED
from audio.market.heard_goods import GOODS
from audio.market.heard_kept import KEPT, cues_kept
from audio.market.heard_paying import PAYING
from audio.market.passes import Line, run

PASSES = (*KEPT, *PAYING, *GOODS, *ASKED)
"""Every pass over a line's kept cue hits, in the order they run."""


def heard(
    words: list[str],
    language: str,
    punct: frozenset[int] = frozenset(),
    *,
    numbered: bool = False,
    digits: frozenset[int] = frozenset(),
) -> list[Hit]:
    """The hits of `words` (folded, as `audio.market.recognise` reads them) that say
    something: the cues kept (`audio.market.heard_kept.cues_kept`), then `PASSES` over
    them. `punct`: the indices of the words that follow punctuation; `numbered`: a
    number stands in the line (so the loan "change" can be money); `digits`: the indices
    of the words a number in digits stands before."""
    line = Line(words, language, punct, numbered, digits)
    return run(PASSES, cues_kept(line), line)
