"""Kannada: Kannada script and the romanized Kannada of chat and Whisper.

Kannada says 1–19 as single words (ಒಂದು … ಹತ್ತು, ಹನ್ನೊಂದು … ಹತ್ತೊಂಬತ್ತು) and joins the
tens (ಇಪ್ಪತ್ತು, ಮೂವತ್ತು, ನಲವತ್ತು, ಐವತ್ತು, ಅರವತ್ತು, ಎಪ್ಪತ್ತು, ಎಂಬತ್ತು, ತೊಂಬತ್ತು) with
the unit into one word: the tens' final "ು" gives way to a vowel-initial unit
("ಮೂವತ್ತು" + "ಐದು" → "ಮೂವತ್ತೈದು") and shortens before a consonant ("ಇಪ್ಪತ್ಮೂರು",
"ಮೂವತ್ನಾಲ್ಕು", also written "ಇಪ್ಪತ್ತಮೂರು", "ಇಪ್ಪತ್ತ್ಮೂರು" or as two words). Hundreds are
ನೂರು, ಇನ್ನೂರು, ಮುನ್ನೂರು, ನಾನೂರು, ಐನೂರು, ಆರುನೂರು, ಏಳುನೂರು, ಎಂಟುನೂರು, ಒಂಬೈನೂರು, with
a combining form in "-ರ" ("ನೂರ ಐವತ್ತು") and the rest joined on ("ನೂರೈವತ್ತು" 150,
"ಇನ್ನೂರೈವತ್ತು" 250, "ನೂರಹತ್ತು" 110). ಸಾವಿರ 1000 and ಲಕ್ಷ take the combining "-ದ"
before what follows ("ಎರಡು ಸಾವಿರದ ಐನೂರು" 2500, "ಒಂದು ಲಕ್ಷದ ಇಪ್ಪತ್ತು ಸಾವಿರ"); ಕೋಟಿ is a
crore. Fractions: ಅರ್ಧ ½, ಕಾಲು ¼, ಮುಕ್ಕಾಲು ¾, and "X-ೂವರೆ" for X and a half (ಒಂದೂವರೆ 1½,
ಎರಡೂವರೆ 2½, "ಒಂದೂವರೆ ಸಾವಿರ" 1500), "X-ೂಕಾಲು" X¼, "X-ೂಮುಕ್ಕಾಲು" X¾. Case endings
attach to numbers, money and units with the final "ು" dropped: -ಕ್ಕೆ/-ಗೆ (for: "ನೂರಕ್ಕೆ",
"ಕೆಜಿಗೆ"), -ಕ್ಕಿಂತ/-ಗಿಂತ (than), -ರ/-ದ (of), -ಅಲ್ಲಿ (in), emphatic -ೇ/-ೂ.

References: num2words' Kannada and indic-numtowords' Kannada, both read back for every
number to a lakh by `tests/unit/test_number_oracles.py`; their unjoined or half-joined
spellings ("ಇಪ್ಪತ್ತ್ ಒಂದು", "ಮೂವತ್ಆರು", "ಐವತ್ತಮೂರು", "ಒಂದು ನೂರ ಒಂದು", "ಒಂದು ಸಾವಿರದ"
for 1000) are read, not excused. Sandhi follows standard Kannada grammar (the dropped
final "ು" before a vowel, "-ರ"/"-ದ" combining forms of ನೂರು, ಸಾವಿರ, ಲಕ್ಷ).
"""

from __future__ import annotations

from audio.languages.base import Cue, Kind, LanguageSpec, Part, join, scale, tens, value

_VIRAMA = "್"
_U = "ು"

# --- numbers in Kannada script -----------------------------------------------------------

# fmt: off
_UNITS: dict[int, tuple[str, ...]] = {
    1: ("ಒಂದು",), 2: ("ಎರಡು", "ಎರ್ಡು"), 3: ("ಮೂರು",), 4: ("ನಾಲ್ಕು", "ನಾಕು", "ನಾಲಕ್ಕು"),
    5: ("ಐದು", "ಅಯ್ದು"), 6: ("ಆರು",), 7: ("ಏಳು", "ಯೋಳು", "ಯೇಳು"), 8: ("ಎಂಟು",),
    9: ("ಒಂಬತ್ತು", "ಒಂಭತ್ತು"),
}
_TEENS: dict[int, tuple[str, ...]] = {
    10: ("ಹತ್ತು",), 11: ("ಹನ್ನೊಂದು",), 12: ("ಹನ್ನೆರಡು",), 13: ("ಹದಿಮೂರು",),
    14: ("ಹದಿನಾಲ್ಕು", "ಹದಿನಾಕು"), 15: ("ಹದಿನೈದು",), 16: ("ಹದಿನಾರು",), 17: ("ಹದಿನೇಳು",),
    18: ("ಹದಿನೆಂಟು",), 19: ("ಹತ್ತೊಂಬತ್ತು", "ಹತ್ತೊಂಭತ್ತು"),
}
_TENS: dict[int, tuple[str, ...]] = {
    # with the vowel shortened or dropped as said and typed: ಮುವತ್ತು, ಅರ್ವತ್ತು
    20: ("ಇಪ್ಪತ್ತು",), 30: ("ಮೂವತ್ತು", "ಮುವತ್ತು"), 40: ("ನಲವತ್ತು", "ನಲ್ವತ್ತು", "ನಾಲ್ವತ್ತು"),
    50: ("ಐವತ್ತು", "ಅಯ್ವತ್ತು"), 60: ("ಅರವತ್ತು", "ಅರುವತ್ತು", "ಅರ್ವತ್ತು"), 70: ("ಎಪ್ಪತ್ತು",),
    80: ("ಎಂಬತ್ತು", "ಎಂಭತ್ತು"), 90: ("ತೊಂಬತ್ತು", "ತೊಂಭತ್ತು"),
}
# The hundreds as one word each; the combining form ends in "-ರ" for "ನೂರ ಐವತ್ತು".
_HUNDREDS: dict[int, tuple[str, ...]] = {
    1: ("ನೂರು",), 2: ("ಇನ್ನೂರು",), 3: ("ಮುನ್ನೂರು",),
    4: ("ನಾನೂರು", "ನಾನ್ನೂರು", "ನಾಲ್ನೂರು", "ನಾಲ್ಕುನೂರು"),
    5: ("ಐನೂರು", "ಅಯ್ನೂರು", "ಐದುನೂರು"), 6: ("ಆರುನೂರು", "ಆರ್ನೂರು"),
    7: ("ಏಳುನೂರು", "ಏಳ್ನೂರು"), 8: ("ಎಂಟುನೂರು", "ಎಂಟ್ನೂರು"),
    9: ("ಒಂಬೈನೂರು", "ಒಂಭೈನೂರು", "ಒಂಬತ್ತುನೂರು", "ಒಂಭತ್ತುನೂರು"),
}
# fmt: on

