"""Another one of the goods asked to be shown, named with what it is: "ఇంకో తుడుపు కర్ర
చూపించండి, పొడవాటి కర్ర ఉన్నది", "আরেকটা ঝাড়ু দেখান, লম্বা হাতলওয়ালা", "બીજું પોતું
બતાવો, લાંબા હાથાવાળું", "ਹੋਰ ਝਾੜੂ ਦਿਖਾਓ". A word for another (`OTHER`) with a verb of
showing (`audio.market.shade_asked.SHOW`) at most `_REACH` words after it, in its clause,
asks to be shown another (`show_another`), whatever the goods are called and whatever they
are to be like. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import end_at, ends_within, forms_in
from audio.market.shade_asked import SHOW

ACT = "show_another"
BETTER = "show_better"

OTHER = {
    "en": "another; other; different",
    "hi": "दूसरा; दूसरी; दूसरे; और कोई; कोई और; dusra; doosra; dusri; doosri",
    "ta": "வேற; வேறு; இன்னொரு; இன்னொண்ணு; vera; veru; innoru",
    "te": "ఇంకో; ఇంకొక; ఇంకొకటి; వేరే; వేరొక; inko; inkoka; vere",
    "bn": "আরেকটা; আরেকটি; অন্য=; অন্যটা; arekta; onno",
    "mr": "दुसरा; दुसरी; दुसरं; दुसरे; आणखी एक; dusra; dusri",
    "gu": "બીજું; બીજો; બીજી; બીજા; બીજુ; bijo; biju; biji",
    "kn": "ಬೇರೆ; ಇನ್ನೊಂದು; ಇನ್ನೊಂದ್; bere; innondu",
    "ml": "വേറൊരു; വേറെ; വേറൊന്ന്; മറ്റൊരു; veroru; vere",
    "pa": "ਹੋਰ=; ਦੂਜਾ; ਦੂਜੀ; ਦੂਜੇ; hor; dooja; duja",
}
"""Per language, a word for another (English's heard in every language)."""

_REACH = 3
"""Words after "another" (the goods' name) within which the showing stands."""


def other_shown(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` with another one asked to be shown (see above); none added where better
    ones are asked ("कोई और दिखाओ, थोड़ा उम्दा माल" asks `show_better`)."""
    if any(h.act in (ACT, BETTER) for h in hits):
        return hits
    others, shows = forms_in(language, OTHER), forms_in(language, SHOW)
    for i in range(len(words)):
        for other in others:
            end = end_at(other, words, i)
            if end is None:
                continue
            stop = min([b for b in punct if b > i] + [len(words), end + _REACH + 1])
            if ends_within(shows, words, end, stop):
                return [*hits, Hit(ACT, i, end)]
    return hits
