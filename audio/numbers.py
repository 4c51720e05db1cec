"""Spoken numbers to values: digits, English, Hindi (Devanagari and romanized), Marathi.

A number phrase is read from folded tokens (see `audio.lexicon.fold`) by one left-to-right
pass that knows four kinds of word: values ("pachaas" 50, "forty" 40, "1200"), scales
("sau" 100, "hazaar" 1000, "lakh"), fractions that stand for a value ("dedh" 1.5, "dhai"
2.5, "aadha" 0.5) and prefixes that shift the next value ("saadhe" +0.5, "sawa" +0.25,
"paune" −0.25). So "saadhe teen sau" is (3 + 0.5) × 100 = 350 and "ek hazaar do sau" is
1 × 1000 + 2 × 100 = 1200.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from audio.lexicon import fold, tokenize


class Kind(Enum):
    VALUE = 1
    TENS = 2
    """English tens, which a following unit word adds to ("forty five")."""
    SCALE = 3
    FRACTION = 4
    PREFIX = 5
    AND = 6
    ARTICLE = 7
    """"a"/"an": one, but only before a scale ("a hundred")."""


# Hindi 0–99 as people write them in Latin letters; `fold` merges vowel length and doubled
# letters, so "chaalis"/"chalis" or "sattar"/"satar" need one entry, not two. Spellings
# that fold onto everyday words are left out: "aat" (→ "at"), "chhai" (→ "chai").
# fmt: off
HINDI_ROMAN: dict[int, tuple[str, ...]] = {
    0: ("shunya", "shoonya", "sunya"), 1: ("ek",), 2: ("do",), 3: ("teen", "tin"),
    4: ("char", "chaar"), 5: ("panch", "paanch", "paach", "paanc"),
    6: ("chhe", "chheh", "chhah", "chah", "chey"), 7: ("saat",), 8: ("aath",),
    9: ("nau", "nao"), 10: ("das", "dus"), 11: ("gyarah", "gyara", "igyarah", "gyaarah"),
    12: ("barah", "baarah"), 13: ("terah",), 14: ("chaudah", "chodah", "choudah"),
    15: ("pandrah", "pandraha", "pandra", "pundrah"), 16: ("solah", "sola"),
    17: ("satrah", "sattrah", "satra"), 18: ("atharah", "attharah", "athara"),
    19: ("unnees", "unnis", "unis", "unees"), 20: ("bees", "bis"), 21: ("ikkees", "ikkis"),
    22: ("baees", "bais", "baais"), 23: ("teis", "teyis", "teyees"),
    24: ("chaubees", "chaubis", "chobis", "choubees"),
    25: ("pachees", "pachchees", "pachis", "pachchis"),
    26: ("chhabbees", "chhabbis", "chabbis"), 27: ("sattaees", "sattais", "satais"),
    28: ("atthaees", "athais", "atthais", "athaees"), 29: ("untees", "untis", "unatis"),
    30: ("tees", "tis"), 31: ("iktees", "ikattis", "ikatees", "ikatis"),
    32: ("battees", "battis"), 33: ("taintees", "taintis", "tetis", "tentis"),
    34: ("chauntees", "chauntis", "chautis"), 35: ("paintees", "paintis", "pentis"),
    36: ("chhattees", "chhattis", "chattis"), 37: ("saintees", "saintis", "sentis"),
    38: ("adtees", "adtis", "artees", "artis", "ardtis"),
    39: ("untaalees", "untalis", "untalees"), 40: ("chaalees", "chalis", "chaalis"),
    41: ("iktaalees", "iktalis"), 42: ("bayaalees", "bayalis", "byalis", "beyalis"),
    43: ("taintaalees", "taintalis", "tentalis"), 44: ("chauvaalees", "chavalis", "chauwalis"),
    45: ("paintaalees", "paintalis", "pentalis"), 46: ("chhiyaalees", "chhiyalis", "chiyalis"),
    47: ("saintaalees", "saintalis", "sentalis"), 48: ("adtaalees", "adtalis", "artalis"),
    49: ("unchaas", "unchas"), 50: ("pachaas", "pachas"), 51: ("ikyaavan", "ikyavan"),
    52: ("baavan", "bavan"), 53: ("tirpan", "tirepan", "tirapan"), 54: ("chauvan", "chauwan"),
    55: ("pachpan",), 56: ("chhappan", "chappan"), 57: ("sattaavan", "sattavan"),
    58: ("atthaavan", "athavan"), 59: ("unsath", "unsaath", "unsatth"), 60: ("saath", "sath"),
    61: ("iksath", "iksaath"), 62: ("baasath", "basath"), 63: ("tirsath", "tiresath"),
    64: ("chaunsath", "chausath"), 65: ("painsath", "pensath"),
    66: ("chhiyaasath", "chhiyasath", "chiyasath"), 67: ("sadsath", "sarsath"),
    68: ("adsath", "arsath"), 69: ("unhattar",), 70: ("sattar",),
    71: ("ikhattar", "ikahattar"), 72: ("bahattar",), 73: ("tihattar",),
    74: ("chauhattar",), 75: ("pachhattar", "pachattar", "pachahattar"),
    76: ("chhihattar", "chihattar"), 77: ("satattar", "sathattar", "sathatar"),
    78: ("athattar", "athhattar"), 79: ("unaasi", "unasi", "unyasi"),
    80: ("assi", "assee", "asi"), 81: ("ikyaasi", "ikyasi"), 82: ("bayaasi", "bayasi"),
    83: ("tiraasi", "tirasi"), 84: ("chauraasi", "chaurasi"), 85: ("pachaasi", "pachasi"),
    86: ("chhiyaasi", "chiyasi"), 87: ("sattaasi", "sattasi"), 88: ("atthaasi", "athasi"),
    89: ("navaasi", "navasi", "nawasi"), 90: ("nabbe", "nabbey", "nabe"),
    91: ("ikyaanve", "ikyanve"), 92: ("baanve", "banve"), 93: ("tiraanve", "tiranve"),
    94: ("chauraanve", "chauranve"), 95: ("pachaanve", "pachanve"),
    96: ("chhiyaanve", "chhiyanve"), 97: ("sattaanve", "sattanve"),
    98: ("atthaanve", "athanve", "atthanve"), 99: ("ninyaanve", "ninyanve", "ninanve", "ninyanbe"),
}

_HINDI_DEVANAGARI_0_TO_99 = (
    "शून्य एक दो तीन चार पांच छह सात आठ नौ दस ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह "
    "अठारह उन्नीस बीस इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस "
    "इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस चालीस इकतालीस बयालीस "
    "तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास पचास इक्यावन बावन तिरपन चौवन "
    "पचपन छप्पन सत्तावन अट्ठावन उनसठ साठ इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ "
    "उनहत्तर सत्तर इकहत्तर बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उन्यासी "
    "अस्सी इक्यासी बयासी तिरासी चौरासी पचासी छियासी सत्तासी अट्ठासी नवासी नब्बे इक्यानवे "
    "बानवे तिरानवे चौरानवे पचानवे छियानवे सत्तानवे अट्ठानवे निन्यानवे"
)
HINDI_DEVANAGARI: dict[str, float] = {
    **{word: value for value, word in enumerate(_HINDI_DEVANAGARI_0_TO_99.split())},
    "पाँच": 5, "छः": 6, "छे": 6, "तिरेपन": 53, "चौवालीस": 44, "उनासी": 79, "अठाईस": 28,
}

_ENGLISH_0_TO_19 = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen"
)
ENGLISH_VALUES: dict[str, float] = {w: i for i, w in enumerate(_ENGLISH_0_TO_19.split())}
ENGLISH_TENS: dict[str, float] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}

MARATHI: dict[str, float] = {
    "दोन": 2, "पाच": 5, "सहा": 6, "नऊ": 9, "दहा": 10, "अकरा": 11, "बारा": 12, "तेरा": 13,
    "चौदा": 14, "पंधरा": 15, "सोळा": 16, "सतरा": 17, "अठरा": 18, "एकोणीस": 19, "वीस": 20,
    "पंचवीस": 25, "तीस": 30, "पस्तीस": 35, "चाळीस": 40, "पंचेचाळीस": 45, "पन्नास": 50,
    "पंचावन्न": 55, "साठ": 60, "पासष्ट": 65, "सत्तर": 70, "पंचाहत्तर": 75, "ऐंशी": 80,
    "पंच्याऐंशी": 85, "नव्वद": 90, "पंच्याण्णव": 95, "don": 2, "daha": 10, "vis": 20,
    "pannas": 50, "navvad": 90,
}
# Tamil, Telugu and Bengali are read from digits; these few words are cheap and common.
OTHER_VALUES: dict[str, dict[str, float]] = {
    "ta": {"ஒன்று": 1, "இரண்டு": 2, "மூன்று": 3, "நான்கு": 4, "ஐந்து": 5, "ஆறு": 6,
           "ஏழு": 7, "எட்டு": 8, "ஒன்பது": 9, "பத்து": 10, "அரை": 0.5},
    "te": {"ఒకటి": 1, "రెండు": 2, "మూడు": 3, "నాలుగు": 4, "ఐదు": 5, "ఆరు": 6, "ఏడు": 7,
           "ఎనిమిది": 8, "తొమ్మిది": 9, "పది": 10, "అర": 0.5},
    "bn": {"দুই": 2, "তিন": 3, "চার": 4, "পাঁচ": 5, "ছয়": 6, "সাত": 7, "আট": 8, "দশ": 10,
           "একশো": 100, "আধা": 0.5},
}
# "one" in these languages is also the indefinite article, and Bengali "নয়" is "is not".
OTHER_AMBIGUOUS: dict[str, dict[str, float]] = {
    "ta": {"ஒரு": 1}, "te": {"ఒక": 1}, "bn": {"এক": 1, "নয়": 9}, "mr": {"एक": 1},
}
OTHER_SCALES: dict[str, dict[str, float]] = {
    "ta": {"நூறு": 100, "ஆயிரம்": 1000}, "te": {"వంద": 100, "వెయ్యి": 1000},
    "bn": {"শো": 100, "হাজার": 1000},
    "mr": {"शंभर": 100, "हजार": 1000, "लाख": 100_000, "shambhar": 100},
}

SCALES: dict[str, float] = {
    "hundred": 100, "hundreds": 100, "thousand": 1000, "thousands": 1000, "k": 1000,
    "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000, "crore": 10_000_000,
    "crores": 10_000_000, "sau": 100, "hazaar": 1000, "hazar": 1000, "hajar": 1000,
    "karod": 10_000_000, "सौ": 100, "हज़ार": 1000, "हजार": 1000, "लाख": 100_000,
    "करोड़": 10_000_000,
}
FRACTIONS: dict[str, float] = {
    "dedh": 1.5, "derh": 1.5, "dhed": 1.5, "dedha": 1.5, "dhai": 2.5, "dhaai": 2.5,
    "adhai": 2.5, "dhaee": 2.5, "aadha": 0.5, "adha": 0.5, "aadhi": 0.5, "aadhe": 0.5,
    "half": 0.5, "quarter": 0.25, "paav": 0.25, "pao": 0.25, "डेढ़": 1.5, "ढाई": 2.5,
    "आधा": 0.5, "आधी": 0.5, "आधे": 0.5, "पाव": 0.25, "दीड": 1.5, "अडीच": 2.5, "अर्धा": 0.5,
    "अर्धी": 0.5,
}
PREFIXES: dict[str, float] = {
    "saadhe": 0.5, "sadhe": 0.5, "saade": 0.5, "sade": 0.5, "sawa": 0.25, "swa": 0.25,
    "paune": -0.25, "pone": -0.25, "paone": -0.25, "साढ़े": 0.5, "सवा": 0.25, "पौने": -0.25,
    "साडे": 0.5, "सव्वा": 0.25, "पावणे": -0.25,
}
# fmt: on
# Words that are numbers only when a unit, currency or scale confirms it: "do" is also
# "give" ("de do") and "do" in English, "saath" is also "with", "tera" is also "your".
AMBIGUOUS: frozenset[str] = frozenset(
    fold(w) for w in ("ek", "do", "one", "saath", "barah", "terah", "एक", "दो")
)


@dataclass(frozen=True, slots=True)
class NumberTable:
    words: dict[str, tuple[Kind, float]]


@dataclass(frozen=True, slots=True)
class NumberSpan:
    value: float
    start: int
    """Index of the first token of the phrase."""
    end: int
    """Index just past its last token."""
    ambiguous: bool
    """A lone word such as "do" or "ek" that needs a unit or currency to count."""


@lru_cache(maxsize=16)
def number_table(language: str) -> NumberTable:
    """Number words heard from a speaker of `language`: English and Hindi always, plus
    the speaker's own language (Marathi "तेरा" is 13 but Hindi "तेरा" is "your")."""
    words: dict[str, tuple[Kind, float]] = {}
    own: list[tuple[dict[str, float], Kind]] = [
        (OTHER_VALUES.get(language, {}), Kind.VALUE),
        (OTHER_AMBIGUOUS.get(language, {}), Kind.VALUE),
        (OTHER_SCALES.get(language, {}), Kind.SCALE),
    ]
    if language == "mr":
        own.append((MARATHI, Kind.VALUE))
    hindi_roman = {word: float(v) for v, spellings in HINDI_ROMAN.items() for word in spellings}
    shared: list[tuple[dict[str, float], Kind]] = [
        (hindi_roman, Kind.VALUE),
        (HINDI_DEVANAGARI, Kind.VALUE),
        (ENGLISH_VALUES, Kind.VALUE),
        (ENGLISH_TENS, Kind.TENS),
        (SCALES, Kind.SCALE),
        (FRACTIONS, Kind.FRACTION),
        (PREFIXES, Kind.PREFIX),
        ({"and": 0}, Kind.AND),
        ({"a": 1, "an": 1}, Kind.ARTICLE),
    ]
    # The speaker's own language comes first so its meaning wins a shared spelling.
    for table, kind in own + shared:
        for word, value in table.items():
            words.setdefault(fold(word), (kind, value))
    return NumberTable(words)


