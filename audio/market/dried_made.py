"""Goods the seller dried: "अपने ही समंदर किनारे सुखाई है", "dried right on our own beach",
"ಕಡಲತೀರದಲ್ಲಿ ಒಣಗಿಸಿದ್ದು", "আমরা নিজেরা শুকিয়েছি". The word of drying made (we dried it,
sun-dried) tells how the goods were made, as "dried fish" names them
(`audio.market.dried`): no doubt that they have dried up with age (`quality_old`). Goods
said to have dried up ("सब सूख गए", "শুকিয়ে গেছে") still doubt their age.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import end_at, forms_in

OLD = "quality_old"

DRIED_MADE = {
    "en": "sun-dried; sun dried; we dried; dried it; dried them; dried right; dried on our; "
    "dried in the sun",
    "hi": "सुखाई; सुखाया; सुखाए; सुखाये; सुखायी; सुखाकर; सुखा के; सुखाते; sukhai; sukhaya; sukhaye",
    "ta": "காய வச்ச; காயவச்ச; காய வெச்ச; காய போட்ட; காயப்போட்ட; kaaya vacha*",
    "te": "ఎండబెట్ట; endabett*",
    "bn": "শুকিয়েছি; শুকিয়েছে; শুকানো; শুকোনো; shukiyechi; shukano",
    "mr": "वाळवल; सुकवल; वाळवून; सुकवून; valval*; sukval*",
    "gu": "સુકવેલ; સૂકવેલ; સુકવી; સૂકવી; સુકવ; sukvel*",
    "kn": "ಒಣಗಿಸಿ; ಒಣಹಾಕಿ; onagisi*",
    "ml": "ഉണക്കിയ; ഉണക്കി=; ഉണക്കുന്ന; unakkiya*",
    "pa": "ਸੁਕਾਈ; ਸੁਕਾਇਆ; ਸੁਕਾਏ; ਸੁਕਾ ਕੇ; sukai; sukaya",
}
"""Per language, words of goods dried by someone (English's heard in every language)."""


def dried_made(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """`hits` without a doubt of age heard in a word of drying made (above)."""
    if not any(h.act == OLD for h in hits):
        return hits
    made = {
        k
        for i in range(len(words))
        for f in forms_in(language, DRIED_MADE)
        if (end := end_at(f, words, i)) is not None
        for k in range(i, end)
    }
    return [h for h in hits if h.act != OLD or not set(range(h.start, h.end)) <= made]
