"""Punjabi: Gurmukhi and the romanized Punjabi of chat.

Punjabi 0–99 are single words, each to be learnt (ਉੱਨੀ 19, ਪੈਂਤੀ 35, ਉਣੰਜਾ 49, ਨੜਿੰਨਵੇਂ
99), so all are listed with their common spellings: the addak (ੱ) and nukta kept or
dropped (ਇੱਕ/ਇਕ, ਸੋਲ਼ਾਂ/ਸੋਲਾਂ), ਣ or ਨ (ਉਣੱਤੀ/ਉਨੱਤੀ), a final nasal kept or dropped
(ਨੌਂ/ਨੌ, ਬਾਨਵੇਂ/ਬਾਨਵੇ), and the forms indic-numtowords writes (ਪਨਤਾਲੀ 45, ਬੱਨਵੇ 92).
Hundreds are said apart with ਸੌ ("ਦੋ ਸੌ", "ਡੇਢ ਸੌ" 150, "ਢਾਈ ਸੌ" 250, "ਸਵਾ ਸੌ" 125), then
ਹਜ਼ਾਰ, ਲੱਖ and ਕਰੋੜ in Indian grouping. Fractions: ਅੱਧਾ 0.5, ਪਾਈਆ 0.25, ਪੌਣਾ 0.75, ਡੇਢ
1.5, ਢਾਈ 2.5, and the prefixes ਸਾਢੇ +0.5, ਸਵਾ +0.25, ਪੌਣੇ −0.25.

Postpositions are mostly written apart ("ਸੌ ਦਾ", "ਪੰਜਾਹ ਨੂੰ"); the ones also written
joined to a number are listed as endings ("ਸੌ'ਚ", "ਪੰਜਾਹਨੂੰ", "ਸੌਤੋਂ"). The genitive
ਦਾ/ਦੀ/ਦੇ is not: joined, it would read "ਸੌਦਾ" ("deal") as 100 and "ਦਸਦਾ" ("tells") as
10.

References: indic-numtowords' Punjabi, read back for every number up to a lakh by
`tests/unit/test_number_oracles.py`; standard Punjabi number names for the rest.
"""

from __future__ import annotations

from audio.languages.base import Cue, Kind, LanguageSpec, Part, number_values, written_as

# fmt: off
NATIVE: dict[int, tuple[str, ...]] = {
    0: ("ਸਿਫ਼ਰ", "ਜ਼ੀਰੋ"), 1: ("ਇੱਕ",), 2: ("ਦੋ",), 3: ("ਤਿੰਨ",), 4: ("ਚਾਰ",), 5: ("ਪੰਜ",),
    6: ("ਛੇ", "ਛੇਂ"), 7: ("ਸੱਤ",), 8: ("ਅੱਠ",), 9: ("ਨੌਂ",), 10: ("ਦਸ",),
    11: ("ਗਿਆਰਾਂ", "ਗਯਾਰਾਂ"), 12: ("ਬਾਰਾਂ",), 13: ("ਤੇਰਾਂ",), 14: ("ਚੌਦਾਂ",),
    15: ("ਪੰਦਰਾਂ",), 16: ("ਸੋਲ਼ਾਂ",), 17: ("ਸਤਾਰਾਂ",), 18: ("ਅਠਾਰਾਂ",), 19: ("ਉੱਨੀ",),
    20: ("ਵੀਹ",), 21: ("ਇੱਕੀ",), 22: ("ਬਾਈ",), 23: ("ਤੇਈ",), 24: ("ਚੌਵੀ",), 25: ("ਪੱਚੀ",),
    26: ("ਛੱਬੀ",), 27: ("ਸਤਾਈ",), 28: ("ਅਠਾਈ",), 29: ("ਉਣੱਤੀ", "ਉੱਨਤੀ"), 30: ("ਤੀਹ",),
    31: ("ਇਕੱਤੀ", "ਇੱਕਤੀ"), 32: ("ਬੱਤੀ",), 33: ("ਤੇਤੀ",), 34: ("ਚੌਂਤੀ",), 35: ("ਪੈਂਤੀ",),
    36: ("ਛੱਤੀ",), 37: ("ਸੈਂਤੀ",), 38: ("ਅਠੱਤੀ",), 39: ("ਉਣਤਾਲੀ",), 40: ("ਚਾਲੀ",),
    41: ("ਇਕਤਾਲੀ",), 42: ("ਬਿਆਲੀ", "ਬਤਾਲੀ"), 43: ("ਤਿਰਤਾਲੀ", "ਤਰਤਾਲੀ"),
    44: ("ਚੁਤਾਲੀ", "ਚੌਤਾਲੀ"), 45: ("ਪੰਜਤਾਲੀ", "ਪਨਤਾਲੀ", "ਪੰਤਾਲੀ", "ਪੈਂਤਾਲੀ"), 46: ("ਛਿਆਲੀ",),
    47: ("ਸੰਤਾਲੀ", "ਸਨਤਾਲੀ"), 48: ("ਅਠਤਾਲੀ",), 49: ("ਉਣੰਜਾ",), 50: ("ਪੰਜਾਹ",),
    51: ("ਇਕਵੰਜਾ",), 52: ("ਬਵੰਜਾ", "ਬਾਵੰਜਾ"), 53: ("ਤਰਵੰਜਾ", "ਤਿਰਵੰਜਾ"),
    54: ("ਚਰਵੰਜਾ", "ਚੁਰੰਜਾ"), 55: ("ਪਚਵੰਜਾ",), 56: ("ਛਪੰਜਾ", "ਛਿਵੰਜਾ"), 57: ("ਸਤਵੰਜਾ",),
    58: ("ਅਠਵੰਜਾ",), 59: ("ਉਣਾਹਠ",), 60: ("ਸੱਠ",), 61: ("ਇਕਾਹਠ",), 62: ("ਬਾਹਠ",),
    63: ("ਤਰੇਹਠ", "ਤ੍ਰੇਹਠ", "ਤਰੇਂਹਠ"), 64: ("ਚੌਂਹਠ",), 65: ("ਪੈਂਹਠ", "ਪੈਂਠ"), 66: ("ਛਿਆਹਠ",),
    67: ("ਸਤਾਹਠ",), 68: ("ਅਠਾਹਠ",), 69: ("ਉਣੱਤਰ", "ਉੱਨਤਰ"), 70: ("ਸੱਤਰ",),
    71: ("ਇਕਹੱਤਰ",), 72: ("ਬਹੱਤਰ",), 73: ("ਤਿਹੱਤਰ", "ਤਹੱਤਰ"),
    74: ("ਚੌਹੱਤਰ", "ਚੁਹੱਤਰ", "ਚਹੱਤਰ"), 75: ("ਪੰਜੱਤਰ", "ਪਚੱਤਰ", "ਪਚਹੱਤਰ", "ਪੰਝੱਤਰ"),
    76: ("ਛਿਹੱਤਰ", "ਛਿਅੱਤਰ"), 77: ("ਸਤੱਤਰ", "ਸਤਹੱਤਰ"), 78: ("ਅਠੱਤਰ", "ਅਠਹੱਤਰ"),
    79: ("ਉਣਾਸੀ",), 80: ("ਅੱਸੀ",), 81: ("ਇਕਾਸੀ", "ਇਕਆਸੀ"), 82: ("ਬਿਆਸੀ",),
    83: ("ਤਿਰਾਸੀ", "ਤਰਾਸੀ"), 84: ("ਚੁਰਾਸੀ", "ਚੌਰਾਸੀ"), 85: ("ਪੰਜਾਸੀ", "ਪਚਾਸੀ"),
    86: ("ਛਿਆਸੀ",), 87: ("ਸਤਾਸੀ",), 88: ("ਅਠਾਸੀ",), 89: ("ਉਣਾਨਵੇਂ", "ਉਨੱਨਵੇਂ"),
    90: ("ਨੱਬੇ",), 91: ("ਇਕਾਨਵੇਂ", "ਇੱਕਨਵੇਂ"), 92: ("ਬਾਨਵੇਂ", "ਬੱਨਵੇਂ"),
    93: ("ਤਿਰਾਨਵੇਂ", "ਤਰਾਨਵੇਂ", "ਤਰੱਨਵੇਂ"), 94: ("ਚੁਰਾਨਵੇਂ", "ਚਰੱਨਵੇਂ"),
    95: ("ਪਚਾਨਵੇਂ", "ਪਚੱਨਵੇਂ"), 96: ("ਛਿਆਨਵੇਂ", "ਛਿਅੱਨਵੇਂ"), 97: ("ਸਤਾਨਵੇਂ", "ਸਤੱਨਵੇਂ"),
    98: ("ਅਠਾਨਵੇਂ", "ਅਠੱਨਵੇਂ"), 99: ("ਨੜਿੰਨਵੇਂ", "ਨੜਿੱਨਵੇਂ"),
}
# The forties as many type them, with the aspirate mark: "ਚਾਲ੍ਹੀ", "ਬਤਾਲ੍ਹੀ".
NATIVE = {
    n: (*forms, *(f[:-1] + "੍ਹੀ" for f in forms if f.endswith("ਾਲੀ"))) for n, forms in NATIVE.items()
}

