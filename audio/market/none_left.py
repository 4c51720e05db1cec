"""Goods said gone down to "not even one": "the white-cover chairs have all gone out, not
one left", "एक भी नहीं है", "ஒண்ணும் மிச்சமில்ல", "ఒక్కటీ మిగల్లేదు", "একটাও বাকি নেই",
"एकही शिल्लक नाही", "એક પણ નથી", "ಒಂದೂ ಉಳಿದಿಲ್ಲ", "ഒന്നുപോലും ഇല്ല", "ਇੱਕ ਵੀ ਨਹੀਂ".
However the goods went (sold, hired out, taken in a season), a clause that says nothing
but "not even one" (`NOT_ONE`) and a word of there being none or none remaining
(`NONE_THERE`) tells the stock finished: `out_of_stock`.

The clause holds only those words (a term of address aside): "not one is rotten" or "I
won't take even one" say more and stay what they are; asked ("एक भी नहीं है?") it asks,
and a line that already says another act keeps it."""

from __future__ import annotations

from itertools import pairwise

from audio.market.cue_hits import Hit
from audio.market.inventory import ACTS
from audio.market.passes import Line
from audio.market.phrases import Form, end_at, forms_in

OUT = "out_of_stock"

NOT_ONE = {
    "en": "not one; not a single one; not even one; none; not a single",
    "hi": "एक भी; एकौ; ek bhi; ek bhee",
    "ta": "ஒண்ணு கூட; ஒன்று கூட; onnu kooda",
    "te": "ఒక్కటి కూడా; ఒక్కటీ; ఒకటి కూడా; okkati kuda; okkatee",
    "bn": "একটাও; একটিও; একটা ও; ektao; ektio",
    "mr": "एकही; एक पण; ekhi; ek pan",
    "gu": "એક પણ; એકેય; એકપણ; ek pan; ekey",
    "kn": "ಒಂದೂ; ಒಂದು ಕೂಡ; ondu; ondoo; ondu kooda",
    "ml": "ഒന്നുപോലും; ഒരെണ്ണം പോലും; onnupolum",
    "pa": "ਇੱਕ ਵੀ; ਇਕ ਵੀ; ik vi; ikk vi",
}
"""Per language, "not even one" (English's heard in every language)."""

NOTHING = {
    "ta": "ஒண்ணும்; ஒன்றும்; onnum",
    "ml": "ഒന്നും; onnum",
}
"""Per language, "not one" that is also "nothing" ("ஒண்ணும் இல்ல", it's nothing): heard only
with a word of none remaining (`REMAINING`)."""

REMAINING = {
    "ta": "மிச்சமில்ல; மிச்சம் இல்ல; மிச்சமில்லை; michamilla",
    "ml": "ബാക്കിയില്ല; ബാക്കി ഇല്ല; bakkiyilla",
}
"""Per language, a word of none remaining."""

NONE_THERE = {
    "en": "left; is left; remaining; there; is there; are there; available",
    "hi": "नहीं= है; नहीं= हैं; नहीं= बचा; नहीं= बची; नहीं= बचे; नहीं= रहा; नहीं= रही; नहीं= रहे; "
    "nahi hai; nahi bacha; nahi bachi",
    "ta": "இல்ல=; இல்லை=; மிச்சமில்ல; மிச்சம் இல்ல; இல்லாம போச்சு; illa=; michamilla",
    "te": "లేదు=; లేవు=; మిగల్లేదు; మిగలలేదు; మిగిలి లేదు; ledu=; levu=; migalledu",
    "bn": "নেই=; বাকি নেই; পড়ে নেই; nei=; baki nei",
    "mr": "नाही=; नाहीत=; शिल्लक नाही; शिल्लक नाहीत; उरलं नाही; उरले नाहीत; nahi=; shillak nahi",
    "gu": "નથી=; બચ્યું નથી; બચ્યા નથી; nathi=",
    "kn": "ಇಲ್ಲ=; ಉಳಿದಿಲ್ಲ; ಉಳಿದಿಲ; ಉಳ್ದಿಲ್ಲ; illa=; ulidilla",
    "ml": "ഇല്ല=; ബാക്കിയില്ല; ബാക്കി ഇല്ല; illa=; bakkiyilla",
    "pa": "ਨਹੀਂ=; ਨਹੀਂ ਬਚਿਆ; ਨਹੀਂ ਬਚੀ; ਨਹੀਂ ਬਚੇ; ਨਹੀਂ ਹੈ; ਨਹੀਂ ਰਿਹਾ; nahi=",
}
"""Per language, a word of there being none, or none remaining, after "not even one"."""

TERMS = {
    "en": "sir; madam; sister; brother; sorry",
    "hi": "भैया; दीदी; बहनजी; भाई; जी=; साहब",
    "ta": "அக்கா; அண்ணா; அம்மா; சார்",
    "te": "అక్కా; అన్నా; అమ్మా; సార్; అండి",
    "bn": "দিদি; দাদা; বৌদি",
    "mr": "ताई; दादा; भाऊ; हो=",
    "gu": "બેન; ભાઈ; ભાભી",
    "kn": "ಅಕ್ಕ; ಅಣ್ಣ; ಸಾರ್; ಮೇಡಂ",
    "ml": "ചേച്ചി; ചേട്ടാ; സാർ",
    "pa": "ਭੈਣ ਜੀ; ਵੀਰ ਜੀ; ਜੀ=",
}
"""Per language, a term of address the clause may hold beside its words."""


def none_left(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` with `out_of_stock` where a clause says only "not even one" there or left,
    and the line says no other act but a courtesy."""
    words, language = line.words, line.language
    if any(not ACTS[h.act].weak and h.act != OUT for h in hits):
        return hits
    if any(h.act == OUT for h in hits):
        return hits
    bounds = sorted({0, *line.punct, len(words)})
    terms = forms_in(language, TERMS)
    pairs = (
        (forms_in(language, NOT_ONE), forms_in(language, NONE_THERE)),
        (forms_in(language, NOTHING), forms_in(language, REMAINING)),
    )
    for lo, hi in pairwise(bounds):
        i = _skip(terms, words, lo, hi)
        for one, none in pairs:
            for f in one:
                after = end_at(f, words, i)
                if after is None or after >= hi:
                    continue
                for g in none:
                    end = end_at(g, words, after)
                    if end is not None and _skip(terms, words, end, hi) == hi:
                        return [*hits, Hit(OUT, i, end)]
    return hits


def _skip(terms: tuple[Form, ...], words: list[str], i: int, hi: int) -> int:
    """Past the terms of address from `i`, up to `hi`."""
    moved = True
    while moved and i < hi:
        moved = False
        for t in terms:
            end = end_at(t, words, i)
            if end is not None and end <= hi:
                i, moved = end, True
                break
    return i
