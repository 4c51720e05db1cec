"""The bargain said firm in a clause of its own after a word of agreement: "ચાલો ભાઈ,
પાક્કું, બાંધી દો" (ok, settled, tie it up), "ਚਲੋ ਜੀ, ਪੱਕਾ, ਬੰਨ੍ਹ ਦਿਓ", "సరే, పక్కా, ప్యాక్
చేయండి", "ok fine, it's settled, pack it". The line makes the deal (`deal`); the packing
or weighing asked after it is its next step, as after "fix" or "done"
(`audio.market.settled`).

A word of firmness (`FIRM`: "pakka" in every script, English "settled" or "final", with
an "it's" or "that's" before it) said as a clause of its own (a pause or the line's edge
on either side, no "?" after it), with a word of agreement (`audio.market.settled.AGREED`,
`AGREED_MORE`) in a clause before it, is heard as the deal. "पक्का आम दीजिए" or "पक्का?"
(sure?) keep their acts."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import at, end_at, forms_in
from audio.market.settled import AGREED, DEAL

FIRM = {
    "en": "pakka; pakki; final; settled; it's settled; its settled; that's settled; "
    "it's final; that's final; it's fixed; that's fixed",
    "hi": "पक्का; पक्की; पक्के; pakka; pakki",
    "pa": "ਪੱਕਾ; ਪੱਕੀ; ਪੱਕੀ ਗੱਲ; pakka; pakki",
    "gu": "પાક્કું; પાક્કુ; પાકું; પાક્કી; pakku",
    "mr": "पक्कं; पक्का; पक्की; ठरलं; pakka; thartla; tharla",
    "bn": "পাক্কা; pakka",
    "ta": "பக்கா; pakka",
    "te": "పక్కా; ఫైనల్; pakka",
    "kn": "ಪಕ್ಕಾ; ಫೈನಲ್; pakka",
    "ml": "പക്കാ; ഉറപ്പ്; ഉറപ്പിച്ചു; pakka; urappu",
}
"""Per language, a word that says the bargain is firm."""

AGREED_MORE = {
    "pa": "ਚਲੋ; ਠੀਕ ਏ; ਹਾਂ=",
    "gu": "ઠીક; હા=",
    "mr": "ठीक; हो=",
    "hi": "अच्छा; हां; ठीक",
}
"""Per language, words of agreement beside `AGREED`'s ("ਚਲੋ ਜੀ", written without the
addak)."""


def firm_said(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` with the deal heard in a word of firmness said alone (see above)."""
    if any(h.act == DEAL for h in hits):
        return hits
    words, punct = line.words, line.punct
    edges = sorted({0, *punct})
    agreed = forms_in(line.language, AGREED, AGREED_MORE)
    firm = forms_in(line.language, FIRM)
    for k, start in enumerate(edges):
        if k == 0:
            continue  # the agreement stands in a clause before
        stop = edges[k + 1] if k + 1 < len(edges) else len(words)
        if not any(end_at(f, words, start) == stop for f in firm):
            continue
        if words[stop : stop + 1] == ["?"]:
            continue
        if any(at(f, words, i) for i in range(start) for f in agreed):
            return [*hits, Hit(DEAL, start, stop)]
    return hits
