"""The word "any" in a condition told: "if the river rises any more, the boats stop", "unless any
trucks come tomorrow, there'll be nothing". The bare word "any" asks for stock ("any
guavas?") only as a question: in a clause opened by a word of condition (`IF`) and ending
in no question mark, it is part of what is told, and nothing is asked for. A longer cue
("do you have any …") still asks.
"""

from __future__ import annotations

from audio.lexicon import fold
from audio.market.cue_hits import Hit

HAVE = "have_it"

IF = frozenset(fold(w) for w in ("if", "unless", "once", "whether", "when"))
"""English words that open a condition."""

_ANY = fold("any")


def any_told(hits: list[Hit], words: list[str], punct: frozenset[int]) -> list[Hit]:
    """The hits without a bare "any" said in a condition told (see above; `punct`: the
    indices of the words after punctuation)."""
    return [h for h in hits if not (h.act == HAVE and _told(words, h, punct))]


def _told(words: list[str], hit: Hit, punct: frozenset[int]) -> bool:
    if words[hit.start : hit.end] != [_ANY]:
        return False
    lo = max([b for b in punct if b <= hit.start] + [0])
    end = min([b for b in punct if b > hit.start] + [len(words)])
    return words[end - 1] != "?" and any(w in IF for w in words[lo : hit.start])
