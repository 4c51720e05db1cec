"""A bag searched is no bag asked for: "ತಡೀರಿ, ಬ್ಯಾಗ್‌ನಲ್ಲಿ ಹುಡುಕ್ತೀನಿ" (wait, I'll look in
my bag), "ఆగండి, బ్యాగ్‌లో వెతుకుతాను", "one minute, let me look in my bag". The speaker
looks in their own bag for the money or the list: a word of searching (`SEARCH`) within
`_REACH` words after the bag, in its clause, leaves no `give_bag`, and the line is what
else it says (the `wait` it asks). Words are matched like cues (see
`audio.market.phrases`)."""

from __future__ import annotations

from audio.market.cue_hits import Hit
from audio.market.phrases import at, forms_in

BAG = "give_bag"

SEARCH = {
    "en": "look for; looking for; look in; looking in; search; searching; find it; dig in",
    "hi": "ढूंढ; ढूँढ; ढूढ; टटोल; dhoondh*; dhundh*; dhoond*; dhund*",
    "mr": "शोधत; शोधतो; शोधते; शोधून; shodht*; shodhto; shodhte",
    "gu": "શોધ; shodh*",
    "ta": "தேடு; தேடுற; தேடறே; தேட; thedu*; thed*",
    "te": "వెతుకు; వెతుక; వెతికి; vetuk*; vethuk*; vetik*",
    "bn": "খুঁজ; খুজ; khuj*; khunj*",
    "kn": "ಹುಡುಕ; huduk*",
    "ml": "തിരയ; തപ്പ; thapp*; thiray*",
    "pa": "ਲੱਭ; labh*; ਟੋਹ",
}
"""Per language, words of searching (English's heard in every language)."""

_REACH = 3
"""Words after the bag a word of searching may stand."""


def bag_searched(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` without a bag asked for that is only searched (see above)."""

    def searched(h: Hit) -> bool:
        stop = min([b for b in punct if b >= h.end] + [len(words), h.end + _REACH])
        return any(at(f, words, i) for i in range(h.end, stop) for f in forms_in(language, SEARCH))

    return [h for h in hits if h.act != BAG or not searched(h)]
