"""A fault of the goods denied claims them fresh: "not one rotten in the lot", "एक भी
बासी नहीं, सब आज के", "ஒண்ணு கூட அழுகல இல்ல", "একটাও পচা নেই, সব টাটকা". The vendor
says none of the goods has the fault a buyer fears: the line is `claim_fresh`, as the
claim said beside it is, not the doubt (`quality_soft`, `quality_old`) its word names.

A doubt is denied when a word that says no stands on it or right after it in its clause
(`audio.market.denied.denied`: "सड़ा नहीं", "ಕೊಳೆತಿಲ್ಲ"), or, in English, a word of none
(`NONE_EN`: "not one", "not a single", "no") just before it. It claims freshness when it
is said of "not even one" (`EVEN_ONE`, in its clause before it: "एक भी", "ఒక్కటి కూడా",
"ਇੱਕ ਵੀ") or beside a freshness claim told in the line ("ताज़े हैं, सड़े नहीं"; one asked,
"made this morning? they don't look fresh", claims nothing); asked
("कोई सड़ा तो नहीं?", isn't one rotten?) it stays the buyer's doubt. A doubt denied
otherwise ("not soft enough", "नरम नहीं है" of bread) is left to the rest of the
recogniser. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.denied import asked_back, denied
from audio.market.phrases import at, end_at, forms, forms_in

FRESH = "claim_fresh"
DOUBTS = frozenset({"quality_soft", "quality_old"})

EVEN_ONE = {
    "en": "not one; not a single; not even one",
    "hi": "एक भी; एको; कोई भी; ek bhi; ek bi; koi bhi",
    "ta": "ஒண்ணு கூட; ஒன்னு கூட; ஒன்று கூட; ஒண்ணுகூட; ஒரு … கூட; onnu kooda; onnu kuda",
    "te": "ఒక్కటి కూడా; ఒక్కటీ; ఒకటి కూడా; okkati kuda; okkati kooda; okkatee",
    "kn": "ಒಂದೂ; ಒಂದು ಕೂಡ; ಒಂದೇ ಒಂದು; ondoo; ondu kuda",
    "ml": "ഒന്നും; ഒന്ന് പോലും; ഒരെണ്ണം പോലും; onnum; onnu polum",
    "bn": "একটাও; একটিও; ektao; ektio",
    "mr": "एकही; एक पण; एक सुद्धा; ekhi; ek pan; ek suddha",
    "gu": "એક પણ; એકેય; એકપણ; ek pan; ekey",
    "pa": "ਇੱਕ ਵੀ; ਇਕ ਵੀ; ਕੋਈ ਵੀ; ik vi; ikk vi; koi vi",
}
"""Per language, "not even one" said before a fault denied (English's heard in every
language)."""

NONE_EN = forms("not one; not a single; not even one; no=; none; none of them")
"""English words of none said just before a fault: they deny it themselves."""

_BEFORE_REACH = 4
"""How many words before a fault its "not even one" may stand."""


def _none_before(words: list[str], start: int, punct: frozenset[int]) -> bool:
    return start not in punct and any(
        end_at(f, words, i) == start for i in range(max(0, start - 4), start) for f in NONE_EN
    )


def _even_one_before(words: list[str], start: int, language: str, punct: frozenset[int]) -> bool:
    lo = max([b for b in punct if b <= start] + [0, start - _BEFORE_REACH])
    return any(at(f, words, i) for i in range(lo, start) for f in forms_in(language, EVEN_ONE))


def fault_denied(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` with the doubts denied of "not even one" or beside a freshness claim said as
    the claim (see above)."""
    if not any(h.act in DOUBTS for h in hits):
        return hits
    claimed = any(h.act == FRESH and not asked_back(words, h.end, punct) for h in hits)
    out: list[Hit] = []
    for h in hits:
        if h.act in DOUBTS and not asked_back(words, h.end, punct):
            none = _none_before(words, h.start, punct)
            said_no = none or denied(words, h.start, h.end, language, punct)
            if said_no and (none or claimed or _even_one_before(words, h.start, language, punct)):
                out.append(Hit(FRESH, h.start, h.end))
                continue
        out.append(h)
    return out


def claim_asked(
    hits: list[Hit], words: list[str], punct: frozenset[int] = frozenset()
) -> list[Hit]:
    """`hits` without a freshness claim asked beside a doubt: "were these made this
    morning? they don't look fresh", "ये आज का पिसा है? ताज़ा नहीं लगता" doubt the goods
    (`quality_old`), the question about their making no claim."""
    if not any(h.act in DOUBTS for h in hits):
        return hits
    return [h for h in hits if h.act != FRESH or not asked_back(words, h.end, punct)]
