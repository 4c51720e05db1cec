"""A repair's price asked beside the damage: "the strap broke, how much to stitch it?",
"चप्पल का पट्टा टूट गया, सिलाई का कितना लोगे?", "செருப்பு வார் அறுந்து போச்சு, தைக்க
எவ்வளவு?", "ছাতার শিক ভেঙে গেছে, সারাতে কত নেবেন?". At a cobbler's, a tailor's or a
repair stall the damage is why the customer came, no doubt about goods on sale: the
line asks the price of the work (`ask_price`), and the damage's `quality_soft` yields.

A line is such a question when it holds a word of damage heard as `quality_soft`, a
word of mending (`MEND`: stitch, fix, repair, "सिलाई", "కుట్ట", "നന്നാക്ക") and a word
that asks how much (`HOW_MUCH`). Without the how-much word ("the strap broke, can you
stitch it?") the damage stays what is said. Words are matched like cues (see
`audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms_in

DAMAGE = "quality_soft"
PRICE = "ask_price"

MEND = {
    "en": "stitch*; sew; sewing; fix; fixing; repair*; mend*; replace*; change the; put a new; "
    "new one; new zip; resole; patch",
    "hi": "सिलाई; सिल; सिलने; सिलवा; ठीक कर; ठीक करने; ठीक करवा; रिपेयर; मरम्मत; बदलने; बदलवा; "
    "बदलाई; लगाने; लगवा; जोड़ने; silai; silne; theek kar*; thik kar*; theek karne; badalne; "
    "lagane; lagwane; jodne",
    "ta": "தைக்க; தைச்சு; தைய; ரிப்பேர்; சரி பண்ண; சரி செய்ய; மாத்த; மாற்ற; ஒட்ட; thaikka; "
    "thaichu; repair; sari panna; maatha",
    "te": "కుట్ట; బాగు చే; బాగుచే; రిపేర్; రిపేరు; మార్చ; అతక; సరి చే; kutta*; baagu che*; "
    "bagu che*; maarcha*; marcha*",
    "bn": "সারা; সারাই; সেলাই; রিপেয়ার; ঠিক কর; বদলা; লাগাতে; জোড়া; sarate; sarai; selai; "
    "thik kor*; bodla*; lagate",
    "mr": "शिवाय; शिवून; शिलाई; दुरुस्त; रिपेअर; बदलाय; बदलून; नीट कर; लावाय; shivay*; "
    "shivun; durust*; badlay*; nit kar*",
    "gu": "સીવ; સિલાઈ; રિપેર; ઠીક કર; બદલ; સરખું કર; સાંધ; લગાવ; siv*; silai; thik kar*; "
    "badal*; sarkhu kar*",
    "kn": "ಹೊಲಿ; ರಿಪೇರಿ; ಸರಿ ಮಾಡ; ಬದಲಾಯಿಸ; ಬದಲಿಸ; ಹಾಕೋಕೆ; ಹಾಕಲು; holi*; ripeeri; repari; "
    "sari maad*; badalays*",
    "ml": "നന്നാക്ക; തയ്ക്ക; തുന്ന; റിപ്പയർ; ശരിയാക്ക; മാറ്റ; ഒട്ടിക്ക; nannakk*; thaykk*; "
    "shariyakk*; sariyakk*; maatt*",
    "pa": "ਸਿਲਾਈ; ਸਿਉਂ; ਸੀਣ; ਠੀਕ ਕਰ; ਰਿਪੇਅਰ; ਬਦਲ; ਗੰਢ; ਲਵਾਉਣ; ਲਾਉਣ; silai; theek kar*; "
    "thik kar*; badal*; gandh*",
}
"""Per language, words of mending (English's heard in every language)."""

HOW_MUCH = {
    "en": "how much; what will you charge; what do you charge; what's the charge; charges; "
    "what will it cost; how much will it cost",
    "hi": "कितना; कितने; कितनी; क्या लोगे; क्या लगेगा; kitna; kitne; kitni; kya loge; kya lagega",
    "ta": "எவ்வளவு; எவ்ளோ; evvalavu; evlo; evvalo",
    "te": "ఎంత; entha; enta",
    "bn": "কত; koto; kato",
    "mr": "किती; काय घेणार; काय घ्याल; kiti",
    "gu": "કેટલા; કેટલું; કેટલો; ketla; ketlu",
    "kn": "ಎಷ್ಟು; eshtu; estu",
    "ml": "എത്ര; ethra; etra",
    "pa": "ਕਿੰਨੇ; ਕਿੰਨਾ; ਕਿੰਨੀ; ਕੀ ਲਓਗੇ; kinne; kinna; kinni",
}
"""Per language, words that ask how much."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"mend": MEND, "how": HOW_MUCH}[table])


def _holds(table: str, words: list[str], language: str) -> bool:
    return any(at(f, words, i) for i in range(len(words)) for f in _forms(table, language))


def repair_asked(words: list[str], language: str) -> bool:
    """Whether the line (folded words) asks the price of mending the damage it tells."""
    return _holds("mend", words, language) and _holds("how", words, language)
