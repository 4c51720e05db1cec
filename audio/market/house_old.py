"""One's own house, a wall or a roof called old or faded: "हमारे पुराने घर की दीवार बारिश में
गिर गई", "दीवार का रंग बदलना है, पुराना वाला फीका हो गया", "ઘરની દીવાલનો જૂનો રંગ ઝાંખો પડી
ગયો છે", "గోడ పాత రంగు వెలిసిపోయింది", "വീടിന്റെ പഴയ പെയിന്റ് മങ്ങിപ്പോയി". Its wall, roof,
ceiling, door, gate or floor, or the house named as their owner ("घर की", "house's",
"വീടിന്റെ"), anywhere in the line makes "old" the house's, as a paint or a repair is talked
of: small talk, no goods gone stale (`quality_old`). Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, forms_in

ACT = "quality_old"

HOUSE = {
    "en": "wall; walls; roof; ceiling; gate; house's; home's",
    "hi": "दीवार; छत=; छत की; छत का; छत के; घर की; घर का; घर के; मकान; deewar*; diwar*",
    "ta": "சுவர்; சுவரு; சுவரோ; கூரை; வீட்டு=; வீட்டோட; வீட்டின்; suvar*; suvaru*",
    "te": "గోడ; పైకప్పు; ఇంటి=; goda*",
    "bn": "দেয়াল; দেওয়াল; ছাদ; বাড়ির; ঘরের; deyal*; dewal*",
    "mr": "भिंत; भिंती; छप्पर; घराच; bhint*",
    "gu": "દીવાલ; દિવાલ; ભીંત; છાપર; ઘરની; ઘરનો; ઘરના; ઘરનું; મકાન; diwal*; deewal*",
    "kn": "ಗೋಡೆ; ಛಾವಣಿ; ಮನೆಯ=; gode*",
    "ml": "ചുമര; ചുവര; മതിൽ; മതില; മേൽക്കൂര; വീടിന്റെ; വീട്ടിലെ; mathil*",
    "pa": "ਕੰਧ; ਛੱਤ; ਘਰ ਦੀ; ਘਰ ਦਾ; ਘਰ ਦੇ; ਮਕਾਨ; kandh*",
}
"""Per language, a house's wall, roof or ceiling, or the house named as their owner."""


def house_named(words: list[str], language: str) -> bool:
    """Whether the line names a house's wall or roof, or the house as their owner."""
    return any(at(f, words, i) for i in range(len(words)) for f in forms_in(language, HOUSE))


def house_old(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """`hits` without "old" said of a house (see above)."""
    if not any(h.act == ACT for h in hits) or not house_named(words, language):
        return hits
    return [h for h in hits if h.act != ACT]
