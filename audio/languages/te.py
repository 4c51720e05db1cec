"""Telugu: Telugu script and the romanized Telugu of chat and Whisper.

Telugu says 1–19 as single words (ఒకటి … పది, పదకొండు … పందొమ్మిది) and the tens
ఇరవై, ముప్పై, నలభై, యాభై, అరవై, డెబ్బై, ఎనభై, తొంభై, with the unit after them as a
separate word ("ముప్పై ఐదు" 35) or, in speech, run together with a "య్య" glide before
a vowel ("ముప్పయ్యైదు", "నలభయ్యైదు"). Formal tens end in "-ది" (ముప్పది, యాభై/ఏబది).
Hundreds: వంద (100), వందలు (plural), వందల (combining: "రెండు వందల యాభై" 250), నూరు
and its combining form నూట ("నూట యాభై", written also "నూటయాభై", 150); colloquially
"రెండొందలు", "మూడొందల". Thousands: వెయ్యి / వేయి (1000), వేలు (plural), వేల (combining);
లక్ష, లక్షా ("ఒక లక్షా ఇరవై వేలు"), లక్షలు, లక్షల; కోటి, కోట్లు, కోట్ల. పాతిక is 25.
Fractions: అర / అర్ధ / సగం ½, పావు ¼, ముప్పావు / ముక్కాలు ¾, and "X-న్నర" for X and a
half (ఒకటిన్నర 1½, రెండున్నర 2½, వందన్నర 150, వెయ్యిన్నర 1500, లక్షన్నర 1.5 lakh).
Case endings attach to numbers, money and units: -కు/-కి (for: "వందకు", "యాభైకి"),
-కే (only for), -లో, -తో, emphatic -ే/-యే ("వందే"), and the oblique "-ింటి-" of
"మూడింటికి".

References: num2words' Telugu and indic-numtowords' Telugu, both read back for every
number to a lakh by `tests/unit/test_number_oracles.py`; num2words' odd but readable
forms (ఒకటి వంద 100, ఒకటి వేయి 1000, వేయిల as the combining thousand, పదునయిదు 15)
are read, not excused. The sandhi and colloquial forms follow standard Telugu grammar
(Brown's and Arden's grammars: నూట as the combining form of నూరు, the య glide between
vowels, -న్నర "and a half").
"""

from __future__ import annotations

from audio.languages.base import Cue, LanguageSpec, Part, fraction, join, scale, tens, value

# --- numbers in Telugu script ---------------------------------------------------------

# fmt: off
_UNITS: dict[int, tuple[str, ...]] = {
    1: ("ఒకటి", "ఒక్కటి"), 2: ("రెండు",), 3: ("మూడు",), 4: ("నాలుగు", "నాల్గు"),
    5: ("ఐదు", "అయిదు", "అయ్దు"), 6: ("ఆరు",), 7: ("ఏడు",),
    8: ("ఎనిమిది", "ఎనమిది"), 9: ("తొమ్మిది",),
}
_TEENS: dict[int, tuple[str, ...]] = {
    10: ("పది",), 11: ("పదకొండు", "పదుకొండు"), 12: ("పన్నెండు",),
    13: ("పదమూడు", "పదుమూడు", "పదిమూడు"),
    14: ("పద్నాలుగు", "పధ్నాలుగు", "పదునాలుగు", "పదనాలుగు"),
    15: ("పదిహేను", "పదిహేన్", "పదేను", "పదునైదు", "పదునయిదు", "పదహైదు"),
    16: ("పదహారు", "పదిహారు", "పదారు"), 17: ("పదిహేడు", "పదేడు"),
    18: ("పద్దెనిమిది", "పధ్ధెనిమిది", "పద్ధెనిమిది", "పదెనిమిది"),
    19: ("పందొమ్మిది", "పంతొమ్మిది"),
}
# Tens as said before a unit word; the colloquial "-య్యి"/"-యి" spellings of the "-ై"
# ending (ముప్పయ్యి) and the formal "-ది" forms (ముప్పది) are the same tens.
_TENS: dict[int, tuple[str, ...]] = {
    20: ("ఇరవై", "ఇరువై", "ఇరువది", "ఇరవది"),
    30: ("ముప్పై", "ముప్ఫై", "ముప్పది"),
    40: ("నలభై", "నలబై", "నలుభై", "నలుబది", "నలువది"),
    50: ("యాభై", "యాబై", "ఏభై", "ఏబై", "ఏబది", "యాబది"),
    60: ("అరవై", "అరువై", "అరువది"),
    70: ("డెబ్బై", "డెబ్బది", "డెబ్భై"),
    80: ("ఎనభై", "ఎనబై", "ఎనుబది", "ఎనుభై"),
    90: ("తొంభై", "తొంబై", "తొంబది", "తొంభది"),
}
# fmt: on

_ZERO = ("సున్నా", "సున్న", "శూన్యం")
_ONE_ATTRIBUTIVE = ("ఒక", "ఒక్క", "ఒకటే", "ఒకే", "ఇంకో", "ఇంకొక", "ఇంకొక్క")
""""a"/"one" before a noun, "the same"/"only one", and "one more" ("ఇంకో కిలో"): a
number only with a unit."""


def _glide_forms(word: str) -> list[str]:
    """The spoken spellings of a tens word ending in "-ై": ముప్పై → ముప్పయ్యి, ముప్పయి."""
    if not word.endswith("ై"):
        return []
    stem = word[:-1]
    return [stem + "య్యి", stem + "యి"]


