"""A question of how to cook or use the goods: "how long do I boil the goat meat so it turns
tender?", "నాటు కోడి కూర ఎలా వండాలి?" (how do I cook the country chicken?), "should I
marinate it in curd so it stays soft?". The customer asks for a cook's advice; the
"soft" of the goal is no complaint, a breed's name ("నాటు కోడి", "ನಾಟಿ ಕೋಳಿ", "देसी
मुर्गा") no claim of origin, and the line is small talk, relayed as said.

A line is such a question when it holds a word of cooking (`COOK`: boil, fry, marinate,
"पकाऊँ", "ఉడికించాలి", "शिजवायचं") and a word that asks how, how long or whether
(`HOW`), or a question mark said. The vendor's tip told with no question ("धीमी आंच पे
पकाना, स्वादिष्ट बनेगा", cook it slow, it turns out tasty) still claims the taste. Words
are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache

from audio.market.phrases import Form, at, forms_in

COOKED = frozenset(
    {
        "quality_soft",
        "quality_old",
        "quality_small",
        "claim_fresh",
        "claim_origin",
        "claim_sweet",
        "is_ripe",
        "pay_how",
    }
)
"""Acts a cooking question says by its words and does not mean: the goal ("so it turns
soft"), a breed's name ("country chicken"), a taste hoped for, or the "how" it asks
("કેવી રીતે", which alone asks how one will pay)."""

COOK = {
    "en": "cook; cooks; cooked; cooking; boil; boiled; boiling; fry; fried; frying; "
    "marinate*; roast; roasted; simmer*; pressure cook*; soak; soaked; soaking; steam; "
    "how do i make; how to make; how do you make; how should i make; "
    "steamed; make the curry; make curry; make a curry; recipe",
    "hi": "पकाऊ; पकाऊं; पकाना; पकाने; पकाएं; पकाएँ; पकाते; पकाओ; पकाई; उबाल; भूनू; भूनना; भूनें; "
    "तलू; तलना; तलें; मैरिनेट; बनाते हैं; बनाते हो; banate ho; बनाऊं; बनाऊँ; बनाएं; बनाएँ; बनाना है; बनेगा क्या; "
    "pakau*; pakana; pakane; pakaye*; pakate; ubal*; bhun*; talna; banate hain; banau*; "
    "banaye*; marinate*",
    "ta": "வேகவை; வேக வை; வேக வைக்க; வேகும்; சமை; வைக்கணும்; வெக்கணும்; vaikkanum; "
    "vekkanum; vega; vegum; vekka*; குழம்பு வை; குழம்பு வெ; வறுக்க; வறு=; "
    "பொரிக்க; ஊறவை; ஊற வை; மசாலா தடவ; samai*; vega vai*; vegavai*; kuzhambu vai*; "
    "kulambu vai*; varuk*; porik*; oora vai*; வேக வச்ச; வேக வெச்ச; vega vach*; vega vech*",
    "te": "ఉడికించ; ఉడికిస్త; ఉడకబెట్ట; ఉడుకు; వండ; వేయించ; నానబెట్ట; కూర చే; కూర వండ; udikincha*; udikist*; "
    "udakabett*; vanda*; veyincha*; nanabett*",
    "bn": "রান্না; রাঁধ; রাধব; সেদ্ধ; সিদ্ধ; ভাজব; ভাজতে; ম্যারিনেট; ভিজিয়ে রাখ; ranna*; "
    "randh*; sheddho*; bhajbo; bhajte",
    "mr": "शिज; शिजव; शिजेल; तळाय; तळू; भाजाय; भाजू; मुरव; रस्सा कसा; रस्सा कसं; करायचा; करायचं; "
    "shij*; shijav*; shijel; talaych*; karaycha; karaych*; बनवता; बनवायच; banavta",
    "gu": "રાંધ; બને=; બનશે; bane=; રાંધવ; બનાવાય; "
    "બનાવો છો; બનાવો=; banavo cho; banavo chho; બનાવું; બનાવવ; તળવ; તળું; બાફ; વઘાર; randh*; banavay; "
    "banavu; banavv*; talvu; baaf*",
    "kn": "ಬೇಯಿಸ; ಬೇಯಿಸೋ; ಬೇಯಿಸಬೇಕು; ಬೇಯುತ್ತ; ಅಡುಗೆ; ಸಾರು ಮಾಡ; ಹುರಿಯ; ಕರಿಯ; ನೆನೆಸ; "
    "ಮಾಡೋದು; ಮಾಡ್ಬೇಕು; ಮಾಡಬೇಕು; beyis*; saaru maad*; saru maad*; maadodu; madodu; "
    "maadbeku; madbeku",
    "ml": "വേവിക്ക; വേവിച്ച; വേവാൻ; പാചക; ഉണ്ടാക്കും; ഉണ്ടാക്കണം; ഉണ്ടാക്കേണ്ട; വറുക്ക; "
    "പൊരിക്ക; കറി വെക്ക; കറി വയ്ക്ക; മസാല പുരട്ട; vevikk*; undakkum; undakkanam; varukk*; "
    "porikk*; curry vekk*; curry vaykk*",
    "pa": "ਪਕਾਵਾਂ; ਪਕਾਉਣ; ਪਕਾਈਦ; ਪਕਾਉਂਦੇ; ਪਕਾਓ; ਬਣਾਈਦ; ਬਣਾਵਾਂ; ਬਣਾਉਣ; ਤਲਣ; ਉਬਾਲ; ਰਿੰਨ੍ਹ; "
    "pakava*; pakaun*; banaida; banavan; banaun*",
}
"""Per language, words of cooking or preparing food (English's heard in every language)."""

HOW = {
    "en": "how; how long; how much time; should i; should we; do i; ?",
    "hi": "कैसे; कितनी देर; कितना टाइम; कितना समय; क्या=; ताकि; kaise; kitni der; kitna time; "
    "kya=; taaki",
    "ta": "எப்படி; எவ்வளவு நேரம்; எத்தனை நிமிஷம்; eppadi; evvalavu neram; evlo neram; "
    "எவ்ளோ நேரம்; எவ்வளோ நேரம்",
    "te": "ఎలా; ఎంతసేపు; ఎంత సేపు; ఎంత టైం; ela=; elaa; entasepu; enthasepu",
    "bn": "কীভাবে; কিভাবে; কেমন করে; কতক্ষণ; কতক্ষন; kivabe; kibhabe; kemon kore; kotokhon; koto khon",
    "mr": "कसा; कसं; कशी; कसे; किती वेळ; kasa=; kiti vel",
    "gu": "કેવી રીતે; કેટલી વાર; કેટલો ટાઇમ; કેમ=; kevi rite; ketli var",
    "kn": "ಹೇಗೆ; ಹೆಂಗೆ; ಎಷ್ಟು ಹೊತ್ತು; ಎಷ್ಟೊತ್ತು; hege; henge; eshtu hottu; eshtottu",
    "ml": "എങ്ങനെ; എങ്ങിനെ; എത്ര നേരം; എത്ര സമയം; engane; engine; ethra neram",
    "pa": "ਕਿਵੇਂ; ਕਿੱਦਾਂ; ਕਿੰਨੀ ਦੇਰ; ਕਿੰਨਾ ਟਾਈਮ; kiven; kidda; kinni der",
}
"""Per language, words that ask how, how long or whether (English's heard in every
language; "?" is the question mark said)."""


WHEN_MADE = {
    "en": "today; this morning; yesterday; last night; just now",
    "hi": "आज; कल=; सुबह; अभी; aaj; kal=; subah; abhi",
    "ta": "இன்னைக்கு; இன்று; நேத்து; நேற்று; காலையில; காலைல; innaikku; nethu; kaalaila",
    "te": "ఈరోజు; ఇవాళ; నిన్న; పొద్దున; ఈ రోజు; eeroju; ivala; ninna; podduna",
    "bn": "আজ=; আজকে; কাল=; কালকে; গতকাল; সকালে; aaj; aj=; kal=; kalke; sokale",
    "mr": "आज=; काल=; सकाळी; आत्ता; aaj; kaal; sakali",
    "gu": "આજે; કાલે; ગઈકાલે; સવારે; aaje; kale; savare",
    "kn": "ಇವತ್ತು; ನಿನ್ನೆ; ಬೆಳಿಗ್ಗೆ; ಬೆಳಗ್ಗೆ; ivattu; ninne; beligge",
    "ml": "ഇന്ന്; ഇന്നലെ; രാവിലെ; innu; innale; raavile",
    "pa": "ਅੱਜ; ਕੱਲ੍ਹ; ਸਵੇਰੇ; ajj; kall; savere",
}
"""Per language, when goods were made: a word of cooking beside one ("were these fried
this morning?", "ये आज तले हैं?") asks how fresh the goods are, not how to cook them."""

_WHEN_NEAR = 3
"""Words a time of making may stand from the word of cooking."""


@lru_cache(maxsize=16)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    return forms_in(language, {"cook": COOK, "how": HOW, "when": WHEN_MADE}[table])


def _made_when(words: list[str], language: str) -> bool:
    """Whether a word of cooking stands within `_WHEN_NEAR` words of a time of making."""
    cook = _forms("cook", language)
    cooked = [i for i in range(len(words)) if any(at(f, words, i) for f in cook)]
    return any(
        at(f, words, j)
        for i in cooked
        for j in range(max(0, i - _WHEN_NEAR), min(len(words), i + _WHEN_NEAR + 1))
        for f in _forms("when", language)
    )


def _holds(table: str, words: list[str], language: str) -> bool:
    return any(at(f, words, i) for i in range(len(words)) for f in _forms(table, language))


def cooking_asked(words: list[str], language: str) -> bool:
    """Whether the line (folded words, "?" among them) asks how to cook or use the goods."""
    return (
        _holds("cook", words, language)
        and _holds("how", words, language)
        and not _made_when(words, language)
    )