# Punjabi as typed in Latin letters, where it differs from Hindi's ("do", "das", "saath",
# "sattar" are read by the Hindi table). `fold` merges vowel length and doubled letters.
ROMAN: dict[int, tuple[str, ...]] = {
    0: ("sifar",), 1: ("ikk", "ik"), 5: ("panj",), 7: ("satt",), 9: ("naun",),
    11: ("gyaran", "giaran"), 12: ("baran",), 13: ("teraan", "teran"), 14: ("chaudan",),
    15: ("pandran",),
    16: ("solan",), 17: ("sataran", "sataraan"), 18: ("atharan", "athaaraan"),
    19: ("unni",), 20: ("veeh", "vih"), 21: ("ikki",), 22: ("bai",), 23: ("tei",),
    24: ("chauvi", "chovi"), 25: ("pachchi", "pachi"), 26: ("chhabbi",), 27: ("satai",),
    28: ("athai", "athaayi", "athayi"), 29: ("unatti",), 30: ("teeh", "tih"),
    31: ("ikatti",), 32: ("batti",),
    33: ("teti",), 34: ("chaunti",), 35: ("painti",), 36: ("chhatti",), 37: ("sainti",),
    38: ("athatti",), 39: ("untali",), 40: ("chali",), 41: ("iktali",),
    42: ("biali", "bayali", "batali"), 43: ("tirtali", "tartali"), 44: ("chutali",),
    45: ("panjtali", "pantali", "paintali"), 46: ("chhiali",), 47: ("santali",), 48: ("athtali",),
    49: ("unanja",), 50: ("panjah",), 51: ("ikvanja",), 52: ("bavanja",),
    53: ("tarvanja",), 54: ("charvanja",), 55: ("pachvanja", "pachpanja"), 56: ("chhapanja",),
    57: ("satvanja",), 58: ("athvanja",), 59: ("unahath",), 61: ("ikahath",),
    62: ("bahath",), 63: ("tarehath",), 64: ("chaunhath",), 65: ("painhath",),
    66: ("chhiahath",), 67: ("satahath",), 68: ("athahath",), 69: ("unattar",),
    75: ("panjattar", "panjhattar"), 81: ("ikasi",), 82: ("biasi",), 84: ("churasi",),
    85: ("panjasi",), 86: ("chhiasi",), 87: ("satasi",), 89: ("unanve",),
    91: ("ikanve",), 94: ("churanve",), 96: ("chhianve",), 97: ("satanve",),
    99: ("narinve", "nadinve"),
}