def _tens_spellings(n: int) -> list[str]:
    words = list(_TENS[n])
    return words + [g for w in _TENS[n] for g in _glide_forms(w)]


def _joined_tens(n: int) -> dict[str, float]:
    """Tens and a unit run together: "ముప్పయ్యైదు", "ఇరవయ్యొకటి", "ముప్పైరెండు"."""
    found: dict[str, float] = {}
    for unit, spellings in _UNITS.items():
        for tail in spellings:
            for head in _TENS[n]:
                found.setdefault(head + tail, n + unit)  # "ముప్పైరెండు", "ముప్పైఐదు"
                found.setdefault(join(head, tail), n + unit)
                for glide in _glide_forms(head):
                    found.setdefault(join(glide, tail), n + unit)
    return found


def _build_values() -> tuple[dict[str, float], dict[str, float]]:
    """Every Telugu 0–99 word (values) and the tens that a unit word may follow."""
    values: dict[str, float] = {w: 0 for w in _ZERO}
    for n, spellings in (_UNITS | _TEENS).items():
        for w in spellings:
            values[w] = n
    for w in _ONE_ATTRIBUTIVE:
        values[w] = 1
    values["పాతిక"] = 25
    values["దేడ్"] = 1.5  # Hyderabad's "dedh": one and a half ("దేడ్ కిలో", "దేడ్ వంద")
    tens_words: dict[str, float] = {}
    for n in _TENS:
        for w in _tens_spellings(n):
            tens_words[w] = n
        for w, v in _joined_tens(n).items():
            values.setdefault(w, v)
    return values, tens_words


VALUES, TENS = _build_values()

# fmt: off
SCALES: dict[str, float] = {
    "వంద": 100, "వందా": 100, "వందలు": 100, "వందల": 100, "నూరు": 100, "నూట": 100,
    "వెయ్యి": 1000, "వేయి": 1000, "వేలు": 1000, "వేల": 1000, "వేయిల": 1000,
    "వెయ్యిల": 1000,
    "లక్ష": 100_000, "లక్షా": 100_000, "లక్షలు": 100_000, "లక్షల": 100_000,
    "కోటి": 10_000_000, "కోటీ": 10_000_000, "కోట్లు": 10_000_000, "కోట్ల": 10_000_000,
}
_FRACTION_WORDS: dict[str, float] = {
    # English "half" in the native script: "హాఫ్ kilo"
    "హాఫ్": 0.5,
    "అర": 0.5, "అర్ధ": 0.5, "సగం": 0.5, "పావు": 0.25, "ముప్పావు": 0.75, "ముక్కాలు": 0.75,
}
# fmt: on


def _and_a_half(word: str) -> str:
    """X and a half, "X-న్నర": ఒకటి → ఒకటిన్నర, రెండు → రెండున్నర, వంద → వందన్నర."""
    return word + "న్నర"


def _build_halves() -> dict[str, float]:
    """Every "X-న్నర" up to 99½, and "X-ంపావు" (X and a quarter: "మూడుంపావు" 3¼). They
    are values, not fractions, so that a tens word may come before one as before any
    unit: "ఇరవై రెండున్నర" is 22½."""
    found: dict[str, float] = {}
    for w, v in VALUES.items():
        if 1 <= v <= 99 and w not in _ONE_ATTRIBUTIVE and w.endswith(("ు", "ి")):
            found.setdefault(_and_a_half(w), v + 0.5)
            for quarter in ("ంపావు", "ంబావు"):
                found.setdefault(w + quarter, v + 0.25)
    return found


HALVES = _build_halves()

# Hundreds said as one word: colloquial "రెండొందలు" (రెండు + వందలు with the "వ" dropped),
# "మూడొందల", and the old "ఇన్నూరు" 200, "మున్నూరు" 300.
_HUNDREDS_TAILS = ("ఒందలు", "ఒందల", "ఒంద")


