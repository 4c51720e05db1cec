"""A claim proved by buying: "very sweet, try buying once", "ரொம்ப இனிப்பு, ஒரு தடவை
வாங்கி பாருங்க", "खूब मीठा, एक बार ले के देखो". "Buy and see" said with a claim calls
nobody to look at the goods: it is the claim, offered to be proved, as a taste offered
with one is (`audio.market.flavour`).

A `come_look` cue that begins with a verb of buying (`BUYING`, in each script and
romanized) says no act where a claim (`CLAIMS`) is heard in the line. Words are matched
like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import at, forms_in

LOOK = "come_look"
CLAIMS = frozenset({"claim_sweet", "claim_fresh", "claim_origin"})

BUYING = {
    "en": "buy; buying; try buying",
    "hi": "ले=; लेके; खरीद; le=; leke; kharid*",
    "ta": "வாங்கி; vaangi; vangi",
    "te": "కొని; కొనుక్కొని; koni; konukkoni",
    "bn": "কিনে; kine",
    "mr": "घेऊन; विकत; gheun; ghevun",
    "gu": "લઈ; લઇ; ખરીદી; lai=; kharidi",
    "kn": "ತಗೊಂಡು; ಕೊಂಡು; tagondu; kondu",
    "ml": "വാങ്ങി; vaangi; vangi",
    "pa": "ਲੈ; ਖਰੀਦ; lai=; khareed*",
}
"""Per language, verbs of buying that open a "buy and see"."""


def bought_to_see(words: list[str], start: int, language: str, acts: set[str]) -> bool:
    """Whether the `come_look` cue at `start` is a "buy and see" said with a claim."""
    return bool(acts & CLAIMS) and any(at(f, words, start) for f in forms_in(language, BUYING))
