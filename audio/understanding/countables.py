"""Goods sold by the piece, named right after a number: "eight lemons", "बारह केले",
"பத்து முட்டை". The number counts them; it is no price ("put aside eight lemons" names
no money). A price said after the goods ("टमाटर चालीस") is untouched: only the word
right after the number is looked at. Used by pass 3 (`audio.understanding.amounts`)
when no catalogue names the goods."""

from __future__ import annotations

from audio.languages.base import Cue
from audio.lexicon import TokenKind, fold
from audio.numbers import NumberSpan
from audio.understanding.endings import _CLASSIFIERS
from audio.understanding.moves import (
    _GIVE_STEMS,
    _GIVE_WORDS,
    _OWN_GIVE_WORDS,
    _PUT_STEMS,
    _PUT_WORDS,
)
from audio.understanding.orders import price_of_one
from audio.understanding.reading import _joined, _Reading
from audio.understanding.recalled_words import PAST
from audio.understanding.sizes import _SIZES

_MONEY = (Cue.CURRENCY, Cue.PAISE)
_BAG_CUES = frozenset((Cue.PAYMENT,))
"""The cue of a word for a bag or a cover (Tamil "பேக்" packs and is a bag), which says
no money."""
_MOST = 60
_MOST_NAMED = 1008
"""Up to this many when the goods' words name goods counted by the piece ("a hundred
and eight lotus flowers for the puja"); a larger number is a price."""
_APART = frozenset(("ta", "te", "ti", "to", "tar"))
"""A larger bare number before a word is more likely a price than a count of goods."""

# Eggs, bananas, lemons, coconuts, mangoes and the other fruit counted at a stall, as
# each language says them (singular and plural, native script and romanized).
_WORDS = {
    "en": (
        "egg", "eggs", "banana", "bananas", "lemon", "lemons", "lime", "limes", "mango",
        "mangoes", "mangos", "coconut", "coconuts", "orange", "oranges", "apple", "apples",
        "guava", "guavas", "pineapple", "pineapples", "papaya", "papayas", "watermelon",
        "watermelons", "pomegranate", "pomegranates", "cob", "cobs",
        # flowers, counted for a puja or a wedding
        "flower", "flowers", "lotus", "lotuses", "rose", "roses", "marigolds",
    ),
    "hi": (
        "अंडे", "अंडा", "ande", "anda", "anday", "केले", "केला", "kele", "kela", "नींबू",
        "निम्बू", "nimbu", "neembu", "आम", "aam", "नारियल", "nariyal", "संतरे", "santre",
        "सेब", "seb", "अमरूद", "amrud", "भुट्टे", "bhutte", "अनार", "anar", "पपीते",
        # flowers, counted for a puja or a wedding
        "फूल", "phool", "phul", "कमल", "kamal", "गुलाब", "gulab", "गेंदे",
    ),
    "pa": (
        "ਅੰਡੇ", "ਆਂਡੇ", "ande", "ਕੇਲੇ", "kele", "ਨਿੰਬੂ", "nimbu", "ਅੰਬ", "amb", "aam",
        "ਨਾਰੀਅਲ", "nariyal", "ਸੰਤਰੇ", "santre", "ਸੇਬ", "seb", "ਅਮਰੂਦ", "ਛੱਲੀਆਂ", "challiyan",
        # flowers, counted for a puja or a wedding
        "ਫੁੱਲ", "phull", "ਕਮਲ", "ਗੁਲਾਬ",
    ),
    "ta": (
        "முட்டை", "முட்டைங்க", "muttai", "வாழைப்பழம்", "வாழைப்பழங்க", "vazhaipazham",
        "valaipalam", "எலுமிச்சை", "எலுமிச்சம்பழம்", "elumichai", "தேங்காய்", "thengai",
        "மாம்பழம்", "மாம்பழங்க", "mambazham", "ஆரஞ்சு", "இளநீர்", "elaneer", "கொய்யா",
        # flowers, counted for a puja or a wedding
        "பூ", "பூக்கள்", "தாமரை", "தாமரைப்", "தாமரைப்பூ", "ரோஜா", "ரோஜாப்பூ", "thamarai",
    ),
    "te": (
        "గుడ్లు", "గుడ్డు", "gudlu", "అరటిపండ్లు", "అరటిపండు", "aratipandlu", "నిమ్మకాయలు",
        "నిమ్మకాయ", "nimmakayalu", "కొబ్బరికాయలు", "కొబ్బరికాయ", "kobbarikaayalu",
        "kobbarikayalu", "మామిడిపండ్లు", "mamidipandlu", "జామకాయలు", "బత్తాయిలు",
        # flowers, counted for a puja or a wedding
        "పూలు", "పువ్వులు", "తామర", "తామరపూలు", "గులాబీలు", "గులాబీ",
    ),
    "bn": (
        "ডিম", "dim", "কলা", "kola", "লেবু", "lebu", "ডাব", "dab", "নারকেল", "narkel", "আম",
        "aam", "কমলা", "komola", "আপেল", "পেয়ারা", "ডালিম",
        # flowers, counted for a puja or a wedding
        "ফুল", "phul", "পদ্ম", "পদ্মফুল", "গোলাপ", "golap",
    ),
    "mr": (
        "अंडी", "अंडे", "andi", "केळी", "keli", "लिंबू", "limbu", "नारळ", "naral", "आंबे",
        "ambe", "संत्री", "santri", "सफरचंद", "पेरू", "peru", "डाळिंब",
        # flowers, counted for a puja or a wedding
        "फुलं", "फुले", "कमळ", "कमळं", "गुलाब",
    ),
    "gu": (
        "ઈંડાં", "ઈંડા", "inda", "કેળાં", "કેળા", "kela", "લીંબુ", "limbu", "નાળિયેર",
        "nariyal", "nariyel", "કેરી", "keri", "સંતરા", "સફરજન", "જામફળ", "દાડમ",
        # flowers, counted for a puja or a wedding
        "ફૂલ", "કમળ", "ગુલાબ",
    ),
    "kn": (
        "ಮೊಟ್ಟೆ", "motte", "ಬಾಳೆಹಣ್ಣು", "balehannu", "ನಿಂಬೆಹಣ್ಣು", "nimbehannu", "ತೆಂಗಿನಕಾಯಿ",
        "tenginakai", "tenginakayi", "ಮಾವಿನಹಣ್ಣು", "mavinahannu", "ಕಿತ್ತಳೆ", "ಸೇಬು", "ಸೀಬೆ",
        "ಎಳನೀರು", "elaneeru",
        # flowers, counted for a puja or a wedding
        "ಹೂವು", "ಹೂ", "ತಾವರೆ", "ಗುಲಾಬಿ",
    ),
    "ml": (
        "മുട്ട", "mutta", "പഴം", "pazham", "ഏത്തപ്പഴം", "നാരങ്ങ", "naranga", "തേങ്ങ", "thenga",
        "മാങ്ങ", "maanga", "ഓറഞ്ച്", "ആപ്പിൾ", "പേരക്ക", "ഇളനീർ", "കരിക്ക്", "karikku",
        # flowers, counted for a puja or a wedding
        "പൂവ്", "പൂക്കൾ", "താമര", "താമരപ്പൂ", "റോസ്",
    ),
}  # fmt: skip

