"""Too much of a taste is no price complaint: "how hot is this chutney, too much chilli?",
"इसमें मिर्च बहुत ज़्यादा है क्या?", "ಸಾರಿನಲ್ಲಿ ಉಪ್ಪು ತುಂಬಾ ಜಾಸ್ತಿ".

A word for "too much" (`MUCH`, a cue of `too_expensive` that names no price) with a word
of what goes into food (`audio.market.preference.PUT_IN`, chilli, `HOT`, or water and ice,
`WATERY`: "ee juicil vellam kooduthala", too much water in this juice) right beside
it, after it or before it (one word, "very", may stand between), says how much of that is
in the goods: the line asks or says a taste, and is no complaint about the price. A line
with a number in it ("chilli at 80? too much") or a word of price keeps the complaint.

Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from audio.market.phrases import at, end_at, forms_in
from audio.market.preference import PUT_IN

TOO_EXPENSIVE = "too_expensive"

MUCH = {
    "en": "too much; so much; very high; bit much; a bit much; a little much; bit too much",
    "hi": "बहुत ज़्यादा; ज़्यादा है; bahut jyada; bahut zyada; ज़्यादा हो गया; ज्यादा हो गया; "
    "zyada hai; jyada hai; zyada ho gaya; jyada ho gaya",
    "ta": "ரொம்ப அதிகம்; அதிகம்; romba jaasthi; romba jasthi",
    "te": "చాలా ఎక్కువ; ఎక్కువైంది; ఎక్కువ అయింది; ఎక్కువ అయ్యింది; ekkuvaindi; ekkuva ayindi; "
    "chaala ekkuva; chala ekkuva",
    "bn": "বেশি হয়ে গেল",
    "mr": "जास्त आहे",
    "gu": "બહુ વધારે",
    "kn": "ತುಂಬಾ ಜಾಸ್ತಿ; ಜಾಸ್ತಿ ಆಯ್ತು; tumba jaasti",
    "ml": "കൂടുതലാണ്; കൂടുതലാ=; കൂടിപ്പോയി; kooduthal aanu; kooduthala=; koodippoyi",
    "pa": "ਬਹੁਤ ਜ਼ਿਆਦਾ",
}
"""Per language, the cues of `too_expensive` that say only "too much"."""

HOT = {
    "en": "chilli; chillies; chili; chilies; mirchi; pepper; spicy; masala",
    "hi": "मिर्च; मिर्ची; मिरची; mirch*",
    "ta": "மிளகாய்; milagai",
    "te": "మిర్చి; మిరప; mirchi",
    "bn": "লঙ্কা; মরিচ; lanka",
    "mr": "मिरची; mirchi",
    "gu": "મરચું; મરચાં; marchu",
    "kn": "ಮೆಣಸಿನಕಾಯಿ; ಮೆಣಸು; menasu",
    "ml": "മുളക്; mulak*",
    "pa": "ਮਿਰਚ; mirch*",
}
"""Per language, chilli and its heat, beside the words of `PUT_IN`."""

WATERY = {
    "en": "water; watery; ice; pani; paani",
    "hi": "पानी; बर्फ़; बरफ; pani; paani; barf; baraf",
    "ta": "தண்ணி; தண்ணீர்; ஐஸ்; thanni; thanneer; tanni",
    "te": "నీళ్ళు; నీళ్లు; నీరు; ఐస్; neellu; neeru; neelu",
    "bn": "জল=; পানি; বরফ; jol; pani; borof",
    "mr": "पाणी; बर्फ; pani; paani",
    "gu": "પાણી; બરફ; pani; paani",
    "kn": "ನೀರು; ನೀರ; ಐಸ್; neeru; neer*",
    "ml": "വെള്ളം; വെള്ള; ഐസ്; vellam; vellath*",
    "pa": "ਪਾਣੀ; ਬਰਫ਼; pani; paani",
}
"""Per language, water and ice, too much of which waters down a drink."""

PRICE = {
    "en": "price; rate; rupees; rs; cost*",
    "hi": "दाम; भाव; रेट; कीमत; रुपये; रुपए",
    "ta": "விலை; ரேட்; ரூபா",
    "te": "ధర; రేటు; రూపాయ",
    "bn": "দাম; রেট; টাকা",
    "mr": "भाव; किंमत; रेट; रुपये",
    "gu": "ભાવ; કિંમત; રેટ; રૂપિયા",
    "kn": "ಬೆಲೆ; ರೇಟ್; ರೂಪಾಯಿ",
    "ml": "വില; റേറ്റ്; രൂപ",
    "pa": "ਭਾਅ; ਮੁੱਲ; ਰੇਟ; ਰੁਪਏ",
}
"""Per language, words of price: said with them, "too much" complains of the price."""


def much_tasted(
    words: list[str], start: int, end: int, language: str, *, numbered: bool = False
) -> bool:
    """Whether the `too_expensive` hit at [start, end) says too much of a taste (see
    above)."""
    if numbered or not any(end_at(f, words, start) == end for f in forms_in(language, MUCH)):
        return False
    if any(at(f, words, i) for i in range(len(words)) for f in forms_in(language, PRICE)):
        return False
    return any(
        at(f, words, end) or any(end_at(f, words, i) in (start, start - 1) for i in range(start))
        for f in forms_in(language, PUT_IN, HOT, WATERY)
    )
