"""A vendor's cooking tip with its praise: "cook it with mustard, it turns out great",
"இத கடுகு போட்டு தாளிச்சு சமைங்க, சூப்பரா இருக்கும்", "આ રીંગણનું ભરથું બનાવજો, બહુ સરસ
લાગશે", "এটা ভেজে খান, দারুণ লাগবে". A way to cook the goods told, then a word of praise
after it, claims the taste of the goods (`claim_sweet`), though the praise alone ("super",
"सरस", "சூப்பர்") says of nothing what it praises. A question ("how do I cook it so it
turns out nice?") asks a cook's advice (`audio.market.cooking`): no claim.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.cooking import cooking_asked
from audio.market.cue_hits import Hit
from audio.market.phrases import Form, first_span, forms_in

TASTE = "claim_sweet"

COOK_TOLD = {
    "en": "fry it; fry this; fry them; cook it; cook this; cook them; make a curry; temper it",
    "hi": "तल लो; तलिए; भून लो; भूनिए; पकाइए; बनाइए; बना लो; छौंक; तड़का लगा*",
    "ta": "சமைங்க; சமைச்சு; தாளிச்சு; வறுத்து; பொரிச்சு; வதக்கி; குழம்பு வைங்க",
    "te": "వేయించండి; వండండి; వేయించి; తాలింపు; కూర చేయండి",
    "bn": "রান্না করুন; রান্না করো; ভেজে; রেঁধে; ভাজুন; রাঁধুন",
    "mr": "भरीत करा; भाजी करा; आमटी करा; रस्सा करा; शिजवा; तळा=; परता; फोडणी",
    "gu": "બનાવજો; બનાવો; તળજો; તળી; વઘારજો; વઘારી; રાંધજો",
    "kn": "ಫ್ರೈ ಮಾಡಿ; ಮಾಡಿ ನೋಡಿ; ಹುರಿದು; ಕರಿದು; ಒಗ್ಗರಣೆ; ಸಾರು ಮಾಡಿ",
    "ml": "വറുത്തു; വറുത്ത്; കറി വെച്ചാൽ; കറി വെക്ക്; പൊരിച്ച്; ഉണ്ടാക്കിക്കോ",
    "pa": "ਤਲ ਲਓ; ਬਣਾਓ; ਪਕਾਓ; ਤੜਕਾ ਲਾ*; ਭੁੰਨ ਲਓ",
}
"""Per language, a way to cook told to the listener (the tip, not the question)."""

PRAISE = {
    "en": "super; great; amazing; awesome; fantastic; delicious; superb; yummy",
    "hi": "मज़ा आ*; मजा आ*; बढ़िया; बढिया; ज़बरदस्त; जबरदस्त; लाजवाब; mazaa aa*; badhiya; lajawab",
    "ta": "சூப்பரா; சூப்பர்; அருமையா; அருமை; செம; டேஸ்டா; soopera; super*",
    "te": "సూపర్; అదిరిపోతుంది; అద్భుతం; బాగుంటుంది; adiripot*",
    "bn": "দারুণ; দুর্দান্ত; অসাধারণ; darun; durdanto",
    "mr": "मस्त; भारी; झकास; छान; mast; bhari; jhakas; chhan",
    "gu": "સરસ; મસ્ત; જોરદાર; ટેસ્ટી; saras; mast; jordar",
    "kn": "ಸೂಪರ್; ಸಖತ್; ಚೆನ್ನಾಗಿರುತ್ತೆ; ಭರ್ಜರಿ; sakkat; sakhat",
    "ml": "അടിപൊളി; സൂപ്പർ; കിടിലൻ; അടിപൊളിയാ; adipoli; kidilan",
    "pa": "ਕਮਾਲ; ਵਧੀਆ; ਸਿਰਾ; ਜ਼ਬਰਦਸਤ; kamaal; vadhiya; sira",
}
"""Per language, words of praise said of how the cooked goods turn out."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    if table == "cook":
        return forms_in(language, COOK_TOLD)
    return forms_in(language, PRAISE)


def _first(table: str, words: list[str], language: str, lo: int = 0) -> tuple[int, int] | None:
    return first_span(_forms(table, language), words, lo)


def cook_tip(hits: list[Hit], words: list[str], language: str) -> list[Hit]:
    """`hits` with the taste claimed by a cooking tip and its praise (above)."""
    if any(h.act == TASTE for h in hits) or "?" in words:
        return hits
    cooked = _first("cook", words, language)
    if cooked is None:
        return hits
    praised = _first("praise", words, language, cooked[1])
    if praised is None or cooking_asked(words, language):
        return hits
    return [*hits, Hit(TASTE, *praised)]