# Spellings the generated variants must not produce: everyday words they would take over.
NOT_NUMBERS = frozenset(
    (
        "ਅਸੀ",  # ਅੱਸੀ 80 without its addak is "we"
        "ਤੇਰਾ",  # ਤੇਰਾਂ 13 without its nasal is "your"
        "ਸਤਰ",  # ਸੱਤਰ 70 without its addak is "line"
    )
)


def _spellings(word: str) -> set[str]:
    """A word and its common other spellings: nukta and addak dropped, ਣ as ਨ, a final
    nasal kept or dropped."""
    found = {word}
    for old, new in (("਼", ""), ("ਣ", "ਨ"), ("ੱ", "")):
        found |= {w.replace(old, new) for w in found}
    found |= {w[:-1] for w in found if w.endswith("ਂ")}
    found |= {w + "ਂ" for w in found if w.endswith("ਨਵੇ")}
    return found - NOT_NUMBERS



# Postpositions written joined to a number: "'ਚ"/"ਵਿੱਚ" "in/for", "ਨੂੰ" "to", "ਤੋਂ"
# "from/than", "ਤੇ" "on/at". Not ਦਾ/ਦੀ/ਦੇ (see the module docstring).
SUFFIXES: tuple[str, ...] = (
    "ਨੂੰ", "'ਚ", "’ਚ", "ਚ", "ਵਿੱਚ", "ਵਿਚ", "ਤੋਂ", "ਤੇ",
    # The oblique plural a price takes before ਦਾ/ਦੀ/ਦੇ ("for"): "ਤੀਹਾਂ ਦਾ" (for thirty),
    # "ਚਾਲੀਆਂ ਦੇ", "ਸੱਠਾਂ ਦੀ".
    "ਾਂ", "ਆਂ",
)

VALUES: dict[str, float] = number_values(NATIVE, ROMAN, _spellings)

# "ਇੱਕ" is also the article "a"; with an ending it counts as one only when a unit or
# currency vouches, so each form is listed whole.
ONE_FORMS: tuple[str, ...] = tuple(
    f"{one}{s}" for one in ("ਇੱਕ", "ਇਕ") for s in ("", *SUFFIXES)
)
VALUES |= {w: 1 for w in ONE_FORMS}

