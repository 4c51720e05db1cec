"""Bengali: Bengali script and the romanized Bengali of chat (Banglish).

Bengali 0–99 are single words, each to be learnt (একুশ 21, পঁয়ত্রিশ 35, নিরানব্বই 99),
so all are listed with their common spellings: পনেরো/পনের, ঊনিশ/উনিশ, ত্রিশ/তিরিশ,
নব্বই/নব্বুই, a candrabindu kept or dropped (পঁচিশ/পচিশ), and the colloquial short
forms দু 2, ছ 6, ন 9 and কুড়ি 20. Hundreds are one word, the multiplier joined to শো
(spoken) or শত (formal): একশো, দুশো, ছশো, নশো, পাঁচশত; দেড়শো 150 and আড়াইশো 250 join a
fraction the same way. Then হাজার, লাখ/লক্ষ and কোটি in Indian grouping ("এক লাখ পঞ্চাশ
হাজার"). Fractions: আধা/আধ 0.5, দেড় 1.5, আড়াই 2.5, পোয়া a quarter (said as a count:
"তিন পোয়া" 0.75), and the prefixes সাড়ে +0.5, সোয়া +0.25, পৌনে −0.25 ("সাড়ে তিনশো"
350, "সোয়াশো" 125).

Endings attach to the number: the locative -এ/-তে/-য় ("পঞ্চাশে", "একশোতে", "দুশোয়"),
the genitive -এর/-র ("পঞ্চাশের", "একশোর"), the classifiers -টা/-টি/-টো/-টে/-খানা
("দুটো", "তিনটে"), the emphatic -ই and -ও.

References: num2words' Bengali (formal: একশত, দুইশত) and indic-numtowords' Bengali
(spoken: একশো, দুশো, ছশো, নশো), both read back for every number up to a lakh by
`tests/unit/test_number_oracles.py`; standard Bengali grammar for the endings.
"""

from __future__ import annotations

import unicodedata

from audio.languages.base import (
    Cue,
    Kind,
    LanguageSpec,
    Part,
    fraction,
    number_values,
    scale,
    value,
    written_as,
)

# fmt: off
NATIVE: dict[int, tuple[str, ...]] = {
    0: ("শূন্য", "শুন্য", "জিরো"), 1: ("এক",), 2: ("দুই", "দু"), 3: ("তিন",), 4: ("চার",),
    5: ("পাঁচ",), 6: ("ছয়", "ছ"), 7: ("সাত",), 8: ("আট",), 9: ("নয়", "ন"), 10: ("দশ",),
    11: ("এগারো", "এগার"), 12: ("বারো",), 13: ("তেরো", "তের"),
    14: ("চৌদ্দ", "চোদ্দ", "চোদ্দো"), 15: ("পনেরো", "পনের", "পনরো"), 16: ("ষোলো", "ষোল"),
    17: ("সতেরো", "সতের"), 18: ("আঠারো", "আঠার"), 19: ("ঊনিশ",), 20: ("বিশ", "কুড়ি"),
    21: ("একুশ",), 22: ("বাইশ",), 23: ("তেইশ",), 24: ("চব্বিশ",), 25: ("পঁচিশ",),
    26: ("ছাব্বিশ",), 27: ("সাতাশ",), 28: ("আঠাশ", "আটাশ"), 29: ("ঊনত্রিশ",),
    30: ("ত্রিশ",), 31: ("একত্রিশ",), 32: ("বত্রিশ",), 33: ("তেত্রিশ",),
    34: ("চৌত্রিশ", "চোত্রিশ"), 35: ("পঁয়ত্রিশ", "পঁইত্রিশ"), 36: ("ছত্রিশ",),
    37: ("সাঁইত্রিশ", "সাতত্রিশ"), 38: ("আটত্রিশ",), 39: ("ঊনচল্লিশ",), 40: ("চল্লিশ",),
    41: ("একচল্লিশ",), 42: ("বিয়াল্লিশ", "বেয়াল্লিশ"), 43: ("তেতাল্লিশ",),
    44: ("চুয়াল্লিশ", "চৌচল্লিশ"), 45: ("পঁয়তাল্লিশ",), 46: ("ছেচল্লিশ",),
    47: ("সাতচল্লিশ",), 48: ("আটচল্লিশ",), 49: ("ঊনপঞ্চাশ",), 50: ("পঞ্চাশ",),
    51: ("একান্ন",), 52: ("বাহান্ন", "বায়ান্ন"), 53: ("তিপ্পান্ন", "তেপ্পান্ন"),
    54: ("চুয়ান্ন",), 55: ("পঞ্চান্ন",), 56: ("ছাপ্পান্ন",), 57: ("সাতান্ন",),
    58: ("আটান্ন",), 59: ("ঊনষাট",), 60: ("ষাট",), 61: ("একষট্টি",), 62: ("বাষট্টি",),
    63: ("তেষট্টি",), 64: ("চৌষট্টি",), 65: ("পঁয়ষট্টি",), 66: ("ছেষট্টি", "ছিষট্টি"),
    67: ("সাতষট্টি",), 68: ("আটষট্টি",), 69: ("ঊনসত্তর",), 70: ("সত্তর",),
    71: ("একাত্তর",), 72: ("বাহাত্তর",), 73: ("তিয়াত্তর", "তেয়াত্তর"), 74: ("চুয়াত্তর",),
    75: ("পঁচাত্তর",), 76: ("ছিয়াত্তর",), 77: ("সাতাত্তর",), 78: ("আটাত্তর",),
    79: ("ঊনআশি", "উনাশি"), 80: ("আশি",), 81: ("একাশি",), 82: ("বিরাশি",),
    83: ("তিরাশি",), 84: ("চুরাশি",), 85: ("পঁচাশি",), 86: ("ছিয়াশি",), 87: ("সাতাশি",),
    88: ("অষ্টাশি", "আটাশি", "অষ্টআশি"), 89: ("ঊননব্বই",), 90: ("নব্বই",),
    91: ("একানব্বই",), 92: ("বিরানব্বই",), 93: ("তিরানব্বই",), 94: ("চুরানব্বই",),
    95: ("পঁচানব্বই",), 96: ("ছিয়ানব্বই",), 97: ("সাতানব্বই",), 98: ("আটানব্বই",),
    99: ("নিরানব্বই",),
}

