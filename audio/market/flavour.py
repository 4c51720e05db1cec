"""A flavour named with a taste offered: "first taste the pani, nice sweet and sour", "पहले
चख के देखो, बढ़िया खट्टा मीठा", "ಮೊದಲು ರುಚಿ ನೋಡಿ, ಹುಳಿ ಸಿಹಿ". Sweet said beside sour
(`SOUR`, within `_NEAR` words) names the flavour the tasting will show; the line's act is
the taste offered (`taste`), not a claim of sweetness. With a taste offered the line is
`taste` anyway (the inventory means `taste` over `claim_sweet`: "खाऊन बघा, खूप गोड आहे"
invites, the sweetness is its reason); the flavour said matchless (`MATCHLESS`: "you
won't find such sweet-and-sour anywhere") or "khatta meetha" with no taste offered is
`claim_sweet`. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import at, forms_in

_NEAR = 3
"""How many words from the sweet cue a word for sour may stand."""

SOUR = {
    "en": "sour; tangy; tangy and; sweet and sour; khatta; khatti; khatt*",
    "hi": "खट्टा; खट्टी; खट्टे; खट्टा-मीठा; khatta; khatti",
    "ta": "புளிப்பு; புளிப்பும்; புளிப்பா; pulippu*",
    "te": "పుల్లగా; పులుపు; పుల్లని; pullaga; pulupu",
    "bn": "টক=; টক-মিষ্টি; tok=",
    "mr": "आंबट; ambat",
    "gu": "ખાટું; ખાટા; ખાટી; khatu; khata",
    "kn": "ಹುಳಿ; huli",
    "ml": "പുളി; പുളിയും; puli*",
    "pa": "ਖੱਟਾ; ਖੱਟੀ; ਖੱਟੇ; khatta; khatti",
}
"""Per language, words for sour or tangy (English's heard in every language)."""

MATCHLESS = {
    "en": "anywhere; nowhere; real; asli; kahin; kuthech",
    "hi": "कहीं; असली; kahin",
    "ta": "எங்கயும்; எங்கேயும்; வேற எங்க",
    "te": "ఎక్కడా; ఎక్కడ దొరకదు",
    "bn": "কোথাও; আসল",
    "mr": "कुठेच; कुठं; असली; kuthech",
    "gu": "ક્યાંય; અસલી",
    "kn": "ಎಲ್ಲೂ; ಎಲ್ಲಿಯೂ",
    "ml": "എവിടെയും; എവിടേം",
    "pa": "ਕਿਤੇ; ਅਸਲੀ",
}
"""Per language, words that make the flavour a claim: found nowhere else, the real one."""

TASTE = "taste"
SWEET = "claim_sweet"


def flavour_named(words: list[str], start: int, end: int, language: str) -> bool:
    """Whether the sweet cue at [start, end) is sweet said with sour beside it (or is sour
    itself) in a line that calls it matchless nowhere: a flavour named, no claim."""
    lo, hi = max(0, start - _NEAR), min(len(words), end + _NEAR)
    if not any(at(f, words, i) for i in range(lo, hi) for f in forms_in(language, SOUR)):
        return False
    return not any(
        at(f, words, i) for i in range(len(words)) for f in forms_in(language, MATCHLESS)
    )