SCALES: dict[str, float] = {
    "ਸੌ": 100, "ਹਜ਼ਾਰ": 1000, "ਹਜਾਰ": 1000, "ਲੱਖ": 100_000, "ਲਖ": 100_000,
    "ਕਰੋੜ": 10_000_000, "ਕ੍ਰੋੜ": 10_000_000,
}
FRACTIONS: dict[str, float] = {
    # English "half" in the native script: "ਹਾਫ਼ kilo"
    "ਹਾਫ਼": 0.5, "ਹਾਫ": 0.5,
    "ਅੱਧਾ": 0.5, "ਅੱਧੀ": 0.5, "ਅੱਧੇ": 0.5, "ਅੱਧ": 0.5, "ਅਧਾ": 0.5, "ਅਧੀ": 0.5,
    "ਪਾਈਆ": 0.25, "ਪਾਇਆ": 0.25, "ਪਊਆ": 0.25, "ਪੌਣਾ": 0.75, "ਪੌਣੀ": 0.75, "ਡੇਢ": 1.5,
    "ਡੇਡ": 1.5, "ਢਾਈ": 2.5, "paiya": 0.25, "pauna": 0.75, "paunaa": 0.75,
    # "ਪਾ ਕਿੱਲੋ" a quarter kilo ("ਪਾ" is also "put": a unit must follow)
    "ਪਾ": 0.25, "paa": 0.25, "pa": 0.25, "paun": 0.75, "ਪੌਣ": 0.75,
}
PREFIXES: dict[str, float] = {
    "ਸਾਢੇ": 0.5, "ਸਾਡੇ": 0.5, "ਸਵਾ": 0.25, "ਪੌਣੇ": -0.25, "ਪੌਨੇ": -0.25,
}
# A prefix joined to a hundred is sometimes written as one word: "ਸਵਾਸੌ" 125.
COMPOUNDS: dict[str, tuple[Part, ...]] = {
    "ਸਵਾਸੌ": (Part(Kind.PREFIX, 0.25), Part(Kind.SCALE, 100)),
    "ਡੇਢਸੌ": (Part(Kind.FRACTION, 1.5), Part(Kind.SCALE, 100)),
    "ਢਾਈਸੌ": (Part(Kind.FRACTION, 2.5), Part(Kind.SCALE, 100)),
    # A count written into the hundred or thousand after it: "ਤਿੰਨਸੌ" 300, "ਦੋਹਜ਼ਾਰ"
    # 2000 (read apart, "ਤਿੰਨਸੌ ਪੰਜਾਹ" would lose the hundreds).
    **{
        word + scale: (Part(Kind.VALUE, n), Part(Kind.SCALE, size))
        for n, words in NATIVE.items()
        if 1 <= n <= 99
        for word in words
        for scale, size in (("ਸੌ", 100), ("ਹਜ਼ਾਰ", 1000), ("ਹਜਾਰ", 1000))
        if size == 1000 or n < 20
    },
}

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("ਕਿੱਲੋ", "ਕਿਲੋ", "ਕਿਲੋਗ੍ਰਾਮ", "ਕੇਜੀ", "ਕਿੱਲੋਗ੍ਰਾਮ", "killo"),
    "g": ("ਗ੍ਰਾਮ", "ਗਰਾਮ"),
    "dozen": ("ਦਰਜਨ", "ਦਰਜਣ", "ਦਰਜਨਾਂ", "darjan", "dajan", "darjen"),
    "piece": ("ਪੀਸ", "ਨਗ", "pees", "peece", "nag"),
    "litre": ("ਲੀਟਰ", "ਲਿਟਰ", "litar", "leetar"),
    "bunch": (
        "ਗੱਠੀ", "ਗਠੀ", "ਗੱਠ", "ਗੁੱਛਾ", "ਗੱਡੀ", "ਥੱਬਾ", "ਗੱਠੀਆਂ", "ਗੁੱਛੇ", "ਗੱਡੀਆਂ", "ਥੱਬੇ",
        "gatthi", "gathi", "thabba", "ਗੁੱਛੀ", "ਗੁਛੀ", "ਗੁੱਛੀਆਂ", "gucchi", "guchhi", "guchha",
        "gaddi",
        # greens tied in a small bunch or a fistful: "ਪੁਦੀਨੇ ਦੀ ਗੁੱਟੀ", "ਮੇਥੀ ਦਾ ਮੁੱਠਾ"
        "ਗੁੱਟੀ", "ਗੁਟੀ", "ਗੁੱਟੀਆਂ", "ਮੁੱਠਾ", "ਮੁਠਾ", "ਮੁੱਠੇ", "gutti", "guttiyan", "muttha",
        "mutha", "mutthe",
    ),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "ਰੁਪਏ", "ਰੁਪਈਏ", "ਰੁਪਿਆ", "ਰੁਪਈਆ", "ਰੁਪਇਆ", "ਰੁਪਇਏ", "ਰੁਪੈ", "ਰੁ", "ਰੁਪਏਆਂ",
        "rupaiye", "rupiya",
    ),
    Cue.PAISE: ("ਪੈਸੇ", "ਪੈਸਾ"),
    Cue.PER: ("ਪ੍ਰਤੀ", "ਹਰ", "ਫੀ", "fi"),
    # a genitive between a price and a count: "ਦਸ ਦੇ ਤਿੰਨ" (three for ten)
    Cue.OF: ("ਦਾ", "ਦੇ", "ਦੀ", "ਦੀਆਂ", "da", "de", "di", "diyan", "diyaan", "dian"),
    Cue.LINK: (
        "ਨਹੀਂ ਤਾਂ", "nahi ta",
        "ਨਹੀਂ ਤਾ", "ਵਰਨਾ", "nahi taan", "nahi tan", "varna",
        "ਜਾਂ", "ja",
        "ਦਾ", "ਦੀ", "ਦੇ", "ਚ", "ਵਿੱਚ", "ਵਿਚ", "ਨੂੰ", "ਹੈ", "ਆ", "ਤਾਂ", "ਵੀ", "ਹੀ", "ਜੀ",
        "ਬਾਈ", "ਭਾਜੀ", "ਵੀਰ", "ਵੀਰੇ", "ਭੈਣ", "ਭੈਣ ਜੀ", "ਹਿਸਾਬ", "ਹਿਸਾਬ ਨਾਲ", "ਸਿਰਫ", "ਸਿਰਫ਼",
        "ਬੱਸ", "da", "di", "nu", "vich", "ch", "veer", "veere", "bhaji", "hisab naal",
    ),
    Cue.EACH: (
        "ਇੱਕ ਦਾ", "ਇਕ ਦਾ", "ਇੱਕ ਦੀ", "ਇਕ ਦੀ", "ਇੱਕ ਦੇ", "ਇਕ ਦੇ", "ਹਰ ਇੱਕ", "ਹਰ ਇਕ", "ਹਰੇਕ",
        "ਪ੍ਰਤੀ ਪੀਸ", "ਫੀ ਪੀਸ", "ik da", "ikk da", "ik di", "har ik", "harek",
    ),
    # a unit of trade the product does not list (`Cue.MEASURE`): its price is a rate
    Cue.MEASURE: (
        # a foot of pipe, wire, rope or board: its price is a rate
        "ਫੁੱਟ", "ਫੁੱਟ ਦਾ", "ਫੁੱਟ ਦੇ", "ਫੁਟ",
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "ਗੇੜਾ", "ਗੇੜੇ ਦਾ", "ਗੇੜੇ ਦੇ", "ਟ੍ਰਿਪ", "ਟਰਿੱਪ", "gerha", "gerhe da", "ਘੰਟੇ ਦਾ",
        # a trip the Malwa way, "ਗੇੜੀ"; a day of hire ("ਟੈਂਟ ਇੱਕ ਦਿਨ ਦਾ")
        "ਗੇੜੀ", "ਗੇੜੀ ਦਾ", "ਗੇੜੀ ਦੇ", "gerhi", "gedi", "ਇੱਕ ਦਿਨ ਦਾ", "ਇੱਕ ਦਿਨ ਦੇ", "ik din da",
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "ਸਵਾਰੀ ਦੇ", "ਸੀਟ ਦੇ", "ਸੀਟ", "ਮਿੰਟ ਦਾ", "ਕਿਲੋਮੀਟਰ", "ਤੋਲੇ ਦਾ", "ਤੋਲਾ", "ਤੋਲੇ", "sawari",
        "tola", "tole",
        "ਕੁਇੰਟਲ", "ਕਵਿੰਟਲ", "ਮਣ", "ਮੀਟਰ", "ਗਜ਼", "ਗਜ", "ਪੇਟੀ", "ਬਾਕਸ", "kuintal",
        # baskets, pairs, sets, boxes: their price is a rate too
        "ਟੋਕਰੀ", "ਟੋਕਰਾ", "ਜੋੜੀ", "ਜੋੜਾ", "ਸੈੱਟ", "ਸੈਟ", "ਡੱਬਾ", "ਡੱਬੇ", "tokri", "jodi", "dabba",
        "ਪੇਟੀਆਂ", "ਟੋਕਰੀਆਂ", "ਜੋੜੀਆਂ", "ਡੱਬੇ",
    ),
    Cue.LOT: (
        "ਥੈਲਾ", "ਥੈਲੀ", "ਟੋਕਰੀ", "ਬੋਰੀ", "ਪੇਟੀ", "ਢੇਰ", "ਝੋਲਾ", "ਪੈਕਟ", "thaila", "tokri",
        "bori", "peti", "dher",
        # a sack of grain or potatoes: "ਗੱਟਾ ਅੱਠ ਸੌ"; a trolley load
        "ਗੱਟਾ", "ਗੱਟੇ", "gatta", "ਟਰਾਲੀ", "trali",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        "ਤੁਹਾਡੇ ਲਈ", "ਤੁਹਾਡੇ ਲਏ", "ਤੇਰੇ ਲਈ", "ਤੁਹਾਨੂੰ", "ਤੈਨੂੰ", "tuhade layi", "tuhade lai",
        "tere layi", "tere lai", "tuhanu", "tainu",
    ),
    Cue.SET: (
        # "let's settle at X": proposes X
        "ਪੱਕਾ ਕਰੀਏ", "ਫਿਕਸ ਕਰੀਏ", "pakka kariye", "fix kariye",
        "ਕਰ ਦਿਓ", "ਕਰ ਦਿਉ", "ਕਰੋ", "ਲਾ ਦਿਓ", "ਲਗਾ ਦਿਓ", "ਲਾ ਦਿਉ", "kar do", "kar deo",
        "kar dio", "la do", "la deo", "laa do",
        # "charge it": "ਅਠਤਾਲੀ ਲਾ ਲੈ"
        "ਲਾ ਲੈ", "ਲਾ ਲਓ", "ਲਗਾ ਲੈ", "ਲਗਾ ਲਓ", "la le", "laa le", "la lo", "laa lo",
    ),
    Cue.TOTAL: (
        "ਪੂਰੀ", "ਪੂਰਾ", "ਪੂਰੇ", "ਸਾਰਾ", "ਸਾਰੀ", "ਸਾਰੇ",
        "ਕੁੱਲ", "ਕੁਲ", "ਸਾਰੇ", "ਸਾਰਾ", "ਸਾਰੀਆਂ", "ਸਾਰੇ ਮਿਲਾ ਕੇ", "ਮਿਲਾ ਕੇ", "ਟੋਟਲ", "ਪੂਰਾ",
        "ਸਾਰਿਆਂ ਦਾ", "kull", "mila ke", "sariyan da",
        # "for all of them/us": "ਸਾਰਿਆਂ ਦੇ ਡੇਢ ਸੌ"
        "ਸਾਰਿਆਂ ਦੇ", "ਸਾਰਿਆਂ ਦੀ", "ਸਾਰਿਆਂ ਦੇ ਮਿਲਾ ਕੇ", "sariyan de", "sariyan di",
    ),
    Cue.ACCEPT: (
        # English "deal", "done", "okay" as written in the script
        "ਡੀਲ", "ਡੀਲ ਪੱਕੀ", "ਡਨ", "ਪੱਕੀ ਗੱਲ",
        # as you say, as you wish, your word stands: take it
        "ਤੁਹਾਡੀ ਮਰਜ਼ੀ", "ਤੁਹਾਡੀ ਮਰਜੀ", "ਤੁਹਾਡੀ ਗੱਲ ਰਹੀ", "ਜੋ ਤੁਸੀਂ ਕਹੋ", "ਜਿਵੇਂ ਤੁਸੀਂ ਕਹੋ",
        "tuhadi marzi", "jive tusi kaho", "ਤੁਹਾਡੀ ਗੱਲ", "tuhadi gall",
        "ਠੀਕ ਹੈ", "ਠੀਕ ਆ", "ਠੀਕ", "ਚੱਲੇਗਾ", "ਚਲੇਗਾ", "ਹਾਂਜੀ", "ਹਾਂ ਜੀ",
        "ਪੱਕਾ", "ਓਕੇ", "ਮਨਜ਼ੂਰ", "ਮਨਜੂਰ", "ਸਹੀ ਆ", "ਸਹੀ ਹੈ", "ਡੰਨ", "thik aa",
        "theek aa", "haanji", "sahi aa",
    ),
    # "come on", "okay", "settled": agreement only when no price is said with it, or the
    # price on the table
    Cue.SOFT_ACCEPT: (
        "ਚੱਲੋ", "ਚਲੋ", "ਪੱਕੇ", "ਪੱਕਾ", "pakke", "pakka", "ਚੱਲ", "chalo", "ਹਾਂ", "ਬਿਲਕੁਲ", "ਚੰਗਾ",
        # "I'll take it" in the first person ("ਉਸ ਰੇਟ ਤੇ ਲੈ ਲਵਾਂਗਾ")
        "ਲੈ ਲਵਾਂਗਾ", "ਲੈ ਲਵਾਂਗੀ", "ਲੈ ਲਵਾਂ", "le lavanga", "lai lavanga", "le lavangi",
    ),
    Cue.REJECT: (
        # at a loss, below the cost: refused with no "no"
        "ਘਾਟਾ", "ਘਾਟੇ", "ਮੇਰੀ ਖਰੀਦ", "ghata", "ghate",
        # the goods not wanted: "I don't want (these)"
        "ਨੀ ਲੈਣੇ", "ਨੀ ਲੈਣਾ", "ਨਹੀਂ ਲੈਣੇ", "ਨੀ ਚਾਹੀਦੇ", "ਨਹੀਂ ਚਾਹੀਦੇ", "ਨੀ ਚਾਹੀਦਾ",
        "ni lene", "ni lena", "nahi lene", "nai lene", "nahi chahide", "ni chahide",
        # leaving the goods without a price: "leave it", "rehne do"
        "rehan do", "rehn do", "rehnde do", "ਰਹਿਣ ਦਿਓ", "ਰਹਿਣ ਦੇ", "ਰਹਿਣ ਦਿਉ", "ਛੱਡੋ", "ਛੱਡ ਦਿਓ",
        "chhado", "chhad do", "ਨਹੀਂ ਲੈਣਾ", "nahi laina", "ਅੱਗੇ ਦੇਖਦਾ", "agge dekhda", "ਨਹੀਂ ਚਾਹੀਦਾ",
        "nahi chahida",
        # going to another shop refuses this one's price
        "ਹੋਰ ਦੁਕਾਨ", "ਹੋਰ ਦੁਕਾਨ ਤੋਂ", "ਕਿਤੇ ਹੋਰ", "hor dukan", "kite hor",
        # a loss to the seller: the price is refused
        "ਘਾਟਾ", "ਨੁਕਸਾਨ", "ghaata", "nuksaan",
        "ਦੂਜੀ ਦੁਕਾਨ", "ਹੋਰ ਦੁਕਾਨ",
        "ਨਹੀਂ ਚੱਲੇਗਾ", "ਨਹੀਂ ਚਲੇਗਾ", "ਨਹੀਂ ਚਾਹੀਦਾ", "ਘੱਟ ਕਰੋ", "ਘੱਟ ਕਰ ਦਿਓ", "ਥੋੜ੍ਹਾ ਘੱਟ",
        "ਥੋੜਾ ਘੱਟ", "ਨਾ ਜੀ", "ਬਿਲਕੁਲ ਨਹੀਂ", "ਨਹੀਂ ਪੁੱਗਦਾ", "ਨਹੀਂ ਪੁਗਦਾ", "ਨਹੀਂ ਵਾਰਾ ਖਾਂਦਾ",
        "ghat karo", "ghatt karo", "nahi pugda", "thoda ghat",
    ),
    Cue.NEGATION: ("ਨਹੀਂ", "ਨਹੀ", "ਨਾ", "ਨਈਂ", "ਨਈ", "nahin", "nahi", "nai"),
    Cue.TOO_MUCH: (
        "ਬਹੁਤ ਜ਼ਿਆਦਾ", "ਬਹੁਤ ਜਿਆਦਾ", "ਜ਼ਿਆਦਾ", "ਜਿਆਦਾ", "ਮਹਿੰਗਾ", "ਮਹਿੰਗੇ", "ਮਹਿੰਗੀ",
        "ਬਹੁਤ ਮਹਿੰਗਾ", "ਬਾਹਲਾ", "ਬਾਹਲੇ", "ਬਹੁਤ ਵੱਧ", "mehnga", "mahinga", "bahla", "bahle",
        "ਲੁੱਟ", "ਦਿਨ ਦਿਹਾੜੇ ਲੁੱਟ", "lutt",
    ),
    # "ਵੱਧ"/"ਘੱਟ" alone are "more/less (than)": "ਪੰਜਾਹ ਤੋਂ ਵੱਧ ਨਹੀਂ" caps the price at 50.
    Cue.COMPARATIVE: (
        "ਤੋਂ ਵੱਧ", "ਤੋਂ ਘੱਟ", "ਤੋਂ ਜ਼ਿਆਦਾ", "ਤੋਂ ਜਿਆਦਾ", "ਤੋਂ ਉੱਪਰ", "ਤੋਂ ਥੱਲੇ", "ਵੱਧ", "ਵਧ",
        "ਘੱਟ", "ਘਟ", "ਉੱਪਰ", "ਉਪਰ", "ਥੱਲੇ", "ton vadh", "ton ghat", "vadh", "ghat", "ghatt",
    ),
    Cue.CAP_BEFORE: (
        "ਮੈਕਸ", "ਮੈਕਸਿਮਮ",
        "ਵੱਧ ਤੋਂ ਵੱਧ", "ਜ਼ਿਆਦਾ ਤੋਂ ਜ਼ਿਆਦਾ", "ਜਿਆਦਾ ਤੋਂ ਜਿਆਦਾ", "ਘੱਟ ਤੋਂ ਘੱਟ", "ਮੈਕਸੀਮਮ",
        "vadh ton vadh", "ghat ton ghat",
    ),
    Cue.CAP: (
        "ਮੈਕਸ", "ਮੈਕਸਿਮਮ",
        "ਤੱਕ", "ਤਕ", "ਮੈਕਸੀਮਮ",
    ),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "ਆਖ਼ਰੀ ਗੱਲ", "ਆਖਰੀ ਗੱਲ", "ਅਖੀਰਲਾ", "ਅਖ਼ੀਰਲਾ", "ਫਿਕਸ ਰੇਟ", "akhiri", "aakhari",
        "akheerla",
        "ਆਖਰੀ ਰੇਟ", "ਆਖ਼ਰੀ ਰੇਟ", "ਆਖਰੀ", "ਆਖ਼ਰੀ", "ਆਖਰੀ ਭਾਅ", "ਫਾਈਨਲ", "ਫ਼ਾਈਨਲ", "ਲਾਸਟ",
        "ਫਿਕਸ", "ਪੱਕਾ ਰੇਟ", "ਇੱਕੋ ਰੇਟ", "akhri rate", "pakka rate",
    ),
    Cue.QUESTION: (
        # a unit, then "what?": "ਕਿੱਲੋ ਕੀ ਆ?" asks its rate
        "ਕਿੱਲੋ ਕੀ ਆ", "ਕਿਲੋ ਕੀ ਆ", "ਦਰਜਨ ਕੀ ਆ", "kilo ki aa", "killo ki aa",
        # the rate asked as typed in chat
        "ਕਿਵੇਂ ਲਾਇਆ", "ਕਿਵੇਂ ਲਗਾਏ", "ਕਿਵੇਂ ਲਾਏ ਨੇ", "ਕਿੱਦਾਂ ਲਾਏ", "kiwe laya", "kive laya",
        "kiven laya", "kiwe laye", "kive laye", "kiwe lagaye", "kiven lagaye", "kidda laye",
        "kiwe ditte", "kive dite", "kinne de", "kinne di", "kinne ch", "kinne wich",
        "kiwe layi", "kive laayi", "kiven layi", "ਕਿਵੇਂ ਲਾਈ", "kive lagayi",
        # "what will you take for it?" asks the charge; the genitive marks the goods or
        # the work priced ("ਹੋਰ ਕੀ ਲਓਗੇ?", what else will you buy, asks nothing)
        "ਦਾ ਕੀ ਲਓਗੇ", "ਦੀ ਕੀ ਲਓਗੇ", "ਦੇ ਕੀ ਲਓਗੇ", "ਦਾ ਕੀ ਲਵੋਗੇ", "ਦੀ ਕੀ ਲਵੋਗੇ", "ਦੇ ਕੀ ਲਵੋਗੇ",
        "da ki loge", "di ki loge", "de ki loge",
        "da ki laoge", "di ki laoge", "de ki laoge", "da ki lavoge", "di ki lavoge",
        "de ki lavoge", "ਦਾ ਕੀ ਲੈਂਦੇ", "ਦੀ ਕੀ ਲੈਂਦੇ", "ਦੇ ਕੀ ਲੈਂਦੇ", "da ki lainde",
        "di ki lainde", "de ki lainde",
        "ਕਿੰਨੇ", "ਕਿੰਨਾ", "ਕਿੰਨੀ", "ਕਿੰਨੇ ਦਾ", "ਕਿੰਨੇ ਦੀ", "ਕਿੰਨੇ ਦੇ", "ਕੀ ਰੇਟ", "ਰੇਟ ਕੀ",
        "ਕੀ ਭਾਅ", "ਭਾਅ ਕੀ", "ਕਿਵੇਂ ਲਾਏ", "ਕਿਵੇਂ ਦਿੱਤੇ", "ਕਿੱਦਾਂ", "kinne", "kinna", "kinni",
        "kinne da", "ki rate", "rate ki", "ki bhaa", "kiven laye",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        "ਲੈ ਜਾਓ", "ਲੈ ਜਾ", "ਲੈ ਲਓ", "ਲੈ ਜਾਉ", "le jao", "lai jao",
        # "given (at the price)": the deal done, said as the goods change hands
        "ਦੇ ਦਿੱਤਾ", "ਦਿੱਤਾ", "ਦਿਤਾ", "ਦੇ ਦਿੱਤੇ", "de ditta", "de dita", "ditta", "dita",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "ਕਹਿੰਦੇ ਹੋ", "ਕਹਿ ਰਹੇ ਹੋ", "ਕਿਹਾ", "ਮੰਗਦੇ ਹੋ", "ਮੰਗ ਰਹੇ ਹੋ", "kehnde ho", "keha",
    ),
    Cue.WEAK_QUESTION: (
        # romanized: "kilo kida laya"
        "kida", "kidan", "bhaa", "bhaah",
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "ਦੱਸੋ", "dasso",
        "ਰੇਟ", "ਭਾਅ", "ਮੁੱਲ", "ਕੀਮਤ", "mull", "ਕਿਵੇਂ", "kiven", "kiddan", "ਕਿੱਦਾਂ",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        "ਖੁੱਲ੍ਹਾ", "ਖੁੱਲਾ", "ਖੁੱਲੇ", "khulla", "khulle", "ਚੇਂਜ",
        "ਭਾਨ", "ਖੁੱਲ੍ਹੇ", "ਝੋਲਾ", "ਲਿਫ਼ਾਫ਼ਾ", "ਲਿਫਾਫਾ", "ਥੈਲਾ", "ਨੋਟ", "bhaan", "jhola",
        "lifafa",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "minit", "mint", "ghanta",
        # a bus route: "the 47 bus"
        "ਨੰਬਰ ਬੱਸ", "ਵਾਲੀ ਬੱਸ",
        # a temperature, a school class, a distance or a span of time
        "ਡਿਗਰੀ", "degree", "ਜਮਾਤ", "ਕਲਾਸ", "class", "ਕਿਲੋਮੀਟਰ", "km", "ਸਾਲ", "ਘੰਟੇ",
        # change for a note, other spellings
        "ਖੁੱਲ੍ਹਾ", "ਖੁੱਲਾ", "ਖੁੱਲੇ", "khulla", "ਚੇਂਜ",
        # change handed back
        "ਖੁੱਲ੍ਹੇ", "ਭਾਨ", "ਵਾਪਸ", "khulle", "bhaan", "vaapas",
        # a day of the month: "the 15th"
        "ਤਰੀਕ", "ਤਾਰੀਖ", "ਤਰੀਕ ਨੂੰ", "tareek", "tarikh",
        "ਜੀਅ", "ਜਣੇ", "ਬੰਦੇ",
        "ਬੱਚੇ", "ਨਿਆਣੇ", "ਨੋਟ", "bacche",
        "ਮਿੰਟ", "ਮਿੰਟਾਂ", "ਘੰਟੇ", "ਘੰਟਾ", "ਦਿਨ", "ਦਿਨਾਂ", "ਸਾਲ", "ਮਹੀਨੇ", "ਹਫ਼ਤੇ", "ਪ੍ਰਤੀਸ਼ਤ",
        "ਫ਼ੀਸਦੀ", "ਫੀਸਦੀ", "ਵਜੇ", "ਬੰਦੇ", "ਜਣੇ", "ਵਾਰ", "ਵਾਰੀ", "vaje", "bande", "jane",
        "feesadi", "fisadi", "taka", "takka", "ਟਕਾ",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "ਹਾਈਵੇ", "ਹਾਈਵੇਅ", "highway", "nh",
        # an ordinal ending typed after digits: "10ਵੀਂ"
        "ਵੀਂ", "ਵਾਂ", "ਵੇਂ",
        # a school class: "ਜਮਾਤ 10"
        "ਜਮਾਤ", "ਕਲਾਸ", "class",
        "ਨੰਬਰ", "ਦੁਕਾਨ", "ਗਲੀ", "ਫੜੀ", "nambar",
        # a time of day: the number after it is a clock time
        "ਸਵੇਰੇ", "ਸ਼ਾਮ", "ਸ਼ਾਮ ਨੂੰ", "ਸ਼ਾਮੀਂ", "ਰਾਤ", "ਰਾਤ ਨੂੰ", "ਦੁਪਹਿਰ", "ਦੁਪਹਿਰੇ", "savere",
        "shaam",
    ),
}
# fmt: on


