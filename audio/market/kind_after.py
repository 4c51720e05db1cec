"""The kind of goods wanted, said after the stock question as a short clause of its own:
"do you have the flower broom? the soft one", "फूल वाली झाड़ू है? नरम वाली", "పూల చీపురు
ఉందా? మెత్తనిది", "ফুলঝাড়ু আছে? নরমটা". The word of softness, sweetness or age there
(`audio.market.wanted.WANTED_KIND`) names which goods are asked for, as "नरम वाले खजूर हैं
क्या?" does, never a doubt of the goods at hand: the line asks for them (`have_it`).

The clause holds the word and nothing but words for "the one" (`ONE`: "the", "one",
"वाली"; most languages fuse it into the word, "নরমটা", "మెత్తనిది"), and follows a clause
that asks for the goods or ends in a question; a verb there ("जुनं वाटतंय", looks old)
or a cue of more words than the kind's ("looks old") keeps the doubt, and so does a word
of staleness ("ये बासी तो नहीं?")."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import at, forms, forms_in
from audio.market.wanted import ASKING, STALE, WANTED_KIND

ONE = {
    "en": "the; one; ones; a; kind",
    "hi": "वाला; वाली; वाले; wala; wali; wale",
    "mr": "वाला; वाली; वाले; वालं; wala; wali",
    "gu": "વાળો; વાળી; વાળું; વાળા; વાળ; vado; vadi",
    "pa": "ਵਾਲਾ; ਵਾਲੀ; ਵਾਲੇ; wala; wali",
    "bn": "টা; wala",
}
"""Per language, the words for "the one" a kind is named with."""

_STALE = forms(STALE)


def kind_after(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a kind word said in a short clause after the stock question."""
    words, punct = line.words, line.punct
    asked = [h.end for h in hits if h.act == ASKING]
    asked += [i + 1 for i, w in enumerate(words) if w == "?"]
    if not any(h.act in WANTED_KIND for h in hits):
        return hits
    one = forms_in(line.language, ONE)
    marks = {i + 1 for i, w in enumerate(words) if w == "?"}
    bounds = sorted({0, *punct, *marks, len(words)})

    def named(h: Hit) -> bool:
        if h.act not in WANTED_KIND or any(at(f, words, h.start) for f in _STALE):
            return False
        lo = max(b for b in bounds if b <= h.start)
        hi = min(b for b in bounds if b >= h.end)
        rest = [i for i in range(lo, hi) if not h.start <= i < h.end and words[i] != "?"]
        others = [o for o in hits if o is not h and lo <= o.start < hi]
        return (
            lo > 0
            and h.end == h.start + 1
            and lo in asked
            and all(any(at(f, words, i) for f in one) for i in rest)
            and not others
        )

    return [h for h in hits if not named(h)]
