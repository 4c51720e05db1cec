"""Marathi: Devanagari and the romanized Marathi of chat.

Marathi 0–99 are single words, each to be learnt (एकोणीस 19, पस्तीस 35, त्र्याहत्तर 73,
नव्व्याण्णव 99), so all are listed with their common spellings (एकोण-/एकुण-, ठ्ठ/ट्ठ,
बावन्न/बावन). A hundred alone is शंभर; hundreds are one word, the multiplier joined to
-शे: एकशे ("एकशे पन्नास" 150), दोनशे, नऊशे, and with fractions दीडशे 150, अडीचशे 250,
पाऊणशे 75, सव्वाशे 125. Then हजार, लाख and कोटी in Indian grouping. Fractions: अर्धा
0.5, पाव 0.25, पाऊण 0.75, दीड 1.5, अडीच 2.5, and the prefixes साडे +0.5, सव्वा +0.25,
पावणे −0.25, written apart or joined ("साडे तीन"/"साडेतीन" 3.5, "साडेतीनशे" 350).

Endings attach to the number, often on an oblique stem in -ा: "दहाला", "शंभराला",
"हजारात", "पन्नासचा", "शंभरच्या", "हजारांना", "शंभरच" (emphatic "just"), and the
postpositions -पर्यंत, -पेक्षा, -मागे written joined.

Marathi shares Devanagari with Hindi; a Marathi number that is a Hindi word ("तेरा" 13 is
Hindi "your", "सहा" is Hindi "endured") is read as the number for Marathi speakers only.

References: indic-numtowords' Marathi, read back for every number up to a lakh by
`tests/unit/test_number_oracles.py`; standard Marathi grammar for the oblique stems and
endings.
"""

from __future__ import annotations

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
    0: ("शून्य", "झीरो"), 1: ("एक",), 2: ("दोन",), 3: ("तीन",), 4: ("चार",), 5: ("पाच",),
    6: ("सहा",), 7: ("सात",), 8: ("आठ",), 9: ("नऊ", "नउ"), 10: ("दहा",), 11: ("अकरा",),
    12: ("बारा",), 13: ("तेरा",), 14: ("चौदा",), 15: ("पंधरा",), 16: ("सोळा", "सोला"),
    17: ("सतरा",), 18: ("अठरा",), 19: ("एकोणीस",), 20: ("वीस",), 21: ("एकवीस",),
    22: ("बावीस",), 23: ("तेवीस",), 24: ("चोवीस", "चौवीस"), 25: ("पंचवीस",),
    26: ("सव्वीस",), 27: ("सत्तावीस",), 28: ("अठ्ठावीस", "अठावीस"), 29: ("एकोणतीस",),
    30: ("तीस",), 31: ("एकतीस",), 32: ("बत्तीस",), 33: ("तेहेतीस", "तेहतीस", "तेतीस"),
    34: ("चौतीस", "चौत्तीस"), 35: ("पस्तीस",), 36: ("छत्तीस",),
    37: ("सदतीस", "सदोतीस"), 38: ("अडतीस", "अडोतीस"), 39: ("एकोणचाळीस",),
    40: ("चाळीस",), 41: ("एक्केचाळीस", "एकेचाळीस"), 42: ("बेचाळीस",),
    43: ("त्रेचाळीस",), 44: ("चव्वेचाळीस", "चवेचाळीस", "चौरेचाळीस"),
    45: ("पंचेचाळीस",), 46: ("सेहेचाळीस", "सेहचाळीस", "सेचाळीस", "शेहेचाळीस", "शेहचाळीस"), 47: ("सत्तेचाळीस",),
    48: ("अठ्ठेचाळीस",), 49: ("एकोणपन्नास",), 50: ("पन्नास",),
    51: ("एक्कावन्न", "एक्कावन", "एकावन्न"), 52: ("बावन्न", "बावन"),
    53: ("त्रेपन्न", "त्रेपन"), 54: ("चौपन्न", "चोपन्न", "चौपन"),
    55: ("पंचावन्न", "पंचावन"), 56: ("छप्पन्न", "छप्पन"), 57: ("सत्तावन्न", "सत्तावन"),
    58: ("अठ्ठावन्न", "अठ्ठावन"), 59: ("एकोणसाठ",), 60: ("साठ",), 61: ("एकसष्ट",),
    62: ("बासष्ट",), 63: ("त्रेसष्ट",), 64: ("चौसष्ट",), 65: ("पासष्ट",),
    66: ("सहासष्ट",), 67: ("सदुसष्ट", "सदोसष्ट"), 68: ("अडुसष्ट", "अडोसष्ट"),
    69: ("एकोणसत्तर",), 70: ("सत्तर",), 71: ("एकाहत्तर", "एक्काहत्तर"),
    72: ("बाहत्तर", "बहात्तर"), 73: ("त्र्याहत्तर",), 74: ("चौऱ्याहत्तर", "चौर्‍याहत्तर"),
    75: ("पंचाहत्तर", "पंच्याहत्तर"), 76: ("शहात्तर", "शाहत्तर", "शहाहत्तर"), 77: ("सत्त्याहत्तर", "सत्याहत्तर"),
    78: ("अठ्ठ्याहत्तर", "अठ्याहत्तर"), 79: ("एकोणऐंशी", "एकोणएंशी"), 80: ("ऐंशी", "एंशी"),
    81: ("एक्याऐंशी",), 82: ("ब्याऐंशी",), 83: ("त्र्याऐंशी",), 84: ("चौऱ्याऐंशी",),
    85: ("पंच्याऐंशी", "पंचाऐंशी"), 86: ("शहाऐंशी", "शह्याऐंशी"),
    87: ("सत्त्याऐंशी", "सत्याऐंशी"), 88: ("अठ्ठ्याऐंशी", "अठ्याऐंशी"),
    89: ("एकोणनव्वद", "नव्व्याऐंशी"), 90: ("नव्वद",), 91: ("एक्याण्णव",),
    92: ("ब्याण्णव",), 93: ("त्र्याण्णव",), 94: ("चौऱ्याण्णव",),
    95: ("पंच्याण्णव", "पंचाण्णव"), 96: ("शहाण्णव",), 97: ("सत्त्याण्णव", "सत्याण्णव"),
    98: ("अठ्ठ्याण्णव", "अठ्याण्णव"), 99: ("नव्व्याण्णव", "नव्याण्णव"),
}