# Banglish as typed in chat. `fold` merges vowel length and doubled letters ("chollish"
# and "cholish" are one entry). Left out because they fold onto English or Hindi words
# with another meaning: "aat" (8, → "at"), "so" (hundred), "sare" (সাড়ে; Hindi "all"),
# "der" (দেড়; Hindi "late"): those two are read as Bengali only right before a number
# or a unit (`audio.understanding.joins`).
ROMAN: dict[int, tuple[str, ...]] = {
    0: ("shunno", "shunyo"), 1: ("ek",), 2: ("dui", "du"), 3: ("tin", "teen"),
    4: ("char",), 5: ("panch", "pach"), 6: ("chhoy", "choy", "chhay", "chhoe", "chho"),
    7: ("saat", "sat"), 8: ("aath",), 9: ("noy", "noi", "nou"), 10: ("dosh", "dos"),
    11: ("egaro", "egharo"), 12: ("baro",), 13: ("tero",),
    14: ("choddo", "chouddo", "chodda"), 15: ("ponero", "ponro", "ponoro"),
    16: ("sholo", "shol"), 17: ("shotero", "sotero", "satero"), 18: ("atharo",),
    19: ("unish", "unis"), 20: ("bish", "kuri", "kudi"), 21: ("ekush",), 22: ("baish",),
    23: ("teish",), 24: ("chobbish", "chabbish"), 25: ("pochish", "ponchish", "pachish"),
    26: ("chhabbish", "chhabish"), 27: ("satash", "shatash"), 28: ("athash", "atash"),
    29: ("untrish", "unotrish", "untirish"), 30: ("trish", "tirish"),
    31: ("ektrish", "ektirish"), 32: ("botrish", "batrish"), 33: ("tetrish", "tetirish"),
    34: ("choutrish", "chotrish"), 35: ("poytrish", "poitrish", "pointrish", "poyotrish"),
    36: ("chhotrish", "chhatrish"), 37: ("saitrish", "saintrish", "shaitrish"),
    38: ("attrish", "attirish"), 39: ("unchollish", "unchallish"),
    40: ("chollish", "challish"), 41: ("ekchollish", "ekchallish"),
    42: ("biyallish", "beyallish", "bayallish"), 43: ("tetallish",),
    44: ("chuyallish", "chuallish"),
    45: ("poytallish", "poitallish", "pointallish", "poyotallish"),
    46: ("chhechollish", "chechollish", "chhechallish", "chechallish"),
    47: ("satchollish", "satchallish"), 48: ("atchollish", "atchallish"),
    49: ("unponchash", "unpanchash"), 50: ("ponchash", "panchash", "pochash", "pachash"),
    51: ("ekanno",),
    52: ("bahanno", "bayanno"), 53: ("tippanno", "teppanno"), 54: ("chuanno", "chuyanno"),
    55: ("ponchanno", "panchanno"), 56: ("chhappanno", "chappanno"), 57: ("satanno",),
    58: ("atanno",), 59: ("unshat", "unshaat"), 60: ("shat", "shaat"),
    61: ("ekshotti", "eksotti"), 62: ("bashotti",), 63: ("teshotti",),
    64: ("choushotti", "chowshotti"), 65: ("poyshotti", "poishotti"),
    66: ("chheshotti", "cheshotti"), 67: ("satshotti",), 68: ("atshotti",),
    69: ("unsottor", "unsattar"), 70: ("sottor", "shottor", "sattor", "shotter"),
    71: ("ekattor",), 72: ("bahattor",),
    73: ("tiyattor", "tiattor"), 74: ("chuattor", "chuyattor"),
    75: ("pochattor", "ponchattor"), 76: ("chhiyattor", "chhiattor"), 77: ("satattor",),
    78: ("atattor",), 79: ("unashi",), 80: ("ashi",), 81: ("ekashi",), 82: ("birashi",),
    83: ("tirashi",), 84: ("churashi",), 85: ("pochashi", "ponchashi"),
    86: ("chhiyashi", "chhiashi"), 87: ("satashi",), 88: ("oshtashi", "ashtashi", "atashi"),
    89: ("unnobboi", "unonobboi"), 90: ("nobboi", "nobbui"), 91: ("ekanobboi",),
    92: ("biranobboi",), 93: ("tiranobboi",), 94: ("churanobboi",),
    95: ("pochanobboi", "ponchanobboi"), 96: ("chhiyanobboi", "chhianobboi"),
    97: ("satanobboi",), 98: ("atanobboi",), 99: ("niranobboi",),
}