def _build_compounds() -> dict[str, tuple[Part, ...]]:
    found: dict[str, tuple[Part, ...]] = {}
    for n, spellings in _UNITS.items():
        if n == 1:
            continue
        for w in spellings:
            for tail in _HUNDREDS_TAILS:
                found.setdefault(join(w, tail), (value(n), scale(100)))
            for tail in ("వందలు", "వందల", "వంద"):
                found.setdefault(w + tail, (value(n), scale(100)))
    # eleven to nineteen hundred the same way: "పన్నెండొందలు" 1,200, "పదిహేనొందల" 1,500
    for n, spellings in _TEENS.items():
        for w in spellings:
            for tail in _HUNDREDS_TAILS:
                found.setdefault(join(w, tail), (value(n), scale(100)))
    found["ఇన్నూరు"] = (value(2), scale(100))
    found["మున్నూరు"] = (value(3), scale(100))
    found["మున్నూట"] = (value(3), scale(100))  # "మున్నూట అరవై ఐదు": 365
    # నూట with the rest in one word: "నూటయాభై" 150, "నూటొకటి" 101, "నూటపాతిక" 125.
    tails: dict[str, tuple[Part, ...]] = {w: (value(v),) for w, v in VALUES.items()}
    tails |= {w: (tens(v),) for w, v in TENS.items()}
    for w, parts in tails.items():
        if w in _ONE_ATTRIBUTIVE or parts[0].value == 0:
            continue
        found.setdefault(join("నూట", w), (scale(100), *parts))
    # A thousand and one hundred in one word: "వెయ్యిన్నూరు" 1100, "వెయ్యిన్నూట యాభై" 1150,
    # "వెయ్యిన్నూటయాభై" (the "-న్" of వెయ్యి, as in "వెయ్యిన్నర").
    for head in ("వెయ్యిన్", "వేయిన్"):
        for hundred in ("నూరు", "నూట"):
            found[head + hundred] = (scale(1000), scale(100))
        for w, parts in tails.items():
            if w not in _ONE_ATTRIBUTIVE and parts[0].value:
                found.setdefault(join(head + "నూట", w), (scale(1000), scale(100), *parts))
    # A count and thousands in one word: "పదివేలు", "రెండువేల", "పాతికవేలు".
    for w, parts in tails.items():
        if w in _ONE_ATTRIBUTIVE or parts[0].value == 0:
            continue
        for thousands in ("వేలు", "వేల"):
            found.setdefault(w + thousands, (*parts, scale(1000)))
        for lakhs in ("లక్షలు", "లక్షల"):
            found.setdefault(w + lakhs, (*parts, scale(100_000)))
    # "వందన్నర" 150, "వెయ్యిన్నర" 1500, "లక్షన్నర", "కోటిన్నర".
    for w in ("వంద", "నూరు", "వెయ్యి", "వేయి", "లక్ష", "కోటి"):
        found[_and_a_half(w)] = (fraction(1.5), scale(SCALES[w]))
    return found


COMPOUNDS = _build_compounds()

# --- romanized Telugu -------------------------------------------------------------------
# `fold` merges vowel length and doubled letters ("naalugu"/"nalugu", "veyyi"/"veyi").
# Zero is left out: "sunna" folds onto Hindi "suna" ("heard"), and no price is zero.

# fmt: off
_ROMAN_UNITS: dict[int, tuple[str, ...]] = {
    1: ("okati", "okkati", "okkathi", "okathi"), 2: ("rendu", "rendhu"),
    3: ("moodu", "moodhu"), 4: ("naalugu", "nalgu", "naalgu"),
    5: ("aidu", "ayidu", "aidhu", "aydu", "ayidhu"), 6: ("aaru",),
    7: ("edu", "yedu", "edhu", "yedhu"),
    8: ("enimidi", "yenimidi", "enimidhi", "enamidi", "enmidi"),
    9: ("tommidi", "thommidi", "tommidhi", "thommidhi"),
}
_ROMAN_TEENS: dict[int, tuple[str, ...]] = {
    10: ("padi", "padhi"),
    11: ("padakondu", "padhakondu", "padukondu"), 12: ("pannendu", "pannendhu"),
    13: ("padamoodu", "padhamoodu", "padumoodu"),
    14: ("padnalugu", "padhnalugu", "padunalugu", "padhunalugu"),
    15: ("padihenu", "padhihenu", "padihen", "padhihen"),
    16: ("padaharu", "padhaharu", "padaaru", "padhaaru"),
    17: ("padihedu", "padhihedu", "padhiedu"),
    18: ("paddenimidi", "padhdhenimidi", "paddhenimidi", "padenimidi"),
    19: ("pandommidi", "pandhommidi", "panthommidi", "pantommidi"),
    25: ("paathika", "paatika", "pathika"),
}
_ROMAN_TENS: dict[int, tuple[str, ...]] = {
    20: ("iravai", "iravay", "iravayi", "iruvai", "iravayyi"),
    30: ("muppai", "muppay", "muppayi", "mupphai", "muppayyi"),
    40: ("nalabhai", "nalabai", "nalabhay", "nalabhayi", "nalubhai", "nalabhayyi"),
    50: ("yabhai", "yabai", "yabhay", "yabhayi", "ebhai", "yebhai", "yabhayyi"),
    60: ("aravai", "aravay", "aravayi", "aruvai", "aravayyi"),
    70: ("debbai", "debbay", "debbayi", "debbayyi"),
    80: ("enabhai", "enabai", "yenabhai", "enabhay", "enabhayi", "enabhayyi"),
    90: ("tombhai", "thombhai", "tombai", "thombai", "tombhayi", "thombhayi", "thombhayyi"),
}
_ROMAN_SCALES: dict[str, float] = {
    "vanda": 100, "vandha": 100, "vandalu": 100, "vandhalu": 100, "vandala": 100,
    "vandhala": 100, "nooru": 100, "noota": 100, "nuta": 100, "nooti": 100, "nuti": 100,
    "veyyi": 1000, "veyi": 1000, "velu": 1000, "vela": 1000,
    "laksha": 100_000, "lakshalu": 100_000, "lakshala": 100_000,
    "koti": 10_000_000, "kotlu": 10_000_000, "kotla": 10_000_000,
}
_ROMAN_FRACTIONS: dict[str, float] = {
    "ara": 0.5, "sagam": 0.5, "sagham": 0.5, "paavu": 0.25, "muppaavu": 0.75,
}
_ROMAN_ONE_ATTRIBUTIVE = ("oka", "okka", "inko", "inkoka")
# fmt: on