_ZERO = ("ಸೊನ್ನೆ", "ಶೂನ್ಯ")
_ONE_ATTRIBUTIVE = ("ಒಂದ್", "ಒಂದೇ", "ಇನ್ನೊಂದು", "ಇನ್ನೊಂದ್")
""""a"/"one", "the same" ("ಒಂದೇ ರೇಟು") and "one more" ("ಇನ್ನೊಂದು ಕೆಜಿ"): a number only
with a unit or currency."""


def _tens_heads(word: str) -> list[str]:
    """The spellings of a tens word as written before a unit: ಇಪ್ಪತ್ತು, ಇಪ್ಪತ್ತ್, ಇಪ್ಪತ್ತ,
    ಇಪ್ಪತ್ (the shortened "ತ್ತು" of "ಇಪ್ಪತ್ಮೂರು")."""
    stem = word.removesuffix(_U)  # "ಇಪ್ಪತ್ತ"
    heads = [word, stem + _VIRAMA, stem]
    if stem.endswith("ತ್ತ"):
        heads.append(stem[:-2] + _VIRAMA)  # "ಇಪ್ಪತ್"
    return heads


def _joined_tens(n: int) -> dict[str, float]:
    """Tens and a unit as one word, with and without sandhi: ಇಪ್ಪತ್ತೊಂದು, ಇಪ್ಪತ್ಮೂರು,
    ಇಪ್ಪತ್ತಮೂರು, ಇಪ್ಪತ್ತ್ಮೂರು, ಮೂವತ್ಆರು."""
    found: dict[str, float] = {}
    for word in _TENS[n]:
        for head in _tens_heads(word):
            for unit, spellings in _UNITS.items():
                for tail in spellings:
                    found.setdefault(join(head, tail), n + unit)
                    found.setdefault(head + tail, n + unit)
    return found


def _build_numbers() -> tuple[dict[str, float], dict[str, float]]:
    """Every Kannada 0–99 word (values) and the tens that a separate unit may follow."""
    values: dict[str, float] = {w: 0 for w in _ZERO}
    for n, spellings in (_UNITS | _TEENS).items():
        for w in spellings:
            values[w] = n
    for w in _ONE_ATTRIBUTIVE:
        values[w] = 1
    tens_words: dict[str, float] = {}
    for n, spellings in _TENS.items():
        for word in spellings:
            for head in _tens_heads(word):
                tens_words[head] = n
    for n in _TENS:
        for w, v in _joined_tens(n).items():
            if w not in tens_words:
                values.setdefault(w, v)
    return values, tens_words


VALUES, TENS = _build_numbers()

# fmt: off
SCALES: dict[str, float] = {
    "ನೂರು": 100, "ನೂರ": 100, "ನೂರಾ": 100,
    "ಸಾವಿರ": 1000, "ಸಾವಿರದ": 1000, "ಸಾವ್ರ": 1000, "ಸಾವ್ರದ": 1000, "ಸಾವಿರಾ": 1000,
    "ಲಕ್ಷ": 100_000, "ಲಕ್ಷದ": 100_000, "ಲಕ್ಷಾ": 100_000,
    "ಕೋಟಿ": 10_000_000, "ಕೋಟಿಯ": 10_000_000,
}
# fmt: on


def _standard_tails() -> dict[str, tuple[Part, ...]]:
    """The 1–99 words that may follow a hundred in one word: each unit and teen, each
    tens word, and the tens+unit words in their sandhi and half-joined spellings."""
    tails: dict[str, tuple[Part, ...]] = {}
    for n, spellings in (_UNITS | _TEENS).items():
        for w in spellings:
            tails[w] = (value(n),)
    for n, spellings in _TENS.items():
        for word in spellings:
            tails[word] = (tens(n),)
            stem = word.removesuffix(_U)
            for unit, units in _UNITS.items():
                for tail in units:
                    for head in (word, stem + _VIRAMA, stem):
                        tails.setdefault(join(head, tail), (value(n + unit),))
                    if tail[0] not in "ಅಆಇಈಉಊಎಏಐಒಓಔ":
                        short = _tens_heads(word)[-1]
                        tails.setdefault(short + tail, (value(n + unit),))
    return tails


def _build_compounds() -> dict[str, tuple[Part, ...]]:
    found: dict[str, tuple[Part, ...]] = {}
    tails = _standard_tails()
    for n, spellings in _HUNDREDS.items():
        head_parts = (scale(100),) if n == 1 else (value(n), scale(100))
        for word in spellings:
            combining = word.removesuffix(_U)  # "ಇನ್ನೂರ"
            if n > 1:
                found[word] = head_parts
                found[combining] = head_parts
                found[combining + "ಾ"] = head_parts  # "ಇನ್ನೂರಾ ಐವತ್ತು"
            for tail, parts in tails.items():
                for head in (word, combining):
                    found.setdefault(join(head, tail), (*head_parts, *parts))
                found.setdefault(combining + tail, (*head_parts, *parts))  # "ನೂರಹತ್ತು"
                found.setdefault(combining + _VIRAMA + tail, (*head_parts, *parts))  # "ನೂರ್ಮೂರು"
    # A thousand run into its hundreds or tens in one word: "ಸಾವಿರದಿನ್ನೂರೈವತ್ತು" 1250,
    # "ಸಾವಿರದಿನ್ನೂರು" 1200, "ಸಾವಿರದೈವತ್ತು" 1050 (the combining "-ದ" takes the vowel).
    rest = {**found, **tails}
    for thousand in ("ಸಾವಿರದ", "ಸಾವ್ರದ"):
        for word, parts in rest.items():
            if word[0] in "ಅಆಇಈಉಊಎಏಐಒಓಔ":
                found.setdefault(join(thousand, word), (scale(1000), *parts))
    return found


def _and_a_half(word: str) -> list[str]:
    """ಒಂದು → ಒಂದೂವರೆ (and the short "ಒಂದುವರೆ" spelling)."""
    if not word.endswith(_U):
        return []
    stem = word.removesuffix(_U)
    return [stem + "ೂವರೆ", word + "ವರೆ"]


