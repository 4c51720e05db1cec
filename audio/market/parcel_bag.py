"""A bag asked beside a "parcel": "பார்சல் தான், ஒரு கவர் குடுங்க, இல்லன்னா ஒழுகும்" (it's a
parcel, give a cover or it'll leak), "ಪಾರ್ಸೆಲ್ ಬೇಕು, ಒಂದು ಕವರ್ ಕೊಡಿ", "पार्सल करना है, एक
थैली दे दो", "make it a parcel, and give me a carry bag too". The parcel says the goods
are taken away, and the bag asked in a clause of its own is what the listener hands over
(`give_bag`): the packing the parcel word is heard as (`pack_it`) yields to it.

Only a `pack_it` that begins with a parcel word (`PARCEL`) or right after one ("parcel
kattandi", tie the parcel) yields, and only to a bag asked in another clause: "pack it
well, and give a bag" and "parcel it in a cover" keep the packing. Words are matched like
cues (see `audio.market.phrases`)."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import at, forms_in

PACK = "pack_it"
BAG = "give_bag"

PARCEL = {
    "en": "parcel*; parsal*",
    "hi": "पार्सल; पारसल",
    "ta": "பார்சல்; பார்சல",
    "te": "పార్సెల్; పార్సిల్; పార్శిల్",
    "bn": "পার্সেল; পার্শেল",
    "mr": "पार्सल",
    "gu": "પાર્સલ",
    "kn": "ಪಾರ್ಸೆಲ್; ಪಾರ್ಸಲ್",
    "ml": "പാർസൽ; പാഴ്സൽ",
    "pa": "ਪਾਰਸਲ",
}
"""Per language, the word "parcel" (English's and its romanized forms heard in every
language)."""


def parcel_bag(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` without a parcel's packing where a bag is asked in another clause (above)."""
    bags = [h for h in hits if h.act == BAG]
    if not bags:
        return hits
    parcels = forms_in(line.language, PARCEL)
    return [
        h
        for h in hits
        if not (
            h.act == PACK
            and any(at(f, line.words, i) for f in parcels for i in (h.start, h.start - 1) if i >= 0)
            and any(_apart(h, b, line.punct) for b in bags)
        )
    ]


def _apart(a: Hit, b: Hit, punct: frozenset[int]) -> bool:
    """Whether punctuation stands between the hits `a` and `b`."""
    lo, hi = (a.end, b.start) if a.end <= b.start else (b.end, a.start)
    return lo <= hi and any(lo <= p <= hi for p in punct)
