"""How someone is, asked after talk of something else: "the tailor's shop next door is shut
today, is everything all right?", "it's been long since I came to your town, is everyone
well?". The "all well?" of a greeting follows the talk as concern for the one talked
about: small talk, no greeting (`greet` opens an encounter, alone or after a salutation
and a term of address: "नमस्ते दीदी, कैसी हो?", "और भैया, कैसे हो?").

A `greet` hit says nothing when `TALK_BEFORE` or more words stand before it that are no
term of address (`audio.understanding.address`), no "?" and inside no courtesy of the
line (another greeting, a welcome, thanks, a goodbye).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.understanding.address import ADDRESS

GREET = "greet"
_COURTESIES = frozenset({"greet", "goodbye", "thanks", "come_look"})

TALK_BEFORE = 3
"""Words of talk before a greeting that make it concern asked after that talk: "और भैया,
कैसे हो?" has one, "अरे भैया जी" none beside the address."""


def asked_after(hits: list[Hit], words: list[str]) -> list[Hit]:
    """`hits` without the greetings said after talk of something else."""
    if not any(h.act == GREET for h in hits):
        return hits
    courteous = {k for h in hits if h.act in _COURTESIES for k in range(h.start, h.end)}

    def talk_before(start: int) -> int:
        return sum(
            1
            for k in range(start)
            if k not in courteous and words[k] not in ADDRESS and words[k] != "?"
        )

    return [h for h in hits if h.act != GREET or talk_before(h.start) < TALK_BEFORE]