def _written(wanted: tuple[str, ...]) -> frozenset[str]:
    return written_as(wanted, VALUES, SCALES, COMPOUNDS, FRACTIONS, PREFIXES)


# "ਇੱਕ"/"ik" is the article; "ਬਾਈ" is also "brother", "ਬੱਤੀ" a "light", "ਸਤ"/"sat" the
# "ਸਤਿ" of the greeting ("sat sri akal") as people often type it, "chali" Hindi "went".
# ("ਦਸ" is left firm: ten is said far more than a misspelt "ਦੱਸ" "tell", and a dropped
# ten would leave "ਦਸ ਦੇ ਤਿੰਨ" as a price of three.)
AMBIGUOUS = _written(
    (*ONE_FORMS, "ik", "ikk", "ਬਾਈ", "bai", "ਬੱਤੀ", "ਬਤੀ", "batti", "ਸਤ", "satt", "chali",
     "ਪਾ", "paa", "pa")
)  # fmt: skip


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "ਬੱਸ ਏਨਾ ਹੀ", "ਏਨਾ ਹੀ", "ਏਨੇ ਹੀ", "bas ena hi", "ena hi", "ਗੱਲ ਨਾ ਕਰਿਓ",
    "ਗੱਲ ਨਾ ਕਰੋ", "gal na kario", "ਹੀ ਲੱਗੂ", "ਹੀ ਲੱਗਣਗੇ", "hi laggu", "hi lagu",
    # "the talk is over": "ਗੱਲ ਮੁੱਕ ਗਈ", "ਹੋਰ ਗੱਲ ਨਹੀਂ"
    "ਗੱਲ ਮੁੱਕ ਗਈ", "gal mukk gayi", "gal muk gayi", "ਹੋਰ ਗੱਲ ਨਹੀਂ", "hor gal nahi",
    # "no other talk": "ਹੋਰ ਕੋਈ ਗੱਲ ਨਹੀਂ", "koi hor gall nahi"
    "ਹੋਰ ਕੋਈ ਗੱਲ ਨਹੀਂ", "ਕੋਈ ਹੋਰ ਗੱਲ ਨਹੀਂ", "hor koi gall nahi", "hor koi gal nahi",
    "koi hor gall nahi", "koi hor gal nahi", "hor gall nahi",
    # "enough, done": "ਬੱਸ ਹੋ ਗਿਆ"; "nothing past this": "ਇਸ ਤੋਂ ਅੱਗੇ ਨਹੀਂ"
    "ਬੱਸ ਹੋ ਗਿਆ", "ਬਸ ਹੋ ਗਿਆ", "bas ho gaya", "ਇਸ ਤੋਂ ਅੱਗੇ ਨਹੀਂ", "is ton agge nahi",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = (
    "ਘੱਟ", "ਘਟ", "ghat", "ghatt", "ਸਸਤ-", "ਘਟਾ-",
    # a discount: "ਥੋੜ੍ਹੀ ਛੋਟ ਦਿਓ", "ਡਿਸਕਾਊਂਟ"
    "ਛੋਟ", "chhot", "ਡਿਸਕਾਊਂਟ",
)  # fmt: skip
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("ਹੋਰ", "ਵੱਧ", "ਜ਼ਿਆਦਾ", "ਜਿਆਦਾ", "hor", "vadh")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = ("ਕੀ", "-ਓਗੇ", "-ਸਕਦੇ", "-oge")