def _roman_tables() -> tuple[dict[str, float], dict[str, float], dict[str, tuple[Part, ...]]]:
    values: dict[str, float] = {}
    for n, spellings in (_ROMAN_UNITS | _ROMAN_TEENS).items():
        for w in spellings:
            values[w] = n
    for w in _ROMAN_ONE_ATTRIBUTIVE:
        values[w] = 1
    tens_words = {w: float(n) for n, spellings in _ROMAN_TENS.items() for w in spellings}
    for n, spellings in _ROMAN_TENS.items():
        for head in spellings:
            for unit, tails in _ROMAN_UNITS.items():
                for tail in tails:
                    values.setdefault(head + tail, n + unit)  # "muppairendu"
                    if tail[0] in "aeiou" and head.endswith(("ai", "ay", "ayi")):
                        # "muppayyaidu", "iravayyokati": the glide before a vowel
                        stem = head.removesuffix("i").removesuffix("y").removesuffix("a")
                        values.setdefault(stem + "ayy" + tail, n + unit)
    compounds: dict[str, tuple[Part, ...]] = {}
    for n, spellings in _ROMAN_UNITS.items():
        if n == 1:
            continue
        for w in spellings:
            for tail in ("ondalu", "ondala", "onda"):
                compounds.setdefault(w[:-1] + tail, (value(n), scale(100)))  # "rendondalu"
            for tail in ("vandalu", "vandala", "vanda"):
                compounds.setdefault(w + tail, (value(n), scale(100)))
    for w, v in list(values.items()):
        if 1 <= v <= 99 and w not in _ROMAN_ONE_ATTRIBUTIVE:
            compounds.setdefault("noota" + w, (scale(100), value(v)))
            if w[0] in "aeiou":
                compounds.setdefault("noot" + w, (scale(100), value(v)))  # "nootokati"
            compounds.setdefault(w + "nnara", (value(v + 0.5),))  # "rendunnara"
    for w, v in tens_words.items():
        compounds.setdefault("noota" + w, (scale(100), tens(v)))
        if w[0] in "aeiou":
            compounds.setdefault("noot" + w, (scale(100), tens(v)))  # "nootiravai"
    for w, size in (("vanda", 100), ("veyyi", 1000), ("laksha", 100_000), ("koti", 1e7)):
        compounds[w + "nnara"] = (fraction(1.5), scale(size))
    return values, tens_words, compounds


ROMAN_VALUES, ROMAN_TENS, ROMAN_COMPOUNDS = _roman_tables()

# --- units and cues ---------------------------------------------------------------------

