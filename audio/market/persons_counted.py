"""A number that counts people is no price: "reduce a little, I'm buying for three kids",
"थोड़ा कम कीजिए, तीन बच्चों के लिए ले रहा हूँ", "ನಾಲ್ಕು ಜನಕ್ಕೆ ಸಾಕಾ?".

Understanding reads the count as a price, doubted or not, and the listener would hear ₹3
offered, or the speaker be asked "₹3?", while the line asks a discount or says who the
goods are for. A number followed by a word for people (`PEOPLE`: children, people,
guests, members, girls and women, and their case forms, which match as stems), with no
currency said in the line, counts them; where every price heard is such a count,
understanding comes back with no price and the line is its act.
"तीन बच्चों के लिए 200 दे दो" keeps its ₹200.
"""

from __future__ import annotations

from dataclasses import replace

from audio.lexicon import TokenKind, tokenize
from audio.market.counted import currency_said
from audio.market.phrases import at, forms_in
from audio.understanding import Catalogue, Intent, PriceMention, Understanding

PEOPLE = {
    "en": "kids; children; people; persons; guests; members; boys; girls; students; "
    "grandchildren; family members",
    "hi": "बच्चों; बच्चे; लोगों; लोग; मेहमान; जनों; जन=; bachchon; bacchon; bachche; "
    "bacche; logon; log=; mehman*; jan=; लड़कियाँ; लड़कियां; लड़के; औरत; सहेलि; ladkiyan; "
    "ladkiyaan; ladke",
    "ta": "பசங்க; குழந்தைக; பேரு; பேர்; விருந்தாளி; pasanga; kuzhandhai*; kozhandhai*; per=; "
    "peru; பொண்ணுங்க; பெண்கள்; ponnunga",
    "te": "పిల్ల; మంది; అతిథుల; pillalu; pillala*; mandi=; mandiki; అమ్మాయిల; ఆడవాళ్ళ; ammayilu",
    "bn": "বাচ্চা; ছেলেমেয়ে; জনের; জন=; অতিথি; bachcha*; baccha*; jon=; joner; মেয়েরা; মহিলা; meyera",
    "mr": "मुलां; मुलं; मुलांना; जणां; जण=; पाहुण; mulan*; mula=; mulanna; jan=; janan*; मुली=; "
    "बायका; muli=",
    "gu": "છોકરા; છોકરાં; બાળકો; જણ; મહેમાન; chhokra*; balko; jan=; mehman*; છોકરીઓ; બહેનો; chhokrio",
    "kn": "ಮಕ್ಕಳ; ಜನಕ್ಕೆ; ಜನ=; ನೆಂಟರ; makkal*; janakke; jana=; ಹುಡುಗೀರು; ಹುಡುಗಿಯರು; ಹೆಂಗಸರು; hudugiru",
    "ml": "കുട്ടിക; പേർക്ക്; പേര്=; ആളുകൾ; ആൾക്ക; kuttikal*; perkk*; aalukal*; പെൺകുട്ടിക; "
    "പെണ്ണുങ്ങ; penkuttikal*",
    "pa": "ਬੱਚਿਆਂ; ਬੱਚੇ; ਜਣੇ; ਜਣਿਆਂ; ਬੰਦਿਆਂ; ਮਹਿਮਾਨ; bachean; bacheyan; bache=; jane=; bandeyan; "
    "ਕੁੜੀਆਂ; ਔਰਤਾਂ; kudiyan",
}
"""Per language, words for people counted (English's heard in every language)."""


def _people(mention: PriceMention, text: str, language: str) -> bool:
    after = [t for t in tokenize(text) if t.start >= mention.end]
    if not after or after[0].kind is not TokenKind.WORD:
        return False
    words = [t.norm for t in after if t.kind is TokenKind.WORD]
    return any(at(f, words, 0) for f in forms_in(language, PEOPLE))


def people_not_price(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where every price heard counts people and no
    currency is said (see above), or None where the price stands."""
    del catalogue, min_confidence
    if understood.amount_paise is None or not understood.mentions:
        return None
    if currency_said(text, language):
        return None
    if not all(_people(m, text, language) for m in understood.mentions):
        return None
    return replace(understood, intent=Intent.OTHER, amount_paise=None, per_unit=None, mentions=())