_FOLDED = {lang: frozenset(fold(w) for w in words) for lang, words in _WORDS.items()}
_SPELLED = {lang: frozenset(w.lower() for w in words) for lang, words in _WORDS.items()}
_NONE: frozenset[str] = frozenset()


def counted_goods(reading: _Reading, k: int) -> bool:
    """The word at `k` names goods sold by the piece in the reading's language (or in
    English, which every speaker mixes in). A folded match that is also a word of time
    or measure ("am": "aam", the mango, folds onto it) counts only when spelled as the
    goods are."""
    if k >= len(reading.words):
        return False
    word, raw, language = reading.words[k], reading.tokens[k].raw.lower(), reading.language
    if raw in _SPELLED.get(language, _NONE) or raw in _SPELLED["en"]:
        return True
    folded = word in _FOLDED.get(language, _NONE) or word in _FOLDED["en"]
    return folded and not reading.has(k, Cue.NOT_MONEY, Cue.UNIT, Cue.NUMBER_LABEL)


# Verbs that hand goods over once made up: pack, tie, wrap, make (a plate of chaat).
PACK_STEMS = tuple(
    fold(w)
    for w in (
        "pack", "पैक", "बाँध", "बांध", "bandh", "baandh", "bana", "बना", "बांधून", "बाँधून",
        "ਪੈਕ", "ਬੰਨ੍ਹ", "ਬਣਾ", "પેક", "બાંધ", "બનાવ", "প্যাক", "বেঁধে", "বানিয়ে", "bendhe",
        "கட்டு", "பேக்", "పొట్లం", "కట్ట", "ప్యాక్", "ಕಟ್ಟಿ", "ಕಟ್ಟು", "ಪ್ಯಾಕ್", "പൊതി",
        "പാക്ക്", "kattu", "katti", "potli",
    )
)  # fmt: skip
# Verbs of packing or tying the goods, never of paying ("கட்டுங்க", "ಕಟ್ಟಿ", "కట్టండి"
# pay as well as tie, and "बना दो" makes a price): a bare count right before one is the
# goods to pack, left unsaid ("मग दहा पॅक करा", then pack ten; "बारा बांधा").
PACKED_STEMS = tuple(
    fold(w)
    for w in (
        "pack", "पैक", "पॅक", "बाँध", "बांध", "ਪੈਕ", "ਬੰਨ੍ਹ", "પેક", "બાંધ", "প্যাক", "বেঁধে",
        "பேக்", "ప్యాక్", "ಪ್ಯಾಕ್", "പാക്ക്", "പൊതി", "parcel", "पार्सल",
    )
)  # fmt: skip
# English packing said before the count: "then pack twelve", "wrap ten for me".
_PACK_BEFORE = frozenset(("pack", "wrap", "parcel"))
# Who the goods are packed for, said after the count: no price's "for".
_FOR_WHOM = (["for", "me"], ["for", "us"], ["for", "him"], ["for", "her"], ["for", "them"])
# What follows a price said bare, never goods: a case word, "only", "the ... one".
_AFTER_A_PRICE = frozenset(
    fold(w)
    for w in (
        "mein", "me", "mai", "में", "pe", "par", "पे", "पर", "ko", "को", "tak", "तक", "se", "से",
        "hi", "ही", "bhi", "भी", "to", "तो", "wala", "wali", "wale", "vala", "वाला", "वाली",
        "वाले", "ਵਿੱਚ", "ਤੇ", "ਹੀ", "ਵਾਲਾ", "ਵਾਲੇ", "te", "ch", "j", "જ", "માં", "વાળા",
        "ला", "च", "ಕ್ಕೆ", "ഏ", "e", "ey", "ete", "only", "just", "each", "thanks",
    )
)  # fmt: skip