# Case endings and classifiers, as written after a consonant ("পঞ্চাশে", "পঞ্চাশের") and
# after a vowel ("একশোতে", "দুশোয়", "একশোর", "নব্বইয়ের"). A bare "-র" is not listed: it
# would read "দুর" ("bah!", a misspelt "far") as 2; "-োর" covers the hundreds.
SUFFIXES: tuple[str, ...] = (
    "তেই", "তে", "য়ে", "য়", "য়ের", "ে", "ের", "োর", "েই", "ই", "ও", "টা", "টি", "টো",
    "টে", "টার", "টির", "টোর", "টাই", "টিই", "টোই", "খানা", "খানি", "গুলো", "গুলি",
    # The genitive after "-ি" is a bare "-র": আশির, কুড়ির, চৌষট্টির (of eighty, …);
    # "ির" is taken off and the "ি" put back (`STEM_ENDINGS`).
    "ির",
)
STEM_ENDINGS: tuple[str, ...] = ("ি",)


def _spellings(word: str) -> set[str]:
    """A word and the ways it is commonly also written: the candrabindu dropped, ঊ as উ,
    ত্রিশ as তিরিশ, নব্বই as নব্বুই."""
    found = {word}
    for old, new in (("ত্রিশ", "তিরিশ"), ("নব্বই", "নব্বুই"), ("ঊ", "উ"), ("ঁ", "")):
        found |= {w.replace(old, new) for w in found}
    return found



VALUES: dict[str, float] = number_values(NATIVE, ROMAN, _spellings)
# Banglish writes the locative joined as "-e", the way the script writes -ে: "tirishe din"
# (give it at 22), "tirishe" (at 30); only from eleven up, where no English word forms.
VALUES |= {
    word + "e": n
    for n, words in ROMAN.items()
    if 11 <= n <= 99
    for word in words
    if word[-1] not in "aeiou" and word + "e" not in VALUES
}

# A number ending in its inherent vowel takes the genitive as a bare "-র" in speech:
# "পঞ্চান্নর কমে" (below fifty-five), "আটান্নর". Listed whole from eleven up, so no short
# word loses a "-র" ("দুর" is "bah!", not দু + -র).
VALUES |= {
    word + "র": n
    for n, words in NATIVE.items()
    if 11 <= n <= 99
    for spelled in words
    for word in _spellings(spelled)
    if unicodedata.category(word[-1]) == "Lo" and word + "র" not in VALUES
}