# fmt: off
UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("కిలో", "కిలోలూ", "కిలోలు", "కిలోల", "కేజీ", "కేజీలు", "కేజి", "కిలోగ్రాము", "కిలోగ్రాములు",
           "kilolu", "kejee", "keji"),
    "g": ("గ్రాములు", "గ్రాము", "గ్రాం", "గ్రామ్", "గ్రాముల", "gramulu"),
    "dozen": ("డజను", "డజన్", "డజన్లు", "డజనుకు", "dajanu", "dajan"),
    "piece": ("పీస్", "పీసు", "పీసులు", "ముక్క", "ముక్కలు", "కాయలు", "కాయ", "కాయకి", "pisu",
              "mukka", "mukkalu"),
    "litre": ("లీటర్", "లీటరు", "లీటర్లు", "లీటర్ల", "లీటరుకు", "litaru", "leetaru"),
    "bunch": ("కట్ట", "కట్టలు", "కట్టల", "గుత్తి", "గుత్తులు", "katta", "kattalu",
              "gutti"),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "roopayi", "rupayi",
        "రూపాయలు", "రూపాయి", "రూపాయిలు", "రూపాయ", "రూపాయల", "రూపాయిల", "రూ", "రూపీస్",
        "rupayalu", "rupaayalu", "roopayalu", "rupayi", "rupaayi", "roopayi", "rupayilu",
        "rupayala",
    ),
    Cue.PAISE: ("పైసలు", "పైసా", "పైసల", "paisalu"),
    Cue.PER: ("ప్రతి", "ఒక్కో", "ఒక్కొక్క", "prathi", "okko"),
    Cue.LINK: (
        # "having tied" (కట్టి ఇవ్వండి, tie it up), not కట్ట (a bunch)
        "కట్టి", "katti",
        "లేకపోతే", "కాకపోతే", "lekapothe",
        "కి", "కు", "కే", "లో", "అండి", "అంటే", "ఐతే", "అయితే", "చొప్పున", "లెక్కన",
        "ki", "ku", "andi", "ante", "aithe", "ayithe", "choppuna", "lekkana",
        # words that begin like a cue but are not one: "లేదా" (or) is not "లేదు",
        # "కట్టండి" (pack it) not "కట్ట" (bunch)
        "లేదా", "కట్టండి", "కట్టివ్వండి", "కట్టు",
    ),
    Cue.EACH: (
        "ఒక్కొక్కటి", "ఒక్కోటి", "ఒక్కొక్కటికి", "ఒక్కోదానికి", "ఒకదానికి", "ఒక్కదానికి",
        "ఒక్కటికి", "okkokkati", "okkoti", "okkodaniki", "okadaniki",
    ),
    Cue.MEASURE: (
        # a foot of pipe, wire, rope or board: its price is a rate
        "అడుగుకి", "అడుగుకు", "adugu ki", "aduguki",
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "ట్రిప్‌కి", "ట్రిప్కి", "ట్రిప్పుకి", "ట్రిప్పుకు", "ట్రిప్‌కు", "ట్రిప్కు", "ట్రిప్",
        "tripki", "trippuki",
        # a day of hire; a meal's leaf plate ("విస్తరికి నూట యాభై")
        "ఒక రోజుకి", "ఒక రోజుకు", "oka rojuki", "విస్తరికి", "విస్తరి", "vistariki",
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "ఒక్కొక్కరికి", "మనిషికి", "తలకు", "సీటుకు", "సీటుకి", "నిమిషానికి", "కిలోమీటర్‌కి",
        "కిలోమీటర్కి", "కిలోమీటరుకు", "తులం", "తులానికి", "okkokkariki", "manishiki", "tulam",
        # a reel of thread: its price is a rate
        "రీలుకి", "రీలుకు", "రీల్‌కి", "reeluki",
        "మూర", "మూరకు", "మూరకి", "మూరెడు", "moora", "mooraku", "mooraki",
        "క్వింటాలు", "క్వింటాల్", "క్వింటాలుకు", "మీటర్", "మీటరు", "మీటర్లు", "మీటరుకు",
        "గజం", "గజానికి", "గజాలు", "gajam",
        "బాక్స్", "పెట్టె", "పెట్టెకు", "kvintalu", "meetaru",
        # baskets, pairs, sets, boxes: their price is a rate too
        "బుట్ట", "బుట్టకు", "బుట్టకి", "జత", "జతకు", "జోడి", "జోడు", "సెట్", "సెట్టు",
        "సెట్టుకు", "డబ్బా", "buttha", "butta", "jodu", "jata", "dabba", "pette",
        "జతలు", "బుట్టలు", "సెట్లు", "పెట్టెలు", "డబ్బాలు",
    ),
    Cue.LOT: (
        "బుట్ట", "బస్తా", "సంచి", "పెట్టె", "కుప్ప", "లోడు", "ప్యాకెట్", "butta", "basta",
        "బస్తాలు", "సంచులు", "గోనె సంచులు", "గోనె సంచి", "గోనెసంచులు", "గోనెసంచి",
        "sanchi", "kuppa",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        "మీకోసం", "మీ కోసం", "మీకు", "నీకోసం", "నీ కోసం", "నీకు", "meekosam", "mee kosam",
        "meeku", "neekosam", "neeku",
    ),
    Cue.SET: (
        # "let's settle at X": proposes X
        "ఖాయం చేద్దాం", "ఫిక్స్ చేద్దాం", "fix cheddam", "khayam cheddam",
        "చేయి", "చెయ్యి", "చేయండి", "చెయ్యండి", "చేసేయండి", "చేసెయ్", "చెయ్", "పెట్టండి",
        "cheyyi", "cheyyandi", "cheyi", "cheyandi", "pettandi",
    ),
    Cue.TOTAL: (
        # all of it: "give it for 300, I'll take everything"
        "అన్నీ", "anni", "annee",
        "అంతా", "మొత్తంగా", "మొత్తానికీ", "పూర్తిగా",
        "మొత్తం", "మొత్తానికి", "మొత్తంగా", "అన్నీ కలిపి", "అన్ని కలిపి", "కలిపి", "అన్నిటికీ",
        "అన్నింటికీ", "అన్నిటికి", "టోటల్", "mottham", "motham", "mothham", "mottam", "anni kalipi",
        "kalipi", "annitiki",
        # all there is: "ఉన్నదంతా వెయ్యికి"
        "ఉన్నదంతా", "ఉన్నవన్నీ", "unnadanta", "unnadantha", "unnavanni",
    ),
    Cue.ACCEPT: (
        # English "deal", "done", "okay" as written in the script
        "డన్", "డీల్ ఓకే",
        # as you say, as you wish, your word stands: take it
        "మీ ఇష్టం", "మీ మాట ప్రకారమే", "మీ మాట ప్రకారం", "మీ మాటే", "మీరు చెప్పినట్టే",
        "మీరు చెప్పినట్లే", "మీరు చెప్పినట్టు", "mee ishtam", "mee maata prakaram",
        "meeru cheppinatte",
        "సరే", "సరి", "ఓకే", "అలాగే", "సరేనండి", "సరే అండి", "సరిపోతుంది", "డీల్", "sare",
        "sari", "alage", "alaage", "sarenandi",
    ),
    # "I'll take it at that price" ("ఆ ధరకే తీసుకుంటా"): agreement only with no price said,
    # or the price on the table; a bare "తీసుకుంటా" may take a count ("పది కిలోలు
    # తీసుకుంటా, ...") and agrees to nothing
    Cue.SOFT_ACCEPT: (
        "ధరకే తీసుకుంటా", "ధరకి తీసుకుంటా", "ధరకు తీసుకుంటా", "రేటుకే తీసుకుంటా",
        "రేటుకి తీసుకుంటా", "అంతకే తీసుకుంటా", "అంతకి తీసుకుంటా", "ధరకే తీసుకుంటాను",
        "అంతకే తీసుకుంటాను", "dharake teesukunta", "dharaki teesukunta", "anthake teesukunta",
        "anthaki teesukunta", "rateke teesukunta",
    ),
    Cue.REJECT: (
        # "I won't take (it)", "I won't buy": the verb's own negative
        "తీసుకోను", "తీసుకోనండి", "కొనను", "teesukonu", "tisukonu", "konanu",
        # can't give it (at that price)
        "ఇవ్వలేను", "ఇవ్వలేం", "ఇవ్వలేము", "ivvalenu", "ivvalem",
        # at a loss, below the cost: refused with no "no"
        "అమ్మలేను", "ammalenu", "నష్టం", "nashtam",
        # "(it) won't come down", "I won't lower (it)"
        "తగ్గదు", "తగ్గను", "taggadu", "tagganu",
        # the goods not wanted: "I don't want (these)"
        "నాకొద్దు", "నాకు వద్దు", "ఒద్దు", "వద్దండి",
        "naakoddu", "nakoddu", "naaku vaddu", "oddu", "vaddandi",
        # "it becomes a loss": the word for "it comes to" refuses here
        "లాస్ అవుతుంది", "నష్టం అవుతుంది", "నష్టం వస్తుంది", "loss avutundi", "nashtam avutundi",
        # leaving the goods without a price: "leave it", "later"
        "వేరే షాప్", "vere shop", "వదిలేయండి", "vadileyandi", "వదిలేయ్", "vadiley", "తర్వాత చూస్తా",
        "tarvata chustha", "taruvata chusta",
        # going to another shop refuses this one's price
        "వేరే కొట్టు", "వేరే కొట్టులో", "వేరే షాపు", "వేరే షాపులో", "వేరే దుకాణం",
        "వేరే దగ్గర", "vere kottu", "vere kottulo", "vere shop",
        # a loss to the seller: the price is refused
        "నష్టం", "నష్టమే", "nashtam", "లాస్",
        "గిట్టుబాటు కాదు", "gittubatu kaadu", "gittadu", "gittadhu", "గిట్టదు", "వేరే కొట్టు",
        "వేరే షాపు", "వేరే దుకాణం", "vere shop",
        "వద్దు", "కుదరదు", "అవ్వదు", "గిట్టదు", "సాధ్యం కాదు", "సరిపోదు", "సరికాదు",
        "తగ్గించండి", "తగ్గించు",
        "కొంచెం తగ్గించండి", "తగ్గించి ఇవ్వండి", "vaddu", "kudaradu", "avvadu",
        "thagginchandi", "tagginchandi", "thagginchu", "tagginchu",
    ),
    Cue.NEGATION: (
        # won't come, can't be had (at that price)
        "రాదు", "రాదండి", "దొరకదు", "raadu", "raadandi", "dorakadu",
        # I won't come (a driver, for the fare): "నూట యాభైకి రాను"
        "రాను", "రానండి", "raanu", "raanandi",
        "లేదు", "కాదు", "వద్దు", "ఇవ్వను", "ఇవ్వలేను", "ఇవ్వలేం",
        "ledu", "kaadu", "ivvanu", "ivvalenu",
        # said politely, with the honorific run on: "కాదండి", "kaadamma" (no, ma'am)
        "కాదండి", "కాదమ్మా", "కాదన్నా", "లేదండి", "లేదమ్మా", "వద్దండి", "kaadandi", "kaadamma",
        "kaadanna", "ledandi", "ledamma", "vaddandi", "vaddamma",
    ),
    Cue.TOO_MUCH: (
        "ఎక్కువ", "చాలా ఎక్కువ", "మరీ ఎక్కువ", "ఎక్కువైంది", "ప్రియం", "చాలా ప్రియం",
        "ఖరీదైంది", "చాలా ఖరీదు", "ekkuva", "chala ekkuva", "chaala ekkuva", "maree ekkuva",
        "priyam", "దోపిడీ", "పగటి దోపిడీ", "dopidi",
    ),
    Cue.COMPARATIVE: (
        # below and above as typed loosely
        "కింద", "క్రింద", "kinda", "krinda", "పైన", "paina",
        # "than that": "50, not more than that" holds 50 as a bound; "అంతకంటే ఎక్కువ ఇవ్వను"
        "అంతకంటే", "అంతకన్నా", "దానికంటే", "దానికన్నా", "దీనికంటే", "దీనికన్నా", "anthakante",
        "anthakanna", "daanikante", "danikante", "అంతకంటే ఎక్కువ", "అంతకన్నా ఎక్కువ",
        "అంతకంటే తక్కువ", "అంతకన్నా తక్కువ",
        "తక్కువ", "కంటే ఎక్కువ", "కన్నా ఎక్కువ", "కంటే తక్కువ", "కన్నా తక్కువ", "కంటే",
        "కన్నా", "పైగా", "మించి", "takkuva", "thakkuva", "kante ekkuva",
        "kanna ekkuva", "kante", "kanna", "minchi",
    ),
    Cue.CAP: (
        "మ్యాక్స్", "మాక్స్", "మాక్సిమం", "మ్యాక్సిమం",
        "వరకు", "దాకా", "లోపు", "లోపల", "varaku", "daaka", "lopu",
    ),
    Cue.CAP_BEFORE: (
        "మ్యాక్స్", "మాక్స్", "మాక్సిమం", "మ్యాక్సిమం",
        "మహా అయితే", "మహా ఐతే", "ఎక్కువంటే", "ఎక్కువ అంటే", "గరిష్టంగా", "మ్యాక్సిమమ్",
        "maha ayithe", "maha aithe", "ekkuvante", "garishtanga",
    ),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "చివరి", "చివరగా", "చివరికి", "ఆఖరికి", "లాస్ట్", "ఫైనల్ గా", "chivari", "chivariga",
        "aakhariki", "akhari",
        "ఆఖరి", "ఆఖరు", "aakhari",
        "ఫిక్స్డ్", "ఫిక్స్", "fixed",
        "చివరి ధర", "చివరి మాట", "చివరి రేటు", "ఆఖరి ధర", "ఆఖరు ధర", "ఆఖరి మాట", "ఫైనల్",
        "లాస్ట్ ప్రైస్", "లాస్ట్ రేటు", "chivari dhara", "chivari maata", "aakhari dhara",
        "akhari dhara",
    ),
    Cue.QUESTION: (
        # the rate asked as typed in chat
        "entaki", "enthaki", "entiki",
        "ఎంత", "ఎంతకు", "ఎంతకి", "ఎంతండి", "ధర ఎంత", "ఎంత ధర", "రేటు ఎంత", "ఎంత రేటు",
        "ఎన్ని రూపాయలు", "ఎంతిస్తారు", "ఎంతిస్తావు", "entha", "enta", "enthaki", "enthaku",
        "enthandi", "dhara entha", "rate entha", "retu entha",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "హైవే", "రహదారి", "highway", "nh",
        # a bus route: "bus 47"
        "బస్సు", "బస్", "bassu",
        # an ordinal ending typed after digits: "9వ"
        "వ", "వది",
        # a school class: "class 8"
        "క్లాస్", "class",
        "నంబర్", "నంబరు", "నెంబర్",
        # a time of day: the number after it is a clock time
        "ఉదయం", "పొద్దున", "పొద్దున్నే", "సాయంత్రం", "రాత్రి", "మధ్యాహ్నం", "poddunne", "saayantram",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        "తీసుకోండి", "తీసుకెళ్ళండి", "తీసుకెళ్లండి", "తీసుకో", "teesukondi", "tisukondi",
        # "given (at the price)": the deal done, said as the goods change hands
        "ఇచ్చేశా", "ఇచ్చేసా", "ఇచ్చేశాను", "ఇచ్చేసాను", "ichesa", "icchesa", "ichesanu",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "అంటున్నారు", "అన్నారు", "చెప్తున్నారు", "చెప్పారు", "అడుగుతున్నారు", "antunnaru",
        "annaru", "cheptunnaru", "cheppaaru",
    ),
    Cue.WEAK_QUESTION: (
        # romanized: "kilo ela istunnaru"
        "ela", "elaa", "cheppu", "dhara entha",
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "ఎలా", "చెప్పండి", "చెప్పు", "cheppandi",
        "ధర", "రేటు", "రేట్", "ఖరీదు", "dhara", "retu", "ఎన్ని", "ఏంటి", "ఏమిటి",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        "చేంజ్",
        "చిల్లర", "సంచి", "కవర్", "బ్యాగ్", "నోటు", "నోట్", "chillara", "sanchi", "kavar",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "nimishalu", "nimishaalu", "nimisham", "minit",
        # a bus route: "the 47 bus"
        "బస్సు", "బస్", "bus", "bassu",
        # a temperature or a school class: "44 డిగ్రీలు", "పదో తరగతి"
        "డిగ్రీలు", "డిగ్రీ", "degree", "degrees", "తరగతి", "తరగతిలో", "taragati", "tharagathi",
        "క్లాస్", "class",
        # a clock time said in Latin letters: "aaru manikku", "chha vage"
        "gantalaki", "gantalaku", "gantaki", "gantaku", "gantala",
        # change for a note, other spellings
        "చేంజ్",
        # change handed back
        "చిల్లర", "chillara",
        # a day of the month: "the 15th"
        "తేదీ", "తేదీన", "తారీఖు", "తారీఖున", "tedi", "thedi",
        "నోటు", "నోట్", "పిల్లలు",
        "నిమిషాలు", "నిమిషం", "నిముషాలు", "నిమిషాల", "గంటలు", "గంట", "గంటల", "రోజులు",
        "రోజు", "రోజుల", "వారాలు", "నెలలు", "నెల", "సంవత్సరాలు", "ఏళ్ళు", "ఏళ్లు", "శాతం",
        "పర్సెంట్", "సార్లు", "మంది", "కిలోమీటర్లు", "కిలోమీటర్", "nimishalu", "nimisham", "gantalu",
        "నిమిషాల్లో", "nimishallo", "nimishaallo", "nimushallo",
        "ganta",
        "rojulu", "shatham", "shaatam", "shatam", "shaatham", "saarlu",
        # years, typed: "enimidi samvatsaraluga" (for eight years)
        "samvatsaralu", "samvatsaraluga", "samvatsaram", "samvatsaranga", "yellu", "yelluga",
    ),
}

