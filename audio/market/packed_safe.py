"""Goods asked packed so they do not break: "put the glasses in a box so they don't
break", "गिलास डिब्बे में रख दो ताकि टूटें नहीं", "bottle ah paper la suthi kudunga,
odanjidum" (wrap the bottle in paper, it'll break). The breaking is a fear, no damage
found (`quality_soft`): the line asks for packing (`pack_it`).

A breaking that is feared, said "so it doesn't break" or "it will break" (`FEARED`), in a
line with a word of packing (a box, paper, wrapping: `PACKING`) is packing asked: the
damage hits become `pack_it`, and a line with no act gets one. A breaking told as done
("the box is broken", "डिब्बा टूटा है") is in neither table and stays a complaint. Words
are matched like cues (see `audio.market.phrases`); English's are heard in every
language."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.passes import Line
from audio.market.phrases import first_span, forms_in

PACK = "pack_it"
DAMAGE = "quality_soft"

FEARED = {
    "en": "don't break; doesn't break; won't break; not break; may crack; might crack; "
    "nothing cracks; doesn't crack; don't crack; will break; may break; might break",
    "hi": "टूटें नहीं; टूटे नहीं; टूट न; टूटे न; न टूट; ना टूट; फूटने न; फूटे नहीं; फूटें नहीं; "
    "toot na; tut na; toote nahi; tute nahi; na toote; phoot na; foot na",
    "ta": "உடையாம; உடையாமல்; உடைஞ்சிடும்; உடைஞ்சுடும்; udaiyama; udaiyaama; odanjidum; "
    "udanjidum; odanjudum",
    "te": "పగలకుండా; పగలకుండ; పగిలిపోతాయి; పగిలిపోతుంది; pagalakunda; pagilipotayi; pagilipothundi",
    "bn": "না ভাঙে; ভেঙে যাবে; না ফাটে; na bhange; bhenge jabe; bhenge jabe na",
    "mr": "फुटू नये; फुटू नयेत; फुटायला नको; फुटेल; तुटू नये; futu naye; phutu naye; futel",
    "gu": "તૂટે નહીં; તૂટે નહિ; ફૂટે નહીં; ફૂટે નહિ; તૂટી જશે; ફૂટી જશે; tute nahi; tuti jashe; phuti jashe",
    "kn": "ಒಡೆಯದ ಹಾಗೆ; ಒಡೆಯದಂತೆ; ಒಡೆದು ಹೋಗುತ್ತೆ; ಒಡೆದು ಹೋಗುತ್ತದೆ; odeyadante; odeyada hage; odedu hogutte",
    "ml": "പൊട്ടാതെ; പൊട്ടും; pottathe; pottaathe; pottum",
    "pa": "ਟੁੱਟਣ ਨਾ; ਟੁੱਟੇ ਨਾ; ਟੁੱਟ ਨਾ; ਟੁੱਟ ਜਾਊ; ਟੁੱਟ ਜਾਵੇਗ*; tutt na; tut na; tutt jaugi; tut jaugi",
}
"""Per language, a breaking feared: "so it doesn't break", "it will break"."""

PACKING = {
    "en": "box; paper; newspaper; wrap; pack; carefully; packing",
    "hi": "डिब्बे; डिब्बा; डब्बे; अख़बार; अखबार; कागज़; कागज; लपेट*; पैक; dibbe; dabbe; "
    "akhbar; kagaz; lapet*; pack",
    "ta": "பெட்டி*; பேப்பர்; பேக்; சுத்தி; petti*; paper; suthi",
    "te": "డబ్బా*; పెట్టె*; పేపర్; ప్యాక్; చుట్టి; dabba*; chutti; paper",
    "bn": "বাক্স*; কাগজ*; প্যাক; মুড়ে; baksho*; kagoj*; mude",
    "mr": "खोक्या*; खोका; पेपर*; कागद*; गुंडाळ*; बांधून; khoka; gundal*",
    "gu": "બોક્સ*; છાપા*; કાગળ*; પેક; વીંટી; chhapa*; vinti",
    "kn": "ಬಾಕ್ಸ್*; ಪೇಪರ್*; ಪ್ಯಾಕ್; ಸುತ್ತಿ; sutu; suttu",
    "ml": "പെട്ടി*; പേപ്പർ*; പാക്ക്; പൊതിഞ്ഞ്; petti*; paperil; pothinju",
    "pa": "ਡੱਬੇ; ਡੱਬਾ; ਅਖ਼ਬਾਰ*; ਅਖਬਾਰ*; ਕਾਗਜ਼*; ਲਪੇਟ*; ਪੈਕ; akhbar; lapet*",
}
"""Per language, words of packing: a box, paper, wrapping (English's heard in every
language)."""


def packed_safe(hits: list[Hit], line: Line) -> list[Hit]:
    """`hits` with a feared breaking in a line of packing turned into packing asked
    (above)."""
    if any(h.act not in (DAMAGE, PACK) for h in hits):
        return hits
    words, language = line.words, line.language
    feared = first_span(forms_in(language, FEARED), words)
    if feared is None or first_span(forms_in(language, PACKING), words) is None:
        return hits
    kept = [h for h in hits if h.act != DAMAGE]
    if any(h.act == PACK for h in kept):
        return kept
    return [*kept, Hit(PACK, *feared)]
