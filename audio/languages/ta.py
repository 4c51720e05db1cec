"""Tamil: Tamil script, written and spoken forms, and Tanglish (Tamil typed in Latin).

Tamil numbers are Dravidian: 1–19 are their own words (ஒன்று … பத்தொன்பது), tens take a
combining form before a unit and run into it with sandhi (இருபது 20, இருபத்து + ஐந்து →
இருபத்தைந்து 25), hundreds are single words (இருநூறு 200, தொள்ளாயிரம் 900) with a
combining form (இருநூற்று) that joins the rest (இருநூற்றைம்பது 250), and ஆயிரம் 1000,
லட்சம் 1,00,000 and கோடி 1,00,00,000 group the Indian way, each with its own combining
form (ஆயிரத்து, லட்சத்து, கோடியே). A unit before ஆயிரம் joins it (ஐயாயிரம் 5000,
இருபத்தையாயிரம் 25,000). Spoken Tamil differs from the written language in nearly
every number (ரெண்டு, மூணு, நாலு, அஞ்சு, ஒம்போது, பதினஞ்சு, இருவது, நாப்பது, அம்பது,
அறுவது, எழுவது, எம்பது, நூத்தி, ஆயிரத்தி), and Whisper writes both; both are listed,
and the joined forms are generated from the parts with `join` rather than typed.
Fractions: அரை ½, கால் ¼, முக்கால் ¾, and a unit with அரை/ஏகால்/ஏமுக்கால் joined
(ஒன்றரை 1½, ரெண்டேகால் 2¼).

References: ICU's Tamil spell-out rules ("ta": it writes tens and units apart,
"முப்பது ஐந்து", and 1000 as "ஒன்று ஆயிரம்") and indic-numtowords' Tamil (written sandhi
forms: "இருபத்து ஐந்தாயிரம்", "தொண்ணூற்றொன்பது"), both read back for every number up
to a lakh by `tests/unit/test_number_oracles.py`; the spoken forms follow everyday
Chennai/Madurai market speech.
"""

from __future__ import annotations

from audio.languages.base import (
    Cue,
    LanguageSpec,
    Part,
    _vowel_signs,
    halves_joined,
    join,
    scale,
    tens,
    value,
)

# --- Tamil script ----------------------------------------------------------------------

# Every way a number below twenty is written, formal first. Common misspellings are read
# too (ஓன்று for ஒன்று, தொண்ணூரு for தொண்ணூறு: long/short o and ர/ற are often confused,
# and indic-numtowords writes them for 81, 89 and 98).
# fmt: off
ONES: dict[int, tuple[str, ...]] = {
    0: ("பூஜ்யம்", "பூஜ்ஜியம்", "பூஜியம்", "சைபர்", "ஸைபர்", "சுழியம்"),
    1: ("ஒன்று", "ஒண்ணு", "ஒன்னு", "ஒன்ணு", "ஓன்று"),
    2: ("இரண்டு", "ரெண்டு", "இரெண்டு", "ரண்டு"),
    3: ("மூன்று", "மூணு", "மூனு", "மூண்ணு"),
    4: ("நான்கு", "நாலு", "நாங்கு"),
    5: ("ஐந்து", "அஞ்சு", "ஐஞ்சு"),
    6: ("ஆறு",),
    7: ("ஏழு",),
    8: ("எட்டு",),
    9: ("ஒன்பது", "ஒம்பது", "ஒம்போது", "ஒன்போது", "ஒன்பஃது", "ஓன்பது"),
    10: ("பத்து",),
    11: ("பதினொன்று", "பதினொண்ணு", "பதினொன்னு", "பதினோரு", "பதினொரு"),
    12: ("பன்னிரண்டு", "பன்னிரெண்டு", "பன்னெண்டு", "பன்னண்டு", "பனிரெண்டு", "பனிரண்டு"),
    13: ("பதின்மூன்று", "பதிமூன்று", "பதிமூணு", "பதிமூனு", "பதின்மூணு"),
    14: ("பதினான்கு", "பதினாலு", "பதிநாலு"),
    15: ("பதினைந்து", "பதினஞ்சு", "பதனஞ்சு", "பதினைஞ்சு"),
    16: ("பதினாறு", "பதனாறு"),
    17: ("பதினேழு", "பதனேழு"),
    18: ("பதினெட்டு", "பதனெட்டு"),
    19: ("பத்தொன்பது", "பத்தொம்பது", "பத்தொம்போது", "பத்தொன்போது"),
}
# Forms of 1 that occur inside a joined word: the attributive "ஒரு"/"ஓர்" of இருபத்தொரு
# (21, before a noun) and இருபத்தோர்.
JOIN_ONES: dict[int, tuple[str, ...]] = {1: ("ஒரு", "ஓர்", "ஓரு")}

# Tens: standalone forms, then the combining forms that a unit is joined to.
TENS_ALONE: dict[int, tuple[str, ...]] = {
    20: ("இருபது", "இருவது", "இருபஃது"),
    30: ("முப்பது",),
    40: ("நாற்பது", "நாப்பது", "நாற்ப்பது"),
    50: ("ஐம்பது", "அம்பது", "ஐம்பஃது"),
    60: ("அறுபது", "அறுவது"),
    70: ("எழுபது", "எழுவது"),
    # Not "என்பது" (a misspelt 80, but also "that which is", a common word).
    80: ("எண்பது", "எம்பது"),
    90: ("தொண்ணூறு", "தொன்னூறு", "தொண்ணுறு", "தொண்ணூரு"),
}
TENS_JOINING: dict[int, tuple[str, ...]] = {
    20: ("இருபத்து", "இருபத்தி", "இருவத்து", "இருவத்தி"),
    30: ("முப்பத்து", "முப்பத்தி"),
    40: ("நாற்பத்து", "நாற்பத்தி", "நாப்பத்து", "நாப்பத்தி"),
    50: ("ஐம்பத்து", "ஐம்பத்தி", "அம்பத்து", "அம்பத்தி"),
    60: ("அறுபத்து", "அறுபத்தி", "அறுவத்து", "அறுவத்தி"),
    70: ("எழுபத்து", "எழுபத்தி", "எழுவத்து", "எழுவத்தி"),
    80: ("எண்பத்து", "எண்பத்தி", "எம்பத்து", "எம்பத்தி"),
    90: ("தொண்ணூற்று", "தொண்ணூற்றி", "தொண்ணூத்து", "தொண்ணூத்தி", "தொன்னூற்று",
         "தொன்னூத்தி", "தொண்ணூரு"),
}