# "এক" is also the article "a", and with an ending it is "to this one" (একে), "the same"
# (একই), "a/one piece" (একটা, একটি), "at one o'clock" (একটায়): these count as one only
# when a unit or currency vouches, so each is listed whole rather than left to the
# ending being split off.
ONE_FORMS: tuple[str, ...] = (
    "এক",
    *(f"এক{c}{s}" for c in ("", "টা", "টি", "টো", "খানা", "খানি") for s in ("", *SUFFIXES)),
)
VALUES |= {w: 1 for w in ONE_FORMS}
# The short ছ 6 takes the classifier too, as counts are said: "ছটা নিলে" (if you take
# six). Not ন 9: "নটায়" is an everyday word too.
VALUES |= {f"ছ{c}": 6 for c in ("টা", "টি", "টো")}

SCALES: dict[str, float] = {
    "শো": 100, "শ": 100, "শত": 100, "হাজার": 1000, "সহস্র": 1000, "লাখ": 100_000,
    "লক্ষ": 100_000, "লাক": 100_000, "কোটি": 10_000_000, "ক্রোর": 10_000_000,
    # A quarter (of a seer, now of a kilo) is counted: "এক পোয়া" 0.25, "তিন পোয়া" 0.75.
    "পোয়া": 0.25,
    "sho": 100, "shoto": 100, "hajar": 1000, "hajaar": 1000, "lakh": 100_000,
    "lokkho": 100_000, "lokho": 100_000, "koti": 10_000_000, "poa": 0.25, "powa": 0.25,
}
FRACTIONS: dict[str, float] = {
    # English "half" in the native script: "হাফ kilo"
    "হাফ": 0.5,
    "আধা": 0.5, "আধ": 0.5, "অর্ধেক": 0.5, "দেড়": 1.5, "আড়াই": 2.5, "সিকি": 0.25,
    "adha": 0.5, "aadh": 0.5, "ordhek": 0.5, "ardhek": 0.5, "derh": 1.5, "dedh": 1.5,
    "arai": 2.5, "aarai": 2.5, "adai": 2.5, "ded": 1.5, "aray": 2.5, "aaray": 2.5,
}
PREFIXES: dict[str, float] = {
    "সাড়ে": 0.5, "সোয়া": 0.25, "সওয়া": 0.25, "পৌনে": -0.25, "পোনে": -0.25,
    "sarhe": 0.5, "shoa": 0.25, "soa": 0.25, "shoya": 0.25, "poune": -0.25,
    "pone": -0.25,
    # Banglish: "shaare chollish" 40½, "sowa sho" 125. "sare"/"saare" (Hindi "all") is
    # read as সাড়ে only right before a number (`audio.understanding.joins`).
    "shaare": 0.5, "share": 0.5, "sowa": 0.25, "showa": 0.25,
}

_PREFIX = Kind.PREFIX
_HUNDRED_HEADS: dict[str, Part] = {
    **{w: value(n) for n in range(1, 10) for w in NATIVE[n] if n not in (2, 6, 9)},
    "দু": value(2), "দুই": value(2), "ছ": value(6), "ছয়": value(6), "ন": value(9),
    "নয়": value(9), "পাচ": value(5), "দেড়": fraction(1.5), "আড়াই": fraction(2.5),
}
_ROMAN_HUNDRED_HEADS: dict[str, Part] = {
    "ek": value(1), "du": value(2), "dui": value(2), "tin": value(3), "char": value(4),
    "panch": value(5), "chho": value(6), "chhoy": value(6), "sat": value(7),
    "at": value(8), "no": value(9), "noy": value(9), "der": fraction(1.5),
    "derh": fraction(1.5), "arai": fraction(2.5), "aarai": fraction(2.5),
    "ded": fraction(1.5), "dedh": fraction(1.5), "aray": fraction(2.5),
}
COMPOUNDS: dict[str, tuple[Part, ...]] = {}
for _head, _part in _HUNDRED_HEADS.items():
    for _tail in ("শো", "শ", "শত"):
        COMPOUNDS[_head + _tail] = (_part, scale(100))
for _head, _part in _ROMAN_HUNDRED_HEADS.items():
    # "ekshoi" (একশোই): the hundred with the emphatic "-i", "just a hundred"
    for _tail in ("sho", "so", "shoto", "shoi"):
        COMPOUNDS[_head + _tail] = (_part, scale(100))
# "সোয়াশো" 125, "পৌনে দুশো" 175, "সাড়েতিনশো" 350: a prefix joined to a hundred.
for _prefix, _shift in (("সাড়ে", 0.5), ("সোয়া", 0.25), ("সওয়া", 0.25), ("পৌনে", -0.25)):
    for _tail in ("শো", "শ"):
        if _shift != 0.5:
            COMPOUNDS[_prefix + _tail] = (Part(_PREFIX, _shift), scale(100))
        for _head, _part in _HUNDRED_HEADS.items():
            if _part.kind is Kind.VALUE:
                COMPOUNDS[_prefix + _head + _tail] = (Part(_PREFIX, _shift), _part, scale(100))
