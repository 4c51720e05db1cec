"""Gujarati: Gujarati script and the romanized Gujarati of chat.

Gujarati 0–99 are single words, each to be learnt (ઓગણીસ 19, પાંત્રીસ 35, ચુંમાલીસ 44,
નવ્વાણું 99), so all are listed with the spellings ICU and indic-numtowords disagree on
and people use (ત્રેવીસ/તેવીસ, સાઠ/સાંઠ/સાઈઠ, બોતેર/બોંતેર, ઇઠ્યોતેર/અઠ્યોતેર), and ી/િ
written either way. Hundreds are written apart ("પાંચ સો", "એક સો") or joined (પાંચસો,
બસો 200, દોઢસો 150, અઢીસો 250, સવાસો 125, પોણાસો 75); then હજાર, લાખ and કરોડ in
Indian grouping. Fractions: અડધો/અડધી/અડધું 0.5, પા 0.25, પોણો 0.75, દોઢ 1.5, અઢી 2.5,
and the prefixes સાડા +0.5, સવા +0.25, પોણા −0.25 ("સાડા ત્રણસો" 350).

Endings attach to the number: the locative -માં ("સોમાં" "for a hundred"), the
genitive -ના/-નો/-ની/-નું, the dative -ને, the ablative -થી ("પચાસથી વધારે નહીં").

References: ICU's Gujarati spell-out rules and indic-numtowords' Gujarati, both read back
for every number up to a lakh by `tests/unit/test_number_oracles.py`; standard Gujarati
grammar for the endings.
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

# Left out: "એસી", 80 written without its nasal, which is also "AC" (an air conditioner,
# an AC bus): a price read from it would be a guess.
# fmt: off
NATIVE: dict[int, tuple[str, ...]] = {
    0: ("શૂન્ય", "ઝીરો"), 1: ("એક",), 2: ("બે",), 3: ("ત્રણ",), 4: ("ચાર",),
    5: ("પાંચ", "પાચ"), 6: ("છ",), 7: ("સાત",), 8: ("આઠ",), 9: ("નવ",), 10: ("દસ", "દશ"),
    11: ("અગિયાર", "અગ્યાર"), 12: ("બાર",), 13: ("તેર",), 14: ("ચૌદ",), 15: ("પંદર",),
    16: ("સોળ", "સોલ"), 17: ("સત્તર", "સતર"), 18: ("અઢાર",), 19: ("ઓગણીસ",),
    20: ("વીસ",), 21: ("એકવીસ",), 22: ("બાવીસ",), 23: ("તેવીસ", "ત્રેવીસ"),
    24: ("ચોવીસ",), 25: ("પચ્ચીસ", "પચીસ"), 26: ("છવ્વીસ", "છવીસ"),
    27: ("સત્તાવીસ", "સતાવીસ"), 28: ("અઠ્ઠાવીસ", "અઠાવીસ"), 29: ("ઓગણત્રીસ",),
    30: ("ત્રીસ",), 31: ("એકત્રીસ",), 32: ("બત્રીસ",), 33: ("તેત્રીસ",),
    34: ("ચોત્રીસ", "ચૌત્રીસ"), 35: ("પાંત્રીસ",), 36: ("છત્રીસ",),
    37: ("સાડત્રીસ", "સડત્રીસ"), 38: ("આડત્રીસ", "અડત્રીસ"),
    39: ("ઓગણચાલીસ", "ઓગણચાળીસ"), 40: ("ચાલીસ", "ચાળીસ"), 41: ("એકતાલીસ",),
    42: ("બેતાલીસ", "બેંતાલીસ"), 43: ("તેતાલીસ", "ત્રેતાલીસ"),
    44: ("ચુંમાલીસ", "ચુમ્માલીસ", "ચુમાલીસ"), 45: ("પિસ્તાલીસ",),
    46: ("છેતાલીસ", "છેંતાલીસ"), 47: ("સુડતાલીસ",), 48: ("અડતાલીસ",),
    49: ("ઓગણપચાસ",), 50: ("પચાસ",), 51: ("એકાવન",), 52: ("બાવન",), 53: ("ત્રેપન",),
    54: ("ચોપન",), 55: ("પંચાવન",), 56: ("છપ્પન",), 57: ("સત્તાવન",),
    58: ("અઠ્ઠાવન", "અઠાવન"), 59: ("ઓગણસાઠ", "ઓગણસાંઠ"), 60: ("સાઠ", "સાંઠ", "સાઈઠ"),
    61: ("એકસઠ",), 62: ("બાસઠ", "બાંસઠ"), 63: ("ત્રેસઠ",), 64: ("ચોસઠ", "ચોંસઠ"),
    65: ("પાંસઠ",), 66: ("છાસઠ", "છાંસઠ"), 67: ("સડસઠ",), 68: ("અડસઠ",),
    69: ("ઓગણોસિત્તેર", "ઓગણસિત્તેર", "અગણોસિત્તેર"), 70: ("સિત્તેર", "સીત્તેર"),
    71: ("એકોતેર", "ઇકોતેર"), 72: ("બોતેર", "બોંતેર"), 73: ("તોતેર", "તોંતેર"),
    74: ("ચુમોતેર", "ચુંમોતેર"), 75: ("પંચોતેર", "પંચોત્તેર"), 76: ("છોતેર", "છોંતેર"),
    77: ("સિત્યોતેર", "સત્યોતેર"), 78: ("ઇઠ્યોતેર", "અઠ્યોતેર"),
    79: ("ઓગણએંસી", "ઓગણાએંસી", "ઓગણ્યાએંસી"), 80: ("એંસી", "એંશી"),
    81: ("એક્યાસી", "એક્યાંસી"), 82: ("બ્યાસી", "બ્યાંસી"), 83: ("ત્યાસી", "ત્યાંસી", "ત્ર્યાસી"),
    84: ("ચોર્યાસી", "ચોર્યાંસી"), 85: ("પંચ્યાસી", "પંચાસી"), 86: ("છ્યાસી", "છ્યાંસી"),
    87: ("સિત્યાસી", "સત્યાસી"), 88: ("ઇઠ્યાસી", "અઠ્યાસી", "અઠ્ઠ્યાસી"), 89: ("નેવ્યાસી",),
    90: ("નેવું",), 91: ("એકાણું",), 92: ("બાણું",), 93: ("ત્રાણું",), 94: ("ચોરાણું",),
    95: ("પંચાણું",), 96: ("છન્નું", "છન્નુ"), 97: ("સત્તાણું",), 98: ("અઠ્ઠાણું", "અઠાણું"),
    99: ("નવ્વાણું",),
}

# Gujarati as typed in Latin letters. `fold` merges vowel length and doubled letters.
# "be" (2), "bar" (12), "nav" (9), "ter" (13), "sol" (16), "vis" (20) and "so" (100) are
# also English or Hindi words ("be", "so"): they are listed, and count only where a unit, a
# currency word or another number word vouches for them (`AMBIGUOUS`). Left out:
# "sattar" (17; Hindi 70) and "adhi" (2.5; Hindi "half"), which have two readings.
ROMAN: dict[int, tuple[str, ...]] = {
    0: ("shunya", "shoonya"), 1: ("ek",), 2: ("be", "bey"), 3: ("tran", "tren"), 4: ("char",),
    5: ("panch", "paanch"), 6: ("chha",), 7: ("saat",), 8: ("aath",), 9: ("nav",),
    10: ("das",), 11: ("agiyar", "agyar", "agiyaar"), 13: ("ter",), 14: ("chaud",),
    12: ("bar", "baar"), 15: ("pandar", "pandara"), 16: ("sol",), 18: ("adhar", "adhaar"),
    19: ("ognis", "oganis", "ogneesh"), 20: ("vis",), 21: ("ekvis",), 22: ("bavis",),
    23: ("trevis", "tevis"), 24: ("chovis",), 25: ("pachchis", "pachis"),
    26: ("chhavvis", "chhavis"), 27: ("sattavis", "satavis"),
    28: ("aththavis", "atthavis", "athavis"), 29: ("ogantris", "ognatris"),
    30: ("tris",), 31: ("ektris",), 32: ("batris",), 33: ("tetris",), 34: ("chotris",),
    35: ("pantris", "paantris"), 36: ("chhatris",), 37: ("sadatris", "sadtris"),
    38: ("adatris", "adtris"), 39: ("oganchalis",), 40: ("chalis",), 41: ("ektalis",),
    42: ("betalis",), 43: ("tetalis", "tretalis"), 44: ("chumalis", "chummalis"),
    45: ("pistalis",), 46: ("chhetalis",), 47: ("sudtalis",), 48: ("adtalis",),
    49: ("oganpachas",), 50: ("pachas",), 51: ("ekavan",), 52: ("bavan",),
    53: ("trepan",), 54: ("chopan",), 55: ("panchavan",), 56: ("chhappan",),
    57: ("sattavan",), 58: ("aththavan", "athavan"), 59: ("ogansath", "ogansaath"),
    60: ("saath", "saith"), 61: ("eksath",), 62: ("basath",), 63: ("tresath",),
    64: ("chosath",), 65: ("pansath",), 66: ("chhasath",), 67: ("sadsath",),
    68: ("adsath",), 69: ("ogansitter", "ogansittar"), 70: ("sitter", "sittar"),
    71: ("ekoter", "ikoter"), 72: ("boter",), 73: ("toter",), 74: ("chumoter",),
    75: ("panchoter",), 76: ("chhoter",), 77: ("sityoter", "satyoter"),
    78: ("ithyoter", "athyoter"), 79: ("oganensi", "oganenshi"),
    80: ("ensi", "enshi", "eshi", "aenshi", "aeshi", "ainshi"),
    81: ("ekyasi",), 82: ("byasi",), 83: ("tyasi",), 84: ("choryasi",),
    85: ("panchyasi",), 86: ("chhyasi",), 87: ("sityasi", "satyasi"),
    88: ("ithyasi", "athyasi"), 89: ("nevyasi",), 90: ("nevu", "nevun"), 91: ("ekanu",),
    92: ("banu",), 93: ("tranu",), 94: ("choranu",), 95: ("panchanu",), 96: ("chhannu",),
    97: ("sattanu",), 98: ("aththanu", "athanu"), 99: ("navvanu", "navanu"),
}


def _spellings(word: str) -> set[str]:
    """A word and its common other spellings: ી and િ, ઈ and ઇ, ૂ and ુ for each other, the
    forties with ળ or લ ("પિસ્તાળીસ"/"પિસ્તાલીસ"), and a final "ું" without its nasal
    ("નેવું"/"નેવુ")."""
    found = {word}
    pairs = (
        ("ી", "િ"), ("િ", "ી"), ("ૂ", "ુ"), ("ઈ", "ઇ"), ("ઇ", "ઈ"), ("લીસ", "ળીસ"),
        ("ળીસ", "લીસ"),
    )  # fmt: skip
    for old, new in pairs:
        found |= {w.replace(old, new) for w in found}
    found |= {w[:-1] for w in found if w.endswith("ું")}
    return found



# Endings written joined to a number: locative -માં, genitive -ના/-નો/-ની/-નું/-નાં,
# dative -ને, ablative -થી, and "-માંથી" "out of".
SUFFIXES: tuple[str, ...] = (
    "માં", "ના", "નો", "ની", "નું", "નાં", "ને", "થી", "માંથી", "એ", "જ",
    # the oblique "-e" written as a vowel sign after a consonant: "ચાલીસે" (at forty)
    "ે",
)

VALUES: dict[str, float] = number_values(NATIVE, ROMAN, _spellings)

# "એક" is also the article "a"; with an ending ("એકના" "for one", "એકનો", "એકને") it
# counts as one only when a unit or currency vouches, so each form is listed whole.
ONE_FORMS: tuple[str, ...] = ("એક", *(f"એક{s}" for s in SUFFIXES))
VALUES |= {w: 1 for w in ONE_FORMS}
GOLD = ("સોનું", "સોનુ", "સોના", "સોની")
VALUES |= {w: 100 for w in GOLD}

SCALES: dict[str, float] = {
    "સો": 100, "હજાર": 1000, "હજ્જાર": 1000, "લાખ": 100_000, "કરોડ": 10_000_000,
    "કરોડ઼": 10_000_000, "so": 100, "hajar": 1000, "hajaar": 1000, "lakh": 100_000,
    "karod": 10_000_000, "karor": 10_000_000,
}
FRACTIONS: dict[str, float] = {
    # English "half" in the native script: "હાફ kilo"
    "હાફ": 0.5,
    "અડધો": 0.5, "અડધી": 0.5, "અડધું": 0.5, "અડધા": 0.5, "અર્ધો": 0.5, "અર્ધી": 0.5,
    "અર્ધું": 0.5, "પા": 0.25, "પાવ": 0.25, "પોણો": 0.75, "પોણી": 0.75, "પોણું": 0.75,
    "દોઢ": 1.5, "અઢી": 2.5, "adadho": 0.5,
    "adhdho": 0.5, "adhdhi": 0.5, "adhdhu": 0.5, "adhadho": 0.5,
    "adadhi": 0.5, "adadhu": 0.5, "ardho": 0.5,
    "pono": 0.75, "dodh": 1.5, "dhodh": 1.5,
    # typed: "adho kilo" (અડધો), "pa kilo" (પા), "ponu kilo" (પોણું)
    "adho": 0.5, "adhu": 0.5, "adha": 0.5, "ardhu": 0.5, "ponu": 0.75, "poni": 0.75,
    "paa": 0.25, "pa": 0.25,
}
PREFIXES: dict[str, float] = {
    "સાડા": 0.5, "સવા": 0.25, "પોણા": -0.25, "sava": 0.25, "pona": -0.25, "sada": 0.5,
    "saada": 0.5,
}

_PREFIX_SHIFTS = {"સાડા": 0.5, "સવા": 0.25, "પોણા": -0.25}
_HUNDRED_HEADS: dict[str, Part] = {
    **{w: value(n) for n in range(1, 10) if n != 2 for w in NATIVE[n]},
    # "બસો" 200; not "બેસો", which is "sit down".
    "બ": value(2), "બસ્": value(2), "દોઢ": fraction(1.5), "અઢી": fraction(2.5),
}
_ROMAN_HUNDRED_HEADS: dict[str, Part] = {
    "ek": value(1), "ba": value(2), "tran": value(3), "char": value(4), "panch": value(5),
    "chha": value(6), "sat": value(7), "ath": value(8), "nav": value(9),
    "dodh": fraction(1.5), "adhi": fraction(2.5), "sava": Part(Kind.PREFIX, 0.25),
    "pona": Part(Kind.PREFIX, -0.25),
    # "pandarso" 1,500, "barso" 1,200, "sattarso" 1,700 (joined, "sattar" is Gujarati 17;
    # apart, "sattar so" may be Hindi 7,000 and is asked about)
    "sattar": value(17), "agiyar": value(11), "agyar": value(11), "bar": value(12),
    "ter": value(13), "chaud": value(14), "pandar": value(15), "sol": value(16), "adhar": value(18),
    "ognis": value(19),
}
COMPOUNDS: dict[str, tuple[Part, ...]] = {}
for _head, _part in _HUNDRED_HEADS.items():
    COMPOUNDS[_head + "સો"] = (_part, scale(100))
for _head, _part in _ROMAN_HUNDRED_HEADS.items():
    COMPOUNDS[_head + "so"] = (_part, scale(100))
# A prefix joined to a hundred: "સવાસો" 125, "પોણાસો" 75, "સાડાત્રણસો" 350.
for _prefix, _shift in _PREFIX_SHIFTS.items():
    if _shift != 0.5:
        COMPOUNDS[_prefix + "સો"] = (Part(Kind.PREFIX, _shift), scale(100))
    for _head, _part in _HUNDRED_HEADS.items():
        if _part.kind is Kind.VALUE and _head not in ("બ", "બસ્"):
            COMPOUNDS[_prefix + _head + "સો"] = (Part(Kind.PREFIX, _shift), _part, scale(100))
COMPOUNDS = {w: parts for word, parts in COMPOUNDS.items() for w in _spellings(word)}
# Hundreds above nine are said as one word too: બારસો 1200, પંદરસો 1500.
for _word, _number in list(VALUES.items()):
    if 10 <= _number <= 99 and not _word.isascii():
        COMPOUNDS.setdefault(_word + "સો", (value(_number), scale(100)))

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("કિલો", "કિલોગ્રામ", "કેજી", "કીલો"),
    "g": ("ગ્રામ",),
    "dozen": ("ડઝન", "ડજન", "dajan", "dazan"),
    "piece": ("નંગ", "પીસ", "નંગે", "nang"),
    "litre": ("લિટર", "લીટર", "litar"),
    "bunch": (
        "ઝૂડી", "ઝુડી", "જૂડી", "જુડી", "ઝૂડો", "ગુચ્છો", "ભારી", "judi", "jhudi", "zudi", "guchho",
        "bhari",
        # a cluster of grapes or litchis: "ઝૂમખું"
        "ઝૂમખું", "ઝૂમખો", "ઝુમખું",
        # a bundle of grass, firewood or canes: "ભારો"
        "ભારો", "ભારા",
    ),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "રૂપિયા", "રૂપિયો", "રૂપિયે", "રુપિયા", "રુપિયો", "રૂપીયા", "રૂ", "rupiya", "rupiyo",
        "rupiye", "rupya",
    ),
    # the oblique "પૈસે" as "રૂપિયે": "પચાસ પૈસે" (at fifty paise)
    Cue.PAISE: ("પૈસા", "પૈસો", "પૈસે", "પઈસા", "paisa", "paise", "paiso"),
    Cue.PER: ("પ્રતિ", "દરેક", "prati", "darek"),
    # a genitive between a price and a count: "દસ ના ત્રણ" (three for ten)
    Cue.OF: ("ના", "નો", "ની", "નું", "નાં", "na", "no", "ni", "nu"),
    Cue.LINK: (
        # "to everyone": the people told a price, not all of the goods
        "બધાને", "badhane",
        "નહીંતર", "nahitar",
        # "otherwise" in two words: its "no" refuses nothing ("..., નહીં તો ...")
        "નહીં તો", "નહિ તો", "નહિતર", "નઈ તો", "nahi to", "nai to",
        "નો", "ની", "નું", "માં", "ને", "થી", "છે", "જ", "તો", "પણ", "ભાઈ", "બેન", "કાકા",
        "દીઠ", "લેખે", "ફક્ત", "માત્ર", "ભાવે", "che", "chhe", "ma", "bhai", "ben", "kaka",
        "dith", "fakt", "matra",
    ),
    Cue.EACH: (
        "એકના", "એકનો", "એકની", "એકનું", "નંગ દીઠ", "એક નંગ", "એક નંગના", "એક નંગનો",
        "એક નંગનું", "પ્રત્યેક", "દરેકના",
        "ek na", "ekna", "ek nang", "nang dith",
    ),
    # a unit of trade the product does not list (`Cue.MEASURE`): its price is a rate
    Cue.MEASURE: (
        # a foot of pipe, wire, rope or board: its price is a rate
        "ફૂટના", "ફૂટનો", "ફૂટ", "ફુટના",
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "ફેરાના", "ફેરો", "ટ્રીપના", "ટ્રિપના", "ટ્રીપ", "ટ્રિપ", "fera na", "ferana",
        "trip na",
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "માણસ દીઠ", "વ્યક્તિ દીઠ", "સીટના", "seat na", "કિલોમીટરના", "મિનિટના", "તોલાના", "તોલો",
        "તોલા", "tola na", "tolana",
        # a reel of thread, a cubic foot of timber: its price is a rate
        "રીલના", "રીલનો", "ઘનફૂટના", "ઘનફુટના",
        "ક્વિન્ટલ", "ક્વિંટલ", "મણ", "મીટર", "ગજ", "પેટી", "બોક્સ", "kvintal",
        # a sack of grain or fertiliser, a brass of sand (100 cubic feet)
        "ગુણી", "ગુણીના", "ગૂણી", "ગૂણીના", "બ્રાસ", "બ્રાસના",
        # a kodi, a score of twenty (Khambhat kites): its price is a rate
        "કોડી", "kodi",
        # a gross, twelve dozen: its price is a rate
        "ગ્રોસ",
        # baskets, pairs, sets, boxes: their price is a rate too
        "ટોપલી", "ટોપલો", "ટોપલીના", "જોડી", "જોડ", "જોડીના", "સેટ", "ડબ્બો", "ડબો", "ડબ્બા",
        "topli", "jodi", "dabbo", "dabba",
        "પેટીઓ", "ટોપલીઓ", "જોડીઓ", "ડબ્બા",
    ),
    Cue.LOT: (
        "થેલી", "થેલો", "ટોપલી", "ટોપલો", "કોથળો", "કોથળી", "પેટી", "ઢગલો", "ડબ્બો", "પેકેટ",
        "ગુણી", "ગૂણી", "ગુણીઓ", "કોથળા",
        "theli", "thelo", "topli", "kothlo", "dhaglo",
        # a handcart sold whole: "આખી લારી"
        "લારી", "lari", "laari",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        "તમારા માટે", "તમારે માટે", "તારા માટે", "તમને", "તને", "tamara mate", "tamare mate",
        "tara mate", "tamne",
    ),
    Cue.SET: (
        # "let's settle at X": proposes X
        "નક્કી કરીએ", "ફિક્સ કરીએ", "nakki karie", "nakki kariye", "fix karie", "fix kariye",
        "કરો", "કરી દો", "કરી આપો", "કરી નાખો", "લગાવો", "karo", "kari do", "kari apo",
        "lagavo",
    ),
    Cue.TOTAL: (
        "badho", "badhu", "બધો",
        # "whole", typed: "aakhi lari"
        "aakhi", "aakho", "aakhu", "aakha", "akhi", "akho", "akhu",
        "આખો", "આખી", "આખું", "આખા", "badhu", "બધું", "બધા",
        "કુલ", "બધા મળીને", "બધું મળીને", "બધાના", "મળીને", "બધું", "બધા", "ટોટલ", "આખું",
        "આખા", "kul", "badha maline", "badhu maline", "maline", "badhu", "badha",
    ),
    Cue.ACCEPT: (
        # English "deal", "done", "okay" as written in the script
        "ડીલ", "ડીલ પાકી", "ડીલ ડન",
        # as you say, as you wish, your word stands: take it
        "તમારી વાત", "તમારી વાત રાખી", "tamari vaat",
        "તમારી મરજી", "જેમ તમે કહો", "તમે કહો એમ", "તમે કહો તેમ", "tamari marji",
        "tame kaho em",
        # settled (at the price said)
        "નક્કી", "પાકું", "nakki", "paaku",
        "ઠીક છે", "બરાબર", "બરાબર છે", "ચાલશે", "હા", "હાં", "ઓકે", "પાક્કું", "પાકું",
        "મંજૂર", "સારું", "ભલે", "ડન", "thik che", "thik chhe", "barabar", "chalshe", "saru",
        "pakku", "bhale",
    ),
    # "come on" or "okay": agreement only when no price is said with it
    # "I'll take it" in the first person too ("એ ભાવે લઈ લઉં"): agreement only with no
    # price said, or the price on the table
    Cue.SOFT_ACCEPT: (
        "ચાલો", "chalo", "પાક્કા", "પાકું", "pakka", "લઈ લઉં", "લઈ લઈશ", "lai lau", "lai laish",
    ),
    Cue.REJECT: (
        # the goods not wanted: "I don't want (these)"
        "જોઈતું નથી", "જોઈતા નથી", "નથી જોઈતા",
        "nathi joitu", "nathi joita", "joitu nathi", "nathi joie", "nathi joiti", "નથી જોઈતી",
        # leaving the goods without a price: "leave it", "later"
        "રહેવા દો", "રહેવા દે", "reva do", "rehva do", "reva de", "પછી જોઈશ", "pachhi joish",
        # going to another shop refuses this one's price
        "બીજી દુકાન", "બીજી દુકાનેથી", "બીજે ક્યાંક", "biji dukane", "bije",
        # a loss to the seller: the price is refused
        "ખોટ", "નુકસાન", "khot", "nuksan",
        "બીજી દુકાને", "બીજે",
        "નહીં ચાલે", "નહિ ચાલે", "ના ચાલે", "નથી જોઈતું", "નથી જોઈએ", "ઓછું કરો", "ઓછા કરો",
        "થોડું ઓછું", "નહીં પોસાય", "ન પોસાય", "નહિ પોસાય", "બિલકુલ નહીં", "nahi chale",
        "na chale", "ochhu karo", "ochha karo", "nahi posay", "ના ના", "na na",
        # "doesn't pay", "can't be given" (at that price), with the verb's "ના"
        "ના પોસાય", "ના પોસાશે", "નહીં પોસાશે", "ના પરવડે", "નહીં પરવડે", "ના અપાય", "નહીં અપાય",
        "ન અપાય", "na posay", "na posaay", "na posashe", "na parvade", "na apay", "nahi apay",
        # "no, brother" opening a reply
        "ના ભાઈ", "ના બેન", "na bhai", "na ben",
    ),
    # "ના" alone after a price is the genitive ("50 ના 2 કિલો"), so it is `OF`, and "no"
    # only doubled ("ના ના") or in a phrase ("ના ચાલે").
    Cue.NEGATION: ("નહીં", "નહિ", "નથી", "nathi", "nahi"),
    Cue.TOO_MUCH: (
        "બહુ વધારે", "ખૂબ વધારે", "વધારે છે", "વધારે પડતું", "બહુ મોંઘું", "મોંઘું", "મોંઘુ",
        "મોંઘા", "મોંઘી", "બહુ થઈ ગયા", "bahu vadhare", "vadhare che", "monghu", "mongu",
        "bahu monghu", "લૂંટ", "ધોળે દિવસે લૂંટ", "loot",
    ),
    # "વધારે"/"વધુ" alone is "more (than)": "પચાસથી વધારે નહીં" caps the price at 50.
    Cue.COMPARATIVE: (
        "વધારે", "વધુ", "થી વધારે", "થી વધુ", "થી ઓછું", "ઓછું", "ઓછા", "ઓછી", "ઉપર",
        "નીચે", "vadhare", "vadhu", "ochhu", "ochha", "ochho", "niche",
    ),
    Cue.CAP_BEFORE: (
        "મેક્સ", "મૅક્સ", "મેક્સીમમ",
        "વધુમાં વધુ", "વધારેમાં વધારે", "મેક્સિમમ", "ઓછામાં ઓછું", "ઓછામાં ઓછા",
        "vadhu ma vadhu", "vadhare ma vadhare", "ochha ma ochha",
    ),
    Cue.CAP: (
        "મેક્સ", "મૅક્સ", "મેક્સીમમ",
        "સુધી", "sudhi", "મેક્સિમમ",
    ),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "છેલ્લા", "છેલ્લી", "છેલ્લી કિંમત", "છેલ્લો રેટ", "ફિક્સ ભાવ", "chhella", "chhelli",
        "chhela", "chheli", "chhellu", "chhelo",
        "ફાઈનલ", "ફાયનલ", "ફાઇનલ",
        "છેલ્લો ભાવ", "છેલ્લા ભાવ", "છેલ્લો", "છેલ્લું", "છેલ્લે", "ફાઇનલ", "ફાયનલ", "ફિક્સ",
        "એક ભાવ", "chhello bhav", "chhelo bhav", "chhello", "fainal", "લાસ્ટ", "લાસ્ટ ભાવ",
    ),
    Cue.QUESTION: (
        # a unit, then "what?": "કિલો શું?" asks its rate
        "કિલો શું", "ડઝન શું", "kilo shu", "kilo su",
        "કેટલા", "કેટલું", "કેટલામાં", "કેટલાના", "કેટલાનું", "શું ભાવ", "ભાવ શું", "કેમ આપ્યા",
        "કેમ આપ્યું", "કેવી રીતે આપ્યા", "શું ભાવે", "ketla", "ketlu", "ketla ma",
        # the feminine "how much" ("કેટલી પડશે?", what will it come to; "કિંમત કેટલી?")
        "કેટલી", "ketli",
        # the masculine, of one soap or pot ("સાબુ એકનો કેટલો?"), of the rate, and "for
        # how much"; not alone ("કેટલો જૂનો", how old)
        "એકનો કેટલો", "ek no ketlo", "ekno ketlo", "કેટલો ભાવ", "ભાવ કેટલો", "ketlo bhav",
        "bhav ketlo", "કેટલાનો", "ketla no",
        "ketla na", "shu bhav", "bhav shu", "kem aapya", "kem apya",
        # "what will it come to": "બધાનું શું થશે?", "એકનું શું થશે?"
        "શું થશે", "shu thashe", "shu thase",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        "લઈ જાઓ", "લઈ જા", "લઈ લો", "લઇ જાઓ", "lai jao", "lai lo", "લઈ જાવ", "લઇ જાવ",
        "lai jav",
        # "given (at the price)": the deal done, said as the goods change hands
        "આપ્યું", "આપ્યા", "આપી દીધું", "આપી દીધા", "aapyu", "apyu", "aapi didhu",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "કહો છો", "કહ્યા", "કહ્યું", "કીધા", "કીધું", "માગો છો", "માંગો છો", "kaho cho",
        "kaho chho", "kidha", "kahyu",
    ),
    Cue.WEAK_QUESTION: (
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "કહો", "kaho",
        "ભાવ", "કિંમત", "રેટ", "kimat", "bhav", "કેમ", "kem",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        "છૂટ્ટા", "છુટા", "chhuta", "chutta",
        "છુટ્ટા", "છૂટા", "થેલી", "થેલો", "કોથળી", "નોટ", "chhutta", "theli", "kothli",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "minit", "kalak",
        # a bus route: "the 47 bus"
        "નંબરની બસ", "વાળી બસ",
        # a temperature, a school class, a distance or a span of time
        "ડિગ્રી", "degree", "ધોરણ", "ધોરણમાં", "dhoran", "ક્લાસ", "class", "કિલોમીટર", "km",
        "વર્ષ", "કલાક",
        # a clock time said in Latin letters: "aaru manikku", "chha vage"
        "vage", "vaage", "vagye", "vagya", "vagge",
        # change for a note, other spellings
        "છૂટ્ટા", "છુટા", "chhuta", "chutta",
        # change handed back
        "છુટ્ટા", "છૂટા", "પાછા", "chhutta", "pachha",
        # a day of the month: "the 15th"
        "તારીખ", "તારીખે", "તારીખના", "tarikh", "tarikhe",
        "છોકરાં", "છોકરા", "બાળકો", "નોટ", "chhokra",
        "મિનિટ", "કલાક", "દિવસ", "વર્ષ", "મહિના", "મહિનો", "અઠવાડિયા", "ટકા", "વાગ્યે", "વાગે",
        "જણ", "વખત", "વાર", "kalak", "divas", "varsh", "vagye", "vakhat",
        # the hour: "ચાર વાગ્યા પછી" (after four o'clock)
        "વાગ્યા", "વાગ્યાં", "વાગ્યાથી", "vagya", "vage",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "હાઇવે", "હાઈવે", "ધોરીમાર્ગ", "highway", "nh",
        # an ordinal ending typed after digits: "10મો"
        "મો", "મું",
        # a school class: "ધોરણ 10"
        "ધોરણ", "dhoran", "ક્લાસ", "class",
        "નંબર", "દુકાન", "ગલી", "શેરી", "nambar", "dukan",
        # a time of day: the number after it is a clock time
        "સવારે", "સાંજે", "રાત્રે", "બપોરે", "savare", "sanje",
    ),
}
# fmt: on


def _written(wanted: tuple[str, ...]) -> frozenset[str]:
    return written_as(wanted, VALUES, SCALES, COMPOUNDS, FRACTIONS, PREFIXES)


# "એક"/"ek" is the article; "પા" ("pa", a quarter) is also a syllable people type
# alone; "saath" is Hindi "with" in chat; "સોનું"/"સોના"/"સોની" are "gold" and
# "goldsmith" as well as "of a hundred".
AMBIGUOUS = _written(
    (*ONE_FORMS, *GOLD, "ek", "પા", "paa", "pa", "saath", "be", "bar", "nav", "ter", "sol",
     "vis", "so")
)  # fmt: skip


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "બસ એટલું જ", "બસ એટલા જ", "એટલું જ", "એટલા જ", "bas etlu j", "etlu j",
    "etla j", "વાત જ ના કરતા", "વાત ના કરતા", "vaat j na karta", "vat j na karta",
    # "no haggling", "no other talk": "ભાવતાલ નહીં", "બીજી વાત નહીં"
    "ભાવતાલ નહીં", "bhavtal nahi", "બીજી વાત નહીં", "biji vaat nahi",
    # "no more talk now": "હવે વાત નહીં", "હવે વધારે વાત નહીં"
    "હવે વાત નહીં", "હવે વધારે વાત નહીં", "have vaat nahi", "have vadhare vaat nahi",
    # "enough, done": "બસ થઈ ગયું"; "nothing past this": "આનાથી આગળ નહીં"; "say nothing
    # more": "હવે કંઈ ના બોલો"
    "બસ થઈ ગયું", "bas thai gayu", "આનાથી આગળ નહીં", "એનાથી આગળ નહીં", "anathi aagal nahi",
    "કંઈ ના બોલો", "કંઈ ન બોલો", "kai na bolo",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = (
    "ઓછ-", "ochh-", "ochu", "ochhu", "સસ્ત-", "ઘટાડ-", "ghatad-",
    # a discount: "થોડી છૂટ આપો", "ડિસ્કાઉન્ટ"
    "છૂટ", "chhut", "ડિસ્કાઉન્ટ",
)  # fmt: skip
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("વધારે", "વધુ", "vadhare", "vadhu")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = ("શું", "-શો", "shu", "-sho")

SPEC = LanguageSpec(
    code="gu",
    # a number with one of these before a unit word is the unit's price (`price_endings`)
    price_endings=("ના", "નો", "ની", "નું", "નાં", "માં", "ને", "એ", "ે"),
    values=VALUES,
    scales=SCALES,
    compounds=COMPOUNDS,
    fractions=FRACTIONS,
    prefixes=PREFIXES,
    ambiguous=AMBIGUOUS,
    suffixes=SUFFIXES,
    units=UNITS,
    cues=CUES,
    less_words=LESS_WORDS,
    final_words=FINAL_WORDS,
    yes_no_words=YES_NO_WORDS,
    more_words=MORE_WORDS,
)