def handed_over(word: str) -> bool:
    """A verb of giving or putting: "दे", "ਦਿਓ", "குடுங்க", "लगा", "dunga"."""
    return (
        word in _GIVE_WORDS
        or word in _PUT_WORDS
        or word in _OWN_GIVE_WORDS
        or word.startswith(_GIVE_STEMS)
        or word.startswith(_PUT_STEMS)
    )


_GIVE_ME = frozenset(("give", "pack", "want", "need", "weigh", "me", "us"))
# Verbs of wanting said after the goods: "दस गेंदा फूल चाहिए", "பத்து மல்லிகை பூ வேணும்".
_WANT = frozenset(
    fold(w)
    for w in (
        "चाहिए", "चाहिये", "chahiye", "chahie", "chaiye", "வேணும்", "வேண்டும்", "venum",
        "vendum", "కావాలి", "kavali", "kaavali", "চাই", "লাগবে", "lagbe", "पाहिजे", "पाहिजेत",
        "हवे", "हवेत", "pahije", "havet", "જોઈએ", "જોઇએ", "joie", "joiye", "ಬೇಕು", "beku",
        "വേണം", "venam", "ਚਾਹੀਦੇ", "ਚਾਹੀਦਾ", "ਚਾਹੀਦੀਆਂ", "chahide", "want", "need",
        # "will be needed", said of goods named between ("पचास कुर्सियाँ लगेंगी", "ચાલીસ
        # સાડી જોઈશે", "चाळीस साड्या लागतील"); with no goods between it may be the cost
        "जोईल", "लागतील", "लागतीलच", "लागणार", "lagtil", "lagnar", "लगेंगे", "लगेंगी",
        "lagenge", "lagengi", "જોઈશે", "જોઇશે", "joishe", "joise", "લાગશે", "lagshe", "ਲੱਗਣਗੇ", "ਲੱਗਣਗੀਆਂ",
        "lagange", "ਚਾਹੀਦੇ", "ಬೇಕಾಗುತ್ತೆ", "ಬೇಕಾಗುತ್ತವೆ", "bekagutte", "വേണ്ടിവരും",
        "vendivarum", "தேவைப்படும்", "வேண்டியிருக்கும்", "అవసరం", "দরকার",
        "লাগবেই", "needed",
    )
)  # fmt: skip
_WANT_STEMS = tuple(w for w in _WANT if not w.isascii())
"""The same with an ending or a particle attached ("வேணும்மா", "चाहिएँ")."""
# "An order" of the goods, said after them ("40 સાડીનો ઓર્ડર છે", "saree no order che",
# "ਸੂਟਾਂ ਦਾ ਆਰਡਰ ਹੈ", "sadyancha order aahe"): the goods are to be supplied, wanted as
# surely as with "chahiye". Only with the goods between ("500 ka order" may be its worth).
ORDER_WORDS = (
    "order", "orders", "ऑर्डर", "आर्डर", "ઓર્ડર", "ਆਰਡਰ", "অর্ডার", "ஆர்டர்", "ఆర్డర్", "ಆರ್ಡರ್",
    "ഓർഡർ",
)  # fmt: skip
_ORDER = frozenset(fold(w) for w in ORDER_WORDS)
_ORDER_STEMS = tuple(w for w in _ORDER if not w.isascii())


