"""The weighing said to give short: "your scale is showing less", "तराज़ू कम दिखा रहा है",
"পাল্লাটা একবার দেখুন তো, ওজন কম হচ্ছে", "ತೂಕ ಕಡಿಮೆ ಬರ್ತಿದೆ". A word of too little
(`LESS`) said in a line with a word for the scale (`audio.market.scale_fault.SCALE`), or
beside a word for the weight (`WEIGHT`) in a line that names the scale or asks to weigh,
is the complaint that the goods are weighed
short (`weigh_properly`), not a request to weigh them (`weigh_it`).

A person's weight ("डॉक्टर ने कहा बच्चे का वजन कम है", "मेरा वजन कम हो गया") is small
talk: a weight word alone, or in a line with a word for "my" (`MINE`), complains of no
weighing. Words are matched
like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, end_at, forms_in
from audio.market.scale_fault import SCALE

_NEAR = 2

LESS = {
    "en": "less; short; underweight; under weight",
    "hi": "कम=; kam=",
    "ta": "கம்மி; குறைவ; kammi",
    "te": "తక్కువ; takkuva",
    "bn": "কম=; kom=",
    "mr": "कमी; kami=",
    "gu": "ઓછું; ઓછા; ઓછી; ochhu; ochha",
    "kn": "ಕಮ್ಮಿ; ಕಡಿಮೆ; kammi; kadime",
    "ml": "കുറവ; kurav*",
    "pa": "ਘੱਟ; ghatt; ghat=",
}
"""Per language, words of too little (English's heard in every language)."""

WEIGHT = {
    "en": "weight; weighing",
    "hi": "वजन; वज़न; तौल; wajan; vajan; tol=",
    "ta": "எடை; edai",
    "te": "తూకం; బరువు; tookam",
    "bn": "ওজন; ojon",
    "mr": "वजन; vajan",
    "gu": "વજન; vajan",
    "kn": "ತೂಕ; tooka",
    "ml": "തൂക്കം; thookkam",
    "pa": "ਵਜ਼ਨ; ਵਜਨ; ਤੋਲ; vazan; tol=",
}
"""Per language, words for the weight of goods."""

MINE = {
    "en": "my; i've put; i have put; i lost",
    "hi": "मेरा; मेरी; mera; meri",
    "ta": "என்; என்னோட; ennoda",
    "te": "నా=; నాకు; naa=",
    "bn": "আমার; amar",
    "mr": "माझं; माझे; माझा; majha",
    "gu": "મારું; મારુ; maru",
    "kn": "ನನ್ನ; nanna",
    "ml": "എന്റെ; ente",
    "pa": "ਮੇਰਾ; ਮੇਰੀ; mera",
}
"""Per language, words that make the weight the speaker's own."""


@lru_cache(maxsize=64)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    source = {"less": LESS, "weight": WEIGHT, "mine": MINE, "scale": SCALE}[table]
    return forms_in(language, source)


def _spans(table: str, words: list[str], language: str) -> list[tuple[int, int]]:
    out = []
    for i in range(len(words)):
        for f in _forms(table, language):
            end = end_at(f, words, i)
            if end is not None:
                out.append((i, end))
                break
    return out


def weighed_short(
    words: list[str], language: str, *, weighing: bool = False
) -> list[tuple[int, int]]:
    """The spans from each word for the scale or the weight in `words` to the word of too
    little said with it (see above): the whole complaint, as one act's words; `weighing`:
    the line asks to weigh ("weigh it again")."""
    less = _spans("less", words, language)
    if not less:
        return []
    said = [(s, e, False) for s, e in _spans("scale", words, language)]
    if (said or weighing) and not any(
        at(f, words, i) for i in range(len(words)) for f in _forms("mine", language)
    ):
        said += [(s, e, True) for s, e in _spans("weight", words, language)]
    out = []
    for s, e, beside in said:
        ls, le = min(less, key=lambda span: abs(span[0] - s))
        if s <= ls < e or (beside and not s - _NEAR <= ls < e + _NEAR):
            continue
        out.append((min(s, ls), max(e, le)))
    return out