SUFFIXES = (
    "కు", "కి", "కే", "కీ", "కైనా", "లకు", "లకి", "లకే", "లో", "లోనే", "లోపు", "తో", "ే",
    "యే", "యా", "కంటే", "కన్నా", "ైతే", "మ్మా", "య్యా", "ో", "యో", "ku", "ki", "ke",
    "న",  # the day's locative: "ఇరవై ఐదున", on the twenty-fifth
    "నా",  # asked: "యాభైనా?" (fifty?)
    "ా",  # asked after "-ు": "మూడు వందలా?" (three hundred?)
)
# fmt: on


def _one_with_endings() -> tuple[str, ...]:
    """One with a case ending: ఒకటికి (for one, each), ఒకటికే, ఒకటితో; "okatiki"."""
    endings = ("కి", "కే", "కీ", "కైనా", "లో", "లోనే", "తో", "కంటే", "కన్నా")
    found = [one + e for one in ("ఒకటి", "ఒక్కటి") for e in endings]
    return (*found, "okatiki", "okatike", "okkatiki", "okkatike")


ONE_WITH_ENDINGS = _one_with_endings()

# "ఒక"/"ఒకటి" are also "a"/"one (thing)", "ఒకటే"/"ఒకే" "the same", సగం "half (of it)";
# "ఒకటికి" is "for one", each: numbers only when a unit or money vouches ("ఒకటి
# ఇవ్వండి" is "give me one", not ₹1).
AMBIGUOUS = frozenset((
    *_ONE_ATTRIBUTIVE, "ఒకటి", "ఒక్కటి", "సగం", *_ROMAN_ONE_ATTRIBUTIVE, "okati", "okkati",
    "sagam", *ONE_WITH_ENDINGS,
))  # fmt: skip


