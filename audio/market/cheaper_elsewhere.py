"""The price scorned by another place's: "even in town it isn't this much", "at the mall
it's cheaper", "शहर में भी इतना नहीं है", "மால்ல இதைவிட கம்மி", "టౌన్‌లో కూడా ఇంత లేదు",
"ಮಾಲ್‌ನಲ್ಲಿ ಇದಕ್ಕಿಂತ ಕಡಿಮೆ", "ടൗണിൽ പോലും ഇത്ര ഇല്ല". A place the goods are also sold
(`PLACE`: a town, a mall, a supermarket, the market, another shop, online) named in a
clause that says the goods cheaper there is the complaint that the price asked here is
too high (`too_expensive`); no price is named.

Cheaper is said by a word of cheapness (`CHEAP`: cheaper, "सस्ता", "மலிவு"), by a word of
less (`LESS`: "कम", "கம்மி", "తక్కువ") after a word that compares with this (`THAN_THIS`:
"इससे", "இதைவிட", "ఇంతకంటే"; a bare "less" may be of a crowd), or by "this much" said
not to be there (`NOT_THIS_MUCH`: "इतना नहीं", "இவ்வளவு இல்லை", "ಇಷ್ಟು ಇಲ್ಲ"). The place
and the comparison stand in one clause. A crowd or traffic compared ("शहर में भी इतनी भीड़
नहीं") is small talk: a noun between "this much" and its "no" makes it no price.
Words are matched like cues (see `audio.market.phrases`).
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from audio.market.phrases import Form, end_at, forms_in

PLACE = {
    "en": "town; city; mall; malls; supermarket; super market; market; bazaar; mandi; online; "
    "amazon; flipkart; dmart; d-mart; next shop; other shop; other shops; next stall; "
    "other stall; shop next door; big shops",
    "hi": "शहर; मॉल; सुपरमार्केट; सुपर मार्केट; बाज़ार; बाजार; मंडी; ऑनलाइन; दुकान; डीमार्ट; "
    "shehar; sheher; shahar; mall; bazaar; bazar; mandi; online; dukan; dukaan",
    "ta": "டவுன்; மால்; சூப்பர் மார்க்கெட்; சூப்பர்மார்க்கெட்; மார்க்கெட்; கடை; ஆன்லைன்; "
    "டிமார்ட்; சிட்டி; town*; mall*; kadai*; market*",
    "te": "టౌన్; మాల్; సూపర్ మార్కెట్; సూపర్‌మార్కెట్; మార్కెట్; కొట్ట; కొట్లో; షాపు; షాప్; "
    "ఆన్‌లైన్; ఆన్లైన్; పట్నం; సిటీ; డీమార్ట్; kottu*; kotlo",
    "bn": "শহর; মল=; মলে; সুপারমার্কেট; বাজার; দোকান; অনলাইন; shohor; bajar; dokan",
    "mr": "शहर; मॉल; सुपरमार्केट; बाजार; मंडई; दुकान; ऑनलाइन; shahar; bajar; dukan",
    "gu": "શહેર; મોલ; સુપરમાર્કેટ; બજાર; માર્કેટ; દુકાન; ઓનલાઇન; shaher; bajar; dukan",
    "kn": "ಪೇಟೆ; ಟೌನ್; ಮಾಲ್; ಸೂಪರ್ ಮಾರ್ಕೆಟ್; ಸೂಪರ್‌ಮಾರ್ಕೆಟ್; ಮಾರ್ಕೆಟ್; ಅಂಗಡಿ; ಆನ್‌ಲೈನ್; ಸಿಟಿ; pete*; angadi*",
    "ml": "ടൗൺ; ടൗണ; മാൾ; മാള; സൂപ്പർമാർക്കറ്റ; സൂപ്പർ മാർക്കറ്റ; മാർക്കറ്റ; കടയ; കടേല; "
    "ഓൺലൈന; ഓൺലൈൻ; പട്ടണ; സിറ്റി; kadayil",
    "pa": "ਸ਼ਹਿਰ; ਸੁਪਰਮਾਰਕੀਟ; ਬਾਜ਼ਾਰ; ਮੰਡੀ; ਦੁਕਾਨ; ਆਨਲਾਈਨ; shehar; mandi; dukaan",
}
"""Per language, a place the goods are also sold (English's heard in every language)."""

THAN_THIS = {
    "en": "than this; than here; than yours; than you",
    "hi": "इससे; इस से; यहाँ से; यहां से; आपसे; isse; is se; yahan se",
    "ta": "இதைவிட; இதை விட; இத விட; இதவிட; இங்கவிட; இங்க விட; உங்களைவிட; idhai vida; itha vida; "
    "inga vida",
    "te": "ఇంతకంటే; దీనికంటే; ఇక్కడికంటే; మీకంటే; inthakante; deenikante",
    "bn": "এর চেয়ে; এর থেকে; এখানকার চেয়ে; er cheye; er theke",
    "mr": "यापेक्षा; ह्यापेक्षा; इथल्यापेक्षा; yapeksha",
    "gu": "આનાથી; આના કરતાં; અહીં કરતાં; aanathi",
    "kn": "ಇದಕ್ಕಿಂತ; ಇಲ್ಲಿಗಿಂತ; ನಿಮಗಿಂತ; idakkinta; idakkintha",
    "ml": "ഇതിനേക്കാൾ; ഇതിനെക്കാൾ; ഇതിലും; ഇവിടത്തേക്കാൾ; ithinekkal; ithilum",
    "pa": "ਇਸ ਤੋਂ; ਇਸਤੋਂ; ਏਥੋਂ; is ton",
}
"""Per language, a word that compares with the goods or the stall at hand."""

CHEAP = {
    "en": "cheaper; for less",
    "hi": "सस्ता; सस्ती; सस्ते; sasta; sasti; saste",
    "ta": "மலிவு; malivu",
    "te": "చవక; చౌక; chavaka",
    "bn": "সস্তা; sosta; sasta",
    "mr": "स्वस्त; swast",
    "gu": "સસ્તુ; સસ્તું; સસ્તા; sastu",
    "kn": "ಅಗ್ಗ; agga",
    "ml": "വിലക്കുറവ; vilakkurav*",
    "pa": "ਸਸਤਾ; ਸਸਤੀ; ਸਸਤੇ; sasta",
}
"""Per language, a word of cheapness, which says the price with no comparison."""

LESS = {
    "en": "less; lower",
    "hi": "कम; आधे; kam; aadhe",
    "ta": "கம்மி; குறைவு; குறைச்ச; kammi; kuraivu",
    "te": "తక్కువ; takkuva",
    "bn": "কম; kom",
    "mr": "कमी; kami",
    "gu": "ઓછ; ochh*; ochu",
    "kn": "ಕಡಿಮೆ; ಕಮ್ಮಿ; kadime; kammi",
    "ml": "കുറവ; കുറച്ച; kurav*",
    "pa": "ਘੱਟ; ghatt; ghat",
}
"""Per language, a word of less, cheaper only after a word that compares."""

NOT_THIS_MUCH = {
    "en": "isn't this much; not this much; not this expensive; not this costly; "
    "doesn't cost this much",
    "hi": "इतना नहीं; इतनी नहीं; इतने नहीं; इतना महंगा नहीं; इतनी महंगी नहीं; itna nahi; itni nahi",
    "ta": "இவ்வளவு இல்லை; இவ்வளவு இல்ல; இவ்ளோ இல்ல; இவ்ளோ இல்லை; இவ்வளவு விலை இல்ல; "
    "இவ்ளோ விலை இல்ல; ivlo illa; ivvalavu illa",
    "te": "ఇంత లేదు; ఇంత ధర లేదు; ఇంత రేటు లేదు; intha ledu; inta ledu",
    "bn": "এত না; এত নয়; এত দাম না; এত দাম নয়; এত দাম নেই; eto na; eto noy",
    "mr": "एवढं नाही; एवढा नाही; इतकं नाही; इतका नाही; एवढी किंमत नाही; evdha nahi; itka nahi",
    "gu": "આટલું નથી; આટલા નથી; આટલો ભાવ નથી; aatlu nathi",
    "kn": "ಇಷ್ಟು ಇಲ್ಲ; ಇಷ್ಟಿಲ್ಲ; ಇಷ್ಟು ಬೆಲೆ ಇಲ್ಲ; ishtu illa; ishtilla",
    "ml": "ഇത്ര ഇല്ല; ഇത്രയും ഇല്ല; ഇത്രയില്ല; ഇത്ര വില ഇല്ല; ithra illa",
    "pa": "ਇੰਨਾ ਨਹੀਂ; ਐਨਾ ਨਹੀਂ; ਇੰਨੀ ਨਹੀਂ; inna nahi; aina nahi",
}
"""Per language, "this much" said not to be there, the "no" right after it."""


@lru_cache(maxsize=64)
def _forms(table: str, language: str) -> tuple[Form, ...]:
    words = {
        "place": PLACE,
        "than": THAN_THIS,
        "cheap": CHEAP,
        "less": LESS,
        "not": NOT_THIS_MUCH,
    }[table]
    return forms_in(language, words)


def _found(table: str, words: list[str], lo: int, hi: int, language: str) -> list[tuple[int, int]]:
    spans = []
    for i in range(lo, hi):
        for f in _forms(table, language):
            end = end_at(f, words, i)
            if end is not None and end <= hi:
                spans.append((i, end))
    return spans


def cheaper_elsewhere(
    words: list[str], language: str, punct: frozenset[int] = frozenset()
) -> list[tuple[int, int]]:
    """The spans of the comparisons that say the goods cheaper at another place, each in a
    clause that names the place."""
    cuts = sorted({0, len(words), *(b for b in punct if 0 < b < len(words))})
    spans: list[tuple[int, int]] = []
    for lo, hi in pairwise(cuts):
        if not _found("place", words, lo, hi, language):
            continue
        said = _found("cheap", words, lo, hi, language) + _found("not", words, lo, hi, language)
        for s, e in _found("than", words, lo, hi, language):
            near = _found("less", words, max(lo, s - 3), min(hi, e + 3), language)
            said += [(min(s, ls), max(e, le)) for ls, le in near]
        spans += said
    return spans