_FRACTION_WORDS: dict[str, float] = {
    # English "half" in the native script: "ಹಾಫ್ kilo"
    "ಹಾಫ್": 0.5,
    "ಅರ್ಧ": 0.5,
    "ಅರ್ದ": 0.5,
    "ಕಾಲು": 0.25,
    "ಮುಕ್ಕಾಲು": 0.75,
}


def _build_mixed() -> dict[str, float]:
    """Every "X-ೂವರೆ", "X-ೂಕಾಲು", "X-ೂಮುಕ್ಕಾಲು" up to 99¾. They are values, not fractions,
    so that a tens word may come before one as before any unit: "ಇಪ್ಪತ್ತು ಎರಡೂವರೆ" 22½."""
    found: dict[str, float] = {}
    for w, v in VALUES.items():
        if not 1 <= v <= 99 or w in _ONE_ATTRIBUTIVE:
            continue
        for half in _and_a_half(w):
            found.setdefault(half, v + 0.5)
        if w.endswith(_U):  # "ಒಂದೂಕಾಲು" 1¼, "ಎರಡೂಮುಕ್ಕಾಲು" 2¾
            stem = w.removesuffix(_U)
            found.setdefault(stem + "ೂಕಾಲು", v + 0.25)
            found.setdefault(stem + "ೂಮುಕ್ಕಾಲು", v + 0.75)
    return found


COMPOUNDS = _build_compounds()
MIXED = _build_mixed()

# --- romanized Kannada ---------------------------------------------------------------------
# `fold` merges vowel length and doubled letters ("ippattu"/"ipatu", "nooru"/"nuru"); the
# hundred is also said without its final vowel ("noor embattu", 180).
# Zero is left out: "sonne" folds onto Hindi "sone" ("gold", "to sleep").

# fmt: off
_ROMAN_UNITS: dict[int, tuple[str, ...]] = {
    1: ("ondu", "ondhu"), 2: ("eradu", "yeradu", "eradhu", "erdu"), 3: ("mooru",),
    4: ("naalku", "naaku"), 5: ("aidu", "ayidu", "aydu", "aidhu"), 6: ("aaru",),
    7: ("elu", "yelu", "eelu", "yeelu"), 8: ("entu", "yentu"),
    9: ("ombattu", "ombhattu", "ombathu", "ombhathu"),
}
_ROMAN_TEENS: dict[int, tuple[str, ...]] = {
    10: ("hattu", "hathu"), 11: ("hannondu", "hannondhu"),
    12: ("hanneradu", "hanneradhu"), 13: ("hadimooru",),
    14: ("hadinaalku", "hadinaaku"), 15: ("hadinaidu", "hadinaidhu", "hadinaydu"),
    16: ("hadinaaru",), 17: ("hadinelu", "hadineelu"), 18: ("hadinentu",),
    19: ("hattombattu", "hattombhattu", "hattombathu"),
}
_ROMAN_TENS: dict[int, tuple[str, ...]] = {
    20: ("ippattu", "ippathu"), 30: ("moovattu", "moovathu"),
    40: ("nalavattu", "nalvattu", "nalavathu", "nalvathu", "naalvattu"),
    50: ("aivattu", "aivathu", "ayvattu"), 60: ("aravattu", "aravathu", "aruvattu"),
    70: ("eppattu", "eppathu", "yeppattu"),
    80: ("embattu", "embathu", "yembattu", "enbattu", "enbathu"),
    90: ("tombattu", "thombattu", "tombathu", "thombathu"),
}
_ROMAN_HUNDREDS: dict[int, tuple[str, ...]] = {
    1: ("nooru", "noor"), 2: ("innooru",), 3: ("munnooru",), 4: ("naanooru", "naalnooru"),
    5: ("ainooru", "aynooru"), 6: ("aarunooru", "aarnooru"), 7: ("elunooru", "elnooru"),
    8: ("entunooru", "entnooru"), 9: ("ombainooru", "ombhainooru", "ombattunooru"),
}
_ROMAN_SCALES: dict[str, float] = {
    "saavira": 1000, "saavra": 1000, "saavirada": 1000, "saaviradha": 1000,
    "saavrada": 1000, "laksha": 100_000, "lakshada": 100_000, "koti": 10_000_000,
    "kotiya": 10_000_000,
}
_ROMAN_FRACTIONS: dict[str, float] = {
    "ardha": 0.5, "kaalu": 0.25, "mukkaalu": 0.75, "mukkaal": 0.75,
}
_ROMAN_ONE_ATTRIBUTIVE = ("ondu", "ondhu", "onde", "innondu")
# fmt: on

_ROMAN_VOWELS = "aeiou"


def _roman_tables() -> tuple[dict[str, float], dict[str, float], dict[str, tuple[Part, ...]]]:
    values: dict[str, float] = {}
    for n, spellings in (_ROMAN_UNITS | _ROMAN_TEENS).items():
        for w in spellings:
            values[w] = n
    values["onde"] = 1
    values["innondu"] = 1  # "one more": "innondu kg"
    tens_words = {w: float(n) for n, spellings in _ROMAN_TENS.items() for w in spellings}
    for n, spellings in _ROMAN_TENS.items():
        for word in spellings:
            stem = word.removesuffix("u")  # "ippatt"
            for unit, unit_spellings in _ROMAN_UNITS.items():
                for tail in unit_spellings:
                    values.setdefault(stem + tail, n + unit)  # "ippattondu", "ippattmooru"
                    if tail[0] not in _ROMAN_VOWELS:
                        values.setdefault(stem + "a" + tail, n + unit)  # "ippattamooru"
    compounds: dict[str, tuple[Part, ...]] = {}
    tails: dict[str, tuple[Part, ...]] = {w: (value(v),) for w, v in values.items() if v}
    tails |= {w: (tens(v),) for w, v in tens_words.items()}
    for n, spellings in _ROMAN_HUNDREDS.items():
        head_parts = (scale(100),) if n == 1 else (value(n), scale(100))
        for word in spellings:
            combining = word.removesuffix("u") + "a"  # "noora", "innoora"
            compounds[word] = head_parts
            compounds[combining] = head_parts
            for tail, parts in tails.items():
                if tail[0] in _ROMAN_VOWELS:
                    compounds.setdefault(word.removesuffix("u") + tail, (*head_parts, *parts))
                compounds.setdefault(combining + tail, (*head_parts, *parts))
    # Before an ending the final "u" turns "a", as in the script (ನೂರಕ್ಕೆ): "eppattakke",
    # "muvattaidakke", "aravattakkinta".
    for w, v in [*values.items(), *tens_words.items()]:
        if 5 <= v <= 99 and w.endswith("u") and len(w) >= 4:
            compounds.setdefault(w[:-1] + "a", (value(v),))
    for w, parts in list(compounds.items()):
        if w.endswith("u") and parts[-1].kind is not Kind.SCALE:
            said = tuple(value(p.value) if p.kind is Kind.TENS else p for p in parts)
            compounds.setdefault(w[:-1] + "a", said)  # "nooraivattakke" 150
    for w, v in values.items():
        if 1 <= v <= 99 and w.endswith("u"):  # "onduvare", "ondoovare" (folds the same)
            compounds.setdefault(w + "vare", (value(v + 0.5),))
            compounds.setdefault(w[:-1] + "oovare", (value(v + 0.5),))
    return values, tens_words, compounds


