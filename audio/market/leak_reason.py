"""A leak told as the reason a bag is asked: "give me one more cover, it's leaking", "ಒಂದು
ಕವರ್ ಕೊಡಿ, ನೀರು ಸೋರ್ತಿದೆ", "ਇੱਕ ਲਿਫ਼ਾਫ਼ਾ ਹੋਰ ਦਿਓ, ਪਾਣੀ ਚੋਂਦਾ". What leaks there is the
water of the goods or the cover they are in, and the bag asked is what the listener acts
on (`give_bag`): no fault found in the goods. Said with no bag asked ("this bucket leaks",
"ಈ ಬಕೆಟ್ ಸೋರುತ್ತೆ", "ਇਹ ਬਾਲਟੀ ਚੋਂਦੀ ਆ") the leak is the goods' damage (`quality_soft`).

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, forms_in

LEAK = {
    "en": "leak; leaks; leaking; leaky",
    "hi": "लीक; टपक; रिस; leak*",
    "ta": "ஒழுகு; ஒழுகுது; லீக்",
    "te": "కారుతుంది; కారుతోంది; లీక్",
    "bn": "চুঁইয়ে; লিক",
    "mr": "गळत; गळतं; गळते; लीक",
    "gu": "ટપકે; ગળે=; લીક",
    "kn": "ಸೋರು; ಸೋರ್ತ; ಲೀಕ್",
    "ml": "ചോരു; ചോർ; ലീക്ക്",
    "pa": "ਚੋਂਦੀ=; ਚੋਂਦਾ=; ਚੋਂਦੇ=; ਚੋਅ; ਲੀਕ; ਰਿਸਦ",
}
"""Per language, the words of a leak (English's heard in every language)."""

BAG = "give_bag"
FAULT = "quality_soft"


def leak_for_bag(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """The hits with a leak's fault dropped where a bag is asked in the line (above)."""
    if not any(h.act == BAG for h in hits):
        return hits
    leaks = forms_in(language, LEAK)
    return [
        h
        for h in hits
        if h.act != FAULT or not any(at(f, words, i) for i in range(h.start, h.end) for f in leaks)
    ]