# Hundreds: standalone forms, then combining forms that the rest joins (நூற்று ஐம்பது,
# நூற்றைம்பது, நூத்தம்பது). ICU writes 400 "நாநூறூ" and 800 "எண்நூறு".
HUNDREDS_ALONE: dict[int, tuple[str, ...]] = {
    1: ("நூறு",),
    2: ("இருநூறு", "எறநூறு", "எரநூறு", "இரநூறு"),
    3: ("முந்நூறு", "முன்னூறு", "முன்நூறு"),
    4: ("நானூறு", "நாநூறு", "நாநூறூ", "நாலுநூறு"),
    5: ("ஐநூறு", "ஐந்நூறு", "அஞ்ஞூறு", "அஞ்சுநூறு", "ஐஞ்ஞூறு"),
    6: ("அறுநூறு", "அறுந்நூறு", "அறநூறு"),
    7: ("எழுநூறு", "எழுந்நூறு", "எழநூறு"),
    8: ("எண்ணூறு", "எண்நூறு", "எண்ணுறு"),
    9: ("தொள்ளாயிரம்", "தொள்ளாய்ரம்"),
}
HUNDREDS_JOINING: dict[int, tuple[str, ...]] = {
    1: ("நூற்று", "நூற்றி", "நூத்து", "நூத்தி"),
    2: ("இருநூற்று", "இருநூற்றி", "இருநூத்து", "இருநூத்தி", "எறநூத்தி", "எரநூத்தி"),
    3: ("முந்நூற்று", "முன்னூற்று", "முந்நூற்றி", "முன்னூற்றி", "முன்னூத்து",
        "முன்னூத்தி", "முந்நூத்து", "முந்நூத்தி"),
    4: ("நானூற்று", "நாநூற்று", "நானூற்றி", "நானூத்து", "நானூத்தி"),
    5: ("ஐநூற்று", "ஐந்நூற்று", "ஐநூற்றி", "ஐநூத்து", "ஐநூத்தி", "அஞ்ஞூற்று",
        "அஞ்ஞூத்து", "அஞ்ஞூத்தி", "ஐந்நூத்து", "ஐந்நூத்தி"),
    6: ("அறுநூற்று", "அறுநூற்றி", "அறுநூத்து", "அறுநூத்தி", "அறநூத்து", "அறநூத்தி"),
    7: ("எழுநூற்று", "எழுநூற்றி", "எழுநூத்து", "எழுநூத்தி", "எழநூத்து", "எழநூத்தி"),
    8: ("எண்ணூற்று", "எண்ணூற்றி", "எண்ணூத்து", "எண்ணூத்தி"),
    9: ("தொள்ளாயிரத்து", "தொள்ளாயிரத்தி"),
}

THOUSAND_ALONE = ("ஆயிரம்", "ஆய்ரம்")
THOUSAND_JOINING = ("ஆயிரத்து", "ஆயிரத்தி", "ஆய்ரத்தி")
# Units whose joined thousand is irregular: 3000 மூவாயிரம், 5000 ஐயாயிரம், 1000 ஓராயிரம்.
THOUSAND_IRREGULAR: dict[int, tuple[str, ...]] = {
    1: ("ஓராயிரம்",),
    3: ("மூவாயிரம்",),
    5: ("ஐயாயிரம்", "ஐந்தாயிரம்"),
}

SCALES: dict[str, float] = {
    "லட்சம்": 100_000, "இலட்சம்": 100_000, "லட்ஷம்": 100_000, "லக்ஷம்": 100_000,
    "லச்சம்": 100_000, "லட்சத்து": 100_000, "லட்சத்தி": 100_000, "இலட்சத்து": 100_000,
    "லச்சத்து": 100_000, "லச்சத்தி": 100_000, "லக்ஷத்து": 100_000, "லட்ச": 100_000,
    "கோடி": 10_000_000, "கோடியே": 10_000_000,
    # Tanglish
    "latcham": 100_000, "lacham": 100_000, "laksham": 100_000, "latsam": 100_000,
    "latchathu": 100_000, "lachathu": 100_000, "lakshathu": 100_000, "latchathi": 100_000,
    "kodi": 10_000_000, "kodiye": 10_000_000,
}

# Fractions: "அரை கிலோ" ½ kg, "கால் கிலோ" ¼ kg, "ஒன்றரை" 1½, "ரெண்டேகால்" 2¼.
FRACTION_WORDS: dict[str, float] = {
    # English "half" in the native script: "ஹாஃப் kilo"
    "ஹாஃப்": 0.5,
    "அரை": 0.5, "அர": 0.5, "கால்": 0.25, "முக்கால்": 0.75, "முக்கா": 0.75,
    "arai": 0.5, "ara": 0.5, "kaal": 0.25, "mukkaal": 0.75, "mukkal": 0.75,
    # the doubled consonant of the sandhi before கிலோ: "அரைக் கிலோ"
    "அரைக்": 0.5, "araik": 0.5, "araikk": 0.5,
}
# fmt: on


def _tamil_join(head: str, tail: str) -> list[str]:
    """`head` and `tail` written as one word: with sandhi (`join`), and, before a hard
    consonant, with the consonant doubled as written Tamil does (நூற்றுப்பத்து)."""
    forms = [join(head, tail)]
    if tail[:1] in "கசதப" and head[-1:] in ("ு", "ி"):
        forms.append(head + tail[0] + "்" + tail)
    # A head in "-ி" keeps it and glides into a vowel with "ய", as spoken: நூத்தி +
    # அம்பது → நூத்தியம்பது, நூத்தி + இருவது → நூத்தியிருவது.
    signs = _vowel_signs("TAMIL")
    if head[-1:] == "ி" and tail[:1] in signs:
        forms.append(head + "ய" + signs[tail[0]] + tail[1:])
    return forms


def _tens_and_units(
    heads: dict[int, tuple[str, ...]], units_per_number: int = 9
) -> dict[str, tuple[Part, ...]]:
    """A tens head joined with a unit (இருபத்தைந்து 25, முப்பத்தஞ்சு 35) as its value;
    `units_per_number` keeps the first spellings of each unit (written, then spoken)."""
    forms: dict[str, tuple[Part, ...]] = {}
    for t, tens_heads in heads.items():
        for head in tens_heads:
            for u in range(1, 10):
                for tail in ONES[u][:units_per_number] + JOIN_ONES.get(u, ()):
                    for word in _tamil_join(head, tail):
                        forms.setdefault(word, (value(t + u),))
    return forms


JOINED_TENS = _tens_and_units(TENS_JOINING)