# Thousands are written joined as well: দুহাজার 2000, দেড়হাজার 1500, আড়াইহাজারে.
for _head, _part in _HUNDRED_HEADS.items():
    COMPOUNDS[_head + "হাজার"] = (_part, scale(1000))
COMPOUNDS = {w: parts for word, parts in COMPOUNDS.items() for w in _spellings(word)}
# Hundreds above nine are said as one word too: বারোশো 1200, পনেরোশো 1500, পঁচিশশো 2500.
for _word, _number in list(VALUES.items()):
    if 10 <= _number <= 99 and not _word.isascii():
        for _tail in ("শো", "শ"):
            COMPOUNDS.setdefault(_word + _tail, (value(_number), scale(100)))
    elif 10 <= _number <= 99:
        # typed as said: "barosho" 1200, "ponerosho" 1500, "pochishsho" 2500
        for _tail in ("sho", "so", "shoi"):
            COMPOUNDS.setdefault(_word + _tail, (value(_number), scale(100)))

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("কেজি", "কিলো", "কিলোগ্রাম", "কে জি", "keji", "kejee"),
    "g": ("গ্রাম", "গেরাম"),
    "dozen": ("ডজন", "ডোজন", "dojon", "dozon"),
    # the classifier said apart from a digit is a count of pieces: "3টা টমেটো", "৫ টা"
    "piece": ("পিস", "পিছ", "খানা", "টা", "টি", "টো", "pis", "pich", "pees"),
    "litre": ("লিটার", "লিটর", "litar"),
    "bunch": (
        "আঁটি", "আটি", "গোছা", "গুচ্ছ", "gochha", "gocha", "guchho", "anti", "aanti", "atti",
        # a whole bunch of bananas: "কলার ছড়া"; a cluster of litchis: "থোকা"
        "ছড়া", "থোকা", "thoka",
    ),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "টাকা", "টাকায়", "টাকার", "টাকাতে", "টাকাটা", "ট্যাকা", "টাকাই", "রুপি", "রুপী",
        "taka", "takay", "takar", "tk", "rupi",
    ),
    Cue.PAISE: ("পয়সা", "poysa", "poisa"),
    Cue.PER: ("প্রতি", "proti"),
    # a genitive written apart between a price and a count: "৫০ এর তিনটে" (three for 50)
    Cue.OF: ("এর", "er"),
    Cue.LINK: (
        "নাহলে", "নয়তো", "nahole",
        # "if there isn't (one)": "ব্যাগ আছে? না থাকলে একটা দিন", no refusal
        "না থাকলে", "না হলে", "na thakle", "na hole",
        "din", "dao", "nao", "dada", "didi",
        "করে", "কোরে", "তে", "কে", "এ", "আছে", "হবে", "মাত্র", "শুধু", "তো", "ই",
        "দাদা", "দিদি", "বৌদি", "ভাই", "হিসেবে", "হিসাবে", "দরে", "kore", "ache", "hobe",
        "matro", "shudhu", "dada", "didi", "hishebe",
        # "take", "give": Banglish, not the Hindi "nao" (9)
        "nao", "dao",
    ),
    # "করে" after a price is distributive, "each" ("দশ টাকা করে"), and also links it to
    # its unit ("পঞ্চাশ টাকা করে কেজি").
    Cue.EACH: (
        "প্রতিটা", "প্রতিটি", "একেকটা", "একেকটি", "একটা করে", "একটি করে", "প্রত্যেকটা",
        "প্রত্যেকটি", "পিস প্রতি", "প্রতি পিস", "করে", "কোরে", "kore", "ekta kore", "proti ta",
        "ekekta",
        # Banglish "one (piece)" before a price: "ekta dosh taka", ten for one
        "ekta", "ekti", "ekkta", "prottekta", "protita",
    ),
    # a unit of trade the product does not list (`Cue.MEASURE`): its price is a rate
    Cue.MEASURE: (
        # a foot of pipe, wire, rope or board: its price is a rate
        "ফুট", "ফুটে", "প্রতি ফুট", "foot",
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "ট্রিপ", "ট্রিপে", "ট্রিপ প্রতি", "প্রতি ট্রিপ", "ট্রিপের", "trip",
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "মাথাপিছু", "জনপ্রতি", "জন প্রতি", "প্রতি জন", "সিট", "কিলোমিটার", "ভরি", "ভরিতে", "তোলা",
        "mathapichu", "jonproti", "jon proti", "bhori",
        # a reel of thread, a cubic foot of timber: its price is a rate
        "রিল", "রিলের", "ঘনফুট", "ঘন ফুট",
        "কুইন্টাল", "কুইন্টল", "মণ", "মিটার", "গজ", "বাক্স", "বাক্সো", "kuintal",
        "bakso", "baksho",
        # baskets, pairs, sets, boxes: their price is a rate too
        "ঝুড়ি", "ঝাঁকা", "জোড়া", "জোড়", "সেট", "ডাব্বা", "ডিব্বা", "jhuri", "jora",
    ),
    Cue.LOT: (
        "ঝুড়ি", "বস্তা", "ব্যাগ", "থলি", "থলে", "বাক্স", "ঝাঁকা", "প্যাকেট", "গাদা", "jhuri",
        "bosta", "thole", "jhaka",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        "আপনার জন্য", "আপনার জন্যে", "তোমার জন্য", "তোমার জন্যে", "তোর জন্য", "আপনাকে",
        "তোমাকে", "apnar jonno", "apnar jonne", "tomar jonno", "tor jonno", "apnake", "tomake",
    ),
    Cue.SET: (
        # "let's settle at X": proposes X
        "পাকা করি", "ফিক্স করি", "ফাইনাল করি", "paka kori", "fix kori",
        "করে দিন", "করে দাও", "করুন", "করো", "kore din", "kore dao", "korun",
        # An imperative with "না" asks softly, it does not refuse: "পঁচিশে দাও না" (do
        # give it at 25); the refusal is "দেব না", "দিও না".
        "দাও না", "দিন না", "দেন না", "dao na", "din na", "den na",
    ),
    Cue.TOTAL: (
        # all of it: "give it for 300, I'll take everything"
        "sob", "shob", "sobta", "shobta",
        "পুরো", "গোটা", "সবটা", "puro", "gota",
        "মোট", "সব মিলিয়ে", "মিলিয়ে", "সব মিলে", "সবগুলো", "সবগুলোর", "একসাথে", "পুরোটা",
        "পুরো", "সব", "mot", "sob miliye", "miliye", "sob mile", "puro",
    ),
    Cue.ACCEPT: (
        # as you say, as you wish, your word stands: take it
        "আপনার কথাই থাক", "আপনার কথাই", "আপনি যেমন বলেন", "আপনি যা বলবেন", "আপনার ইচ্ছা",
        "আপনার যা ইচ্ছা", "apnar kothai", "apni jemon bolen", "apnar iccha",
        "ঠিক আছে", "ঠিক", "আচ্ছা", "হ্যাঁ", "হাঁ", "হ্যা", "ওকে", "চলবে", "রাজি", "নিলাম",
        "ডান", "ডিল", "পাক্কা", "thik ache",
        "thik ase", "accha", "achha", "cholbe", "raji", "nilam",
    ),
    # "come on" or "okay": agreement only when no price is said with it
    Cue.SOFT_ACCEPT: (
        "চলো", "চলুন", "cholo", "cholun", "নেব", "নেবো", "নিলাম", "নিচ্ছি", "দিয়ে দিন",
        "দিয়ে দাও", "nebo", "nibo", "nichhi",
    ),
    Cue.REJECT: (
        # at a loss, below the cost: refused with no "no"
        "লোকসান", "কেনা দাম", "কেনা দামই", "kena dam", "loksan",
        # leaving the goods without a price: "leave it", "later"
        "থাক", "thak", "থাক থাক", "ছেড়ে দিন", "chhere din", "পরে দেখব", "pore dekhbo",
        # going to another shop refuses this one's price
        "অন্য দোকানে", "অন্য দোকান", "অন্য জায়গায়", "onno dokane", "onno dokan",
        # a loss to the seller: the price is refused
        "লস", "লোকসান", "ক্ষতি", "loksan",
        "অন্য দোকানে", "অন্য দোকান",
        "চাই না", "হবে না", "লাগবে না", "চলবে না", "পারব না", "পারবো না", "নেব না",
        "নেবো না", "দেব না", "দেবো না", "কম করুন", "কম করো", "একটু কম", "আরেকটু কম",
        "অসম্ভব", "সম্ভব না", "পোষাবে না", "cai na", "chai na", "hobe na", "cholbe na",
        "parbo na", "nebo na", "kom korun", "kom koro", "ektu kom",
        # won't pay off (romanized পোষাবে না)
        "pushabe na", "poshabe na",
    ),
    # "নয়" is "is not" as well as 9: a lone নয় after a price negates it; "নয় টাকা" is 9.
    Cue.NEGATION: ("না", "নাহ", "নয়", "নাহি", "na", "noy"),
    Cue.TOO_MUCH: (
        "অনেক বেশি", "খুব বেশি", "বড্ড বেশি", "অনেক বেশী", "খুব বেশী", "বেশি হয়ে গেছে",
        "বেশি হচ্ছে", "বেশি চাইছেন", "দাম বেশি", "বেশি দাম", "অনেক দাম", "খুব দাম", "দামি",
        "onek beshi", "khub beshi", "beshi hoye geche", "dam beshi", "dami",
        "ডাকাতি", "দিনে ডাকাতি", "dakati",
    ),
    # "বেশি" alone is "more (than)": "পঞ্চাশের বেশি না" caps the price at 50.
    Cue.COMPARATIVE: (
        "বেশি", "বেশী", "এর বেশি", "থেকে বেশি", "কম", "এর কম", "থেকে কম", "উপরে", "ওপরে",
        "এর উপরে", "নিচে", "নীচে", "এর নিচে", "beshi", "besi", "kom", "kome", "upore", "niche",
    ),
    Cue.CAP_BEFORE: (
        "ম্যাক্স", "ম্যাক্সিমম",
        "বড়জোর", "সর্বোচ্চ", "ম্যাক্সিমাম", "খুব বেশি হলে", "অন্তত", "কমপক্ষে", "borjor",
        "sorbochcho",
    ),
    Cue.CAP: (
        "ম্যাক্স", "ম্যাক্সিমম",
        "পর্যন্ত", "অবধি", "বড়জোর", "ম্যাক্সিমাম", "porjonto", "obodhi",
    ),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "ফিক্স", "ফিক্সড রেট", "শেষবার", "ফাইনাল দাম", "shesh", "sesh", "fiks",
        "শেষ দাম", "শেষ কথা", "শেষ", "ফাইনাল", "লাস্ট", "ফিক্সড", "এক দাম", "একদাম",
        "শেষ দর", "sesh dam", "shesh dam", "shesh kotha",
    ),
    Cue.QUESTION: (
        # the rate asked as typed in chat
        "kototey", "kotote", "kototai",
        "কত", "কতো", "দাম কত", "কত দাম", "কত করে", "কত হল", "কত হলো", "কত হবে", "কত টাকা",
        "কি দাম", "কী দাম", "কত পড়বে", "কেমন দাম", "koto", "dam koto", "koto kore",
        "koto holo", "koto taka",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        "নিয়ে যান", "নিয়ে যাও", "নিয়ে নিন", "নিয়ে নাও", "niye jan", "niye jao", "niye nin",
        # "take": "নাও" is never "না" (no) with an ending ("সরিয়ে নাও", move it away)
        "নাও", "নিন", "nao", "nin",
        # "given (at the price)": the deal done, said as the goods change hands
        "দিলাম", "দিয়ে দিলাম", "dilam", "diye dilam",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "বলছেন", "বললেন", "বলছ", "বললে", "চাইছেন", "bolchen", "bollen", "chaichen",
    ),
    Cue.WEAK_QUESTION: (
        # romanized: "kilo kemon kore dichhen"
        "kemon kore", "কেমন করে", "kemon", "daam", "dor",
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "কিভাবে", "কীভাবে", "kivabe", "বলুন", "বলো", "bolun",
        "দাম", "রেট", "দর", "dam",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        "ভাঙানি", "ভাঙতি", "bhangani", "চেঞ্জ",
        "খুচরো", "খুচরা", "ভাংতি", "ব্যাগ", "থলে", "প্যাকেট", "ক্যারিব্যাগ", "নোট", "khuchro",
        "khuchra", "bhangti", "thole",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "minit", "ghonta", "ghanta",
        # a bus route: "the 47 bus"
        "বাস", "বাসটা", "বাসে", "bus",
        # a temperature, a school class, a distance or a span of time
        "ডিগ্রি", "degree", "degrees", "ক্লাস", "class", "শ্রেণী", "শ্রেণি", "কিলোমিটার", "km",
        "বছর", "bochor", "ঘণ্টা",
        # change for a note, other spellings
        "ভাঙানি", "ভাঙতি", "bhangani", "চেঞ্জ",
        # change handed back
        "খুচরো", "খুচরা", "ফেরত", "khuchro", "ferot",
        # a day of the month: "the 15th"
        "তারিখ", "তারিখে", "tarikh", "tarikhe",
        "সময়", "টায়", "বাজে", "ঘণ্টা", "মিনিট",
        "বাচ্চা", "বাচ্চারা", "ছেলেমেয়ে", "নোট", "bachcha",
        "মিনিট", "ঘণ্টা", "ঘন্টা", "দিনের", "বছর", "মাস", "সপ্তাহ", "শতাংশ", "পার্সেন্ট",
        "বাজে", "জন", "বার", "বছরের", "minit", "ghonta", "bochhor", "bochor",
        # "একশো ভাগ খাঁটি": a hundred parts, percent
        "ভাগ", "bhag",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "হাইওয়ে", "সড়ক", "highway", "nh",
        # a bus route: "bus 47"
        "বাস",
        # an ordinal ending typed after digits: "10ম"
        "ম", "তম",
        # a school class: "ক্লাস 9"
        "ক্লাস", "class",
        "নম্বর", "নং", "নাম্বার", "দোকান", "গলি", "nombor", "dokan",
        # a time of day: the number after it is a clock time
        "সকালে", "সকাল", "সন্ধে", "সন্ধ্যায়", "সন্ধেবেলা", "বিকেলে", "রাতে", "দুপুরে", "sokale",
        "bikele",
    ),
}
# fmt: on