ROMAN_VALUES, ROMAN_TENS, ROMAN_COMPOUNDS = _roman_tables()

# --- units and cues -------------------------------------------------------------------------

# fmt: off
UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("ಕೆಜಿ", "ಕೆಜಿನೂ", "ಕಿಲೋನೂ", "ಕೇಜಿ", "ಕೆ ಜಿ", "ಕಿಲೋ", "ಕಿಲೊ", "ಕಿಲೋಗ್ರಾಂ", "ಕಿಲೋಗ್ರಾಮ್", "kejee", "keji"),
    "g": ("ಗ್ರಾಂ", "ಗ್ರಾಮ್", "ಗ್ರಾಮು", "ಗ್ರಾಮಿಗೆ", "graamu"),
    "dozen": ("ಡಜನ್", "ಡಜನ್ನು", "ಡಜನಿಗೆ", "dajanu", "dajan", "dazan"),
    "piece": ("ಪೀಸ್", "ಪೀಸು", "ಪೀಸಿಗೆ", "ತುಂಡು", "thundu", "tundu", "pees", "peesu"),
    "litre": ("ಲೀಟರ್", "ಲೀಟರು", "ಲೀಟರಿಗೆ", "leetaru", "litaru"),
    "bunch": ("ಕಟ್ಟು", "ಕಟ್ಟ", "ಕಟ್ಟಿಗೆ", "ಕಂತೆ", "ಗೊಂಚಲು", "ಚಿಪ್ಪು", "kattu", "kante", "gonchalu"),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "roopayi", "rupai",
        "ರೂಪಾಯಿ", "ರೂಪಾಯಿಗಳು", "ರೂಪಾಯ್", "ರುಪಾಯಿ", "ರೂಪಾಯಿಗಳ", "ರೂ", "ರೂಪೀಸ್",
        "rupaayi", "roopayi", "rupayi", "roopaayi", "rupaayigalu",
    ),
    Cue.PAISE: ("ಪೈಸೆ", "ಪೈಸ", "ಪೈಸಾ", "paise"),
    Cue.PER: ("ಪ್ರತಿ", "ಪ್ರತಿಯೊಂದು", "prati", "prathi"),
    Cue.LINK: (
        # "to everyone": the people told a price, not all of the goods
        "ಎಲ್ಲರಿಗೂ", "ellarigu",
        "ಇಲ್ಲಾಂದ್ರೆ", "ಇಲ್ಲದಿದ್ದರೆ", "ಇಲ್ಲಾಂದ್ರೆ", "illandre",
        "ಇಲ್ಲದಿದ್ರೆ", "ಇಲ್ಲಾಂದರೆ", "illaandre", "illadidre",
        "ಕ್ಕೆ", "ಗೆ", "ರೀ", "ಅಂದ್ರೆ", "ಅಂದರೆ", "ಆದ್ರೆ", "ಆದರೆ", "ಲೆಕ್ಕದಲ್ಲಿ", "ಲೆಕ್ಕ", "ಹಾಗೆ",
        "ಹಂಗೆ", "ದರದಲ್ಲಿ", "kke", "ge", "andre", "lekka", "lekkadalli",
        # words that begin like a cue but are not one: "ಇಲ್ಲಿ" (here) is not "ಇಲ್ಲ",
        # "ಅಲ್ಲಿ" (there) not "ಅಲ್ಲ", "ಕಟ್ಟಿಕೊಡಿ" (pack it) not "ಕಟ್ಟು" (bunch)
        "ಇಲ್ಲಿ", "ಇಲ್ಲೇ", "ಅಲ್ಲಿ", "ಅಲ್ಲೇ", "ಕಟ್ಟಿಕೊಡಿ", "ಕಟ್ಟಿ", "katti",
    ),
    Cue.EACH: (
        "ಒಂದಕ್ಕೆ", "ಒಂದೊಂದಕ್ಕೆ", "ಒಂದಕ್ಕ", "ಪ್ರತಿಯೊಂದಕ್ಕೆ", "ಒಂದೊಂದು", "ondakke",
        "ondondakke", "ondondu",
    ),
    Cue.MEASURE: (
        # a foot of pipe, wire, rope or board: its price is a rate
        "ಅಡಿಗೆ", "ಒಂದು ಅಡಿಗೆ", "adige",
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "ಟ್ರಿಪ್‌ಗೆ", "ಟ್ರಿಪ್ಗೆ", "ಟ್ರಿಪ್ಪಿಗೆ", "ಟ್ರಿಪ್", "trip ge", "tripge", "trippige",
        # a day of hire; a meal's leaf ("ಊಟ ಎಲೆಗೆ ನೂರ ಎಂಬತ್ತು")
        "ಒಂದು ದಿನಕ್ಕೆ", "ondu dinakke", "ಎಲೆಗೆ", "elege",
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "ಒಬ್ಬರಿಗೆ", "ತಲೆಗೆ", "ಸೀಟಿಗೆ", "ಸೀಟ್‌ಗೆ", "ಸೀಟ್ಗೆ", "seat ge", "ನಿಮಿಷಕ್ಕೆ", "ಕಿಲೋಮೀಟರ್‌ಗೆ",
        "ಕಿಲೋಮೀಟರ್ಗೆ", "ತೊಲಕ್ಕೆ", "ತೊಲ", "tolakke", "obbarige",
        "ಮೊಳ", "ಮೊಳಕ್ಕೆ", "ಮಾರು", "ಮಾರಿಗೆ", "mola", "molakke", "maaru", "maarige",
        # a reel of thread: its price is a rate
        "ರೀಲ್‌ಗೆ", "ರೀಲ್ಗೆ", "ರೀಲಿಗೆ", "reelge",
        "ಕ್ವಿಂಟಾಲ್", "ಕ್ವಿಂಟಲ್", "ಕ್ವಿಂಟಾಲ್‌ಗೆ", "ಗಜ", "ಗಜಕ್ಕೆ", "ಮೀಟರ್", "ಮೀಟರ್‌ಗೆ", "ಮೀಟರಿಗೆ", "ಬಾಕ್ಸ್",
        "ಬಾಕ್ಸಿಗೆ", "ಪೆಟ್ಟಿಗೆ", "kvintal", "meetar",
        # baskets, pairs, sets, boxes: their price is a rate too
        "ಬುಟ್ಟಿ", "ಬುಟ್ಟಿಗೆ", "ಜೋಡಿ", "ಜೋಡಿಗೆ", "ಸೆಟ್", "ಸೆಟ್ಟಿಗೆ", "ಸೆಟ್‌ಗೆ", "ಡಬ್ಬ",
        "ಡಬ್ಬಕ್ಕೆ", "ಡಬ್ಬಿ", "ಡಬ್ಬಿಗೆ", "butti", "buttige", "jodi", "jodige", "dabba",
        # "for a sack": a sack's rate ("ಚೀಲಕ್ಕೆ ಸಾವಿರದ ಇನ್ನೂರು")
        "ಚೀಲಕ್ಕೆ", "ಮೂಟೆಗೆ", "cheelakke",
        "ಬುಟ್ಟಿಗಳು", "ಜೋಡಿಗಳು", "ಡಬ್ಬಗಳು", "ಪೆಟ್ಟಿಗೆಗಳು",
        "petti", "pettige",
    ),
    Cue.LOT: (
        "ಬುಟ್ಟಿ", "ಚೀಲ", "ಮೂಟೆ", "ಪೆಟ್ಟಿಗೆ", "ರಾಶಿ", "ಲೋಡ್", "ಪ್ಯಾಕೆಟ್", "butti", "cheela",
        "ಚೀಲಗಳು", "ಗೋಣಿಚೀಲ", "ಗೋಣಿ ಚೀಲ", "ಗೋಣಿಚೀಲಗಳು", "ಗೋಣಿ", "ಮೂಟೆಗಳು",
        "moote",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        "ನಿಮಗೆ", "ನಿಮಗಾಗಿ", "ನಿನಗೆ", "ನಿಂಗೆ", "nimge", "nimage", "nimagagi", "ninge", "ninage",
        "ನಿಮಗೋಸ್ಕರ", "ನಿನಗೋಸ್ಕರ", "nimagoskara", "ninagoskara",
    ),
    Cue.SET: (
        # "let's settle at X": proposes X
        "ಫಿಕ್ಸ್ ಮಾಡೋಣ", "ಮುಗಿಸೋಣ", "fix madona", "fix maadona", "mugisona",
        "ಮಾಡಿ", "ಮಾಡು", "ಮಾಡಿಬಿಡಿ", "ಮಾಡ್ಕೊಳ್ಳಿ", "ಮಾಡ್ಬಿಡಿ", "maadi", "madi", "maadu",
        "maadbidi",
    ),
    Cue.TOTAL: (
        "ella", "ಎಲ್ಲ", "ಎಲ್ಲಾ",
        "ಇಡೀ", "idee", "idi",
        "ಪೂರ್ತಿ", "poorti", "purti", "ಎಲ್ಲಾ ಸೇರಿ", "ಒಟ್ಟಿಗೆ", "ಸಂಪೂರ್ಣ",
        "ಒಟ್ಟು", "ಒಟ್ಟಿಗೆ", "ಒಟ್ಟಾಗಿ", "ಎಲ್ಲಾ ಸೇರಿ", "ಎಲ್ಲ ಸೇರಿ", "ಎಲ್ಲಾ ಸೇರಿಸಿ", "ಸೇರಿ",
        "ಸೇರಿಸಿ", "ಎಲ್ಲದಕ್ಕೂ", "ಎಲ್ಲಕ್ಕೂ", "ಟೋಟಲ್", "ottu", "ottige", "ottagi", "ella seri",
        "elladakku", "ಇದೆಲ್ಲ", "ಇವೆಲ್ಲ", "ಇದೆಲ್ಲಾ", "ಇವೆಲ್ಲಾ", "idella", "ivella", "idella seri",
        "ivella seri",
    ),
    Cue.ACCEPT: (
        # English "deal", "done", "okay" as written in the script
        "ಡನ್", "ಡೀಲ್ ಓಕೆ",
        # as you say, as you wish, your word stands: take it
        "ನಿಮ್ಮ ಇಷ್ಟ", "ನಿಮ್ಮ ಮಾತು", "ನಿಮ್ಮ ಮಾತೇ", "ನೀವು ಹೇಳಿದ ಹಾಗೆ", "ನೀವು ಹೇಳಿದ ಹಾಗೇ",
        "nimma ishta", "neevu helida haage",
        "ಸರಿ", "ಸರಿ ಸರಿ", "ಓಕೆ", "ಆಯ್ತು", "ಆಯಿತು", "ಆಗುತ್ತೆ", "ಆಗತ್ತೆ", "ಆಗಲಿ", "ಹೂಂ",
        "ಡೀಲ್", "sari", "aaytu", "aagutte", "aagatte", "aagli", "aagali",
    ),
    Cue.REJECT: (
        # "I won't take (it)", "I won't buy": the verb's own negative
        "ತಗೊಳಲ್ಲ", "ತಗೊಳ್ಳಲ್ಲ", "ತೊಗೊಳಲ್ಲ", "ತಗೊಳ್ಳೋದಿಲ್ಲ", "tagolalla", "tagollalla",
        # can't give it (at that price)
        "ಕೊಡಕ್ಕಾಗಲ್ಲ", "ಕೊಡೋಕಾಗಲ್ಲ", "ಕೊಡೋಕೆ ಆಗಲ್ಲ", "kodakkagalla", "kodokagalla",
        # the goods not wanted: "I don't want (these)"
        "ನಂಗ್ಬೇಡ", "ನಂಗೆ ಬೇಡ", "ಬ್ಯಾಡ", "nangbeda", "nange beda", "byaada", "byada",
        # "it becomes a loss": the word for "it comes to" refuses here
        "ಲಾಸ್ ಆಗುತ್ತೆ", "ನಷ್ಟ ಆಗುತ್ತೆ", "ನಷ್ಟ ಆಗುತ್ತದೆ", "loss aagutte", "loss agutte", "nashta aagutte",
        # leaving the goods without a price: "leave it", "later"
        "ಬಿಡಿ", "bidi", "ಬಿಟ್ಟುಬಿಡಿ", "bittubidi", "ಆಮೇಲೆ ನೋಡ್ತೀನಿ", "aamele nodtini",
        "amele nodtini",
        # going to another shop refuses this one's price
        "ಬೇರೆ ಅಂಗಡಿ", "ಬೇರೆ ಅಂಗಡಿಯಲ್ಲಿ", "ಬೇರೆ ಕಡೆ", "bere angadi", "bere angadiyalli",
        "bere kade",
        # a loss to the seller: the price is refused
        "ನಷ್ಟ ಆಗುತ್ತೆ", "ನಷ್ಟ ಆಗುತ್ತದೆ", "ನಷ್ಟ", "ನಷ್ಟಾ", "nashta aagutte", "nashta", "ಲಾಸ್",
        "ಸಿಗಲ್ಲ", "siglla",
        "ಗಿಟ್ಟಲ್ಲ", "ಗಿಟ್ಟೋದಿಲ್ಲ", "ಬೇರೆ ಅಂಗಡಿ", "bere angadi", "gittalla", "gittodilla",
        "ಬೇಡ", "ಆಗಲ್ಲ", "ಆಗೋದಿಲ್ಲ", "ಆಗುವುದಿಲ್ಲ", "ಸಾಧ್ಯವಿಲ್ಲ", "ಸಾಧ್ಯ ಇಲ್ಲ", "ಸರಿಯಿಲ್ಲ", "ಸರಿ ಇಲ್ಲ",
        "ಸರಿ ಆಗಲ್ಲ", "ಸರಿಹೋಗಲ್ಲ", "ಸರಿ ಹೋಗಲ್ಲ", "ಕಡಿಮೆ ಮಾಡಿ", "ಕಮ್ಮಿ ಮಾಡಿ",
        "ಸ್ವಲ್ಪ ಕಡಿಮೆ ಮಾಡಿ", "ಸ್ವಲ್ಪ ಕಮ್ಮಿ ಮಾಡಿ", "ಕಡಿಮೆ ಮಾಡು", "ಕಮ್ಮಿ ಮಾಡು", "beda",
        "aagalla", "agalla", "aagodilla", "saadhya illa", "sadhya illa", "saadhyavilla",
        "kammi maadi", "kadime maadi", "kammi maadu",
    ),
    Cue.NEGATION: (
        # won't come (at that price)
        "ಬರಲ್ಲ", "ಬರೋದಿಲ್ಲ", "baralla", "barodilla",
        "ಇಲ್ಲ", "ಬೇಡ", "ಅಲ್ಲ", "ಕೊಡಲ್ಲ", "ಕೊಡೋದಿಲ್ಲ", "ಕೊಡುವುದಿಲ್ಲ", "ಕೊಡಕ್ಕಾಗಲ್ಲ",
        "illa", "beda", "kodalla", "kododilla", "alla", "bedaa", "illaa",
    ),
    Cue.TOO_MUCH: (
        # "ಆಯ್ತು" after "too much" is "it became", not "okay".
        "ತುಂಬಾ ಜಾಸ್ತಿ ಆಯ್ತು", "ತುಂಬಾ ಹೆಚ್ಚು ಆಯ್ತು", "ಹೆಚ್ಚು ಆಯ್ತು", "ಹೆಚ್ಚಾಯ್ತು", "ಜಾಸ್ತಿಯಾಯ್ತು",
        "thumba jaasti aaytu", "tumba jaasti aaytu", "thumba hechchu aaytu",
        "tumba hechchu aaytu", "hechchu aaytu", "hechchaaytu", "jaastiyaaytu",
        "thumba jaasti", "jaasti aaytu",
        "ತುಂಬಾ ಆಯ್ತು", "ತುಂಬಾ ಆಯಿತು", "thumba aaytu", "tumba aaytu", "thumba aayitu",
        "ಜಾಸ್ತಿ", "ತುಂಬಾ ಜಾಸ್ತಿ", "ಹೆಚ್ಚು", "ತುಂಬಾ ಹೆಚ್ಚು", "ದುಬಾರಿ", "ತುಂಬಾ ದುಬಾರಿ",
        "ಜಾಸ್ತಿ ಆಯ್ತು", "jaasti", "thumba jaasti", "tumba jaasti", "dubaari", "hechchu",
        "ದರೋಡೆ", "ಹಗಲು ದರೋಡೆ", "darode",
    ),
    Cue.COMPARATIVE: (
        # below and above as typed loosely
        "ಕೆಳಗೆ", "kelage", "kelge", "ಕೆಳಗಡೆ", "kelagade",
        # "than that": "50, not more than that" holds 50 as a bound; "ಅದಕ್ಕಿಂತ ಜಾಸ್ತಿ ಕೊಡಲ್ಲ"
        "ಅದಕ್ಕಿಂತ", "ಇದಕ್ಕಿಂತ", "adakkinta", "idakkinta", "adakkintha", "idakkintha",
        "ಅದಕ್ಕಿಂತ ಜಾಸ್ತಿ", "ಇದಕ್ಕಿಂತ ಜಾಸ್ತಿ", "ಅದಕ್ಕಿಂತ ಕಡಿಮೆ", "ಇದಕ್ಕಿಂತ ಕಡಿಮೆ", "ಅದಕ್ಕಿಂತ ಹೆಚ್ಚು",
        "ಕಡಿಮೆ", "ಕಮ್ಮಿ", "ಮೇಲೆ", "ಮೇಲ್ಪಟ್ಟು", "ಕಿಂತ ಜಾಸ್ತಿ", "ಕಿಂತ ಹೆಚ್ಚು", "ಕಿಂತ ಕಡಿಮೆ",
        "ಕ್ಕಿಂತ ಜಾಸ್ತಿ", "ಕ್ಕಿಂತ ಹೆಚ್ಚು", "ಕ್ಕಿಂತ ಕಡಿಮೆ", "ಗಿಂತ ಜಾಸ್ತಿ", "ಗಿಂತ ಹೆಚ್ಚು",
        "ಕಿಂತ", "ಕ್ಕಿಂತ", "ಗಿಂತ", "kadime", "kammi", "mele", "kinta jaasti",
        "kkinta jaasti", "ginta jaasti",
    ),
    Cue.CAP: (
        "ಮ್ಯಾಕ್ಸ್", "ಮಾಕ್ಸ್", "ಮ್ಯಾಕ್ಸಿಮಂ",
        "ವರೆಗೆ", "ತನಕ", "ಒಳಗೆ", "ಒಳಗಡೆ", "ವರೆಗೂ", "varege", "tanaka", "olage",
    ),
    Cue.CAP_BEFORE: (
        "ಮ್ಯಾಕ್ಸ್", "ಮಾಕ್ಸ್", "ಮ್ಯಾಕ್ಸಿಮಂ",
        "ಹೆಚ್ಚೆಂದರೆ", "ಹೆಚ್ಚಂದ್ರೆ", "ಜಾಸ್ತಿ ಅಂದ್ರೆ", "ಜಾಸ್ತಿ ಅಂದರೆ", "ಗರಿಷ್ಠ", "ಮ್ಯಾಕ್ಸಿಮಮ್",
        "hechchendare", "jaasti andre", "garishta",
    ),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "ಕೊನೆ", "ಕೊನೆಯ", "ಕೊನೇ", "ಕಡೇ", "ಕಡೆಯ", "kone", "koneya", "kade", "kadeya",
        "ಲಾಸ್ಟ್", "last",
        "ಫಿಕ್ಸ್ಡ್", "ಫಿಕ್ಸ್", "fixed",
        "ಕೊನೆಯ ಬೆಲೆ", "ಕೊನೆ ಬೆಲೆ", "ಕೊನೆ ರೇಟು", "ಕೊನೆ ರೇಟ್", "ಕೊನೆಯ ಮಾತು", "ಕಡೆ ಬೆಲೆ",
        "ಕಡೇ ಬೆಲೆ", "ಕಡೇ ರೇಟು", "ಫೈನಲ್", "ಲಾಸ್ಟ್ ರೇಟ್", "ಲಾಸ್ಟ್ ಪ್ರೈಸ್", "kone bele",
        "koneya bele", "kade bele", "kone rate",
    ),
    Cue.QUESTION: (
        # the rate asked as typed in chat
        "yestu", "yeshtu", "yeshtu rate", "estu",
        "ಎಷ್ಟು", "ಎಷ್ಟಕ್ಕೆ", "ಬೆಲೆ ಎಷ್ಟು", "ಎಷ್ಟು ಬೆಲೆ", "ರೇಟ್ ಎಷ್ಟು", "ರೇಟು ಎಷ್ಟು",
        "ಎಷ್ಟಾಯ್ತು", "ಎಷ್ಟಾಗುತ್ತೆ", "ಎಷ್ಟಾಗತ್ತೆ", "ಎಷ್ಟು ಕೊಡಬೇಕು", "eshtu", "estu",
        "eshtakke", "bele eshtu", "rate eshtu", "eshtaytu", "eshtagutte",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "ಹೈವೇ", "ಹೆದ್ದಾರಿ", "highway", "nh",
        # a bus route: "bus 47"
        "ಬಸ್", "ಬಸ್ಸು",
        # an ordinal ending typed after digits: "10ನೇ"
        "ನೇ", "ನೆಯ",
        # a school class: "class 8"
        "ಕ್ಲಾಸ್", "class",
        "ನಂಬರ್", "ನಂಬರು",
        # a time of day: the number after it is a clock time
        "ಬೆಳಿಗ್ಗೆ", "ಬೆಳಗ್ಗೆ", "ಸಂಜೆ", "ರಾತ್ರಿ", "ಮಧ್ಯಾಹ್ನ", "belagge", "sanje",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        "ತಗೊಳ್ಳಿ", "ತಗೊಂಡು ಹೋಗಿ", "ತಗೋ", "ತೊಗೊಳ್ಳಿ", "tagolli", "tagondu hogi",
        "ತಗೊಳಿ", "ತೊಗೊಳಿ", "togolli", "togoli", "tagoli", "thagoli", "thogoli",
        # "given (at the price)": the deal done, said as the goods change hands
        "ಕೊಟ್ಟೆ", "ಕೊಟ್ಬಿಟ್ಟೆ", "ಕೊಟ್ಟುಬಿಟ್ಟೆ", "kotte", "kotbitte",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "ಹೇಳ್ತಿದೀರಾ", "ಹೇಳ್ತಿದ್ದೀರಾ", "ಹೇಳ್ತೀರಾ", "ಹೇಳಿದ್ರಿ", "ಅಂತೀರಾ", "ಅಂದ್ರಿ", "ಕೇಳ್ತಿದೀರಾ",
        "heltidira", "heltira", "antira",
    ),
    Cue.WEAK_QUESTION: (
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "ಹೇಗೆ", "ಹ್ಯಾಗೆ", "hege", "ಹೇಳಿ", "heli", "ಹೆಂಗೆ", "ಹೆಂಗ್", "hange", "henge", "heng",
        "ಬೆಲೆ", "ರೇಟು", "ರೇಟ್", "ದರ", "bele", "ಎಷ್ಟು ಬೇಕು", "ಏನು",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        "ಚಿಲ್ಲರೆ", "ಬ್ಯಾಗ್", "ಚೀಲ", "ಕವರ್", "ನೋಟು", "ನೋಟ್", "chillare", "cheela", "kavar",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "nimisha", "nimsha", "minit",
        # a bus route: "the 47 bus"
        "ಬಸ್", "ಬಸ್ಸು", "ಬಸ್ಸಿನಲ್ಲಿ", "bus",
        # a temperature, a school class, a distance or a span of time
        "ಡಿಗ್ರಿ", "degree", "ತರಗತಿ", "ಕ್ಲಾಸ್", "class", "ಕಿಲೋಮೀಟರ್", "km", "ವರ್ಷ", "ಗಂಟೆ",
        # a clock time said in Latin letters: "aaru manikku", "chha vage"
        "gantege", "gantige", "gante",
        # change handed back
        "ಚಿಲ್ಲರೆ", "chillare",
        # a day of the month: "the 15th"
        "ತಾರೀಖು", "ತಾರೀಕು", "ದಿನಾಂಕ", "tareekhu",
        "ನೋಟು", "ನೋಟ್", "ಮಕ್ಕಳು", "ಮಕ್ಕಳಿದ್ದಾರೆ",
        "ನಿಮಿಷ", "ನಿಮಿಷಗಳು", "ಗಂಟೆ", "ಗಂಟೆಗಳು", "ಗಂಟೆಗೆ", "ದಿನ", "ದಿನಗಳು", "ವಾರ", "ತಿಂಗಳು",
        "ವರ್ಷ", "ವರ್ಷಗಳು", "ಶೇಕಡ", "ಶೇಕಡಾ", "ಪರ್ಸೆಂಟ್", "ಸಲ", "ಸಾರಿ", "ಜನ", "ಕಿಲೋಮೀಟರ್", "nimisha",
        "gante", "dina", "varsha", "shekada", "sala",
    ),
}