# Marathi as typed in Latin letters. `fold` merges vowel length and doubled letters.
# Left out: "aat" (8, folds onto English "at"), "choda" (14; a Hindi obscenity).
ROMAN: dict[int, tuple[str, ...]] = {
    0: ("shunya", "shoonya"), 1: ("ek",), 2: ("don",), 3: ("tin", "teen"),
    4: ("char",), 5: ("pach", "paach"), 6: ("saha",), 7: ("saat",), 8: ("aath",),
    9: ("nau",), 10: ("daha",), 11: ("akra", "akara"), 12: ("bara",), 13: ("tera",),
    14: ("chauda", "chouda"), 15: ("pandhra", "pandhara"), 16: ("sola", "sol"),
    17: ("satra",), 18: ("athra", "athara"), 19: ("ekonis", "ekunis"), 20: ("vis",),
    21: ("ekvis",), 22: ("bavis",), 23: ("tevis",), 24: ("chovis", "chauvis"),
    25: ("panchvis", "panchavis", "pachvis"), 26: ("savvis",), 27: ("sattavis",),
    28: ("aththavis", "atthavis", "athavis"), 29: ("ekontis", "ekuntis"), 30: ("tis",),
    31: ("ektis",), 32: ("battis",), 33: ("tehetis", "tetis"), 34: ("chautis",),
    35: ("pastis",), 36: ("chhattis",), 37: ("sadtis", "sadotis"), 38: ("adtis", "adotis"),
    39: ("ekonchalis",), 40: ("chalis",), 41: ("ekkechalis", "ekechalis"),
    42: ("bechalis",), 43: ("trechalis",), 44: ("chavvechalis", "chavechalis"),
    45: ("panchechalis",), 46: ("sehechalis", "sechalis", "shehechalis"), 47: ("sattechalis",),
    48: ("aththechalis", "athechalis"), 49: ("ekonpannas",), 50: ("pannas",),
    51: ("ekkavanna", "ekkavan"), 52: ("bavanna", "bavan"), 53: ("trepanna", "trepan"),
    54: ("chaupanna", "choupanna", "chopanna"), 55: ("panchavanna", "panchavan"),
    56: ("chhappanna", "chhappan"), 57: ("sattavanna", "sattavan"),
    58: ("aththavanna", "athavanna"), 59: ("ekonsath", "ekonsaath"), 60: ("saath",),
    61: ("eksashta", "eksasht"), 62: ("basashta", "basasht"),
    63: ("tresashta", "tresasht"), 64: ("chausashta", "chausasht"),
    65: ("pasashta", "pasasht"), 66: ("sahasashta", "sahasasht"),
    67: ("sadusashta", "sadusasht"), 68: ("adusashta", "adusasht"), 69: ("ekonsattar",),
    70: ("sattar",), 71: ("ekahattar",), 72: ("bahattar",), 73: ("tryahattar",),
    74: ("chauryahattar",), 75: ("panchahattar", "panchyahattar"), 76: ("shahattar",),
    77: ("sattyahattar", "satyahattar"), 78: ("aththyahattar", "athyahattar"),
    79: ("ekonainshi", "ekonaynshi"), 80: ("ainshi", "aynshi", "enshi", "aishi"),
    81: ("ekyainshi",), 82: ("byainshi",), 83: ("tryainshi",), 84: ("chauryainshi",),
    85: ("panchyainshi",), 86: ("shahainshi",), 87: ("sattyainshi",),
    88: ("aththyainshi",), 89: ("ekonnavvad",), 90: ("navvad", "navad"),
    91: ("ekyannav",), 92: ("byannav",), 93: ("tryannav",), 94: ("chauryannav",),
    95: ("panchyannav",), 96: ("shahannav",), 97: ("sattyannav",), 98: ("aththyannav",),
    99: ("navvyannav", "navyannav"),
}


