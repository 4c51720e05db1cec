"""The rent of a hire asked: "किराया क्या लगेगा?", "भाडं किती होईल?", "ভাড়া কত পড়বে?",
"வாடகை எவ்வளவு ஆகும்?". Chairs, plates, a tent or a sound system hired for a function are
priced by their rent: a word of rent (`RENT`) right before a word asking how much
(`HOW_MUCH`), in one clause, asks the price of the hire (`ask_price`). With a count taken
on a condition before it ("तीन सौ कुर्सियाँ लूँ तो किराया क्या लगेगा?") the line asks the rate
for that many (`bulk_price`, `audio.market.count_taken`), the count no price. A rent said
risen or fallen ("किराया कितना बढ़ गया", how much the rent has gone up) asks nothing.
Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import cache

from audio.market.phrases import Form, end_at, forms_in

ACT = "ask_price"

RENT = {
    "en": "rent; rental; hire charge; hire charges",
    "hi": "किराया; किराए; किराये; भाड़ा; भाड़े; kiraya; kiraye; bhada",
    "ta": "வாடகை; vaadagai; vadagai",
    "te": "అద్దె; కిరాయి; adde; kirayi",
    "bn": "ভাড়া; bhara; bhada",
    "mr": "भाडं; भाडे; भाडा; किराया; bhada; bhade",
    "gu": "ભાડું; ભાડા; ભાડુ; bhadu; bhada",
    "kn": "ಬಾಡಿಗೆ; baadige; badige",
    "ml": "വാടക; vaadaka; vadaka",
    "pa": "ਕਿਰਾਇਆ; ਕਿਰਾਏ; ਕਿਰਾਆ; ਭਾੜਾ; kiraya; kiraye",
}
"""Per language, the rent of a hire."""

HOW_MUCH = {
    "en": "how much",
    "hi": "क्या; कितना; कितनी; कितने; kya; kitna; kitne",
    "ta": "எவ்வளவு; எவ்ளோ; எவ்வளோ; evvalavu; evlo",
    "te": "ఎంత; entha; enta",
    "bn": "কত; koto; kato",
    "mr": "किती; काय; kiti; kay",
    "gu": "કેટલું; કેટલા; કેટલુ; શું; ketlu; ketla",
    "kn": "ಎಷ್ಟ; eshtu; estu",
    "ml": "എത്ര; ethra; etra",
    "pa": "ਕਿੰਨਾ; ਕਿੰਨੇ; ਕੀ=; kinna; kinne",
}
"""Per language, a word asking how much."""

RISEN = {
    "en": "gone up; went up; increased; risen; raised; gone down; come down; hiked",
    "hi": "बढ़; बढ; घट; badh*; ghat*",
    "ta": "ஏறி; ஏத்தி; குறைஞ்; குறைந்",
    "te": "పెరిగ; పెంచ; తగ్గ",
    "bn": "বেড়; বাড়; কম=; কমে",
    "mr": "वाढ; कमी; vadh*",
    "gu": "વધ; ઘટ; vadh*",
    "kn": "ಏರ; ಜಾಸ್ತಿ; ಕಡಿಮೆ",
    "ml": "കൂടി; കൂട്ടി; കുറഞ്",
    "pa": "ਵਧ; ਵੱਧ; ਘਟ; vadh*",
}
"""Per language, words of a rent gone up or down."""

_GAP = 1
"""Words that may stand between the rent and the asking ("भाडं साधारण किती")."""


@cache
def _forms(language: str) -> tuple[tuple[Form, ...], tuple[Form, ...], tuple[Form, ...]]:
    return forms_in(language, RENT), forms_in(language, HOW_MUCH), forms_in(language, RISEN)


def rent_asked(words: list[str], language: str, punct: frozenset[int]) -> tuple[int, int] | None:
    """The span of a rent asked (see above), or None."""
    rents, asks, risen = _forms(language)
    for i in range(len(words)):
        for r in rents:
            end = end_at(r, words, i)
            if end is None:
                continue
            for k in range(end, min(len(words), end + _GAP + 1)):
                if any(end < b <= k for b in punct) or words[k] == "?":
                    break
                for a in asks:
                    stop = end_at(a, words, k)
                    if stop is None:
                        continue
                    rest = words[stop : stop + 3]
                    if any(end_at(f, rest, j) is not None for j in range(len(rest)) for f in risen):
                        return None
                    return i, stop
    return None