def _written(wanted: tuple[str, ...]) -> frozenset[str]:
    return written_as(wanted, VALUES, SCALES, COMPOUNDS, FRACTIONS, PREFIXES)


# "এক"/"ek" is the article; "নয়" is "is not"; "ছ" and "ন" are single letters as well as
# colloquial 6 and 9, "du" a syllable; "লক্ষ" is also "notice"; a lone "শো"/"শত" is also
# "show" and "hundreds of". ("দু" is only ever two: "দুটো" is two pieces.)
AMBIGUOUS = _written((*ONE_FORMS, "ek", "নয়", "noy", "ন", "ছ", "du", "লক্ষ", "শো", "শ", "শত", "sho"))


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "আর কথা নয়", "আর কথা না", "আর কোনো কথা না", "আর কোনো কথা নয়", "ar kotha noy",
    "ar kotha na", "নামব না", "নামবো না", "nambo na", "namabo na",
    # "there'll be no more talk": "আর কোনো কথা হবে না"
    "আর কথা হবে না", "আর কোনো কথা হবে না", "ar kotha hobe na",
    # "no haggling": "দরাদরি নয়", "দরাদরি চলবে না"
    "দরাদরি নয়", "দরাদরি না", "দরাদরি চলবে না", "doradori noy", "doradori cholbe na",
    # "enough, done": "ব্যস হয়ে গেল"
    "ব্যস হয়ে গেল", "ব্যাস হয়ে গেল", "byas hoye gelo", "bas hoye gelo",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = (
    "কম", "কমা-", "কমি-", "kom", "koma-", "komi-", "সস্তা", "ডিসকাউন্ট",
    "থেকে কমে", "theke kome", "theke komey",
    # a discount given: "একটু ছাড় দিন" ("ছেড়ে দিন" alone lets go)
    "ছাড় দিন", "ছাড় দাও", "ছাড় দেবেন", "একটু ছাড়", "char din",  # "এর থেকে কমে হবে না?": for less than this
)  # fmt: skip
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("বেশি", "বেশী", "beshi", "besi")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = ("কি", "কী", "নাকি", "যাবে", "যায়", "ki", "naki")


# Hindi "pakka" (sure) is Bengali "ripe" as typed ("paka aam", ripe mangoes).
FALSE_FRIENDS = ("pakka", "paka")


SPEC = LanguageSpec(
    code="bn",
    # a number with one of these before a unit word is the unit's price (`price_endings`)
    price_endings=("তে", "তেই", "য়", "য়ে", "ে", "েই"),
    values=VALUES,
    scales=SCALES,
    compounds=COMPOUNDS,
    fractions=FRACTIONS,
    prefixes=PREFIXES,
    ambiguous=AMBIGUOUS,
    # and as typed in chat: "ponchashe", "tirishe", "ashite", "shottorer"; the classifier
    # typed joined as well: "duto" two (pieces), "panchta", "tinti", "ekshota" a hundred
    suffixes=(*SUFFIXES, "e", "te", "er", "ta", "to", "ti"),
    stem_endings=STEM_ENDINGS,
    units=UNITS,
    cues=CUES,
    false_friends=FALSE_FRIENDS,
    less_words=LESS_WORDS,
    final_words=FINAL_WORDS,
    yes_no_words=YES_NO_WORDS,
    more_words=MORE_WORDS,
)