def _spellings(word: str) -> set[str]:
    """A word and its common other spellings: एकोण- as एकुण-, ठ्ठ as ट्ठ, ऐं as एं."""
    found = {word}
    for old, new in (("एकोण", "एकुण"), ("ठ्ठ", "ट्ठ"), ("ऐं", "एं"), ("च्या", "चा")):
        found |= {w.replace(old, new) for w in found}
    return found



# Case endings written joined to a number: dative -ला/-ना, instrumental -ने/-नी,
# genitive -चा/-ची/-चे/-च्या, locative -त/-ात/-मध्ये, emphatic -च/-ही, and the
# postpositions -पर्यंत "up to", -पेक्षा "than", -मागे "per". The stem before them is
# often oblique: "शंभरा-", "हजारां-" (`OBLIQUE_ENDINGS`).
SUFFIXES: tuple[str, ...] = (
    "ला", "ना", "ने", "नी", "चा", "ची", "चे", "च्या", "चं", "त", "ात", "मध्ये", "मधे",
    "पर्यंत", "पेक्षा", "मागे", "च", "ही", "सुद्धा",
    # the emphatic -च after the ending: "चाळीसलाच" (at forty itself)
    "लाच", "नाच", "लाही",
    # the oblique stem and its ending together, for unit and currency words, which are
    # matched without `OBLIQUE_ENDINGS` ("डझनाला", "रुपयांना", "नगाचे")
    "ाला", "ाने", "ाचा", "ाची", "ाचे", "ाचं", "ाच्या", "ांना", "ांचा", "ांची", "ांचे", "ांच्या",
    "ांत", "ांनी",
    # romanized, as typed: "pannasla", "shambharla", and with the oblique "a":
    # "shambharala", "hajarana", and the locative "hajarat" (at a thousand)
    "la", "na", "ala", "ana", "at", "aat",
    # and "of", "in", "up to", "than": "teenshecha", "dedhsheche", "adichshemadhe"
    "cha", "chi", "che", "chya", "madhe", "madhye", "paryant", "peksha",
)
OBLIQUE_ENDINGS: tuple[str, ...] = ("ा", "ां")

VALUES: dict[str, float] = number_values(NATIVE, ROMAN, _spellings)

# "एक" is also the article "a"; with an ending (एकाला "for one", एकच "just one", एका
# "a") it counts as one only when a unit or currency vouches, so each form is listed
# whole rather than left to the ending being split off.
ONE_FORMS: tuple[str, ...] = (
    "एक", "एका", *(f"एक{s}" for s in SUFFIXES), *(f"एका{s}" for s in SUFFIXES),
)
VALUES |= {w: 1 for w in ONE_FORMS}

