"""Someone's kin asked after as still somewhere: "is your sister still in Hyderabad?",
"तुम्हारा भाई अभी भी पुणे में है क्या?", "ನಿಮ್ಮ ತಮ್ಮ ಇನ್ನೂ ಮಂಗಳೂರಲ್ಲೇ
ಇದ್ದಾನಾ?", "ചേട്ടൻ ഇപ്പോഴും കൊച്ചിയിൽ ഉണ്ടോ?". A kin word (`KIN`) with a word for "still"
(`STILL`) after it, and the place said with "in" (a locative ending or word, `IN`) after
that, or "your" (`YOUR`) before the kin, asks where a person lives now: small talk. The
"is" of the line asks for no goods (`have_it`) and the town names no goods' origin
(`claim_origin`).

A kin word right before a pause calls the listener ("अक्का, இன்னும் தக்காளி இருக்கா?":
sister, are there still tomatoes?), no person asked after. Words are matched like cues (see
`audio.market.phrases`); the endings of `IN` are matched at a word's end.
"""

from __future__ import annotations

from functools import cache

from audio.lexicon import fold
from audio.market.cue_hits import Hit
from audio.market.phrases import Form, end_at, forms_in

WHEREABOUTS = frozenset({"have_it", "claim_origin"})
"""Acts a person asked after as still somewhere says nothing of."""

KIN = {
    "en": "son; daughter; brother; sister; wife; husband; cousin; nephew; niece; uncle; aunt; "
    "father; mother; dad; mom; grandson; granddaughter; friend",
    "hi": "भाई; भैया; बहन; दीदी; बेटा; बेटी; बेटे; दामाद; बहू; पति; पत्नी; भतीज; भांज; चाचा; "
    "मामा; पापा; मम्मी; दोस्त; bhai; behen; didi; beta; beti",
    "ta": "தம்பி; அண்ணன்; அண்ணா; அக்கா; தங்கச்சி; தங்கை; பையன்; மகன்; மகள்; பொண்ணு; மருமக; "
    "பேரன்; அப்பா; அம்மா; மாமா; நண்பன்",
    "te": "తమ్ముడు; అన్న; అక్క; చెల్లి; చెల్లెలు; అబ్బాయి; అమ్మాయి; కొడుకు; కూతురు; అల్లుడు; "
    "కోడలు; మనవడు; నాన్న; అమ్మ=; మామయ్య; స్నేహితుడు",
    "bn": "দাদা; ভাই; দিদি; বোন; ছেলে; মেয়ে; জামাই; বৌমা; নাতি; বাবা; মা=; মামা; কাকা; বন্ধু",
    "mr": "भाऊ; बहीण; ताई; दादा; मुलगा; मुलगी; जावई; सून; नातू; वडील; आई=; मामा; काका; मित्र",
    "gu": "ભાઈ; બહેન; બેન=; દીકરો; દીકરી; જમાઈ; વહુ; પૌત્ર; પપ્પા; મમ્મી; મામા; કાકા; મિત્ર",
    "kn": "ತಮ್ಮ; ಅಣ್ಣ; ಅಕ್ಕ; ತಂಗಿ; ಮಗ=; ಮಗಳು; ಅಳಿಯ; ಸೊಸೆ; ಮೊಮ್ಮಗ; ಅಪ್ಪ; ಅಮ್ಮ; ಮಾವ; ಸ್ನೇಹಿತ",
    "ml": "അനിയൻ; അനിയത്തി; ചേട്ടൻ; ചേച്ചി; മകൻ; മകൾ; മരുമകൻ; മരുമകൾ; അച്ഛൻ; അമ്മ=; അമ്മാവൻ; കൂട്ടുകാരൻ",
    "pa": "ਭਰਾ; ਭੈਣ; ਵੀਰ; ਪੁੱਤ; ਪੁੱਤਰ; ਧੀ; ਕੁੜੀ; ਮੁੰਡਾ; ਜਵਾਈ; ਨੂੰਹ; ਪੋਤਾ; ਬਾਪੂ; ਮਾਂ=; ਮਾਮਾ; ਚਾਚਾ; ਦੋਸਤ",
}
"""Per language, kin and friends."""