SUFFIXES = (
    "ಕ್ಕೆ", "ಕ್ಕ", "ಕ್ಕೇ", "ಕ್ಕೂ", "ಗೆ", "ಗೇ", "ಗೂ", "ಕ್ಕಿಂತ", "ಗಿಂತ", "ದ", "ರ", "ರಲ್ಲಿ",
    "ದಲ್ಲಿ", "ಲ್ಲಿ", "ಕ್ಕಾದರೆ", "ಕ್ಕಾದ್ರೆ", "ಗಾದರೆ", "ಗಾದ್ರೆ", "ರಿಂದ", "ದಿಂದ", "ಕ್ಕಾಗಿ",
    "ಗಾಗಿ", "ೇ", "ೂ", "ೇನಾ", "ಾ", "ೋ", "ರಂತೆ", "ಅಂತೆ", "ಂತೆ", "kke", "ge", "kkinta", "ginta",
)
# fmt: on


def _one_with_endings() -> tuple[str, ...]:
    """One with a case ending, its final "ು" dropped: ಒಂದಕ್ಕೆ (for one, each), ಒಂದರ,
    ಒಂದೂ; "ondakke"."""
    endings = (
        "ಕ್ಕೆ", "ಕ್ಕ", "ಕ್ಕೇ", "ಕ್ಕೂ", "ಕ್ಕಿಂತ", "ರ", "ರಲ್ಲಿ", "ಲ್ಲಿ", "ಕ್ಕಾದರೆ", "ಕ್ಕಾದ್ರೆ",
        "ರಿಂದ", "ಕ್ಕಾಗಿ", "ೇ", "ೂ", "ಾ",
    )  # fmt: skip
    return (*("ಒಂದ" + e for e in endings), "ondakke", "ondakkinta")