def _below_hundred(main_only: bool = False) -> dict[str, tuple[Part, ...]]:
    """Every written form of 1–99 as its parts; `main_only` keeps, of the joined tens,
    those built on each tens' first two heads (the written -த்து and spoken -த்தி)."""
    forms: dict[str, tuple[Part, ...]] = {}
    for n, words in ONES.items():
        if n:
            forms.update({w: (value(n),) for w in words})
    for t, words in TENS_ALONE.items():
        forms.update({w: (tens(t),) for w in words})
    if main_only:
        main = {t: heads[:2] for t, heads in TENS_JOINING.items()}
        # The combining tens too, for "நூற்றைம்பத்து மூன்று" (153) said in two words.
        forms.update({w: (tens(t),) for t, words in main.items() for w in words})
        forms.update(_tens_and_units(main, units_per_number=2))
    else:
        forms.update(JOINED_TENS)
    return forms


def _hundreds() -> dict[str, tuple[Part, ...]]:
    """Hundreds alone, in their combining form, and joined with the rest (இருநூற்றைம்பது)."""
    rest = _below_hundred(main_only=True)
    forms: dict[str, tuple[Part, ...]] = {}
    for h in range(1, 10):
        hundred = (scale(100),) if h == 1 else (value(h), scale(100))
        for w in HUNDREDS_ALONE[h] + HUNDREDS_JOINING[h]:
            forms[w] = hundred
        for head in HUNDREDS_JOINING[h]:
            for tail, tail_parts in rest.items():
                for word in _tamil_join(head, tail):
                    forms.setdefault(word, hundred + tail_parts)
    return forms


def _thousands() -> dict[str, tuple[Part, ...]]:
    """A number below a hundred joined to ஆயிரம் (இரண்டாயிரம், இருபத்தைந்தாயிரத்து)."""
    forms: dict[str, tuple[Part, ...]] = {w: (scale(1000),) for w in THOUSAND_ALONE}
    forms.update({w: (scale(1000),) for w in THOUSAND_JOINING})
    for word, parts in _below_hundred().items():
        n = sum(p.value for p in parts)
        for tail in THOUSAND_ALONE + THOUSAND_JOINING:
            forms.setdefault(join(word, tail), (value(n), scale(1000)))
    # Thousands with the hundreds written in (ஆயிரத்தைந்நூறு 1500, ரெண்டாயிரத்திருநூறு
    # 2200), on the first spellings of 1–10 thousand.
    heads: dict[str, tuple[Part, ...]] = {w: (scale(1000),) for w in THOUSAND_JOINING[:2]}
    for n in range(2, 11):
        for word in ONES[n][:2]:
            for tail in THOUSAND_JOINING[:2]:
                heads[join(word, tail)] = (value(n), scale(1000))
    for n, irregular in THOUSAND_IRREGULAR.items():
        if n > 1:
            heads[irregular[0][:-2] + "த்து"] = (value(n), scale(1000))
    for head, thousand in heads.items():
        for h in range(1, 10):
            hundred = (scale(100),) if h == 1 else (value(h), scale(100))
            for tail in HUNDREDS_ALONE[h] + HUNDREDS_JOINING[h]:
                for word in _tamil_join(head, tail):
                    forms.setdefault(word, thousand + hundred)
    # Irregular unit thousands, alone, in their combining form, and after a tens head
    # (இருபத்தையாயிரம் 25,000, இருபத்துமூவாயிரத்து 23,000).
    for u, irregular in THOUSAND_IRREGULAR.items():
        for word in irregular:
            whole = (word, word[:-2] + "த்து", word[:-2] + "த்தி")
            for form in whole:
                forms.setdefault(form, (value(u), scale(1000)))
            for t, tens_heads in TENS_JOINING.items():
                for head in tens_heads:
                    for form in whole:
                        forms.setdefault(join(head, form), (value(t + u), scale(1000)))
    return forms


def _fractions() -> dict[str, float]:
    """அரை, கால், முக்கால் and a number to twenty with அரை/ஏகால்/ஏமுக்கால் joined."""
    found = dict(FRACTION_WORDS)
    for n in range(1, 20):
        for word in ONES[n]:
            found.setdefault(join(word, "அரை"), n + 0.5)
            found.setdefault(join(word, "அர"), n + 0.5)
            found.setdefault(join(word, "ஏகால்"), n + 0.25)
            found.setdefault(join(word, "ஏமுக்கால்"), n + 0.75)
    return found


# --- Tanglish --------------------------------------------------------------------------

