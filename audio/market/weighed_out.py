"""Goods asked to be weighed out with a verb that has another sense: Marathi "मोजून द्या"
(measure or count it out: "अर्धा किलो साखर मोजून द्या") and Tamil "நிறுத்துப் போடு" (weigh
and put: "அரை கிலோ நிறுத்துப் போடுங்க"; "நிறுத்து" also stops a vehicle). With a weight
said in the line (`WEIGHT`: a kilo, grams, a quarter kilo) the verb (`WEIGH_OUT`) weighs
the goods out (`weigh_it`); money counted out ("पैसे मोजून घ्या") weighs nothing.

A vehicle told to stop ("வண்டியை இங்க நிறுத்துங்க", stop the cart here) is no weighing:
a `weigh_it` hit of "நிறுத்து" with a vehicle (`VEHICLE`) in the line and no weight says
nothing. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.cue_hits import Hit
from audio.market.phrases import Form, at, first_span, forms, forms_in

ACT = "weigh_it"

WEIGHT = {
    "en": "kilo; kilos; kg; gram; grams; gm",
    "mr": "किलो; ग्रॅम; ग्राम; पाव=; kilo; gram",
    "ta": "கிலோ; கிராம்; kilo; gram",
}
"""Per language, a weight said."""

WEIGH_OUT = {
    "mr": "मोजून द्या; मोजून दे; मोजून द्याल; मोजून देता; मोजून द्यावे; mojun dya; mojun de",
    "ta": "நிறுத்துப் போடு; நிறுத்து போடு; நிறுத்திப் போடு; நிறுத்தி போடு; நிறுத்திக் குடு; "
    "நிறுத்திக் கொடு; niruthu podu*; niruthi podu*",
}
"""Per language, the verb that weighs goods out beside a weight."""

STOP = forms("நிறுத்த; niruth*")
"""Tamil "stop" that also weighs."""

VEHICLE = {
    "ta": "வண்டி; ஆட்டோ; பஸ்; கார்=; காரை; பைக்; லாரி; vandi; auto",
}
"""Per language, vehicles a driver is told to stop."""


@cache
def _forms(language: str) -> tuple[tuple[Form, ...], tuple[Form, ...], tuple[Form, ...]]:
    own = {language: WEIGH_OUT.get(language, "")}
    return forms_in(language, WEIGHT), forms_in(language, own), forms_in(language, VEHICLE)


def _any(table: tuple[Form, ...], words: list[str]) -> bool:
    return any(at(f, words, i) for i in range(len(words)) for f in table)


def weighed_out(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """`hits` with goods weighed out by a weight and a verb of another sense, and without
    a vehicle told to stop (see above)."""
    if language not in WEIGH_OUT:
        return hits
    weights, verbs, vehicles = _forms(language)
    weighed = _any(weights, words)
    if not weighed and _any(vehicles, words):
        hits = [h for h in hits if h.act != ACT or not any(at(f, words, h.start) for f in STOP)]
    if not weighed or any(h.act == ACT for h in hits):
        return hits
    found = first_span(verbs, words)
    return hits if found is None else [*hits, Hit(ACT, *found)]