ONE_WITH_ENDINGS = _one_with_endings()

# ಒಂದು is also "a" ("ಒಂದು ಮಾತು"), ಒಂದೇ "the same", ಕಾಲು also "leg", and ಒಂದಕ್ಕೆ is "for
# one", each: numbers only when a unit or money vouches.
AMBIGUOUS = frozenset(
    (
        "ಒಂದು", *_ONE_ATTRIBUTIVE, "ಕಾಲು", *_ROMAN_ONE_ATTRIBUTIVE, "kaalu",
        *ONE_WITH_ENDINGS,
    )
)  # fmt: skip


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "ಅಷ್ಟೇ", "ashte", "ಕೇಳ್ಬೇಡಿ", "ಕೇಳಬೇಡಿ", "ಕೇಳ್ಬೇಡ", "kelbedi", "kelabedi",
    # "no bargaining": "ಚೌಕಾಸಿ ಇಲ್ಲ", "ಚೌಕಾಸಿ ಮಾಡ್ಬೇಡಿ"
    "ಚೌಕಾಸಿ ಇಲ್ಲ", "chowkasi illa", "ಚೌಕಾಸಿ ಮಾಡ್ಬೇಡಿ", "chowkasi madbedi",
    # "no more words": "ಐವತ್ತೈದು, ಇನ್ನು ಮಾತಿಲ್ಲ"
    "ಇನ್ನು ಮಾತಿಲ್ಲ", "ಇನ್ನು ಮಾತು ಇಲ್ಲ", "innu matilla", "innu maatilla",
    # "don't talk any more": "ಇನ್ನು ಮಾತಾಡ್ಬೇಡಿ", "ಇನ್ನು ಮಾತು ಬೇಡ"
    "ಇನ್ನು ಮಾತಾಡ್ಬೇಡಿ", "ಇನ್ನು ಮಾತಾಡಬೇಡಿ", "ಇನ್ನು ಮಾತು ಬೇಡ", "innu matadbedi", "innu maatadbedi",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = ("ಕಡಿಮೆ", "ಕಮ್ಮಿ", "kadime", "kammi", "ಇಳಿಸ-", "ilis-")
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("ಜಾಸ್ತಿ", "ಹೆಚ್ಚು", "jaasti", "hechchu")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = ("-ತ್ತಾ", "-ತೀರಾ", "-ಬಹುದಾ", "-ಲ್ವಾ", "-ತ್ತೀರಾ", "-ta", "-tira")