# `fold` collapses doubled letters and long vowels ("muppathu" = "mupathu", "aayiram" =
# "ayiram"), so one spelling stands for those; th/dh/d and zh/l are listed apart.
# Left out because they fold onto English or Hindi words: "pattu" (→ "patu"), "nalla".
# fmt: off
ROMAN_ONES: dict[int, tuple[str, ...]] = {
    0: ("poojyam", "pujyam", "poojiyam", "saibar", "sifar"),
    1: ("onnu", "ondru", "onru", "onnuu"),
    2: ("rendu", "irandu", "erandu", "irendu", "randu"),
    3: ("moonu", "moondru", "moonru", "munu"),
    4: ("naalu", "naangu", "naanku", "nangu"),
    5: ("anju", "anji", "anjee", "aindhu", "ainthu", "aindu"),
    6: ("aaru",),
    7: ("ezhu", "elu", "yezhu", "yelu", "ezu"),
    8: ("ettu", "yettu"),
    9: ("onbathu", "onbadhu", "ombodhu", "ombothu", "ombadhu", "ombathu", "onpathu",
        "ombadu", "onbadu"),
    10: ("paththu", "pathu", "padhu"),
    11: ("pathinonnu", "padhinonnu", "pathinondru", "padhinondru", "pathinoru"),
    12: ("pannendu", "pannirendu", "panirendu", "pannandu", "pannirandu"),
    13: ("pathimoonu", "padhimoonu", "pathinmoondru", "padhinmoondru", "pathimoondru"),
    14: ("pathinaalu", "padhinaalu", "pathinaangu", "padhinaangu", "pathinanku"),
    15: ("pathinanju", "padhinanju", "pathinainthu", "padhinaindhu", "pathinaindhu",
         "padinanju"),
    16: ("pathinaaru", "padhinaaru", "padinaaru"),
    17: ("pathinezhu", "padhinezhu", "pathinelu", "padhinelu", "padinezhu"),
    18: ("pathinettu", "padhinettu", "padinettu"),
    19: ("paththonbathu", "pathonbathu", "padhonbadhu", "pathombothu", "paththombodhu",
         "pathombodhu", "paththombothu"),
}
ROMAN_TENS_ALONE: dict[int, tuple[str, ...]] = {
    20: ("irubathu", "irubadhu", "irupathu", "iruvathu", "iruvadhu", "irubadu"),
    30: ("muppathu", "muppadhu", "muppadu"),
    40: ("naarpathu", "narpathu", "naapathu", "naappadhu", "naapadhu", "narpadhu"),
    50: ("aimbathu", "aimbadhu", "aimpathu", "ambathu", "ambadhu", "aimbadu", "ambadu"),
    60: ("arubathu", "arubadhu", "aruvathu", "aruvadhu", "arupathu"),
    70: ("ezhubathu", "ezhubadhu", "ezhuvathu", "ezhuvadhu", "elupathu", "eluvathu",
         "yezhuvathu", "ezhupathu", "ezhupadhu"),
    80: ("enbathu", "enbadhu", "embathu", "embadhu", "enpathu"),
    90: ("thonnooru", "thonooru", "tonnooru", "thonnuru"),
}
ROMAN_TENS_JOINING: dict[int, tuple[str, ...]] = {
    20: ("irubaththu", "irubathi", "irubaththi", "irupaththu", "irupathi", "iruvaththu",
         "iruvathi", "iruvaththi", "irubadhi"),
    30: ("muppaththu", "muppathi", "muppaththi", "muppadhi"),
    40: ("naarpaththu", "naarpathi", "naappaththu", "naappathi", "naapathi"),
    50: ("aimbaththu", "aimbathi", "aimbaththi", "ambaththu", "ambathi", "ambaththi",
         "aimbadhi"),
    60: ("arubaththu", "arubathi", "aruvaththu", "aruvathi", "aruvaththi"),
    70: ("ezhubaththu", "ezhubathi", "ezhuvaththu", "ezhuvathi", "eluvathi"),
    80: ("enbaththu", "enbathi", "embaththu", "embathi", "embaththi"),
    90: ("thonnootru", "thonnoothu", "thonnoothi", "thonnootri", "thonnutri"),
}
ROMAN_HUNDREDS_ALONE: dict[int, tuple[str, ...]] = {
    1: ("nooru", "nuru"),
    2: ("irunooru", "iranooru", "eranooru"),
    3: ("munnooru", "moonnooru"),
    4: ("naanooru", "naalunooru"),
    5: ("ainooru", "ainnooru", "anjooru", "anjunooru", "anjnooru"),
    6: ("arunooru", "aarunooru"),
    7: ("ezhunooru", "elunooru"),
    8: ("ennooru", "yennooru"),
    9: ("thollayiram", "thollaayiram", "tholayiram"),
}
ROMAN_HUNDREDS_JOINING: dict[int, tuple[str, ...]] = {
    1: ("nootru", "noottru", "noothu", "noothi", "nootri", "nootthi"),
    2: ("irunootru", "irunoothu", "irunoothi", "iranoothi", "eranoothi"),
    3: ("munnootru", "munnoothu", "munnoothi"),
    4: ("naanootru", "naanoothu", "naanoothi"),
    5: ("ainootru", "ainoothu", "ainoothi", "anjoothu", "anjoothi", "anjootru"),
    6: ("arunootru", "arunoothu", "arunoothi"),
    7: ("ezhunootru", "ezhunoothu", "ezhunoothi"),
    8: ("ennootru", "ennoothu", "ennoothi"),
    9: ("thollayirathu", "thollayirathi", "tholayirathu", "tholayirathi"),
}
ROMAN_THOUSAND_ALONE = ("aayiram", "ayiram", "aayirama")  # "aayirama": "make it a thousand"
ROMAN_THOUSAND_JOINING = ("aayirathu", "aayiraththu", "aayirathi", "aayiraththi")
ROMAN_THOUSAND_IRREGULAR: dict[int, tuple[str, ...]] = {
    3: ("moovaayiram", "muvaayiram"),
    5: ("aiyaayiram", "ayyaayiram", "aiyayiram", "anjaayiram"),
}
# fmt: on

_LATIN_VOWELS = "aeiou"


def _roman_join(head: str, tail: str) -> str:
    """Tanglish sandhi: a head's final short u/i gives way to a vowel-initial tail
    ("muppathu" + "anju" → "muppathanju")."""
    if tail[:1] in _LATIN_VOWELS and head[-1:] in "ui":
        return head[:-1] + tail
    return head + tail


def _roman_tens_and_units(heads: dict[int, tuple[str, ...]]) -> dict[str, tuple[Part, ...]]:
    forms: dict[str, tuple[Part, ...]] = {}
    for t, tens_heads in heads.items():
        for head in tens_heads:
            for u in range(1, 10):
                for tail in ROMAN_ONES[u]:
                    forms.setdefault(_roman_join(head, tail), (value(t + u),))
    return forms


def _roman_numbers() -> dict[str, tuple[Part, ...]]:
    """Tanglish joined numbers: tens and units ("muppathanju"), hundreds alone and joined
    ("irunooru", "noothambathu"), thousands joined ("rendaayiram", "aiyaayiram")."""
    forms: dict[str, tuple[Part, ...]] = {}
    for t, heads in ROMAN_TENS_JOINING.items():
        for head in heads:
            forms.setdefault(head, (tens(t),))
    joined = _roman_tens_and_units(ROMAN_TENS_JOINING)
    forms.update(joined)
    simple: dict[str, tuple[Part, ...]] = {
        **{w: (value(n),) for n, words in ROMAN_ONES.items() if n for w in words},
        **{w: (tens(t),) for t, words in ROMAN_TENS_ALONE.items() for w in words},
    }
    # Hundreds joined with a unit, teen or tens ("noothambathu" 150); Tanglish writes the
    # longer ones apart ("irunooru muppathanju"), which the reader puts together.
    for h in range(1, 10):
        hundred = (scale(100),) if h == 1 else (value(h), scale(100))
        for w in ROMAN_HUNDREDS_ALONE[h] + ROMAN_HUNDREDS_JOINING[h]:
            forms[w] = hundred
        for head in ROMAN_HUNDREDS_JOINING[h][:3]:
            for tail, tail_parts in simple.items():
                forms.setdefault(_roman_join(head, tail), hundred + tail_parts)
    for w in ROMAN_THOUSAND_ALONE + ROMAN_THOUSAND_JOINING:
        forms[w] = (scale(1000),)
    for word, below in {**simple, **joined}.items():
        n = sum(p.value for p in below)
        for tail in ROMAN_THOUSAND_ALONE + ROMAN_THOUSAND_JOINING[:1]:
            forms.setdefault(_roman_join(word, tail), (value(n), scale(1000)))
    for u, irregular in ROMAN_THOUSAND_IRREGULAR.items():
        for word in irregular:
            forms.setdefault(word, (value(u), scale(1000)))
            forms.setdefault(word[:-1] + "thu", (value(u), scale(1000)))
    return forms