# -शे is a hundred only joined to its multiplier (दोनशे): alone, with an ending, it
# would read "शेत" ("field") and "शेतात" as 100; a lone romanized "she" is English.
SCALES: dict[str, float] = {
    "शंभर": 100, "हजार": 1000, "हज़ार": 1000, "सहस्र": 1000, "लाख": 100_000,
    "लक्ष": 100_000, "कोटी": 10_000_000, "कोटि": 10_000_000, "करोड": 10_000_000,
    "shambhar": 100, "shambar": 100, "hajar": 1000, "hajaar": 1000,
    "lakh": 100_000, "koti": 10_000_000,
}
FRACTIONS: dict[str, float] = {
    "अर्धा": 0.5, "अर्धी": 0.5, "अर्धे": 0.5, "अर्ध": 0.5, "अर्धं": 0.5, "अर्ध्या": 0.5, "पाव": 0.25,
    "पाऊण": 0.75, "पाउण": 0.75, "दीड": 1.5, "अडीच": 2.5, "ardha": 0.5, "ardhi": 0.5,
    "ardhe": 0.5, "ardhya": 0.5, "paun": 0.75, "didh": 1.5, "deedh": 1.5, "dhid": 1.5, "adich": 2.5,
    "adeech": 2.5,
}
PREFIXES: dict[str, float] = {
    "साडे": 0.5, "सव्वा": 0.25, "सवा": 0.25, "पावणे": -0.25, "पाउणे": -0.25,
    "savva": 0.25, "pavne": -0.25, "paavne": -0.25,
}

_PREFIX_PARTS = {"साडे": 0.5, "सव्वा": 0.25, "पावणे": -0.25}
_HUNDRED_HEADS: dict[str, Part] = {
    **{w: value(n) for n in range(1, 10) for w in NATIVE[n]},
    "नव": value(9), "दीड": fraction(1.5), "अडीच": fraction(2.5), "पाऊण": fraction(0.75),
    "पाउण": fraction(0.75),
}
_ROMAN_HUNDRED_HEADS: dict[str, Part] = {
    "ek": value(1), "don": value(2), "tin": value(3), "teen": value(3), "char": value(4),
    "pach": value(5), "saha": value(6), "sat": value(7), "aath": value(8), "nau": value(9),
    "nav": value(9), "didh": fraction(1.5), "did": fraction(1.5), "adich": fraction(2.5),
    "dedh": fraction(1.5), "deedh": fraction(1.5), "adeech": fraction(2.5), "saat": value(7),
    "paach": value(5), "chaar": value(4), "aat": value(8),
    "paun": fraction(0.75), "savva": Part(Kind.PREFIX, 0.25),
}
COMPOUNDS: dict[str, tuple[Part, ...]] = {}
# Said colloquially with "-शं" ("दीडशं", "दोनशं"), typed "didsha", "donsha".
for _head, _part in _HUNDRED_HEADS.items():
    COMPOUNDS[_head + "शे"] = (_part, scale(100))
    COMPOUNDS[_head + "शं"] = (_part, scale(100))
for _head, _part in _ROMAN_HUNDRED_HEADS.items():
    COMPOUNDS[_head + "she"] = (_part, scale(100))
    COMPOUNDS[_head + "sha"] = (_part, scale(100))
    # Typed as said: "saadetinshe" 350, "saade aathshe" 850, "pavnedonshe" 175.
    for _prefix, _shift in (("saade", 0.5), ("sade", 0.5), ("saadhe", 0.5), ("pavne", -0.25)):
        if _part.kind is Kind.VALUE:
            COMPOUNDS[_prefix + _head + "she"] = (Part(Kind.PREFIX, _shift), _part, scale(100))
# A prefix joined to what it shifts: "साडेतीन" 3.5, "सव्वाशे" 125, "पावणेदोनशे" 175.
for _prefix, _shift in _PREFIX_PARTS.items():
    _shift_part = Part(Kind.PREFIX, _shift)
    if _shift != 0.5:
        COMPOUNDS[_prefix + "शे"] = (_shift_part, scale(100))
    for _n, _words in NATIVE.items():
        for _word in _words if _n else ():
            COMPOUNDS[_prefix + _word] = (_shift_part, value(_n))
    for _head, _part in _HUNDRED_HEADS.items():
        if _part.kind is Kind.VALUE:
            COMPOUNDS[_prefix + _head + "शे"] = (_shift_part, _part, scale(100))