# The plural and combining forms of the scales follow a count ("రెండు వేలు", "మూడు
# లక్షల"); alone they mean "hundreds, thousands, lakhs of" — and "వేలు" is a finger.
COUNTED_SCALES = frozenset((
    "వందలు", "వందల", "వేలు", "వేల", "వేయిల", "వెయ్యిల", "లక్షలు", "లక్షల", "కోట్లు", "కోట్ల",
    "vandalu", "vandhalu", "vandala", "vandhala", "velu", "vela", "lakshalu", "lakshala",
    "kotlu", "kotla",
))  # fmt: skip


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "అంతే", "anthe", "తగ్గదు", "తగ్గను", "తగ్గదండి", "taggadu", "tagganu",
    "అడగొద్దు", "అడగకండి", "adagoddu", "adagakandi",
    # "no bargaining", "don't talk any more": "బేరం లేదు", "ఇంక మాట్లాడొద్దు"
    "బేరం లేదు", "beram ledu", "బేరం ఆడొద్దు", "ఇంక మాట్లాడొద్దు", "inka matladoddu",
    # "no more words": "ముప్పై ఐదు, ఇంక మాటల్లేవు"
    "ఇంక మాటల్లేవు", "ఇంక మాటలు లేవు", "inka matallevu", "inka matalu levu",
    # with "ఇక" (now, no more): "ఇక మాట్లాడొద్దు", "ఇక మాట్లాడకండి", "ఇక బేరం లేదు"
    "ఇక మాట్లాడొద్దు", "ఇక మాట్లాడకండి", "ఇంక మాట్లాడకండి", "ఇక మాటల్లేవు", "ఇక బేరం లేదు",
    "ika matladoddu", "ika matladakandi",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = ("తగ్గ-", "తక్కువ", "thagg-", "tagg-", "takkuva", "thakkuva", "డిస్కౌంట్")
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("ఎక్కువ", "అదనంగా", "ekkuva")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = ("-గలరా", "-గలవా", "-తారా", "-తావా", "-ుందా", "-దా", "-ava", "-ara")