def _entry(word: str, table: NumberTable) -> tuple[Kind, float] | None:
    if word[:1].isdigit():
        try:
            return (Kind.VALUE, float(word))
        except ValueError:
            return None
    return table.words.get(word)


def read_number(words: Sequence[str], i: int, table: NumberTable) -> NumberSpan | None:
    """Read the longest number phrase starting at `words[i]` (folded tokens), or None."""
    n = len(words)
    total = 0.0
    current: float | None = None
    last: Kind | None = None
    last_scale = float("inf")
    english_unit_only = False  # the phrase so far is one English word 1–9 ("one fifty")
    after_and = False
    end = i
    j = i
    while j < n:
        entry = _entry(words[j], table)
        if entry is None:
            break
        kind, value = entry
        word = words[j]
        next_entry = _entry(words[j + 1], table) if j + 1 < n else None
        if kind is Kind.AND:
            # "two hundred and fifty", "one and a half": "and" only joins numbers.
            if last is None or next_entry is None:
                break
            after_and = True
            j += 1
            continue
        if kind is Kind.ARTICLE:
            if next_entry is not None and next_entry[0] is Kind.SCALE and last is None:
                current, last = 1.0, Kind.VALUE
            elif after_and and next_entry is not None and next_entry[0] is Kind.FRACTION:
                j += 1  # "one and a half": the article belongs to "half"
                continue
            else:
                break
            j += 1
            continue
        if kind is Kind.PREFIX:
            if last is not None and last is not Kind.SCALE:
                break
            if next_entry is not None and next_entry[0] in (Kind.VALUE, Kind.TENS):
                value, j = next_entry[1] + value, j + 1
            elif next_entry is not None and next_entry[0] is Kind.SCALE:
                value = 1 + value  # "sawa sau" = 125
            elif value < 0.5:
                value = 1 + value  # "sawa kilo" 1.25, "paune kilo" 0.75
            else:
                break
            kind = Kind.FRACTION
        if kind is Kind.SCALE:
            if word == "k" and (j == i or not words[j - 1][:1].isdigit()):
                break  # "2k" is 2000, but a lone "k" is a letter
            # A bigger scale after "hundred" multiplies it ("two hundred thousand");
            # otherwise scales only fall ("ek hazaar do sau").
            if value >= last_scale and not (last_scale == 100 and total == 0 and value > 100):
                break
            base = current if current is not None else 1.0
            if value == 100:
                current = base * value
            else:
                total += base * value
                current = None
            last, last_scale, english_unit_only, after_and = Kind.SCALE, value, False, False
            end = j = j + 1
            continue
        # a value, English tens, or a fraction
        if last is Kind.SCALE and value >= last_scale:
            break
        if last in (Kind.VALUE, Kind.TENS, Kind.FRACTION):
            if (
                last is Kind.TENS
                and kind is Kind.VALUE
                and word in _ENGLISH_UNITS_FOLDED
                and value < 10
            ):
                current = (current or 0.0) + value
                last, english_unit_only = Kind.VALUE, False
                end = j = j + 1
                continue
            if english_unit_only and word in _ENGLISH_TEENS_TENS_FOLDED and current is not None:
                current = current * 100 + value  # Indian English "one fifty" = 150
                last, english_unit_only = kind, False
                end = j = j + 1
                continue
            if last is Kind.VALUE and kind is Kind.FRACTION and after_and:
                current = (current or 0.0) + value  # "one and a half"
                end = j = j + 1
                continue
            break
        english_unit_only = last is None and word in _ENGLISH_UNITS_FOLDED and 1 <= value <= 9
        current = (current or 0.0) + value
        last, after_and = kind, False
        end = j = j + 1
    if end == i:
        return None
    value = total + (current or 0.0)
    ambiguous = end - i == 1 and words[i] in AMBIGUOUS
    return NumberSpan(value, i, end, ambiguous)


_ENGLISH_UNITS_FOLDED = frozenset(fold(w) for w, v in ENGLISH_VALUES.items() if 1 <= v <= 9)
_ENGLISH_TEENS_TENS_FOLDED = frozenset(
    [fold(w) for w, v in ENGLISH_VALUES.items() if v >= 10] + [fold(w) for w in ENGLISH_TENS]
)


def find_numbers(words: Sequence[str], table: NumberTable) -> list[NumberSpan]:
    """Every number phrase in `words`, left to right, none overlapping."""
    spans: list[NumberSpan] = []
    i = 0
    while i < len(words):
        span = read_number(words, i, table)
        if span is None:
            i += 1
        else:
            spans.append(span)
            i = span.end
    return spans


def words_to_number(text: str, language: str = "hi") -> float | None:
    """The value of `text` when all of it is one number phrase ("do sau pachaas" → 250)."""
    words = [t.norm for t in tokenize(text)]
    if not words:
        return None
    span = read_number(words, 0, number_table(language))
    if span is None or span.end != len(words):
        return None
    return span.value
