"""How something ordered is to be made: "less sugar in my tea", "चाय में चीनी कम डालना",
"சீனி கம்மியா போடுங்க", "പഞ്ചസാര കുറച്ച് മതി", "no ice". At a tea stall, a sweet
shop or a chaat cart the customer says how they take it; the sugar word claims no
sweetness, the word for less asks no discount, and "മതി" (enough) ends no purchase.

A word for what goes into it (`PUT_IN`: sugar, sweetness, salt, spice, oil, ice) with a
word for less or none (`LESS`) at most `_NEAR` words before or after it, in one clause,
makes that clause an order's preference, and so does a word of how strong it is to be
made (`STRENGTH`): the acts of `SAID_BY` heard in it say nothing.
More of something ("थोड़ी मिर्ची और डाल दो") is no preference: at a vegetable stall it
asks for a little extra. Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from audio.market.phrases import Form, at, forms_in

SAID_BY = frozenset({"claim_sweet", "ask_discount", "ask_extra", "that_is_all"})
"""Acts whose words an order's preference says: sweet, less, a little more, enough."""

_NEAR = 2

PUT_IN = {
    "en": "sugar; sweetness; salt; spice; oil; ice; cheeni; chini; shakkar",
    "hi": "चीनी; शक्कर; मीठा; मीठी; नमक; तीखा; तीखी; तेल; बर्फ; मसाला; cheeni; chini; shakkar; "
    "meetha; meethi; mitha; mithi; namak; teekha; teekhi; tel; barf; baraf",
    "ta": "சக்கரை; சர்க்கரை; சீனி; இனிப்பு; உப்பு; காரம்; காரமா; எண்ணெய்; ஐஸ்; sakkarai; "
    "sarkarai; seeni; inippu; uppu; kaaram; karam",
    "te": "చక్కెర; పంచదార; షుగర్; తీపి; ఉప్పు; కారం; నూనె; ఐస్; chakkera; panchadara; teepi; uppu; karam",
    "bn": "চিনি; মিষ্টি; নুন; লবণ; ঝাল; তেল; বরফ; chini; mishti; nun; jhal; tel",
    "mr": "साखर; गोड; मीठ; तिखट; तेल; बर्फ; sakhar; god; mith; tikhat; tel",
    "gu": "ખાંડ; મીઠું=; મીઠાશ; ગળ્યું; ગળપણ; તીખું; તીખાશ; તેલ; બરફ; khand; galyu; galpan; tikhu; tel",
    "kn": "ಸಕ್ಕರೆ; ಸಿಹಿ; ಉಪ್ಪು; ಖಾರ; ಎಣ್ಣೆ; ಐಸ್; sakkare; sihi; uppu; khaara; khara",
    "ml": "പഞ്ചസാര; മധുരം; മധുര; ഉപ്പ്; എരിവ്; എണ്ണ; ഐസ്; panchasara; madhuram; uppu; erivu",
    "pa": "ਚੀਨੀ; ਖੰਡ; ਮਿੱਠਾ; ਮਿੱਠੀ; ਲੂਣ; ਨਮਕ; ਤੇਲ; ਬਰਫ਼; ਬਰਫ; cheeni; khand; mitha; mithi; loon",
}
"""Per language, what goes into something ordered (English's heard in every language)."""

LESS = {
    "en": "less; no=; without; half; zero; kam=; kum=",
    "hi": "कम; मत; बिना; बिल्कुल; फीकी; फीका; kam; mat; bina; pheeki; phika; feeki",
    "ta": "கம்மியா; கம்மி; குறைச்சு; குறைவா; குறைவாக; இல்லாம; வேண்டாம்; வேணாம்; kammiya; "
    "kammi; koraichu; kuraichu; kuraivaa; illaama; illama; vendaam; venaam",
    "te": "తక్కువ; లేకుండా; వద్దు; takkuva; thakkuva; lekunda; vaddu",
    "bn": "কম; ছাড়া; ছাড়াই; দেবেন না; দিও না; kom; chara; chhara; deben na",
    "mr": "कमी; नको; शिवाय; बिना; kami; nako; shivay; bina",
    "gu": "ઓછી; ઓછું; ઓછા; વગર; વિના; નહીં; ochhi; ochhu; ochha; ochi; ochu; vagar; vina",
    "kn": "ಕಡಿಮೆ; ಕಮ್ಮಿ; ಇಲ್ಲದೆ; ಇಲ್ದೆ; ಬೇಡ; kadime; kammi; illade; ilde; beda",
    "ml": "കുറച്ച്; കുറച്ചു; കുറവ്; കുറച്ചേ; ഇല്ലാതെ; വേണ്ട; kurach*; kurav*; illathe; venda",
    "pa": "ਘੱਟ; ਬਿਨਾਂ; ਬਿਨਾ; ਨਾ=; ਫਿੱਕੀ; ghatt; ghat; bina; phikki",
}
"""Per language, words for less of it, or none."""

STRENGTH = {
    "en": "strong; extra strong; kadak; kadak*; karak",
    "hi": "कड़क; कड़क*; kadak; karak",
    "ta": "ஸ்ட்ராங்கா; ஸ்ட்ராங்; திக்கா; கடுப்பா; strong-aa; strongaa; thickaa; thikka",
    "te": "స్ట్రాంగ్; స్ట్రాంగ్గా; చిక్కగా; chikkaga",
    "bn": "কড়া করে; কড়া চা; স্ট্রং; kora kore",
    "mr": "कडक; स्ट्रॉंग; स्ट्राँग; kadak",
    "gu": "કડક; સ્ટ્રોંગ; kadak",
    "kn": "ಸ್ಟ್ರಾಂಗ್; ಸ್ಟ್ರಾಂಗಾಗಿ",
    "ml": "കടുപ്പ; സ്ട്രോങ്; kaduppam; kaduppathil",
    "pa": "ਕੜਕ; ਸਟ੍ਰਾਂਗ; ਤੇਜ਼ ਪੱਤੀ; kadak; karak",
}
"""Per language, how strong a drink is to be made ("चाय कड़क बनाना", "டீ ஸ்ட்ராங்கா
போடுங்க"): the clause says how it is made, whatever its other words."""


@lru_cache(maxsize=32)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    source = {"put_in": PUT_IN, "less": LESS, "strength": STRENGTH}[table]
    return forms_in(language, source)


def _has(table: str, words: list[str], i: int, language: str) -> bool:
    return any(at(f, words, i) for f in _forms(table, language))


def preferred(words: list[str], language: str, punct: frozenset[int] = frozenset()) -> list[range]:
    """The clauses of `words` that say how something ordered is to be made (see above);
    `punct`: indices of words after punctuation, where clauses break."""
    cuts = sorted({0, len(words), *(b for b in punct if 0 < b < len(words))})
    out: list[range] = []
    for lo, hi in pairwise(cuts):
        put = [i for i in range(lo, hi) if _has("put_in", words, i, language)]
        if any(_has("strength", words, i, language) for i in range(lo, hi)) or any(
            _has("less", words, j, language)
            for i in put
            for j in range(max(lo, i - _NEAR), min(hi, i + _NEAR + 1))
            if j != i
        ):
            out.append(range(lo, hi))
    return out
