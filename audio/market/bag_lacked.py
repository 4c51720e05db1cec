"""A bag said not had, the "no" before the words of having: "पिशवी नाहीये माझ्याकडे, एक
द्या ना" (no bag with me, give one), "થેલી નથી મારી પાસે", "ਥੈਲਾ ਨਹੀਂ ਹੈਗਾ ਮੇਰੇ ਕੋਲ",
"సంచి లేదు నా దగ్గర", "I don't have a bag with me". The speaker has none and asks for
one (`give_bag`), though the words of having ("with me", "माझ्याकडे") would say the bag
is their own (`have_bag`).

A hit of `have_bag` is turned when, in its clause and from its start on, a word for no
(`audio.market.negation`) stands right before a word of having on oneself
(`audio.market.own_bag`'s `HAVE_ON` and `HAD_AFTER`), or with only a word for "is"
(`COPULA`) between; or when an English "don't", "didn't" or "haven't" stands right
before a verb of having or bringing (`HAVE_VERB`) in the clause before the hit's end.
"थैली नहीं चाहिए, मेरे पास है" keeps its bag: the "no" refuses the need, in another clause."""

from __future__ import annotations

from audio.lexicon import fold
from audio.market.cue_hits import Hit
from audio.market.negation import is_negation
from audio.market.own_bag import HAD_AFTER, HAVE_ON
from audio.market.passes import Line
from audio.market.phrases import at, forms_in

HAD = "have_bag"
NEEDED = "give_bag"

COPULA = {
    "hi": "है=; हैं=; hai=",
    "pa": "ਹੈ=; ਹੈਗਾ; ਹੈਗੀ; ਹੈਗੇ; ਆ=; hai=; haiga",
    "gu": "છે=; che=; chhe=",
    "mr": "आहे=; ahe=",
    "bn": "আছে=; ache=",
}
"""Per language, a word for "is" that may stand between the "no" and the having."""

_NOT = frozenset(fold(w) for w in ("don't", "dont", "didn't", "didnt", "haven't", "havent", "not"))
HAVE_VERB = frozenset(
    fold(w) for w in ("have", "got", "carry", "carrying", "bring", "brought", "keep")
)


def bag_lacked(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` with a bag said not had asking for one (see above)."""
    if not any(h.act == HAD for h in hits):
        return hits
    return [Hit(NEEDED, h.start, h.end) if h.act == HAD and _lacked(h, line) else h for h in hits]


def _lacked(hit: Hit, line: Line) -> bool:
    words, language, punct = line.words, line.language, line.punct
    lo = max([b for b in punct if b <= hit.start], default=0)
    hi = min([b for b in punct if b > hit.start], default=len(words))
    if language == "en" or any(w.isascii() for w in words[lo:hi]):
        for i in range(lo, min(hi, hit.end) - 1):
            if words[i] in _NOT and words[i + 1] in HAVE_VERB:
                return True
    having = forms_in(language, HAVE_ON, HAD_AFTER)
    copula = forms_in(language, COPULA)
    for i in range(hit.start, hi - 1):
        if not is_negation(words[i], language):
            continue
        for j in (i + 1, i + 2):
            if j >= hi or (j == i + 2 and not any(at(f, words, i + 1) for f in copula)):
                continue
            if any(at(f, words, j) for f in having):
                return True
    return False