def _roman_fractions() -> dict[str, float]:
    found: dict[str, float] = {}
    for n in range(1, 11):
        for word in ROMAN_ONES[n]:
            found.setdefault(_roman_join(word, "ara"), n + 0.5)
            found.setdefault(_roman_join(word, "arai"), n + 0.5)
            found.setdefault(_roman_join(word, "eykaal"), n + 0.25)
            found.setdefault(_roman_join(word, "ekaal"), n + 0.25)
            found.setdefault(_roman_join(word, "emukkaal"), n + 0.75)
    return found


def _compounds() -> dict[str, tuple[Part, ...]]:
    found: dict[str, tuple[Part, ...]] = {}
    for table in (JOINED_TENS, _hundreds(), _thousands(), _roman_numbers()):
        for word, parts in table.items():
            found.setdefault(word, parts)
    return found


# fmt: off
VALUES: dict[str, float] = {
    **{w: float(n) for n, words in ONES.items() for w in words},
    # The attributive "ஒரு"/"ஓர்" ("a", "one"): one only when a unit or currency vouches.
    "ஒரு": 1, "ஓர்": 1, "oru": 1,
    # "one more" ("இன்னொரு கிலோ"): one only when a unit or currency vouches
    "இன்னொரு": 1, "innoru": 1,
}
TENS: dict[str, float] = {
    **{w: float(t) for t, words in TENS_ALONE.items() for w in words},
    **{w: float(t) for t, words in TENS_JOINING.items() for w in words},
    **{w: float(t) for t, words in ROMAN_TENS_ALONE.items() for w in words},
}
ROMAN_VALUES: dict[str, float] = {w: float(n) for n, words in ROMAN_ONES.items() for w in words}

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("கிலோ", "கிலோவும்", "kilovum", "கிலோவுக்கும்", "kilovukkum",
           "கிலோகிராம்", "கிலோகிராம", "கேஜி", "கே.ஜி", "கிலொ", "kilo"),
    "g": ("கிராம்", "கிராம", "gram", "graam"),
    "dozen": ("டஜன்", "டஜன", "டசன்", "டசன", "டஜென்", "dajan", "dasan", "dozen"),
    # "எண்ணம்" (a count: "3 எண்ணம்") is also "thought", but not after a number.
    "piece": ("பீஸ்", "பீசு", "துண்டு", "எண்ணம்", "piece", "peesu", "thundu", "ennam",
              "காய்", "kaai", "kaay"),
    "litre": ("லிட்டர்", "லீட்டர்", "லிட்டர", "லிட்டரு", "லிட்டர்", "litre", "littar"),
    "bunch": ("கட்டு", "கொத்து", "சீப்பு", "kattu", "kothu", "seeppu"),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "ரூபாய்", "ரூபா", "ரூவா", "ரூ", "ருபாய்", "ரூபாய்கள்", "ரூபாயா", "ரூபாயோ", "ரூப்பா",
        "rupai", "rubai", "roobai", "ruba", "ruva", "roova", "rooba", "rupaai", "rubaai",
        "rupa", "roopa",
    ),
    # Not "காசு": it is "money" as often as "paise" ("நூறு காசு" is never ₹1).
    Cue.PAISE: ("பைசா", "பைசே"),
    Cue.PER: ("ஒவ்வொரு", "வீதம்", "ovvoru", "veetham"),
    Cue.LINK: (
        "இல்லன்னா", "இல்லைன்னா", "இல்லாட்டி", "illanna", "illana",
        "க்கு", "கு", "உக்கு", "தான்", "தா", "ஆ", "ஆக", "ஆகும்", "ஆச்சு", "வரும்",
        "ku", "kku", "dhaan", "aagum", "varum", "aachu",
        # The tag "isn't it" ("ஐம்பது இல்லையா?") asks; it does not negate the price.
        "இல்லையா", "இல்லியா", "இல்லயா", "illaiya", "illaya",
    ),
    Cue.EACH: (
        "ஒன்றுக்கு", "ஒன்னுக்கு", "ஒண்ணுக்கு", "ஒவ்வொன்றும்", "ஒவ்வொன்னும்", "ஒவ்வொண்ணும்",
        "ஒவ்வொன்றுக்கும்", "ஒவ்வொன்னுக்கும்", "தலா", "onnukku", "ovvonnukkum", "ovvonnum",
    ),
    Cue.MEASURE: (
        # a foot of pipe, wire, rope or board: its price is a rate
        "அடிக்கு", "ஒரு அடிக்கு", "adikku",
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "ட்ரிப்", "ட்ரிப்புக்கு", "ட்ரிப்க்கு", "டிரிப்", "டிரிப்புக்கு", "tripukku",
        "trippukku",
        # a water lorry's or a cart's trip, "ஒரு நடை"; a day of hire; a meal's leaf
        "நடை", "நடைக்கு", "nadai", "nadaikku", "ஒரு நாளைக்கு", "ஒரு நாளுக்கு", "இலைக்கு",
        "ilaikku",
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "ஆளுக்கு", "தலைக்கு", "சீட்டுக்கு", "நிமிஷத்துக்கு", "நிமிடத்துக்கு", "கிலோமீட்டருக்கு",
        "பவுனுக்கு", "பவுன்", "சவரன்", "சவரனுக்கு", "aalukku", "thalaikku", "pavunukku", "pavun",
        "savaran",
        "முழம்", "முழத்துக்கு", "முழத்திற்கு", "முழம்னா", "muzham", "mozham", "muzhathukku",
        "குவிண்டால்", "குவின்டால்",
        # a reel of thread; a load of sand: its price is a rate
        "ரீலுக்கு", "reelukku", "லோடுக்கு", "loadukku", "மீட்டர்", "மீட்டருக்கு",
        "கெஜம்", "கெஜத்துக்கு", "gejam", "பெட்டி", "பெட்டிக்கு", "பாக்ஸ்",
        "kuvintal", "meetar",
        # baskets, pairs, sets, boxes: their price is a rate too
        "கூடை", "கூடைக்கு", "ஜோடி", "ஜோடிக்கு", "செட்", "செட்டு", "செட்டுக்கு", "டப்பா",
        "டப்பாவுக்கு", "koodai", "jodi", "dabba", "petti",
        "பெட்டிகள்", "கூடைகள்", "ஜோடிகள்",
        # a heap of fish or vegetables sold as one share
        "கூறு", "கூறுக்கு", "kooru", "kooruku",
    ),
    Cue.LOT: (
        "கூடை", "மூட்டை", "லோடு", "பை", "பெட்டி", "குவியல்", "பாக்கெட்", "koodai", "kudai",
        "சாக்கு", "சாக்குகள்", "சாக்கு பை", "saakku",
        "moottai", "mootai", "lodu", "petti", "packet",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        "உங்களுக்கு", "உங்களுக்காக", "உனக்கு", "உனக்காக", "ungalukku", "ungalukkaga", "unakku",
        "unakkaga",
    ),
    Cue.SET: (
        # "let's close at X": proposes X
        "முடிச்சுக்கலாம்", "முடிச்சிடலாம்", "முடிச்சுடலாம்", "முடிக்கலாம்", "mudichukalam",
        "mudichukkalam", "mudichidalam", "mudichudalam", "mudikkalam", "fix pannalam",
        # Not "வச்சுக்கோங்க" (keep it at): said both to agree and to counter.
        # Nor "போடுங்க": "put it in the bag" as often as "put it at".
        "பண்ணுங்க", "பண்ணிடுங்க", "பண்ணு", "பண்ணிக்கோங்க", "pannunga", "pannidunga", "pannu",
        "fix pannunga",
    ),
    Cue.TOTAL: (
        # all of it: "give it for 300, I'll take everything"
        "எல்லாம்", "எல்லாத்தையும்", "ellam", "ellaam", "ellathaiyum",
        # "whole": "முழு பையும்" (the whole bag)
        "முழு", "muzhu", "mulu",
        "muzhusum", "muzhusa", "mothamum",
        "மொத்தமும்", "motham", "mothamum",
        "முழுசும்", "முழுசா", "முழுவதும்", "முழுக்க", "எல்லாத்துக்கும்", "எல்லாம் சேர்த்து",
        "மொத்தம்", "மொத்தமா", "மொத்தமாக", "மொத்தத்துக்கு", "மொத்தத்திற்கு",
        "எல்லாம் சேர்த்து", "எல்லாத்துக்கும்", "எல்லாத்தையும்", "சேர்த்து", "டோட்டல்",
        "motham", "mottham", "mothama", "ellam serthu", "ellathukkum", "serthu",
    ),
    Cue.ACCEPT: (
        # as you say, as you wish, your word stands: take it
        "உங்க இஷ்டம்", "உங்கள் இஷ்டம்", "உங்க விருப்பம்", "உங்க வார்த்தைக்கு",
        "நீங்க சொன்ன மாதிரி", "நீங்க சொன்ன மாதிரியே", "நீங்க சொன்னபடி", "நீங்க சொன்னபடியே",
        "unga ishtam", "neenga sonna maathiri", "neenga sonna madhiri",
        "சரி", "சரிங்க", "சரி சரி", "ஓகே", "ஒகே", "ஓக்கே", "டீல்", "ஆமா", "ஆமாம்",
        "ஆகட்டும்", "sari", "seri", "saringa",
        "seringa", "aamam", "aagattum",
    ),
    # "I'll take it" in the first person: agreement only with no price said, or the price
    # on the table ("அந்த விலைக்கே எடுத்துக்கறேன்")
    Cue.SOFT_ACCEPT: (
        "எடுத்துக்கறேன்", "எடுத்துக்கிறேன்", "வாங்கிக்கறேன்", "வாங்கிக்கிறேன்", "eduthukkaren",
        "eduthukaren", "eduthukkiren", "vaangikkaren",
    ),
    Cue.REJECT: (
        # "it becomes a loss": the word for "it comes to" refuses here
        "லாஸ் ஆகும்", "நஷ்டம் ஆகும்", "நஷ்டம் ஆயிடும்", "loss aagum", "nashtam aagum",
        # leaving the goods without a price: "leave it", "later"
        "vittudunga", "விட்டுடுங்க", "விடுங்க", "vidunga", "அப்புறம் பாக்கலாம்", "apparam paakalaam",
        "apram pakalam", "வேணாம்", "venaam",
        # going to another shop refuses this one's price
        "வேற கடை", "வேற கடையில", "வேற கடைல", "வேறு கடை", "வேறு கடையில்", "கட்டுப்படி ஆகாது",
        "கட்டுப்படி ஆகாதுங்க", "கட்டுப்படி ஆகல", "vera kadai", "vera kadaila",
        "kattupadi aagathu", "venda", "vendaam",
        "கட்டுப்படி ஆகாது", "கட்டுப்படியாகாது", "வேற கடை", "வேறு கடை", "vera kadai",
        "வேண்டாம்", "வேணாம்", "வேணா", "முடியாது", "முடியாதுங்க", "கட்டுப்படியாகாது",
        "கட்டுப்படி ஆகாது", "கட்டாது", "சரியில்ல", "சரியில்லை", "சரி இல்ல", "சரி இல்லை",
        "ஆகாது", "நஷ்டம்", "குறைச்சு குடுங்க",
        "குறைச்சுக் குடுங்க", "குறைங்க", "கம்மி பண்ணுங்க", "குறைச்சுக்கோங்க",
        "vendam", "venam", "venaam", "mudiyathu", "mudiyadhu", "mudiyaadhu",
        "kattupadiyagathu", "kattupadi aagathu", "kattupadi agadhu", "kuraichu kudunga",
        "korachu kudunga", "kammi pannunga", "nashtam",
    ),
    Cue.NEGATION: (
        # won't come, can't be had (at that price)
        "வராது", "வராதுங்க", "கிடைக்காது", "varaadhu", "varathu", "kidaikkathu",
        "இல்லை", "இல்ல", "இல்லே", "இல்லீங்க", "கிடையாது", "மாட்டேன்", "மாட்டோம்",
        "illai", "illa", "illenga", "kidaiyathu", "kidaiyadhu", "kedayathu", "maatten",
        "maattom",
    ),
    Cue.TOO_MUCH: (
        "அதிகம்", "அதிகமா", "ரொம்ப அதிகம்", "ஜாஸ்தி", "ரொம்ப ஜாஸ்தி", "ஜாஸ்தியா",
        "ஓவர்", "அநியாயம்", "அநியாய விலை", "விலை அதிகம்", "காஸ்ட்லி", "ரொம்ப காஸ்ட்லி",
        "jaasthi", "jasthi", "jaasti", "athigam", "adhigam", "athigama", "aniyayam",
        "romba jaasthi", "romba athigam", "கொள்ளை", "பகல் கொள்ளை", "kollai",
    ),
    # "நூறுக்கு மேல இல்ல" (not above a hundred): the "above" is here, the "not" is a
    # negation, and together they cap the offer at a hundred.
    Cue.COMPARATIVE: (
        # below and above as typed loosely
        "keela", "keelae", "kizha", "kizhe", "keeze", "melae", "adhukku keela", "athukku keela",
        # "than that": "50, not more than that" holds 50 as a bound
        "அதை விட", "இதை விட", "அதுக்கு மேல", "அதுக்கு கீழ", "athukku mela", "adhukku mela",
        "athai vida",
        "குறைவா", "குறைவாக", "குறைவு", "கம்மியா", "கம்மி", "கீழ", "கீழே", "மேல", "மேலே",
        "மேல்", "மேல்ல", "தாண்டி", "kammi", "kammiya", "kuraiva", "mela", "mele", "keezha",
        "keezhe", "thaandi",
    ),
    Cue.CAP: (
        "மேக்ஸ்", "மாக்ஸ்", "மேக்ஸ", "மாக்ஸிமம்",
        "வரைக்கும்", "வரை", "வரைக்கு", "வரையில்", "varaikkum", "varai", "varaikum",
    ),
    Cue.CAP_BEFORE: (
        "மேக்ஸ்", "மாக்ஸ்", "மேக்ஸ", "மாக்ஸிமம்",
        "அதிகபட்சம்", "அதிகபட்சமா", "அதிகபட்சமாக", "மிஞ்சிப்போனா", "மிஞ்சி போனா",
        "மிஞ்சிப் போனா", "மேக்சிமம்", "மேக்ஸிமம்", "athigapatcham", "adhigapatcham",
        "minji pona", "minjipona",
    ),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "ஃபிக்ஸ்", "ஃபிக்ஸ் ரேட்", "லாஸ்ட்", "லாஸ்ட் ரேட்", "ஃபைனலா", "கடைசி ரேட்டு",
        "ஃபிக்ஸ்டு", "ஃபிக்ஸ்ட்", "fixed",
        "கடைசி விலை", "கடைசி", "கடைசியா", "கடைசியாக", "கடைசி ரேட்", "ஃபைனல்", "பைனல்",
        "ஒரே விலை", "kadaisi", "kadaisi vilai", "kadaisiya", "kadaisi rate", "orey vilai",
    ),
    Cue.QUESTION: (
        # the rate asked as typed in chat
        "enna vela", "vela enna", "enna velai", "velai enna", "enna vilaiyil", "enna rate",
        "எவ்வளவு", "எவ்ளோ", "எவ்ளவு", "எவ்வளோ", "எம்புட்டு", "என்ன விலை", "விலை என்ன",
        "என்ன ரேட்", "ரேட் என்ன", "evvalavu", "evlo", "evvalo", "evalavu", "embuttu",
        "enna vilai", "vilai enna", "enna rate", "rate enna",
        # "for how much" as typed
        "evvalavukku", "evvalavuku", "evlokku", "evalavukku",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        "எடுத்துக்கோங்க", "எடுத்துட்டு போங்க", "எடுத்துக்கோ", "eduthukonga", "eduthukko",
        "கொண்டு போங்க", "கொண்டு போ", "kondu ponga",
        # "given (at the price)": the deal done, said as the goods change hands
        "குடுத்துட்டேன்", "கொடுத்துட்டேன்", "குடுத்தாச்சு", "கொடுத்தாச்சு", "kuduthutten",
        "koduthutten", "kuduthachu",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "சொல்றீங்க", "சொல்றீங்களே", "சொல்லுறீங்க", "சொன்னீங்க", "கேக்கறீங்க", "கேக்குறீங்க",
        "solreenga", "sonneenga", "kekkureenga",
    ),
    Cue.WEAK_QUESTION: (
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "எப்படி", "eppadi", "சொல்லுங்க", "sollunga",
        "விலை", "வெலை", "ரேட்", "ரேட்டு", "vilai", "எத்தனை", "என்ன", "எவ்ளோ",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        # "pack it": the verb, not "கட்டு" (a bunch) with an ending
        "கட்டுங்க", "கட்டுங்கள்", "கட்டுங்கோ", "kattunga", "kattungo",
        "சேஞ்ச்",
        "சில்லறை", "சில்லர", "பை", "கவர்", "பேக்", "நோட்டு", "நோட்", "chillarai", "chillara",
        "pai", "kavar",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "nimisham", "nimusham", "minit",
        # a bus route: "the 47 bus"
        "பஸ்", "பஸ்ஸு", "பஸ்சு", "bus",
        # a temperature, a school class, a distance or a span of time
        "டிகிரி", "degree", "degrees", "வகுப்பு", "வகுப்புல", "vaguppu", "கிளாஸ்", "class",
        "கிலோமீட்டர்", "km", "வருஷம்", "வருடம்", "varusham",
        # a clock time said in Latin letters: "aaru manikku", "chha vage"
        "maniku", "manikku", "manikki", "manikke",
        # change for a note, other spellings
        "சேஞ்ச்",
        # change handed back
        "சில்லறை", "சில்லரை", "chillarai",
        # a day of the month: "the 15th"
        "தேதி", "தேதிக்கு", "தேதியன்று", "thethi", "thedhi",
        "நோட்டு", "நோட்", "நோட்டுதான்",
        "நிமிஷம்", "நிமிடம்", "நிமிசம்", "நிமிஷத்துல", "மணி", "மணிநேரம்", "மணி நேரம்",
        "நாள்", "நாளு", "நாட்கள்", "வாரம்", "மாசம்", "மாதம்", "வருஷம்", "வருடம்",
        "சதவீதம்", "பர்சென்ட்", "தடவை", "வாட்டி", "பேர்", "பேரு", "ஆளுங்க", "ஆட்கள்",
        "குழந்தைகள்", "குழந்தைங்க", "பசங்க", "பிள்ளைங்க", "பிள்ளைகள்", "nimisham", "nimidam", "mani",
        "maninaeram", "vaaram", "maasam", "varusham", "thadavai", "vaati", "per cent",
        "sathaveetham",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "நெடுஞ்சாலை", "ஹைவே", "highway", "nh",
        # a bus route: "bus 47"
        "பஸ்", "bus",
        # an ordinal ending typed after digits: "10வது", "8ஆம்"
        "வது", "ஆவது", "ஆம்",
        # a school class: "class 8"
        "கிளாஸ்", "class",
        "நம்பர்", "நெம்பர்",
        # a time of day: the number after it is a clock time
        "காலை", "காலையில", "காலைல", "சாயங்காலம்", "மாலை", "ராத்திரி", "மதியம்", "kaalaila",
        "saayangaalam",
    ),
}