# Words that hold an amount of a unit (`LanguageSpec.measures`).
MEASURES: dict[str, tuple[float, str]] = {
    "ਪਾਈਆ": (0.25, "kg"),
    "ਪਈਆ": (0.25, "kg"),
    "ਪਾਇਆ": (0.25, "kg"),
    "paiya": (0.25, "kg"),
    "paaiya": (0.25, "kg"),
}

SPEC = LanguageSpec(
    code="pa",
    # "ਹਾਂ" after a verb ("ਦੇਖਦਾ ਹਾਂ", "ਲੈਂਦੀ ਹਾਂ", "ਆਵਾਂਗਾ ਹਾਂ") is "am", not "yes"
    auxiliaries={
        # and after a past participle: "ਝੋਲਾ ਲਿਆਇਆ ਹਾਂ" (I have brought a bag)
        "ਹਾਂ": (
            "ਦਾ",
            "ਦੀ",
            "ਦੇ",
            "ਦੀਆਂ",
            "ਗਾ",
            "ਗੀ",
            "ਗੇ",
            "ਰਿਹਾ",
            "ਰਹੀ",
            "ਰਹੇ",
            "ਇਆ",
            "ਈ",
            "ਏ",
            # and after "standing", "sitting": "ਸਵੇਰ ਤੋਂ ਖੜ੍ਹਾ ਹਾਂ"
            "ਖੜ੍ਹਾ",
            "ਖੜ੍ਹੀ",
            "ਖੜਾ",
            "ਖੜੀ",
            "ਬੈਠਾ",
            "ਬੈਠੀ",
        ),
        "haan": (
            "da",
            "di",
            "de",
            "ga",
            "gi",
            "ge",
            "riha",
            "rahi",
            "rahe",
            "iya",
            "aya",
            "khada",
            "khadi",
            "khadha",
            "baitha",
            "baithi",
        ),
    },
    # a number with one of these before a unit word is the unit's price (`price_endings`)
    price_endings=("ਚ", "'ਚ", "’ਚ", "ਵਿੱਚ", "ਵਿਚ", "ਾਂ", "ਆਂ"),
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
    measures=MEASURES,
    more_words=MORE_WORDS,
)