def ordered(word: str) -> bool:
    """The word says an order of the goods before it ("ઓર્ડર", "ऑर्डरसाठी", "order")."""
    return word in _ORDER or word.startswith(_ORDER_STEMS)


# English words in -s that are no plural goods: "at six this morning" counts nothing.
_NOT_PLURAL = frozenset(("this", "thus", "plus", "less", "unless", "always", "perhaps"))


def counts_unnamed_goods(reading: _Reading, span: NumberSpan) -> bool:
    """A whole number said right before a word that is no cue, no number and no unit,
    in a line that names no money at all: "six samosas", "चार कचौड़ी बाँध दो", "દસ
    ગુલાબ આપો", "ਦਸ ਫੁੱਲ ਦਿਓ". The word is the goods, which no table need know, and the
    number counts them: it is no price. A price said after the goods ("टमाटर चालीस"),
    or before a verb or a cue ("चालीस दे दो", "do kilo chalees"), is untouched."""
    k = span.end
    if k + 1 < len(reading.words) and reading.words[k] in _APART and _joined(reading, k + 1):
        k += 1  # "dosh ta golap din": the classifier typed apart
    if span.value != int(span.value) or not 2 <= span.value <= _MOST_NAMED:
        return False
    if price_of_one(reading, span):
        return False  # "तीसला एक द्याल का?": one for thirty
    if packed_count(reading, span):
        return True
    if k >= len(reading.words) or (span.value > _MOST and not _names_goods(reading, k)):
        return False
    if reading.tokens[k].kind is not TokenKind.WORD or reading.number_at[k] is not None:
        return False
    if reading.cues[k] - {Cue.NUMBER_LABEL} or reading.has(span.start - 1, Cue.NUMBER_LABEL):
        return False  # "ரெண்டு மாலை" (garlands, or evening) is goods before a give verb
    word = reading.words[k]
    if not _joined(reading, k) or not word[:1].isalpha() or word in _AFTER_A_PRICE:
        return False
    if word in PAST or (word.isascii() and len(word) < 3):
        return False  # "60 nu tharam", "55 I can give": an ending or a pronoun
    if handed_over(word) or any(reading.has(i, *_MONEY) for i in range(len(reading.words))):
        return False  # "चालीस दे दो", "पचास लगा दो": the verb follows a price
    english = word.endswith("s") and len(word) > 3 and word not in _NOT_PLURAL
    if english and span.start > 0 and reading.words[span.start - 1] in _GIVE_ME:
        return True  # "give me six samosas", "pack three plates"
    before = reading.tokens[span.start - 1].raw.lower() if span.start > 0 else ""
    if before in _GIVE_ME and word.isascii() and _plural_follows(reading, k):
        return True  # "I need ten marigold flowers"
    if english and word.isascii() and reading.language == "en":
        return True  # "two garlands for the puja"
    for j in range(k + 1, min(k + 4, len(reading.words))):
        if not _joined(reading, j) or reading.tokens[j].kind is not TokenKind.WORD:
            return False  # a pause, "?" or a number ends the goods' clause
        if reading.number_at[j] is not None:
            return False
        if handed_over(reading.words[j]) or reading.words[j].startswith(PACK_STEMS):
            return True  # "चार कचौड़ी बाँध दो", "ਦਸ ਫੁੱਲ ਦਿਓ": goods, then the verb
        if reading.words[j] in _WANT or reading.words[j].startswith(_WANT_STEMS):
            return True  # "दस गेंदा फूल चाहिए": goods, then the want
        if ordered(reading.words[j]):
            return True  # "चालीस साड़ी का ऑर्डर है": goods, then their order
    return False