COMPOUNDS = {w: parts for word, parts in COMPOUNDS.items() for w in _spellings(word)}
# Hundreds above nine are said as one word too: बाराशे 1200, पंधराशे 1500.
for _word, _number in list(VALUES.items()):
    if 10 <= _number <= 99:
        # typed as said too: "barashe" 1200, "pandharasha" 1500
        for _tail in ("she", "sha") if _word.isascii() else ("शे", "शं"):
            COMPOUNDS.setdefault(_word + _tail, (value(_number), scale(100)))

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("किलो", "किलोग्रॅम", "किलोग्राम", "केजी", "kilo"),
    "g": ("ग्रॅम", "ग्राम", "gram"),
    "dozen": ("डझन", "डजन", "dajan", "dazan", "dajhan", "dazhan", "dozan", "डझनभर", "dajanbhar"),
    "piece": ("नग", "पीस", "नगं", "nag", "naga", "nagala", "pees"),
    "litre": ("लिटर", "लीटर", "litar"),
    "bunch": (
        "जुडी", "जुड्या", "जुडगा", "पेंडी", "गड्डी", "judi", "judya", "judga", "pendi", "gaddi",
        # a cluster of grapes or litchis, a hand of bananas: "घोस", "घड"
        "घोस", "घड",
        # a bundle of firewood, sticks or canes: "मोळी"
        "मोळी", "मोळ्या", "moli",
    ),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "रुपये", "रुपया", "रुपयां", "रुपयाला", "रुपयांना", "रुपयात", "रुपयांत", "रुपयाचा",
        "रुपयांचा", "रु", "रू", "rupaye", "rupaya", "rupayala", "rupayanna", "rs",
    ),
    Cue.PAISE: ("पैसे", "पैसा", "पैशांना", "पैशां", "पैशाला", "पैशाचा", "paise"),
    Cue.PER: ("प्रति", "प्रत्येक", "दर", "prati"),
    # a genitive or dative written apart between a price and a count: "100 ला 3"
    Cue.OF: ("ला", "चे", "चा", "ची", "la", "che"),
    Cue.LINK: (
        "नाहीतर", "nahitar",
        # "otherwise" in two words: its "no" refuses nothing ("..., नाही तर ...")
        "नाही तर", "नाहीं तर", "nahi tar", "nahin tar",
        "की", "ki",
        "ला", "चा", "ची", "चे", "च्या", "आहे", "ने", "मध्ये", "मधे", "त", "च", "तर", "फक्त",
        "भाऊ", "दादा", "ताई", "मावशी", "काका", "मागे", "प्रमाणे", "हिशोबाने", "भावाने",
        "la", "aahe", "ahe", "fakt", "bhau", "dada", "tai", "mavshi", "kaka", "mage",
        # "before", "already": Marathi words, not the Hindi "आधी" (half)
        "आधी", "आधीच",
    ),
    Cue.EACH: (
        "प्रत्येकी", "एकाला", "एक नग", "एकाचे", "एकाचा", "एकाची",
        "pratyeki", "ekala", "ek nag",
    ),
    # a unit of trade the product does not list (`Cue.MEASURE`): its price is a rate
    Cue.MEASURE: (
        # a foot of pipe, wire, rope or board: its price is a rate
        "फुटाला", "फूटाला", "फुटास", "futala",
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "ट्रिपला", "ट्रिप", "फेरीला", "खेपेला", "tripla", "ferila",
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "सीटला", "माणशी", "डोक्याला", "किलोमीटरला", "मिनिटाला", "तोळ्याला", "तोळे", "tolyala",
        "seatla", "manshi",
        # a reel of thread, a cubic foot of timber: its price is a rate
        "रीलला", "रीळला", "घनफुटाला", "घनफूटाला",
        "क्विंटल", "क्विंटलला", "मण", "मीटर", "मीटरला", "गज", "वार", "वाराला", "पेटी", "पेटीला", "बॉक्स",
        "kvintal", "petila",
        # a brass of sand or grit (100 cubic feet), a bag of seed or fertiliser
        "ब्रास", "ब्रासला", "ब्रासचे", "बॅग", "बॅगेला", "बॅगला", "brassla",
        # a kodi, a score of twenty: its price is a rate
        "कोडी", "कोड़ी", "kodi",
        # a gross, twelve dozen: its price is a rate
        "ग्रोस", "ग्रॉस",
        # baskets, pairs, sets, boxes: their price is a rate too
        "टोपली", "टोपलीला", "करंडी", "जोडी", "जोडीला", "सेट", "सेटला", "डबा", "डब्बा",
        "डब्याला", "topli", "jodi", "daba", "dabba",
        "पेट्या", "जोड्या", "टोपल्या", "डबे",
        # a heap of fish or vegetables sold as one share
        "वाटा", "वाट्याला", "वाटे",
    ),
    Cue.LOT: (
        "पिशवी", "टोपली", "ढीग", "पोते", "पोतं", "पोती", "पेटी", "करंडी", "डबा", "pishvi", "topli",
        "dhig", "pote", "गोणी", "गोण्या", "goni", "gonya",
        # a sack of grain or onions: "कट्टा नऊशे"
        "कट्टा", "कट्टे", "katta",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        "तुमच्यासाठी", "तुमच्या साठी", "तुझ्यासाठी", "तुझ्या साठी", "तुम्हाला", "तुला",
        "tumchyasathi", "tumchya sathi", "tujhyasathi", "tumhala",
    ),
    Cue.SET: (
        # "let's settle at X": proposes X
        "ठरवूया", "ठरवू", "फिक्स करूया", "tharvuya", "tharavuya", "fix karuya",
        "करा", "कर", "लावा", "लाव", "करून द्या", "लावून द्या", "kara", "lava", "karun dya",
    ),
    Cue.TOTAL: (
        "अख्खा", "अख्खी", "अख्खं", "akkha", "आख्खा", "आख्खी", "आख्खं", "aakhkha",
        # "whole", "the entire": "संपूर्ण गाडी"
        "संपूर्ण", "सम्पूर्ण", "sampurna", "sampurn",
        "sagla", "sagle", "सगळा", "सगळी",
        "एकूण", "सगळे मिळून", "सगळं मिळून", "सर्व मिळून", "मिळून", "सगळे",
        "सगळं", "सगळ्याचे", "पूर्ण", "टोटल", "ekun", "sagle milun", "sagla milun", "milun",
        "sagle",
        # "of all of it", typed: "saglyache barashe"
        "saglyache", "saglyacha", "saglyanche", "सगळ्याचा", "सगळ्यांचे",
    ),
    Cue.ACCEPT: (
        # as you say, as you wish, your word stands: take it
        "तुमच्या मनासारखं", "तुमच्या मनासारखे", "तुमचा शब्द", "तुम्ही म्हणाल तसं",
        "तुम्ही म्हणाल तसे", "तुमची मर्जी", "तुमचं म्हणणं", "tumcha mhanna", "tumchya manasarkha",
        "tumhi mhanal tasa",
        # settled (at the price said)
        "ठरलं", "ठरले", "ठरला", "ठरली", "tharla", "tharle",
        "ठीक आहे", "ठिक आहे", "ठीकाय", "ठीक", "चालेल", "चालतंय", "हो", "होय", "बरं आहे",
        "पक्कं", "पक्का", "नक्की", "घेतो", "घेते", "ओके", "डन", "मंजूर", "theek aahe",
        "thik aahe", "thik ahe", "thikay", "chalel", "hoy", "bara", "pakka", "nakki", "gheto",
    ),
    # "well, okay", "come on", "settled": agreement only when no price is said with it,
    # or the price on the table
    Cue.SOFT_ACCEPT: (
        "बरं", "बर", "bara", "baraa", "पक्के", "पक्कं", "pakke", "चला", "chala", "घेते", "घेतो",
        "घेईन", "घेतली", "घेतला",
    ),
    Cue.REJECT: (
        # leaving the goods without a price: "leave it", "later"
        "राहू द्या", "rahu dya", "राहू दे", "rahu de", "नंतर बघतो", "nantar baghto",
        # going to another shop refuses this one's price
        "दुसऱ्या दुकानात", "दुसऱ्या दुकानात बघतो", "दुसरीकडे", "dusrya dukanat", "dusrikade",
        # a loss to the seller: the price is refused
        "तोटा", "नुकसान", "tota", "nuksan",
        "दुसऱ्या दुकानात", "दुसरीकडे",
        "नको", "चालणार नाही", "परवडत नाही", "परवडणार नाही", "जमणार नाही", "शक्य नाही",
        "कमी करा", "थोडं कमी", "थोडे कमी", "अजिबात नाही", "छे छे", "nako", "chalnar nahi",
        "parvadat nahi", "kami kara", "thoda kami", "ajibat nahi", "jamnar nahi",
        "jamnaar nahi", "shakya nahi",
        # "हो" after a "no" is a polite particle, not "yes": "परवडत नाही हो"
        "नाही हो", "नको हो", "nahi ho", "nako ho", "परवडत नाही हो",
    ),
    Cue.NEGATION: ("नाही", "नको", "नाय", "नाहीं", "छे", "nahi", "nako", "nay"),
    Cue.TOO_MUCH: (
        "खूप जास्त", "फार जास्त", "जास्तच", "जास्त आहे", "जास्त आहेत", "जास्त होतात",
        "जास्त झाले", "महाग", "खूप महाग", "फार महाग", "महागडं", "khup jast", "far jast",
        "jastach", "jast aahe", "mahag", "khup mahag", "khup jasta", "khup jaasta",
        # "X खूप झाले": X is too much
        "खूप झाले", "खूप झाले", "खूपच झाले", "खूप होतात", "khup zale", "khup jhale",
        "khup zhale", "khupach zale", "khup hotat", "लूट", "लूटच", "दिवसाढवळ्या लूट",
    ),
    # "जास्त" alone is "more (than)": "पन्नासपेक्षा जास्त नाही" caps the price at 50.
    Cue.COMPARATIVE: (
        "जास्त", "पेक्षा जास्त", "पेक्षा कमी", "कमी", "वर", "पेक्षा वर", "खाली", "पेक्षा खाली",
        "jast", "peksha jast", "kami", "peksha kami", "khali", "peksha khali",
    ),
    Cue.CAP_BEFORE: (
        "मॅक्स", "मैक्स", "मॅक्सीमम",
        "जास्तीत जास्त", "जास्तीतजास्त", "कमाल", "मॅक्सिमम", "कमीत कमी", "कमीतकमी",
        "jastit jast", "kamal", "kamit kami",
    ),
    Cue.CAP: (
        "मॅक्स", "मैक्स", "मॅक्सीमम",
        "पर्यंत", "पावेतो", "जास्तीत जास्त", "मॅक्सिमम", "paryant", "parynt",
    ),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "शेवटचे", "शेवटी", "अखेरची", "अखेरचे", "फिक्स्ड", "shevatchi", "shevatche", "shevti",
        "fiks",
        "शेवटचा भाव", "शेवटचा", "शेवटचं", "शेवटची", "अखेरचा", "फायनल", "फिक्स", "एकच भाव",
        "एक भाव", "shevatcha bhav", "shevatcha", "shevtcha", "fainal",
    ),
    Cue.QUESTION: (
        # a unit, then "what?": "किलो काय?" asks its rate
        "किलो काय", "डझन काय", "kilo kay", "kilo kaay",
        "किती", "किती ला", "कितीला", "किती रुपये", "काय भाव", "भाव काय", "कसा दिला",
        # at what rate: "काय भावाने द्याल?"
        "काय भावाने", "kay bhavane",
        "कसे दिले", "कशी दिली", "कसं दिलं", "कसे दिलेत", "कसा लावला", "कसे लावले",
        # the feminine plural and the polite forms: "घंटा कशा दिल्या?", "कशी दिलीत?"
        "कशा दिल्या", "कशा दिल्यात", "कशी दिलीत", "कसा दिलात", "kasha dilya", "kashi dili",
        "kase dilet",
        "केवढ्याला", "किती झाले", "kiti", "kitila",
        "kay bhav", "bhav kay", "kasa dila", "kase dile", "kevdhyala", "kiti jhale",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        "घेऊन जा", "घेऊन जावा", "घ्या", "gheun ja", "ghya",
        # "given (at the price)": the deal done, said as the goods change hands
        "दिलं", "दिले", "दिला", "देऊन टाकलं", "dila", "dile", "dilan",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "म्हणताय", "म्हणता", "म्हणालात", "सांगताय", "मागताय", "mhantay", "mhanta", "sangtay",
    ),
    Cue.WEAK_QUESTION: (
        # "how (much)": "किलो कसा?", "kilo kasa dada?"
        "कसा", "kasa", "kashi",
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "सांगा", "sanga",
        "भाव", "दर", "किंमत", "रेट", "kimmat", "bhav", "कसे", "कसं", "कशी", "kase",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        "सुट्टा", "चिल्लर", "sutta", "chillar",
        "सुट्टे", "सुटे", "पिशवी", "कॅरीबॅग", "कॅरी बॅग", "नोट", "sutte", "pishvi",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "minit", "minta",
        # a bus route: "the 47 bus"
        "नंबरची बस", "ची बस", "वाली बस",
        # a temperature, a school class, a distance or a span of time
        "डिग्री", "degree", "क्लास", "class", "किलोमीटर", "km", "वर्षं", "वर्षे", "तास",
        # change for a note, other spellings
        "सुट्टा", "चिल्लर", "sutta", "chillar",
        # change handed back
        "सुट्टे", "सुटे", "परत", "sutte", "parat",
        # a day of the month: "the 15th"
        "तारीख", "तारखेला", "तारखेस", "तारखेपर्यंत", "tarkhela", "tarikh",
        "मुलं", "मुले", "मुलगे", "नोट", "mula",
        "मिनिट", "मिनिटे", "मिनिटं", "तास", "दिवस", "वर्ष", "वर्षे", "वर्षं", "महिने", "महिना",
        "आठवडे", "टक्के", "वाजता", "वाजले", "जण", "जणं", "वेळा", "वेळ", "tas", "divas",
        "varsha", "vajta", "vajle", "jan", "vela", "मिनिटात", "मिनिटांत", "minit", "minitat",
        "minitaat", "minitanni", "takke", "taka", "takka",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "हायवे", "हाईवे", "महामार्ग", "highway", "nh",
        # an ordinal ending typed after digits: "10वी", "10वीत"
        "वी", "वीत", "व्या",
        # a school class: "इयत्ता 8 वी"
        "इयत्ता", "क्लास", "class",
        "नंबर", "क्रमांक", "दुकान", "गल्ली", "गाळा", "nambar", "kramank", "सकाळी",
        "संध्याकाळी", "रात्री", "दुपारी",
    ),
}
# fmt: on