# Words that hold an amount of a unit (`LanguageSpec.measures`).
MEASURES: dict[str, tuple[float, str]] = {
    "ಅರ್ಧಕೆಜಿ": (0.5, "kg"),
    "ಅರ್ಧಕಿಲೋ": (0.5, "kg"),
    "ಕಾಲುಕೆಜಿ": (0.25, "kg"),
    "ಕಾಲುಕಿಲೋ": (0.25, "kg"),
    "ಮುಕ್ಕಾಲುಕೆಜಿ": (0.75, "kg"),
    "ardhakeji": (0.5, "kg"),
    "ardhakilo": (0.5, "kg"),
    "kaalukeji": (0.25, "kg"),
}

# Hindi "pakka" (sure) is Kannada "beside" ("pakka da angadi", the shop beside).
FALSE_FRIENDS = ("pakka", "pakkada", "pakkadalli")


SPEC = LanguageSpec(
    code="kn",
    # a number with one of these before a unit word is the unit's price (`price_endings`)
    price_endings=("ಕ್ಕೆ", "ಕ್ಕ", "ಕ್ಕೇ", "ಗೆ", "ಗೇ", "kke", "ge"),
    bound_endings=(
        "ಕ್ಕಿಂತ",
        "ಗಿಂತ",
        "ವರೆಗೆ",
        "ಒಳಗೆ",
        "ಕ್ಕಿಂತಾ",
        "kkinta",
        "akkinta",
        "ginta",
        "olage",
    ),
    values={**VALUES, **ROMAN_VALUES, **MIXED, **dict.fromkeys(ONE_WITH_ENDINGS, 1.0)},
    tens={**TENS, **ROMAN_TENS},
    scales={**SCALES, **_ROMAN_SCALES},
    compounds={**COMPOUNDS, **ROMAN_COMPOUNDS},
    fractions={**_FRACTION_WORDS, **_ROMAN_FRACTIONS},
    # "ಸವಾ ನೂರು" 125, borrowed from Hindi and Marathi
    prefixes={"ಸವಾ": 0.25},
    ambiguous=AMBIGUOUS,
    suffixes=SUFFIXES,
    stem_endings=(_U,),
    units=UNITS,
    cues=CUES,
    false_friends=FALSE_FRIENDS,
    less_words=LESS_WORDS,
    final_words=FINAL_WORDS,
    yes_no_words=YES_NO_WORDS,
    measures=MEASURES,
    more_words=MORE_WORDS,
)