def packed_count(reading: _Reading, span: NumberSpan) -> bool:
    """A small whole number said bare (no case ending: "muppathanjinu pack cheyyu" packs
    for 35; a classifier, "দশটা প্যাক করুন", counts), in a line that names no money,
    right before a verb of packing ("मग दहा पॅक करा", "दस पैक कर दो", "பத்து பேக்
    பண்ணுங்க": the word a bag is also called by, which is no money) or in English right
    after one ("then pack twelve", no unit after it: "pack two kilo" weighs): the goods to
    pack, unsaid, counted (see `PACKED_STEMS`)."""
    if span.value > _MOST or any(reading.has(i, *_MONEY) for i in range(len(reading.words))):
        return False
    k = span.end
    if reading.language == "en":
        before = span.start - 1
        return (
            before >= 0
            and _joined(reading, span.start)
            and reading.words[before] in _PACK_BEFORE
            and (
                k >= len(reading.words)
                or not _joined(reading, k)
                or not reading.cues[k]
                or reading.words[k : k + 2] in _FOR_WHOM  # "pack fifty for me"
            )
        )
    return (
        (not span.suffix or fold(span.suffix) in _CLASSIFIERS)
        and k < len(reading.words)
        and _joined(reading, k)
        and reading.words[k].startswith(PACKED_STEMS)
        and reading.number_at[k] is None
        and reading.cues[k] <= _BAG_CUES
    )


def _plural_follows(reading: _Reading, k: int) -> bool:
    """An English plural noun at `k` or the next two words, said in one breath
    ("marigold flowers")."""
    for j in range(k, min(k + 3, len(reading.words))):
        if j > k and not _joined(reading, j):
            return False
        word = reading.tokens[j].raw.lower()
        if word.isascii() and word.endswith("s") and len(word) > 3:
            return True
    return False


def _names_goods(reading: _Reading, k: int) -> bool:
    """Goods counted by the piece named at `k` or in the two words after it, in one
    breath ("செம்பருத்தி பூ": hibiscus flowers)."""
    for j in range(k, min(k + 3, len(reading.words))):
        if j > k and not _joined(reading, j):
            return False
        if counted_goods(reading, j):
            return True
    return False


def counts_goods_before_price(reading: _Reading, span: NumberSpan) -> bool:
    """A lone "दो"/"do" that opens the line or a clause, then one word of goods no table
    knows, then a price: "दो मटके एक सौ तीस में", "do matke ek sau tees mein" (two pots
    for 130). Said first, before the goods, "do" is the count, never the verb "give"."""
    k = span.end
    if span.value != 2 or (span.start > 0 and _joined(reading, span.start)):
        return False
    if k + 1 >= len(reading.words) or not _joined(reading, k) or not _joined(reading, k + 1):
        return False
    word = reading.words[k]
    if reading.cues[k] - {Cue.MEASURE} or reading.number_at[k] is not None or handed_over(word):
        return False  # "दो कोड़ी दो सौ में", "दो जोड़ी": a unit of trade is counted too
    if reading.tokens[k].kind is not TokenKind.WORD or len(word) < 3:
        return False
    if _sizes_asked(reading, k):
        return True  # "दो छोटे वाले कितने के?": two of the small ones, asked
    if word in _SIZES and k + 2 < len(reading.words) and _joined(reading, k + 2):
        k += 1  # "दो बड़े गिलास पचास में": two big glasses, for 50
        if reading.cues[k] - {Cue.MEASURE, Cue.NUMBER_LABEL, Cue.NOT_MONEY}:
            return False
    if reading.words[k + 1] in _TAKE_IF and _joined(reading, k + 1):
        return True  # "दो रज़ाई लूँ तो?": two quilts, on a condition
    if reading.words[k + 1].startswith(_CUT) and _joined(reading, k + 1):
        return True  # "दो नारियल काट दो": two coconuts, cut them
    price = reading.number_at[k + 1]
    return price is not None and price.start == k + 1 and price.value >= 10


# Cutting or opening the goods right after them (a word's start): "दो नारियल काट दो".
_CUT = tuple(fold(w) for w in ("काट", "kaat", "छील", "chheel", "फोड़", "phod"))

# The buyer's taking right after the goods: "दो रज़ाई लूँ तो?", "do razai le loon to".
_TAKE_IF = frozenset(fold(w) for w in ("लूँ", "लूं", "ले", "lun", "loon", "le"))

# "Ones" after a size word: "छोटे वाले", "chhote wale" (the small ones).
_ONES = frozenset(fold(w) for w in ("वाले", "वाली", "wale", "wali", "vale", "ਵਾਲੇ", "ਵਾਲੀਆਂ"))


def _sizes_asked(reading: _Reading, k: int) -> bool:
    """A size word, perhaps "ones", then the price asked right after ("छोटे वाले कितने
    के?"): the lone "दो" before them counts the goods asked about."""
    j = k + 1 if reading.words[k] in _SIZES else k
    if j == k:
        return False
    j += reading.words[j] in _ONES if j < len(reading.words) else 0
    return j < len(reading.words) and reading.has(j, Cue.QUESTION, Cue.WEAK_QUESTION)
