"""The scale said to lean to one side: "ത്രാസ് ഒരു ഭാഗത്തേക്ക് താഴ്ന്നിരിക്കുന്നു, നേരെ
തൂക്കിത്തരൂ", "the scale dips to one side", "काँटा एक तरफ़ को भारी है". A word for the scale
(`audio.market.scale_fault.SCALE`) and "one side" (`ONE_SIDE`) in one clause tell the scale
uneven, whatever the verb of leaning: the complaint that the goods are not weighed right
(`weigh_properly`), not a plain request to weigh them (`weigh_it`). Words are matched like
cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import ends_within, first_span, forms_in
from audio.market.scale_fault import SCALE

WEIGH = "weigh_it"
PROPERLY = "weigh_properly"

ONE_SIDE = {
    "en": "one side; to a side; to one side",
    "hi": "एक तरफ; एक तरफ़; एक साइड; एक ओर; ek taraf; ek side",
    "ta": "ஒரு பக்கம்; ஒரு பக்கமா; ஒரு பக்கமாக; oru pakkam*",
    "te": "ఒక వైపు; ఒక పక్క; ఒకవైపు; oka vaipu; oka pakka",
    "bn": "একদিকে; এক দিকে; একপাশে; এক পাশে; ekdike; ek dike",
    "mr": "एका बाजूला; एका बाजूस; एकाच बाजूला; eka bajula",
    "gu": "એક બાજુ; એક તરફ; ek baju",
    "kn": "ಒಂದು ಕಡೆ; ಒಂದು ಕಡೆಗೆ; ಒಂದು ಬದಿ; ondu kade*",
    "ml": "ഒരു ഭാഗത്തേക്ക്; ഒരു ഭാഗത്ത; ഒരു വശത്ത; ഒരു വശത്തേക്ക്; oru bhaagath*; oru vashath*",
    "pa": "ਇੱਕ ਪਾਸੇ; ਇੱਕ ਪਾਸੇ ਨੂੰ; ਇਕ ਪਾਸੇ; ik paase; ikk paase",
}
"""Per language, "one side" (English's heard in every language)."""


def scale_tilted(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` with the scale said to lean to one side read as `weigh_properly`."""
    scale = first_span(forms_in(language, SCALE), words)
    if scale is None or any(h.act == PROPERLY for h in hits):
        return hits
    lo = max((b for b in punct if b <= scale[0]), default=0)
    hi = min((b for b in punct if b > scale[0]), default=len(words))
    if not ends_within(forms_in(language, ONE_SIDE), words, lo, hi):
        return hits
    return [h for h in hits if h.act != WEIGH] + [Hit(PROPERLY, *scale)]
