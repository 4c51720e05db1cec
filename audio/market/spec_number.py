"""A number bound to a product's specification is no price: "70 GSM का पेपर है?", "do you
have a 5000 mAh power bank?", "size 8 chappal dikhao", "नंबर 10 वाला ब्रश", "A4 paper".

Understanding reads the bare number in such a line as a price, and the listener would be
handed an offer of ₹70 that nobody made: the worst wrong a relay can make. The number
names the goods, the line is its act (a stock question, a price question, "show me").

A number is bound to a specification when the word right after it is a unit of one
(`UNITS`: paper's GSM, a battery's mAh, GB, watt, volt, mm, pages, the English loans
and their spelling in each script), or the word right before it names a size, a model or a
number (`BEFORE`: "size 8", "नंबर 10", "A4"), or the word after it does ("10 नंबर का
ब्रश", "8 size"). Where every price heard is so bound and no currency is said in the
line, understanding comes back with no price; "70 rupees paper hai?" keeps its ₹70.
Where the price that stands is bound but another price in the line is not ("400 for the
12 volt one?"), the price is doubted (below the caller's threshold): the speaker is asked
rather than ₹12 relayed.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from audio.lexicon import TokenKind, fold, tokenize
from audio.market.counted import currency_said
from audio.understanding import Catalogue, Intent, PriceMention, Understanding

UNITS = {
    "en": "gsm gb mb tb mah watt watts volt volts amp amps mm mp megapixel hp inch inches "
    "page pages pg ply gauge kva kv rpm ton guage",
    "hi": "panne pannon "
    "जीएसएम जीबी एमबी एमएएच वाट वॉट वोल्ट एम्पियर एमएम मिमी एमपी पेज पन्ने पन्नों गेज टन",
    "ta": "pakkam pakka ஜிஎஸ்எம் ஜிபி எம்ஏஎச் வாட் வாட்ஸ் வோல்ட் எம்எம் பேஜ் பக்கம் பக்க",
    "te": "pejila pejilu pejeela జీఎస్ఎం జీబీ ఎంఏహెచ్ వాట్ వాట్స్ వోల్ట్ ఎంఎం పేజీ పేజీల పేజీలు",
    "bn": "patar pata জিএসএম জিবি এমএএইচ ওয়াট ভোল্ট এমএম পাতা পাতার পেজ পৃষ্ঠা",
    "mr": "pananchi panancha pananchya pananch paan "
    "जीएसएम जीबी एमएएच वॅट वाट व्होल्ट वोल्ट एमएम पानी पानांचं पानांचा पानांची पेज",
    "gu": "panani pananu pana જીએસએમ જીબી એમએએચ વોટ વૉટ વોલ્ટ એમએમ પાના પાનાની પાનાનું પેજ",
    "kn": "puta putada ಜಿಎಸ್ಎಂ ಜಿಬಿ ಎಂಎಎಚ್ ವಾಟ್ ವೋಲ್ಟ್ ಎಂಎಂ ಪೇಜ್ ಪುಟ ಪುಟದ",
    "ml": "pejinte ജിഎസ്എം ജിബി എംഎഎച്ച് വാട്ട് വാട്ടിന്റെ വോൾട്ട് എംഎം പേജ് പേജിന്റെ",
    "pa": "panne safe ਜੀਐਸਐਮ ਜੀਬੀ ਐਮਏਐਚ ਵਾਟ ਵੋਲਟ ਐਮਐਮ ਪੇਜ ਪੰਨੇ ਸਫ਼ੇ",
}
"""Per language, units of a specification said after the number (English loans are heard
in every language): "70 GSM", "5000 mAh", "200 पन्नों का रजिस्टर"."""

BEFORE = {
    "en": "size number model",
    "hi": "साइज़ साइज नंबर नम्बर मॉडल",
    "ta": "சைஸ் நம்பர் மாடல்",
    "te": "సైజ్ సైజు నంబర్ నెంబర్ మోడల్",
    "bn": "সাইজ সাইজের নম্বর নম্বরের মডেল",
    "mr": "साईज साइज नंबर नंबरचा नंबरची मॉडेल",
    "gu": "સાઇઝ સાઈઝ નંબર નંબરનું નંબરની મોડલ",
    "kn": "ಸೈಜ್ ಸೈಜು ನಂಬರ್ ಮಾಡೆಲ್",
    "ml": "സൈസ് നമ്പർ മോഡൽ",
    "pa": "ਸਾਈਜ਼ ਸਾਈਜ ਨੰਬਰ ਮਾਡਲ",
}
"""Per language, words of a size, a model or a number: "size 8", "नंबर 10", "A4". The same
words after the number bind it too ("10 नंबर का ब्रश", "8 size")."""


@cache
def _words(table: str, language: str) -> frozenset[str]:
    source = UNITS if table == "units" else BEFORE
    return frozenset(fold(w) for lang in {language, "en"} for w in source.get(lang, "").split())


def _bound(mention: PriceMention, text: str, language: str) -> bool:
    """Whether the number of `mention` is bound to a specification (see above)."""
    tokens = tokenize(text)
    before = [t for t in tokens if t.end <= mention.start]
    after = [t for t in tokens if t.start >= mention.end]
    units, named = _words("units", language), _words("before", language)
    if after and after[0].kind is TokenKind.WORD and after[0].norm in units | named:
        return True
    if not before or before[-1].kind is not TokenKind.WORD:
        return False
    word = before[-1]
    # "a" names a paper size only written onto the number ("A4"), not "a 4".
    if text[word.start : word.end] == "A":
        return word.end == mention.start
    return word.norm in named


def spec_not_price(
    understood: Understanding,
    text: str,
    language: str,
    catalogue: Catalogue | None,
    *,
    min_confidence: float,
) -> Understanding | None:
    """The understanding without its price where every price heard is a number bound to a
    specification and no currency is said; doubted where the standing one is bound and
    another is not; None where the price stands."""
    del catalogue
    if understood.amount_paise is None or not understood.mentions:
        return None
    if currency_said(text, language):
        return None
    bound = [_bound(m, text, language) for m in understood.mentions]
    return unpriced_where(understood, bound, min_confidence)


def unpriced_where(
    understood: Understanding, names: list[bool], min_confidence: float
) -> Understanding | None:
    """`understood` without its price where every mention `names` something (a model, the
    one to show), doubted where the standing one does and another does not; None where
    the price stands."""
    if all(names):
        return replace(
            understood, intent=Intent.OTHER, amount_paise=None, per_unit=None, mentions=()
        )
    standing = [
        n
        for m, n in zip(understood.mentions, names, strict=True)
        if m.amount_paise == understood.amount_paise and not m.negated
    ]
    if standing and standing[-1]:
        return replace(understood, confidence=min(understood.confidence, min_confidence / 2))
    return None