# Case endings that attach to a number, currency or unit word. Endings that begin with a
# vowel replace the word's final "ு" ("ஐம்பதா" = ஐம்பது + ஆ), so "ு"/"்" are tried back on
# (`stem_endings`). Consonant endings that stand after a final "ு" are written with it
# ("ுல", not "ல"), so "பத்தல" (not enough) is not read as "பத்து" + "ல". Left out on
# purpose: "-உம்" ("பத்தும்" is also "will suffice", "ஒண்ணும்" "nothing").
SUFFIXES: tuple[str, ...] = (
    "க்கு", "க்குக்", "க்குப்", "க்கே", "க்குத்தான்", "ிற்கு", "ிற்க்கு", "க்குள்ள", "க்குள்",
    "ுல", "ுலே", "ில", "ில்", "ிலே", "ா", "ாக", "ே", "ை", "ாவது", "ோட", "ோடு", "ோ",
    "தான்", "ன்னு", "னு", "ன்னா", "னா", "ாம்", "ன்னே", "ங்க",
    # make it X: "பதினைஞ்சாக்குங்க", "பதினைஞ்சாக்கிடுங்க"
    "ாக்கு", "ாக்குங்க", "ாக்கிடுங்க", "ாக்கிடு",
    "ku", "thaan", "dhaan",
)