def _written(wanted: tuple[str, ...]) -> frozenset[str]:
    return written_as(wanted, VALUES, SCALES, COMPOUNDS, FRACTIONS, PREFIXES)


# "एक"/"ek" is the article; "लक्ष" is also "attention" ("लक्ष द्या"); in chat "tera" is
# Hindi "your", "bara" "big" and "saath" "with", as in the Hindi table.
AMBIGUOUS = _written((*ONE_FORMS, "ek", "लक्ष", "tera", "bara", "saath", "don"))


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "एवढंच", "एवढेच", "एवढाच", "evdhach", "evadhach", "evdhech", "बोलूच नका",
    "बोलू नका", "bolu naka", "boluch naka", "मागू नका", "magu naka",
    # "no haggling": "घासाघीस नाही"
    "घासाघीस नाही", "ghasaghis nahi",
    # "no more talk": "आता बोलणं नाही", "आता काही बोलायचं नाही"
    "आता बोलणं नाही", "आता बोलणे नाही", "आता काही बोलायचं नाही", "ata bolna nahi",
    # "enough, done": "बस झालं", "बस्स झालं"; "nothing past this": "याच्यापुढे नाही"
    "बस झालं", "बस्स झालं", "बास झालं", "bas jhala", "bas zala", "याच्यापुढे नाही",
    "यापुढे नाही", "याच्या पुढे नाही", "yachyapudhe nahi", "yapudhe nahi",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = (
    "कमी", "kami", "स्वस्त", "sasta",
    # a discount: "सवलत", and "सूट" said with giving or "some" ("सूट" alone is a suit)
    "सवलत", "savlat", "थोडी सूट", "सूट द्या", "सूट करा", "thodi sut", "sut dya",
)  # fmt: skip
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("जास्त", "jast", "jaast")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = ("का", "शकाल", "शकता", "होईल")

# Hindi "ha" (yes) is Marathi "this" as typed ("ha amba", this mango); "yes" is "ho".
FALSE_FRIENDS = ("ha", "haa")

# A number with one of these before a unit word is the unit's price (`price_endings`),
# romanized as typed too ("adichshela kilo", "pannasla dozen", "teenshecha").
PRICE_ENDINGS = (
    "ला", "ना", "ने", "त", "ात", "मध्ये", "लाच", "नाच", "चा", "ची", "चे",
    "la", "ala", "madhe", "madhye", "at", "aat", "cha", "chi", "che",
)  # fmt: skip

SPEC = LanguageSpec(
    code="mr",
    price_endings=PRICE_ENDINGS,
    values=VALUES,
    scales=SCALES,
    compounds=COMPOUNDS,
    fractions=FRACTIONS,
    prefixes=PREFIXES,
    ambiguous=AMBIGUOUS,
    suffixes=SUFFIXES,
    oblique_endings=OBLIQUE_ENDINGS,
    units=UNITS,
    cues=CUES,
    false_friends=FALSE_FRIENDS,
    less_words=LESS_WORDS,
    final_words=FINAL_WORDS,
    yes_no_words=YES_NO_WORDS,
    more_words=MORE_WORDS,
)