STILL = {
    "en": "still",
    "hi": "अभी भी; अब भी; अभी तक; अब तक; abhi bhi; ab bhi; ab tak",
    "ta": "இன்னும்; innum",
    "te": "ఇంకా; inka",
    "bn": "এখনও; এখনো; ekhono",
    "mr": "अजून; अजूनही; ajun",
    "gu": "હજી; હજુ; haji; haju",
    "kn": "ಇನ್ನೂ; innu",
    "ml": "ഇപ്പോഴും; ippozhum",
    "pa": "ਹਾਲੇ; ਅਜੇ; ਹੁਣ ਵੀ; hale; aje",
}
"""Per language, a word for "still"."""

YOUR = {
    "en": "your",
    "hi": "आपका; आपकी; आपके; तुम्हारा; तुम्हारी; तुम्हारे; aapka; aapki; aapke; tumhara; tumhari",
    "ta": "உங்க; உங்கள்; உன்; unga",
    "te": "మీ=; నీ=; mee=",
    "bn": "তোমার; আপনার; তোর; tomar; apnar",
    "mr": "तुमचा; तुमची; तुमचे; तुझा; तुझी; tumcha; tumchi",
    "gu": "તમારો; તમારી; તમારા; તારો; તારી; tamaro; tamari",
    "kn": "ನಿಮ್ಮ; ನಿನ್ನ; nimma",
    "ml": "നിങ്ങളുടെ; നിന്റെ; ningalude",
    "pa": "ਤੁਹਾਡਾ; ਤੁਹਾਡੀ; ਤੁਹਾਡੇ; ਤੇਰਾ; ਤੇਰੀ; tuhada; tuhadi",
}
"""Per language, "your" before the kin."""

IN = {
    "en": ("in", "at"),
    "hi": ("में", "mein", "me"),
    "ta": ("ல", "லே", "ில்", "ிலே"),
    "te": ("లో", "లోనే", "lo"),
    "bn": ("তে", "ে"),
    "mr": ("त", "तच", "मध्ये"),
    "gu": ("માં", "મા"),
    "kn": ("ಲ್ಲಿ", "ಲ್ಲೇ"),
    "ml": ("ിൽ", "ൽ"),
    "pa": ("ਵਿੱਚ", "ਵਿਚ"),
}
"""Per language, "in": a word, or an ending fused to the place."""

_AFTER = 3
"""Words the "still" may stand after the kin word, and the place after the "still"."""


@cache
def _forms(language: str) -> tuple[tuple[Form, ...], tuple[Form, ...], tuple[Form, ...]]:
    return forms_in(language, KIN), forms_in(language, STILL), forms_in(language, YOUR)


@cache
def _endings(language: str) -> tuple[str, ...]:
    return tuple(fold(e) for lang in {language, "en"} for e in IN.get(lang, ()))


def _placed(word: str, language: str) -> bool:
    """Whether `word` is "in" or ends in it, fused to a place ("ಮಂಗಳೂರಲ್ಲೇ"); a
    romanized "in" stands as a word of its own."""
    return any(
        word == e or (not e.isascii() and len(word) > len(e) + 1 and word.endswith(e))
        for e in _endings(language)
    )


def kin_still(words: list[str], language: str, punct: frozenset[int]) -> bool:
    """Whether the line asks whether someone's kin is still somewhere (see above)."""
    kin, still, your = _forms(language)
    for i in range(len(words)):
        for k in kin:
            end = end_at(k, words, i)
            if end is None or end in punct:
                continue
            owned = i > 0 and any(end_at(y, words, i - 1) == i for y in your)
            for j in range(end, min(len(words), end + _AFTER)):
                for s in still:
                    after = end_at(s, words, j)
                    if after is None:
                        continue
                    if owned or any(_placed(w, language) for w in words[after : after + _AFTER]):
                        return True
    return False


def kin_whereabouts(
    hits: list[Hit], words: list[str], language: str, punct: frozenset[int]
) -> list[Hit]:
    """`hits` without the stock asked and the origin claimed of a person asked after as
    still somewhere."""
    if not any(h.act in WHEREABOUTS for h in hits) or not kin_still(words, language, punct):
        return hits
    return [h for h in hits if h.act not in WHEREABOUTS]