def _with_endings(words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` with each case ending on, as written: a vowel ending takes the place of
    the final "ு" (ஒன்னா), a consonant ending follows it (ஒன்னுக்கு)."""
    found = []
    for word in words:
        for suffix in SUFFIXES:
            if suffix.isascii() != word.isascii():
                continue
            if word.endswith("ு") and "\u0bbe" <= suffix[0] <= "\u0bcd":
                found.append(word[:-1] + suffix)
            elif suffix[0] not in ("ு", "ி") or word.endswith("்"):
                found.append(word + suffix)
    return tuple(found)


# "One" with a case ending ("ஒன்னுக்கு" for one, each; "ஒன்னா", "ஒன்னை"): like "one"
# itself, a number only when a unit or currency vouches.
ONE_WITH_ENDINGS = _with_endings(ONES[1] + ROMAN_ONES[1])

# One, the attributive one ("a"), and one with a case ending ("for one", each): one only
# when a unit or currency vouches ("ஒன்னு குடுங்க" is "give me one", not ₹1). "கால்" is
# also "leg", "அரை" also "grind": fractions only before a unit.
AMBIGUOUS = frozenset((
    "ஒரு", "ஓர்", "oru", "இன்னொரு", "innoru", *ONES[1], *ROMAN_ONES[1], *ONE_WITH_ENDINGS,
    "கால்", "அரை", "அர", "kaal", "arai", "ara", "அரைக்", "araik", "araikk",
))
# fmt: on


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "அவ்வளவு தான்", "அவ்வளவுதான்", "அவ்ளோ தான்", "அவ்ளோதான்", "avvalavu thaan",
    "avvalavu than", "avlo dhaan", "avlo than", "avlothan", "கேக்காதீங்க", "கேட்காதீங்க",
    "kekkatheenga", "ketkatheenga",
    # "can't reduce (it) more": "அதுக்கு மேல குறைக்க முடியாது"
    "குறைக்க முடியாது", "குறைக்க முடியாதுங்க", "kuraikka mudiyathu", "kuraikka mudiyadhu",
    "kuraikka mudiyaadhu",
    # "no more talk", "don't bargain": "இனிமே பேச்சே இல்ல", "பேரம் பேசாதீங்க"
    "பேச்சே இல்ல", "pechey illa", "peche illa", "பேரம் பேசாதீங்க", "beram pesatheenga",
    # "don't talk any more": "இனிமே பேசாதீங்க", "இனி பேச்சு இல்ல"
    "இனிமே பேசாதீங்க", "இனி பேசாதீங்க", "இனி பேச்சு இல்ல", "inime pesatheenga",
    # "don't talk any more": "இனிமே பேச வேண்டாம்"
    "இனிமே பேச வேண்டாம்", "இனி பேச வேண்டாம்", "inime pesa vendam",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = ("குறை-", "கம்மி-", "kurai-", "korai-", "kora-", "kammi-", "டிஸ்கவுண்ட்")
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("கூட", "அதிகமா", "அதிகம்", "கூடுதலா", "jaasthi", "adhigama", "kooda")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = ("-லாமா", "-டியுமா", "-ுமா", "-ீங்களா", "mudiyuma", "-laama", "-lama")


# Words that hold an amount of a unit (`LanguageSpec.measures`).
MEASURES: dict[str, tuple[float, str]] = {
    "அரைக்கிலோ": (0.5, "kg"),
    "அரைகிலோ": (0.5, "kg"),
    "கால்கிலோ": (0.25, "kg"),
    "முக்கால்கிலோ": (0.75, "kg"),
    "araikilo": (0.5, "kg"),
    "kaalkilo": (0.25, "kg"),
    "mukkaalkilo": (0.75, "kg"),
}

_COMPOUNDS = _compounds()

SPEC = LanguageSpec(
    code="ta",
    # a number with one of these before a unit word is the unit's price (`price_endings`)
    price_endings=("க்கு", "க்கே", "க்குத்தான்", "ிற்கு", "ிற்க்கு", "ku"),
    bound_endings=("க்குள்ள", "க்குள்", "க்குள்ளே", "வரை"),
    values={**VALUES, **ROMAN_VALUES, **dict.fromkeys(ONE_WITH_ENDINGS, 1.0)},
    tens=TENS,
    scales=SCALES,
    compounds=_COMPOUNDS,
    fractions={
        **halves_joined("அரை", TENS, _COMPOUNDS),
        **_fractions(),
        **_roman_fractions(),
    },
    ambiguous=AMBIGUOUS,
    suffixes=SUFFIXES,
    stem_endings=("ு", "்", "u"),
    units=UNITS,
    cues=CUES,
    less_words=LESS_WORDS,
    final_words=FINAL_WORDS,
    yes_no_words=YES_NO_WORDS,
    measures=MEASURES,
    more_words=MORE_WORDS,
)