# Words that hold an amount of a unit (`LanguageSpec.measures`).
MEASURES: dict[str, tuple[float, str]] = {
    "అరకిలో": (0.5, "kg"),
    "అరకేజీ": (0.5, "kg"),
    "అరకేజి": (0.5, "kg"),
    "కిలోన్నర": (1.5, "kg"),
    "కేజీన్నర": (1.5, "kg"),
    "కేజిన్నర": (1.5, "kg"),
    "పావుకిలో": (0.25, "kg"),
    "పావుకేజీ": (0.25, "kg"),
    "ముప్పావుకిలో": (0.75, "kg"),
    "ముప్పావుకేజీ": (0.75, "kg"),
    "arakilo": (0.5, "kg"),
    "kilonnara": (1.5, "kg"),
    "kejeennara": (1.5, "kg"),
    "paavukilo": (0.25, "kg"),
}

# Hindi "pakka" (sure) is Telugu "beside" ("pakka vaadi", the man next door).
FALSE_FRIENDS = ("pakka", "pakkana", "pakkane", "pakkaki")


SPEC = LanguageSpec(
    code="te",
    # a number with one of these before a unit word is the unit's price (`price_endings`)
    price_endings=("కు", "కి", "కే", "లకు", "లకి", "లకే", "ku", "ki"),
    bound_endings=("కంటే", "కన్నా", "లోపు", "వరకు"),
    values={**VALUES, **ROMAN_VALUES, **HALVES, **dict.fromkeys(ONE_WITH_ENDINGS, 1.0)},
    tens={**TENS, **ROMAN_TENS},
    scales={**SCALES, **_ROMAN_SCALES},
    compounds={**COMPOUNDS, **ROMAN_COMPOUNDS},
    fractions={**_FRACTION_WORDS, **_ROMAN_FRACTIONS},
    # "సవా వంద" 125, as said in Hyderabad markets
    prefixes={"సవా": 0.25},
    ambiguous=AMBIGUOUS,
    counted_scales=COUNTED_SCALES,
    suffixes=SUFFIXES,
    stem_endings=("ు", "ి"),
    oblique_endings=("ింటి", "ింట"),
    units=UNITS,
    cues=CUES,
    false_friends=FALSE_FRIENDS,
    less_words=LESS_WORDS,
    final_words=FINAL_WORDS,
    yes_no_words=YES_NO_WORDS,
    measures=MEASURES,
    more_words=MORE_WORDS,
)
