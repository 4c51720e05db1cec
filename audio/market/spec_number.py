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

Sizes told of stock are sizes too: the numbers listed with a bound one ("waist 30 is
over, 32 and 34 are there": `JOINED` words, or none, between them), and in a line that
tells the stock (`STOCK`: "only 32 and 34 are there") any list of two numbers or more, and
a lone number with "only" beside it where a size is said finished ("size 30 is finished,
only 34 left", "তিরিশ সাইজ শেষ, শুধু চৌত্রিশ আছে", "நாப்பது சைஸ் முடிஞ்சுது, நாப்பத்திரெண்டு
தான் இருக்கு"): what is left of the sizes. Another lone number left beside a size in such a
line ("waist 30 is over, 32 for you") is doubted; "size 8 chappal, 200 dunga" tells no stock
and keeps its ₹200.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from itertools import pairwise

from audio.lexicon import TokenKind, fold, tokenize
from audio.market.counted import currency_said
from audio.market.only import said_only
from audio.market.recognise import market_act
from audio.number_tables import number_table
from audio.numbers import find_numbers
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
    "en": "size number model waist length chest collar kamar naap lambai "
    "part volume vol edition std standard",
    "hi": "साइज़ साइज नंबर नम्बर मॉडल कमर नाप लंबाई लम्बाई भाग खंड खण्ड bhag bhaag",
    "ta": "சைஸ் நம்பர் மாடல் இடுப்பு நீளம் idupu iduppu neelam பாகம் தொகுதி bagam baagam",
    "te": "సైజ్ సైజు నంబర్ నెంబర్ మోడల్ నడుము పొడవు nadumu podavu భాగం సంపుటి bhagam",
    "bn": "সাইজ সাইজের নম্বর নম্বরের মডেল কোমর লম্বা komor খণ্ড পর্ব khondo",
    "mr": "साईज साइज नंबर नंबरचा नंबरची मॉडेल कंबर लांबी kambar भाग खंड",
    "gu": "સાઇઝ સાઈઝ નંબર નંબરનું નંબરની મોડલ કમર લંબાઈ ભાગ",
    "kn": "ಸೈಜ್ ಸೈಜು ನಂಬರ್ ಮಾಡೆಲ್ ಸೊಂಟ ಉದ್ದ sonta ಭಾಗ ಸಂಪುಟ bhaga",
    "ml": "സൈസ് നമ്പർ മോഡൽ അരവണ്ണം നീളം ഭാഗം വാല്യം bhagam",
    "pa": "ਸਾਈਜ਼ ਸਾਈਜ ਨੰਬਰ ਮਾਡਲ ਕਮਰ ਨਾਪ ਲੰਬਾਈ ਭਾਗ",
}
"""Per language, words of a size, a model, a number or an edition: "size 8", "नंबर 10",
"A4", "waist 30", "कमर 32", "part 2", "भाग 2", "খণ্ড ২", "பாகம் 4" (a book's part or volume).
The same words after the number bind it too ("10 नंबर का ब्रश", "8 size")."""

JOINED = (
    "and or & aur ya और या ar ba আর বা ani आणि किंवा ane અને ke કે te ate ਤੇ ਅਤੇ ਜਾਂ "
    "mattu ಮತ್ತು athava ಅಥವಾ um ഉം അല്ലെങ്കിൽ உம் மற்றும் illa matrum leda లేదా mariyu మరియు"
)
"""Words that join numbers into a list ("32 and 34", "32 और 34", "32ഉം 34ഉം"); a comma
joins them too (no word between)."""

LEFT = {"ta": "தான் thaan dhaan", "kn": "ಅಷ್ಟೇ ashte", "te": "ఒక్కటే okkate"}
"""Per language, words of "only that" said after what is left ("நாப்பத்திரெண்டு தான்
இருக்கு", only forty-two is there), beside the words of "only" (`audio.market.only`)."""

STOCK = frozenset({"out_of_stock", "have_it"})
"""Acts that tell what is in stock: a list of numbers in them names the sizes there."""


@cache
def _words(table: str, language: str) -> frozenset[str]:
    source = {"units": UNITS, "before": BEFORE, "left": LEFT}.get(table, {"en": JOINED})
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
    if understood.amount_paise is None or not understood.mentions:
        return None
    if currency_said(text, language):
        return None
    bound = [_bound(m, text, language) for m in understood.mentions]
    sizes = _sizes_listed(text, language, catalogue)
    if sizes:
        bound = [b or any(s < m.end and m.start < e for s, e in sizes) for b, m in
                 zip(bound, understood.mentions, strict=True)]  # fmt: skip
    found = unpriced_where(understood, bound, min_confidence)
    if found is None and sizes and _stock(text, language, catalogue):
        # "waist 30 is over, only 32 is there": a size told of stock, asked, never relayed
        return replace(understood, confidence=min(understood.confidence, min_confidence / 2))
    return found


def _stock(text: str, language: str, catalogue: Catalogue | None) -> bool:
    found = market_act(text, language, catalogue)
    return found is not None and found.act in STOCK


def _finished(text: str, language: str, catalogue: Catalogue | None) -> bool:
    found = market_act(text, language, catalogue)
    return found is not None and found.act == "out_of_stock"


def _sizes_listed(text: str, language: str, catalogue: Catalogue | None) -> list[tuple[int, int]]:
    """The character spans of the numbers that name sizes: a number bound to a size word
    ("waist 30") and the numbers listed with it ("30, 32 and 34"), and in a line that
    tells the stock ("only 32 and 34 are there") every list of two numbers or more."""
    tokens = tokenize(text)
    found = find_numbers([t.norm for t in tokens], number_table(language))
    spans = [s for s in found if not s.ambiguous]
    if not spans:
        return []
    joined, named = _words("joined", language), _words("before", language)

    def sized(i: int, j: int) -> bool:  # the number of tokens [i, j) beside a size word
        return (i > 0 and tokens[i - 1].norm in named) or (
            j < len(tokens) and tokens[j].norm in named
        )

    lists: list[list[tuple[int, int]]] = [[(spans[0].start, spans[0].end)]]
    for a, b in pairwise(spans):
        between = tokens[a.end : b.start]
        if all(t.kind is TokenKind.WORD and t.norm in joined for t in between):
            lists[-1].append((b.start, b.end))
        else:
            lists.append([(b.start, b.end)])
    stock = None
    out: list[tuple[int, int]] = []
    norms = [t.norm for t in tokens]
    any_sized = any(sized(i, j) for group in lists for i, j in group)
    for group in lists:
        if not any(sized(i, j) for i, j in group):
            j = group[-1][1]
            left = any_sized and (
                said_only(norms, group[0][0], j, language)
                or (j < len(norms) and norms[j] in _words("left", language))
            )
            if len(group) < 2 and not (left and _finished(text, language, catalogue)):
                continue
            stock = _stock(text, language, catalogue) if stock is None else stock
            if not stock:
                continue
        out += [(tokens[i].start, tokens[j - 1].end) for i, j in group]
    return out


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
