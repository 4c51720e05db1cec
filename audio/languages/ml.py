"""Malayalam: Malayalam script, formal and spoken forms, and Manglish (typed in Latin).

Malayalam numbers are Dravidian: 1–19 are their own words (ഒന്ന് … പത്തൊമ്പത്), the
tens take a combining form in -ത്തി that a unit is written into, formally with a glide
(ഇരുപത്തിയഞ്ച് 25) and in speech without (ഇരുപത്തഞ്ച്, മുപ്പത്തഞ്ച്); before a
consonant it stays (ഇരുപത്തിരണ്ട്). Hundreds are single words (ഇരുനൂറ് 200, അഞ്ഞൂറ്
500, തൊള്ളായിരം 900) with a combining form in -റ്റി that joins the rest (നൂറ്റമ്പത്
150, നൂറ്റിയിരുപത് 120, നൂറ്റിപ്പത്ത് 110). ആയിരം 1000, ലക്ഷം 1,00,000 and കോടി
1,00,00,000 group the Indian way; a number before ആയിരം joins it (രണ്ടായിരം,
അയ്യായിരം 5000, മൂവായിരം 3000, and after a word in -ത് the old -ഇനായിരം: പതിനായിരം
10,000, ഇരുപതിനായിരം 20,000). Fractions: അര ½, കാൽ ¼, മുക്കാൽ ¾, a number with അര
or ഏകാൽ joined (ഒന്നര 1½, രണ്ടേകാൽ 2¼).

Spelling varies more than the words do, so each word is listed in every spelling Whisper
and people write: atomic chillu letters or consonant + virama (നാൽപത്/നാല്പത്,
എൺപത്/എണ്പത്, ഒൻപത്/ഒന്പത്), a final virama or the older final "ു" (ഒന്ന്/ഒന്നു,
പതിനേഴ്/പതിനേഴു), and the spoken forms (നാപ്പത്, എമ്പത്, ഇരുന്നൂറ്). `_spellings`
writes these out; `fold` does not merge them.

References: indic-numtowords' Malayalam, read back for every number up to a lakh by
`tests/unit/test_number_oracles.py` (it writes the formal glide forms, the final-"ു"
spellings, spaced forms such as "മുപ്പത്തി അഞ്ച്", and 120 as "ഒരുനൂറ്റി ഇരുപത്"), and
the standard grammar of Malayalam numerals (the -ഇനായിരം thousands, മൂവായിരം,
അയ്യായിരം, എണ്ണായിരം); the spoken forms follow everyday Kerala market speech.
"""

from __future__ import annotations

import re

from audio.languages.base import (
    Cue,
    Kind,
    LanguageSpec,
    Part,
    halves_joined,
    join,
    scale,
    tens,
    value,
)

# --- spelling variants -----------------------------------------------------------------

_CHILLU = {"ൺ": "ണ", "ൻ": "ന", "ർ": "ര", "ൽ": "ല", "ൾ": "ള"}
_VIRAMA = "്"
_U = "ു"
_FROM_CONSONANT = {consonant: chillu for chillu, consonant in _CHILLU.items()}
_TO_CHILLU = re.compile(f"(?<!{_VIRAMA})([{''.join(_FROM_CONSONANT)}]){_VIRAMA}(?=പ|$)")


def _spellings(word: str) -> list[str]:
    """`word` in the spellings people write: chillu letters as consonant + virama and
    back, and a final virama as "ു" or "ു്" (the older way of writing it)."""
    forms = [word]
    as_virama = "".join(_CHILLU[c] + _VIRAMA if c in _CHILLU else c for c in word)
    forms.append(as_virama)
    # Consonant + virama as a chillu at the end of a word and before "പ" (നാൽപത്), where
    # it is not the second half of a cluster (the "ന്" of "ഒന്ന്" stays).
    forms.append(_TO_CHILLU.sub(lambda m: _FROM_CONSONANT[m.group(1)], as_virama))
    if word.endswith(_VIRAMA) and len(word) > 2:  # not a final chillu: കാൽ is not കാലു
        for form in [f for f in forms if f.endswith(_VIRAMA)]:
            forms += [form[:-1] + _U, form[:-1] + _U + _VIRAMA]
    return list(dict.fromkeys(forms))


def _all_spellings(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(s for w in words for s in _spellings(w)))


_SIGNS = {
    "അ": "", "ആ": "ാ", "ഇ": "ി", "ഈ": "ീ", "ഉ": "ു", "ഊ": "ൂ", "എ": "െ", "ഏ": "േ",
    "ഐ": "ൈ", "ഒ": "ൊ", "ഓ": "ോ", "ഔ": "ൌ",
}  # fmt: skip
_DOUBLED = "കചടതപ"


def _ml_join(head: str, tail: str) -> list[str]:
    """`head` (a combining form ending in "ി" or a virama) and `tail` as one word: before
    a vowel, with sandhi (ഇരുപത്തഞ്ച്) and, after "ി", with the formal glide
    (ഇരുപത്തിയഞ്ച്); before a consonant, appended (ഇരുപത്തിരണ്ട്) and, after "ി",
    with a stop doubled (നൂറ്റിപ്പത്ത്)."""
    first = tail[:1]
    if first in _SIGNS:
        forms = [join(head, tail)]
        if head.endswith("ി"):
            forms.append(head + "യ" + _SIGNS[first] + tail[1:])
        return forms
    forms = [head + tail]
    if head.endswith("ി") and first in _DOUBLED:
        forms.append(head + first + _VIRAMA + tail)
    return forms


# --- Malayalam script ------------------------------------------------------------------

# Each number below twenty, formal first, then spoken; `_spellings` adds the variants.
# fmt: off
ONES_BASE: dict[int, tuple[str, ...]] = {
    0: ("പൂജ്യം", "പൂജ്ജ്യം", "സീറോ"),
    1: ("ഒന്ന്",),
    2: ("രണ്ട്",),
    3: ("മൂന്ന്",),
    4: ("നാല്",),
    5: ("അഞ്ച്",),
    6: ("ആറ്",),
    7: ("ഏഴ്",),
    8: ("എട്ട്",),
    9: ("ഒമ്പത്", "ഒൻപത്", "ഒമ്പദ്"),
    10: ("പത്ത്",),
    11: ("പതിനൊന്ന്",),
    12: ("പന്ത്രണ്ട്", "പന്ദ്രണ്ട്"),
    13: ("പതിമൂന്ന്", "പതിമ്മൂന്ന്"),
    14: ("പതിനാല്", "പതിന്നാല്"),
    15: ("പതിനഞ്ച്",),
    16: ("പതിനാറ്",),
    17: ("പതിനേഴ്",),
    18: ("പതിനെട്ട്",),
    19: ("പത്തൊമ്പത്", "പത്തൊൻപത്"),
}
TENS_BASE: dict[int, tuple[str, ...]] = {
    20: ("ഇരുപത്", "ഇരുവത്"),
    30: ("മുപ്പത്",),
    40: ("നാല്പത്", "നാൽപ്പത്", "നാല്പ്പത്", "നാപ്പത്"),
    50: ("അമ്പത്", "അൻപത്"),
    60: ("അറുപത്",),
    70: ("എഴുപത്",),
    80: ("എൺപത്", "എമ്പത്", "എൺപ്പത്"),
    90: ("തൊണ്ണൂറ്",),
}
# Combining forms (-ത്തി) a unit is written into; the spoken -ത്ത് joins the same way.
TENS_JOINING_BASE: dict[int, tuple[str, ...]] = {
    20: ("ഇരുപത്തി", "ഇരുവത്തി"),
    30: ("മുപ്പത്തി",),
    40: ("നാല്പത്തി", "നാൽപ്പത്തി", "നാല്പ്പത്തി", "നാപ്പത്തി"),
    50: ("അമ്പത്തി", "അൻപത്തി"),
    60: ("അറുപത്തി",),
    70: ("എഴുപത്തി",),
    80: ("എൺപത്തി", "എമ്പത്തി"),
    90: ("തൊണ്ണൂറ്റി",),
}
HUNDREDS_BASE: dict[int, tuple[str, ...]] = {
    1: ("നൂറ്", "ഒരുനൂറ്"),
    2: ("ഇരുനൂറ്", "ഇരുന്നൂറ്"),
    3: ("മുന്നൂറ്", "മൂന്നൂറ്"),
    4: ("നാനൂറ്", "നാന്നൂറ്", "നാലുനൂറ്"),
    5: ("അഞ്ഞൂറ്", "അഞ്ചുനൂറ്"),
    6: ("അറുനൂറ്", "അറുന്നൂറ്"),
    7: ("എഴുനൂറ്", "എഴുന്നൂറ്"),
    8: ("എണ്ണൂറ്", "എട്ടുനൂറ്"),
    9: ("തൊള്ളായിരം",),
}
HUNDREDS_JOINING_BASE: dict[int, tuple[str, ...]] = {
    1: ("നൂറ്റി", "ഒരുനൂറ്റി"),
    2: ("ഇരുനൂറ്റി", "ഇരുന്നൂറ്റി"),
    3: ("മുന്നൂറ്റി", "മൂന്നൂറ്റി"),
    4: ("നാനൂറ്റി", "നാന്നൂറ്റി"),
    5: ("അഞ്ഞൂറ്റി",),
    6: ("അറുനൂറ്റി", "അറുന്നൂറ്റി"),
    7: ("എഴുനൂറ്റി", "എഴുന്നൂറ്റി"),
    8: ("എണ്ണൂറ്റി",),
    9: ("തൊള്ളായിരത്തി",),
}
THOUSAND = ("ആയിരം",)
THOUSAND_JOINING = ("ആയിരത്തി", "ആയിരത്ത്")
# Thousands the grammar writes apart from the plain join (രണ്ടായിരം): മൂവായിരം 3000,
# അയ്യായിരം 5000, എണ്ണായിരം 8000, പതിനായിരം 10,000; a word in -ത് takes -ഇനായിരം. The
# teens take the same forms after പതി(ന്)-: പതിമൂവായിരം 13,000, പതിനയ്യായിരം 15,000,
# പതിനെണ്ണായിരം 18,000 (beside the plain പതിമൂന്നായിരം …).
THOUSAND_IRREGULAR: dict[int, tuple[str, ...]] = {
    3: ("മൂവായിരം",), 5: ("അയ്യായിരം", "അഞ്ചായിരം"), 8: ("എണ്ണായിരം",),
    10: ("പതിനായിരം",), 13: ("പതിമൂവായിരം",), 15: ("പതിനയ്യായിരം",),
    18: ("പതിനെണ്ണായിരം",),
}

SCALES: dict[str, float] = {
    **{w: 1000 for w in THOUSAND + THOUSAND_JOINING},
    "ലക്ഷം": 100_000, "ലക്ഷത്തി": 100_000, "ലക്ഷത്ത്": 100_000, "ലച്ചം": 100_000,
    "കോടി": 10_000_000, "കോടിയേ": 10_000_000,
    # Manglish
    "laksham": 100_000, "lacham": 100_000, "lakshathi": 100_000,
    "kodi": 10_000_000,
}

FRACTION_WORDS: dict[str, float] = {
    # English "half" in the native script: "ഹാഫ് kilo"
    "ഹാഫ്": 0.5,
    "അര": 0.5, "കാൽ": 0.25, "മുക്കാൽ": 0.75,
    "ara": 0.5, "kaal": 0.25, "mukkaal": 0.75, "mukkal": 0.75,
}
# fmt: on


def _spelled(table: dict[int, tuple[str, ...]]) -> dict[int, tuple[str, ...]]:
    return {n: _all_spellings(words) for n, words in table.items()}


ONES = _spelled(ONES_BASE)
TENS_ALONE = _spelled(TENS_BASE)
TENS_JOINING = _spelled(TENS_JOINING_BASE)
HUNDREDS_ALONE = _spelled(HUNDREDS_BASE)
HUNDREDS_JOINING = _spelled(HUNDREDS_JOINING_BASE)


def _tens_and_units(main_only: bool = False) -> dict[str, tuple[Part, ...]]:
    """A tens head with a unit written in (ഇരുപത്തിയഞ്ച്, മുപ്പത്തഞ്ച്, നാൽപ്പത്തിരണ്ട്);
    `main_only` keeps the first spelling of each head and unit."""
    forms: dict[str, tuple[Part, ...]] = {}
    for t, heads in (TENS_JOINING_BASE if main_only else TENS_JOINING).items():
        for head in heads[:1] if main_only else heads:
            for u in range(1, 10):
                for tail in ONES_BASE[u][:1] if main_only else ONES[u]:
                    for word in _ml_join(head, tail):
                        forms.setdefault(word, (value(t + u),))
    return forms


JOINED_TENS = _tens_and_units()


def _below_hundred(main_only: bool = False) -> dict[str, tuple[Part, ...]]:
    """Every form of 1–99 as its parts; `main_only` keeps the base spellings (the joins
    they go into are spelled out afterwards) and the tens+unit joins on the first head."""
    forms: dict[str, tuple[Part, ...]] = {}
    for n, words in (ONES_BASE if main_only else ONES).items():
        if n:
            forms.update({w: (value(n),) for w in words})
    for t, words in (TENS_BASE if main_only else TENS_ALONE).items():
        forms.update({w: (tens(t),) for w in words})
    if main_only:
        # The combining tens too, for "നൂറ്റമ്പത്തി മൂന്ന്" (153) said in two words.
        forms.update({w: (tens(t),) for t, words in TENS_JOINING_BASE.items() for w in words})
        forms.update(_tens_and_units(main_only=True))
    else:
        forms.update(JOINED_TENS)
    return forms


def _hundreds() -> dict[str, tuple[Part, ...]]:
    """Hundreds alone, combining (നൂറ്റി), and with the rest written in (നൂറ്റമ്പത്,
    നൂറ്റമ്പത്തിയൊന്ന്, ഇരുനൂറ്റിയിരുപത്)."""
    rest = _below_hundred(main_only=True)
    forms: dict[str, tuple[Part, ...]] = {}
    for h in range(1, 10):
        hundred = (scale(100),) if h == 1 else (value(h), scale(100))
        for w in HUNDREDS_ALONE[h] + HUNDREDS_JOINING[h]:
            forms[w] = hundred
        forms.setdefault(HUNDREDS_JOINING_BASE[h][0][:-1] + _VIRAMA, hundred)  # നൂറ്റ്
        for head in HUNDREDS_JOINING_BASE[h]:
            for tail, tail_parts in rest.items():
                for word in _ml_join(head, tail):
                    for spelling in _spellings(word):
                        forms.setdefault(spelling, hundred + tail_parts)
    return forms


def _thousands() -> dict[str, tuple[Part, ...]]:
    """A number below a hundred written into ആയിരം (രണ്ടായിരം, ഇരുപത്തഞ്ചായിരത്തി)."""
    forms: dict[str, tuple[Part, ...]] = {}
    below = _below_hundred()
    for word, parts in below.items():
        n = sum(p.value for p in parts)
        for tail in THOUSAND + THOUSAND_JOINING:
            forms.setdefault(join(word, tail), (value(n), scale(1000)))
        # The -ഇനായിരം of words in -ത് (ഒമ്പതിനായിരം, ഇരുപതിനായിരം).
        if word.endswith("ത്") and n != 10:
            for tail in ("ിനായിരം", "ിനായിരത്തി", "ിനായിരത്ത്"):
                forms.setdefault(word[:-1] + tail, (value(n), scale(1000)))
    # Thousands with the hundreds written in (ആയിരത്തഞ്ഞൂറ് 1500, രണ്ടായിരത്തിയിരുനൂറ് 2200),
    # on the plain spellings of 1–10 thousand.
    heads: dict[str, tuple[Part, ...]] = {THOUSAND_JOINING[0]: (scale(1000),)}
    for n in range(2, 11):
        heads[join(ONES_BASE[n][0], THOUSAND_JOINING[0])] = (value(n), scale(1000))
    for n, irregular in THOUSAND_IRREGULAR.items():
        heads[irregular[0][:-1] + "ത്തി"] = (value(n), scale(1000))
    rest = _below_hundred(main_only=True)
    for head, thousand in heads.items():
        for h in range(1, 10):
            hundred = (scale(100),) if h == 1 else (value(h), scale(100))
            for tail in HUNDREDS_ALONE[h] + HUNDREDS_JOINING[h]:
                for word in _ml_join(head, tail):
                    forms.setdefault(word, thousand + hundred)
            # and the tens after the hundreds, all one word: ആയിരത്തിയിരുനൂറ്റമ്പത് 1250,
            # ആയിരത്തഞ്ഞൂറ്റിരുപത് 1520 (-ത്തി- of the thousand, -റ്റി- of the hundred)
            for hundred_head in HUNDREDS_JOINING_BASE[h]:
                for front in _ml_join(head, hundred_head):
                    for tail, tail_parts in rest.items():
                        for word in _ml_join(front, tail):
                            forms.setdefault(word, thousand + hundred + tail_parts)
        # no hundreds: ആയിരത്തിയമ്പത് 1050, രണ്ടായിരത്തിരുപത് 2020
        for tail, tail_parts in rest.items():
            for word in _ml_join(head, tail):
                forms.setdefault(word, thousand + tail_parts)
    for u, irregular in THOUSAND_IRREGULAR.items():
        for word in irregular:
            # and the oblique stem an ending goes on: മൂവായിരത്തിന് (for 3000)
            whole = (word, word[:-1] + "ത്തി", word[:-1] + "ത്ത്")
            for form in whole:
                forms.setdefault(form, (value(u), scale(1000)))
            if u >= 10:
                continue
            for t, tens_heads in TENS_JOINING.items():
                for head in tens_heads:
                    for form in whole:
                        for joined in _ml_join(head, form):
                            forms.setdefault(joined, (value(t + u), scale(1000)))
    return forms


def _fractions() -> dict[str, float]:
    found = {s: v for w, v in FRACTION_WORDS.items() for s in _spellings(w)}
    for n in range(1, 20):
        for word in ONES[n]:
            found.setdefault(join(word, "അര"), n + 0.5)
            for tail, extra in (("ഏകാൽ", 0.25), ("ഏമുക്കാൽ", 0.75)):
                for spelling in _spellings(join(word, tail)):
                    found.setdefault(spelling, n + extra)
    return found


# --- Manglish --------------------------------------------------------------------------

# `fold` collapses doubled letters and long vowels ("muppathu" = "mupathu", "aayiram" =
# "ayiram"); th/dh and zh/l spellings are listed apart.
# fmt: off
ROMAN_ONES: dict[int, tuple[str, ...]] = {
    0: ("poojyam", "pujyam"),
    1: ("onnu",),
    2: ("randu", "rendu"),
    3: ("moonnu", "moonu", "munnu"),
    4: ("naalu", "nalu"),
    5: ("anju", "anchu", "anj"),
    6: ("aaru",),
    7: ("ezhu", "ezh", "ezu"),
    8: ("ettu",),
    9: ("ombathu", "onpathu", "ompathu", "ombadhu", "onbathu"),
    10: ("pathu", "patthu", "paththu"),
    11: ("pathinonnu", "padhinonnu"),
    12: ("panthrandu", "pandrandu", "panthrand"),
    13: ("pathimoonnu", "pathimoonu", "padhimoonu"),
    14: ("pathinaalu", "padhinaalu"),
    15: ("pathinanju", "pathinanchu", "padhinanju"),
    16: ("pathinaaru", "padhinaaru"),
    17: ("pathinezhu", "padhinezhu"),
    18: ("pathinettu", "padhinettu"),
    19: ("patthombathu", "pathombathu", "pathonpathu", "patthonpathu"),
}
ROMAN_TENS_ALONE: dict[int, tuple[str, ...]] = {
    20: ("irupathu", "irubathu", "irupadhu"),
    30: ("muppathu", "muppadhu"),
    40: ("naalpathu", "nalpathu", "naappathu", "naalppathu"),
    50: ("ambathu", "anpathu", "ampathu", "ambadhu"),
    60: ("arupathu", "arubathu", "aruvathu"),
    70: ("ezhupathu", "ezhubathu", "elupathu"),
    80: ("enpathu", "embathu", "enbathu"),
    90: ("thonnooru", "thonnuru", "tonnooru"),
}
ROMAN_TENS_JOINING: dict[int, tuple[str, ...]] = {
    20: ("irupathi", "irupatthi"),
    30: ("muppathi", "muppatthi"),
    40: ("naalpathi", "naappathi", "nalpathi", "naalpatthi"),
    50: ("ambathi", "anpathi", "ampathi", "ambatthi"),
    60: ("arupathi", "arupatthi"),
    70: ("ezhupathi", "ezhupatthi"),
    80: ("enpathi", "embathi"),
    90: ("thonnootti", "thonnoottu"),
}
ROMAN_HUNDREDS_ALONE: dict[int, tuple[str, ...]] = {
    1: ("nooru", "nuru"), 2: ("irunooru", "irunnooru"), 3: ("munnooru", "moonnooru"),
    4: ("naanooru", "naannooru"), 5: ("anjooru", "anjnooru", "anchooru"),
    6: ("arunooru", "arunnooru", "aranooru"), 7: ("ezhunooru", "ezhunnooru", "elunooru"),
    8: ("ennooru",),
    9: ("thollayiram", "thollaayiram", "tholayiram"),
}
ROMAN_HUNDREDS_JOINING: dict[int, tuple[str, ...]] = {
    1: ("nootti", "noottu"), 2: ("irunootti", "irunnootti"), 3: ("munnootti",),
    4: ("naanootti",), 5: ("anjootti",), 6: ("arunootti",), 7: ("ezhunootti", "elunootti"),
    8: ("ennootti",), 9: ("thollayirathi", "thollaayirathi"),
}
ROMAN_THOUSAND = ("aayiram", "ayiram")
ROMAN_THOUSAND_JOINING = ("aayirathi", "aayiratthi", "aayirathu")
ROMAN_THOUSAND_IRREGULAR: dict[int, tuple[str, ...]] = {
    3: ("moovaayiram",), 5: ("ayyaayiram", "aiyaayiram"), 8: ("ennaayiram",),
    9: ("ombathinaayiram", "onpathinaayiram"), 10: ("pathinaayiram",),
    13: ("pathimoovaayiram",), 15: ("pathinayyaayiram",), 18: ("pathinennaayiram",),
    20: ("irupathinaayiram",), 30: ("muppathinaayiram",), 40: ("naalpathinaayiram",),
    50: ("ambathinaayiram", "anpathinaayiram"), 60: ("arupathinaayiram",),
    70: ("ezhupathinaayiram",), 80: ("enpathinaayiram",),
}
# fmt: on

_LATIN_VOWELS = "aeiou"


def _roman_join(head: str, tail: str) -> list[str]:
    """Manglish sandhi: "muppathi" + "anju" → "muppathanju" and, with the glide,
    "muppathiyanju"; a consonant-initial tail is appended ("muppathirandu")."""
    if tail[:1] in _LATIN_VOWELS and head[-1:] in "ui":
        forms = [head[:-1] + tail]
        if head.endswith("i"):
            forms.append(head + "y" + tail)
        return forms
    return [head + tail]


def _roman_numbers() -> dict[str, tuple[Part, ...]]:
    forms: dict[str, tuple[Part, ...]] = {}
    for t, heads in ROMAN_TENS_JOINING.items():
        for head in heads:
            forms.setdefault(head, (tens(t),))
            for u in range(1, 10):
                for tail in ROMAN_ONES[u]:
                    for word in _roman_join(head, tail):
                        forms.setdefault(word, (value(t + u),))
    joined = dict(forms)
    simple: dict[str, tuple[Part, ...]] = {
        **{w: (value(n),) for n, words in ROMAN_ONES.items() if n for w in words},
        **{w: (tens(t),) for t, words in ROMAN_TENS_ALONE.items() for w in words},
    }
    for h in range(1, 10):
        hundred = (scale(100),) if h == 1 else (value(h), scale(100))
        for w in ROMAN_HUNDREDS_ALONE[h] + ROMAN_HUNDREDS_JOINING[h]:
            forms[w] = hundred
        # "noottiyirupathanju" 125: a hundred run into any tens-and-unit word too
        for head in ROMAN_HUNDREDS_JOINING[h]:
            for tail, tail_parts in {**simple, **joined}.items():
                for word in _roman_join(head, tail):
                    forms.setdefault(word, hundred + tail_parts)
        # typed loosely, the plain hundred loses its "u" before a vowel: "munnoorambathu"
        # (മുന്നൂറ്റമ്പത്, 350), "noorirupathu" stays unread
        for head in ROMAN_HUNDREDS_ALONE[h]:
            for tail, tail_parts in {**simple, **joined}.items():
                if head.endswith("u") and tail[:1] in _LATIN_VOWELS:
                    forms.setdefault(head[:-1] + tail, hundred + tail_parts)
    for w in ROMAN_THOUSAND + ROMAN_THOUSAND_JOINING:
        forms[w] = (scale(1000),)
    for word, below in {**simple, **joined}.items():
        n = sum(p.value for p in below)
        for tail in ROMAN_THOUSAND + ROMAN_THOUSAND_JOINING[:1]:
            for joined_word in _roman_join(word, tail):
                forms.setdefault(joined_word, (value(n), scale(1000)))
    for n, irregular in ROMAN_THOUSAND_IRREGULAR.items():
        for word in irregular:
            forms.setdefault(word, (value(n), scale(1000)))
            forms.setdefault(word[:-1] + "thi", (value(n), scale(1000)))
    # The locative of comparison, joined: "irunooril kooduthal" (more than two hundred),
    # "ambathil" (than fifty). Written out per number rather than stripped as an ending,
    # which would leave "athil" (in that) as Hindi "ath" (eight).
    for word, parts in [*forms.items(), *simple.items()]:
        if word.endswith("u") and len(word) > 4:
            said = tuple(value(p.value) if p.kind is Kind.TENS else p for p in parts)
            forms.setdefault(word[:-1] + "il", said)
    forms.setdefault("aayirathil", (scale(1000),))
    forms.setdefault("ayirathil", (scale(1000),))
    return forms


def _roman_fractions() -> dict[str, float]:
    found: dict[str, float] = {}
    for n in range(1, 11):
        for word in ROMAN_ONES[n]:
            for tail, extra in (("ara", 0.5), ("ekaal", 0.25), ("emukkaal", 0.75)):
                for joined_word in _roman_join(word, tail):
                    found.setdefault(joined_word, n + extra)
    return found


def _lakhs(thousands: dict[str, tuple[Part, ...]]) -> dict[str, tuple[Part, ...]]:
    """The lakh's combining form written into the thousands after it, as one word
    (ലക്ഷത്തിയിരുപതിനായിരം 1,20,000, ലക്ഷത്തിയമ്പതിനായിരം 1,50,000): whole thousands
    only, the hundreds are said apart."""
    forms: dict[str, tuple[Part, ...]] = {}
    for tail, parts in thousands.items():
        if len(parts) != 2 or parts[1] != scale(1000) or not tail.endswith(("ം", "ത്തി", "ത്ത്")):
            continue
        for head in ("ലക്ഷത്തി",):
            for word in _ml_join(head, tail):
                forms.setdefault(word, (scale(100_000), *parts))
    return forms


def _compounds() -> dict[str, tuple[Part, ...]]:
    found: dict[str, tuple[Part, ...]] = {}
    thousands = _thousands()
    for table in (JOINED_TENS, _hundreds(), thousands, _lakhs(thousands), _roman_numbers()):
        for word, parts in table.items():
            found.setdefault(word, parts)
    return found


# fmt: off
VALUES: dict[str, float] = {
    **{w: float(n) for n, words in ONES.items() for w in words},
    **{w: float(n) for n, words in ROMAN_ONES.items() for w in words},
    # The article "a": one only when a unit or currency vouches.
    "ഒരു": 1, "oru": 1,
}
TENS: dict[str, float] = {
    **{w: float(t) for t, words in TENS_ALONE.items() for w in words},
    **{w: float(t) for t, words in TENS_JOINING.items() for w in words},
    **{w: float(t) for t, words in ROMAN_TENS_ALONE.items() for w in words},
}

UNITS: dict[str, tuple[str, ...]] = {
    "kg": ("കിലോ", "കിലോയും", "kiloyum", "kilokkum", "kiloykkum",
           "കിലോഗ്രാം", "കിലൊ", "കെജി", "കേജി", "kilo"),
    "g": ("ഗ്രാം", "ഗ്രാമ്", "gram"),
    "dozen": ("ഡസൻ", "ഡസന്", "ഡസണ്", "dasan", "dozen"),
    "piece": ("പീസ്", "എണ്ണം", "എണ്ണത്ത", "കഷണം", "കഷ്ണം", "piece", "ennam"),
    "litre": ("ലിറ്റർ", "ലിറ്റര്", "ലിറ്ററ", "ലീറ്റർ", "litre", "littar"),
    "bunch": ("കെട്ട്", "കുല", "kettu", "kula", "ketttu"),
}

CUES: dict[Cue, tuple[str, ...]] = {
    Cue.CURRENCY: (
        "roova", "rooba", "ruba", "roopayi", "rupayi",
        "രൂപ", "രൂപാ", "രൂ", "ഉറുപ്പിക", "ഉറുപ്പ്യ", "roopa", "rupa", "urupika",
        # with "-um" (and): "നൂറ് രൂപയും അമ്പത് പൈസയും"
        "രൂപയും", "rupayum", "roopayum",
    ),
    Cue.PAISE: ("പൈസ", "പൈസേ", "paisa", "പൈസയും", "paisayum"),
    Cue.PER: ("ഓരോ", "പ്രതി", "oro"),
    Cue.LINK: (
        # "for" (വേണ്ടി), not "വേണ്ട" (don't want)
        "വേണ്ടി", "vendi",
        # "having tied" (കെട്ടി താ, tie it up), not കെട്ട് (a bunch)
        "കെട്ടി", "ketti",
        "അല്ലെങ്കിൽ", "allenkil",
        # "if not", otherwise: its "no" refuses nothing ("..., ഇല്ലെങ്കിൽ ...")
        "ഇല്ലെങ്കിൽ", "illenkil", "illengil",
        "ആണ്", "ആണു", "ആ", "ക്ക്", "ന്", "വെച്ച്", "വച്ച്", "ആകും", "ആവും", "ഉണ്ട്",
        "aanu", "vechu", "vachu", "aakum", "aavum", "undu",
        # The tag "isn't it" ("അമ്പത് അല്ലേ?") asks; it does not negate the price.
        "അല്ലേ", "അല്ലെ", "അല്ലോ", "alle", "allo",
        # "at all" between a price and its refusal: "നൂറ്റമ്പത് ഒന്നും പറ്റില്ല" (150 won't
        # do at all)
        "ഒന്നും", "onnum",
    ),
    Cue.EACH: (
        "ഒന്നിന്", "ഒന്നിനു", "ഓരോന്നിനും", "ഓരോന്നിന്", "ഒരെണ്ണത്തിന്", "ഒന്നിനാണ്",
        "onninu", "oronninum", "orennathinu",
        # "one (thing)" right by the price: "മുട്ട ഒരെണ്ണം ഏഴര രൂപ"
        "ഒരെണ്ണം", "ഒരെണ്ണമാ", "orennam", "orennama",
        # "at (a price)", by the kilo or the piece: "അമ്പത് വെച്ച്" (also a link)
        "വെച്ച്", "വച്ച്", "vechu",
    ),
    Cue.MEASURE: (
        # a foot of pipe, wire, rope or board: its price is a rate
        "അടിക്ക്", "ഒരു അടിക്ക്", "adikku",
        # a trip of a hired vehicle, an hour of its hire: its fare is a rate
        "ട്രിപ്പിന്", "ട്രിപ്പിനു", "ട്രിപ്പ്", "tripinu", "trippinu", "മണിക്കൂറിന്",
        "മണിക്കൂറിനു", "manikkoorinu",
        # a day of hire; a meal's leaf ("ഊണ് ഇലയ്ക്ക് നൂറ്റമ്പത്")
        "ഒരു ദിവസത്തിന്", "ഒരു ദിവസത്തിനു", "ദിവസത്തിന്", "ദിവസത്തിനു", "oru divasathinu",
        "ഇലയ്ക്ക്", "ഇലക്ക്", "ilakku",
        # a rider, a seat, a head, a kilometre, a minute of waiting; a tola, bhori or
        # pavan of silver or gold: its price is a rate
        "ആളൊന്നിന്", "ആൾക്ക്", "തലയ്ക്ക്", "സീറ്റിന്", "മിനിറ്റിന്", "കിലോമീറ്ററിന്", "പവന്",
        "പവൻ", "പവനു", "aalonninu", "pavan", "pavanu",
        "മുഴം", "മുഴത്തിന്", "മുഴത്തിനു", "muzham", "muzhathinu", "mozham",
        # a reel of thread; a load of sand: its price is a rate
        "റീലിന്", "റീലിനു", "reelinu", "ലോഡിന്", "ലോഡിനു", "loadinu",
        "ക്വിന്റൽ", "ക്വിന്റലിന്", "മീറ്റർ", "മീറ്ററിന്", "വാര", "വാരയ്ക്ക്", "വാരക്ക്", "പെട്ടി", "പെട്ടിക്ക്", "ബോക്സ്",
        "kvintal", "meettar",
        # baskets, pairs, sets, boxes: their price is a rate too
        "കൊട്ട", "കൊട്ടയ്ക്ക്", "കൊട്ടക്ക്", "ജോഡി", "ജോഡിക്ക്", "സെറ്റ്", "സെറ്റിന്", "ഡപ്പി",
        "ഡബ്ബ", "kotta", "kottakku", "jodi", "dabba",
        "പെട്ടികൾ", "കൊട്ടകൾ", "ജോഡികൾ",
        "petti", "pettikku",
        # a heap of fish or vegetables sold as one share
        "കൂറ്", "കൂറിന്", "കൂറിനു", "കൂറ",
        # "for a sack": a sack's rate ("ചാക്കിന് ആയിരത്തിരുനൂറ്")
        "ചാക്കിന്", "ചാക്കിനു", "chakkinu",
    ),
    Cue.LOT: (
        "കുട്ട", "ചാക്ക്", "സഞ്ചി", "പെട്ടി", "കൂമ്പാരം", "ലോഡ്", "പാക്കറ്റ്", "kutta",
        "chakku", "sanchi", "petti",
    ),
    # "for you" beside a price: a concession, never agreement (`Cue.FOR_YOU`)
    Cue.FOR_YOU: (
        # "for you" said with "വേണ്ടി" (for), never "വേണ്ട" (don't want)
        "നിങ്ങൾക്ക് വേണ്ടി", "നിനക്ക് വേണ്ടി", "ningalkku vendi", "ninakku vendi",
        "നിങ്ങൾക്ക്", "നിങ്ങൾക്കായി", "നിനക്ക്", "ചേച്ചിക്ക്", "ചേട്ടന്", "ningalkku",
        "ningalkk", "ninakku", "chechikku", "chettanu",
    ),
    Cue.SET: (
        # "let's settle at X": proposes X
        "ഉറപ്പിക്കാം", "ഫിക്സ് ചെയ്യാം", "urappikkam", "urappikam", "fix cheyyam",
        "ആക്ക്", "ആക്കൂ", "ആക്കാം", "ആക്കി താ", "ആക്കി തരൂ", "aakku", "akku", "aakkoo",
        "aakki tha", "aakk", "akk",
    ),
    Cue.TOTAL: (
        "മുഴുവൻ", "മുഴുവനും", "എല്ലാം കൂടി", "ആകെ", "muzhuvan", "muzhuvanum", "muzhuvanayi",
        "മുഴുവനായി", "മുഴുവനായും",
        "മൊത്തം", "മൊത്തമായി", "മൊത്തത്തിൽ", "ആകെ", "എല്ലാം കൂടി", "എല്ലാം കൂടെ",
        "എല്ലാംകൂടി", "ടോട്ടൽ", "mottham", "motham", "aake", "ellam koodi", "ellam kude",
        # "all (of it)", "all there is": "എല്ലാം ഇരുനൂറിന്"
        "എല്ലാം", "ഉള്ളതെല്ലാം", "ellam", "ellaam", "ullathellam",
        # "all of this (together)": the demonstrative run into "all"
        "ഇതെല്ലാം കൂടി", "ഇതൊക്കെ കൂടി", "ഇതെല്ലാം", "ഇതൊക്കെ", "ഇവയെല്ലാം", "ithellam koodi",
        "ithokke koodi", "ithellam", "ithokke",
    ),
    Cue.ACCEPT: (
        # English "deal", "done", "okay" as written in the script
        "ഡൺ", "ഓക്കേ", "ഡീൽ ഓക്കെ",
        # as you say, as you wish, your word stands: take it
        "നിങ്ങളുടെ വാക്ക്", "നിങ്ങളുടെ വാക്ക് പോലെ",
        "നിങ്ങളുടെ ഇഷ്ടം", "നിങ്ങൾ പറഞ്ഞതുപോലെ", "നിങ്ങൾ പറഞ്ഞപോലെ", "ningalude ishtam",
        "ningal paranja pole",
        "ശരി", "ശരി ശരി", "ഓക്കെ", "ഓകെ", "ആയിക്കോട്ടെ", "സമ്മതം", "ഡീൽ",
        "sheri", "shari", "seri", "aayikotte", "sammatham",
    ),
    # "I'll take it" in the first person: agreement only with no price said, or the price
    # on the table ("ആ വിലയ്ക്ക് എടുക്കാം")
    Cue.SOFT_ACCEPT: ("എടുക്കാം", "എടുത്തോളാം", "വാങ്ങാം", "edukkam", "edukkaam", "edutholam"),
    Cue.REJECT: (
        # "I won't take (it)", "I won't buy": the verb's own negative
        "എടുക്കില്ല", "വാങ്ങില്ല", "edukkilla", "vangilla", "vaangilla",
        # "I won't cut (it)"
        "കുറയ്ക്കില്ല", "kuraykkilla", "kuraikkilla",
        # the goods not wanted: "I don't want (these)"
        "വേണ്ടാ", "vendaa", "enikku venda",
        # "it becomes a loss": the word for "it comes to" refuses here
        "ലോസ് ആകും", "നഷ്ടം ആകും", "നഷ്ടമാകും", "loss aakum", "nashtam aakum",
        # leaving the goods without a price: "leave it", "later"
        "വിട്ടേക്ക്", "vittekku", "വിട്ടേക്കൂ", "പിന്നെ നോക്കാം", "pinne nokkam", "pinne nokkaam",
        # going to another shop refuses this one's price
        "വേറെ കട", "വേറെ കടയിൽ", "വേറെ എവിടെയെങ്കിലും", "vere kada", "vere kadayil",
        # a loss to the seller: the price is refused
        "നഷ്ടം", "നഷ്ടമാണ്", "നഷ്ടമാ", "nashtam", "nashtamanu",
        "മുതലാവില്ല", "വേറെ കട", "വേറെ കടയിൽ", "vere kada",
        "വേണ്ട", "പറ്റില്ല", "പറ്റൂല്ല", "പറ്റത്തില്ല", "നടക്കില്ല", "ഒക്കില്ല",
        "മുതലാവില്ല", "മുതലാകില്ല", "muthalakilla", "muthalavilla", "mothalakilla",
        "കുറയ്ക്ക്", "കുറയ്ക്കൂ", "കുറയ്ക്കണം", "കുറച്ചു താ",
        "കുറച്ച് താ", "ശരിയല്ല", "ശരിയാവില്ല", "venda", "pattilla", "pattoolla",
        "nadakkilla", "okkilla", "muthalavilla", "kuraykku", "kurakku", "kurakkanam",
        "kurachu tha", "shariyavilla",
    ),
    Cue.NEGATION: (
        # can't be had (at that price)
        "കിട്ടില്ല", "കിട്ടൂല്ല", "kittilla", "kittoola",
        "ഇല്ല", "ഇല്ലാ", "അല്ല", "തരില്ല", "കൊടുക്കില്ല", "തരൂല്ല", "illa", "alla",
        "tharilla", "kodukkilla", "tharoolla",
    ),
    Cue.TOO_MUCH: (
        "കൂടുതലാ", "കൂടുതലാണ്", "വളരെ കൂടുതൽ", "ഭയങ്കര വില", "ഭയങ്കര കൂടുതൽ", "അധികം", "അധികമാണ്",
        "കഴുത്തറുപ്പ്", "കത്തി വില", "വില കൂടുതൽ", "വില കൂടുതലാ", "kooduthala",
        "kooduthalanu", "kooduthal aanu", "adhikam", "bhayankara vila", "kathi vila",
        "valare kooduthal", "orupaad kooduthal", "ഒരുപാട് കൂടുതൽ", "കൊള്ള", "പകൽക്കൊള്ള", "kolla",
    ),
    # "നൂറിൽ കൂടുതൽ തരില്ല" (won't give more than a hundred): "more" is here, the "won't
    # give" a negation, and together they cap the offer at a hundred.
    Cue.COMPARATIVE: (
        # below and above as typed loosely
        "thazhe", "taazhe", "thaze", "താഴേ",
        "കൂടുതൽ", "കുറവ്", "കുറവാ", "മേലെ", "മുകളിൽ", "താഴെ", "kooduthal", "kuravu",
        "mele", "mukalil", "thaazhe",
    ),
    Cue.CAP: (
        "മാക്സ്", "മാക്സിമമ്", "മാക്സിമം",
        "വരെ", "വരേ", "കൂടില്ല", "vare", "koodilla",
    ),
    Cue.CAP_BEFORE: (
        "മാക്സ്", "മാക്സിമമ്", "മാക്സിമം",
        "പരമാവധി", "മാക്സിമം", "കൂടിയാൽ", "കൂടി വന്നാൽ", "paramavadhi", "koodiyal",
    ),
    Cue.FINAL: (
        # "last", "final", "fixed" in every form the word takes before a price
        "അവസാനത്തെ", "അവസാനത്തേത്", "ഫൈനലാ", "avasanathe", "avasana",
        "ഫിക്സഡ്", "ഫിക്സ്", "fixed",
        "അവസാന വില", "അവസാനം", "അവസാന", "ലാസ്റ്റ്", "ഫൈനൽ", "ഒറ്റ വില", "avasana vila",
        "avasanam", "otta vila",
    ),
    Cue.QUESTION: (
        "എത്ര", "എത്രയാ", "എത്രയാണ്", "എന്താ വില", "വില എത്ര", "എന്ത് വില", "എത്ര രൂപ",
        "എന്താ റേറ്റ്", "ethra", "ethraya", "ethrayanu", "entha vila", "vila ethra",
        "enthu vila", "entha rate",
        # "for how much" as typed
        "ethrakku", "ethraykku", "ethrakk",
    ),
    # "take it": hands the goods over at the price said (`Cue.TAKE_IT`)
    Cue.TAKE_IT: (
        # "take it" as typed
        "eduthoo", "edutholu", "eduthokko", "എടുത്തോളൂ",
        "എടുത്തോ", "എടുത്തോളൂ", "കൊണ്ടുപോ", "കൊണ്ടുപൊയ്ക്കോ", "edutho", "eduthollu", "kondupo",
        # "given (at the price)": the deal done, said as the goods change hands
        "തന്നു", "തന്നിരിക്കുന്നു", "കൊടുത്തു", "thannu", "koduthu",
    ),
    # "you say X": X is the other side's price, quoted (`Cue.QUOTE`)
    Cue.QUOTE: (
        "പറയുന്നു", "പറഞ്ഞു", "പറയുന്നത്", "ചോദിക്കുന്നു", "parayunnu", "paranju",
    ),
    Cue.WEAK_QUESTION: (
        # "how (are you selling)?", "tell me (the rate)": ask only with no price
        "എങ്ങനെ", "എങ്ങനെയാ", "engane", "enganeya", "പറയൂ", "parayu", "എങ്ങനാ", "engana",
        "വില", "റേറ്റ്", "vila", "എത്ര വേണം", "എന്ത്",
    ),
    # change, a banknote, a bag or a cover: a "no" beside them is not about the price
    Cue.PAYMENT: (
        "ചില്ലറ", "സഞ്ചി", "കവർ", "ബാഗ്", "നോട്ട്", "നോട്ടേ", "chillara", "sanchi", "kavar",
    ),
    Cue.NOT_MONEY: (
        # typed minutes and hours: "das minit"
        "minit", "manikkoor",
        # a bus route: "the 47 bus"
        "ബസ്", "ബസ്സ്", "ബസ്സിൽ", "bus",
        # a temperature, a school class, a distance or a span of time
        "ഡിഗ്രി", "degree", "ക്ലാസ്", "ക്ലാസ്സ്", "ക്ലാസിൽ", "class", "കിലോമീറ്റർ", "km", "വർഷം",
        "മണിക്കൂർ",
        # change handed back
        "ചില്ലറ", "chillara",
        # a day of the month: "the 15th"
        "തീയതി", "തിയതി", "തീയ്യതി", "theeyathi",
        "നോട്ട്", "നോട്ടേ", "മക്കളുണ്ട്", "കുട്ടികളുണ്ട്",
        "മിനിറ്റ്", "മിനുട്ട്", "മണിക്കൂർ", "മണി", "ദിവസം", "ആഴ്ച", "മാസം", "വർഷം",
        "ശതമാനം", "പ്രാവശ്യം", "തവണ", "പേര്", "ആളുകൾ", "കുട്ടികൾ", "പിള്ളേർ", "മക്കൾ",
        "manikkoor", "divasam", "aazhcha",
        "maasam", "varsham", "shathamanam", "pravashyam", "thavana",
    ),
    Cue.NUMBER_LABEL: (
        # a road's number: "NH 48", "highway 17"
        "ഹൈവേ", "ദേശീയപാത", "highway", "nh",
        # a bus route: "bus 47"
        "ബസ്", "ബസ്സ്",
        # an ordinal ending typed after digits: "10ആം"
        "ആം", "ാം",
        # a school class: "class 8"
        "ക്ലാസ്", "class",
        "നമ്പർ", "നമ്പര്",
        # a time of day: the number after it is a clock time
        "രാവിലെ", "വൈകുന്നേരം", "വൈകിട്ട്", "രാത്രി", "ഉച്ചയ്ക്ക്", "raavile", "vaikunneram",
        "vaikittu",
    ),
}


# Case endings that attach to a number, currency or unit word. A number in -ത്/-ം
# takes its ending after an "ി" (അമ്പതിന്, ആയിരത്തിന്), so the virama is tried back on
# (`stem_endings`). Left out on purpose: "-ഉം" ("ഒന്നും" is "nothing at all").
SUFFIXES: tuple[str, ...] = tuple(dict.fromkeys(s for w in (
    "ിന്", "ിനു", "ിനാണ്", "ിന്റെ", "ിനേ", "ക്ക്", "ക്കു", "യ്ക്ക്", "ിൽ", "ിലേ",
    # "both/all ... together": "രണ്ട് കിലോക്കും കൂടി" (for both kilos together), "ിനും"
    "ക്കും", "ിനും",
    # after -അ a glide: "നാല്പത്തിരണ്ടരയിൽ കൂടുതൽ" (more than 42½)
    "യിൽ", "യിലേ",
    # "-ഓ" (or): "എഴുപത്തഞ്ചോ എൺപതോ" (75 or 80), asked (`either`)
    "ോ",
    "ാണ്", "ാണു", "ാണോ", "ാ", "േ", "ോളം",
    # was X: "ഇരുനൂറ്റമ്പതായിരുന്നു", "...ായിരുന്നല്ലോ" (it was 250, wasn't it); never
    # "-ായിരം", a thousand, which the tables read whole
    "ായിരുന്നു", "ായിരുന്നല്ലോ", "ായിരുന്നില്ലേ", "ായിരുന്നോ", "ാക്കാം", "ാക്കി", "ാക്ക്", "ാക്കണം", "ാക്കൂ",
    # make it X?: "പതിനഞ്ചാക്കാമോ", "പതിനഞ്ചാക്കുമോ", "പതിനഞ്ചാക്കിത്താ"
    "ാക്കാമോ", "ാക്കുമോ", "ാക്കിത്താ", "ാക്കിത്തരാമോ",
    # Manglish endings, only those that cannot leave an English or Hindi word behind
    # ("anil" is not "an" + "il").
    "inu", "kku", "aanu", "olam", "o", "aakkamo", "akkamo",
) for s in _spellings(w)))
# fmt: on


def _with_endings(words: tuple[str, ...]) -> tuple[str, ...]:
    """`words` with each vowel-initial case ending on, in place of the final virama or
    "ു" (ഒന്നിന്, ഒന്നാണ്; Manglish "onninu")."""
    found = []
    for word in words:
        for suffix in SUFFIXES:
            if suffix.isascii() != word.isascii():
                continue
            if word.isascii():
                if word.endswith("u") and suffix[0] in _LATIN_VOWELS:
                    found.append(word[:-1] + suffix)
            elif "\u0d3e" <= suffix[0] <= "\u0d4d":
                found.append(word.rstrip(_VIRAMA + _U) + suffix)
    return tuple(dict.fromkeys(found))


ONE_WITH_ENDINGS = _with_endings(ONES[1] + ROMAN_ONES[1])


def _phrase_spellings(phrases: tuple[str, ...], stems: bool = False) -> tuple[str, ...]:
    """Every phrase with each word in its chillu and virama spellings (കൂടുതൽ/കൂടുതല്);
    with `stems`, a word in a final virama also as its bare stem, which the lexicon
    matches before a case ending ("കെട്ട്" → "കെട്ടിന്", "ഡസന്" → "ഡസനിന്")."""
    found: list[str] = []
    for phrase in phrases:
        words = phrase.split()
        found.append(phrase)
        for i, word in enumerate(words):
            for spelling in _spellings(word)[:3]:
                found.append(" ".join([*words[:i], spelling, *words[i + 1 :]]))
                if stems and len(words) == 1 and spelling.endswith(_VIRAMA):
                    found.append(spelling[:-1])
    return tuple(dict.fromkeys(found))


# fmt: off
# One, the article, and one with a case ending ("ഒന്നിന്" for one, each): a number only
# when a unit or currency vouches. "ഒന്ന്" is also the softener "just" ("ഒന്ന്
# കുറയ്ക്ക്"), "അര" also "waist", "കാൽ" "leg", and Manglish "aaru" also "who".
AMBIGUOUS = frozenset((
    "ഒരു", "oru", *ONES[1], *ROMAN_ONES[1], *ONE_WITH_ENDINGS,
    "അര", "കാൽ", "കാല്", "ara", "kaal", "aaru",
))
# fmt: on


# Said after a price, it is final (README `final`): "that's it", "won't go below
# that", "don't ask lower", "no more talk"; asked ("that's it?") it asks.
FINAL_WORDS: tuple[str, ...] = (
    "അത്രേ ഉള്ളൂ", "അത്രയേ ഉള്ളൂ", "അത്രയേ തരൂ", "അത്രേ തരൂ", "athre ullu",
    "athraye ullu", "ചോദിക്കണ്ട", "ചോദിക്കേണ്ട", "chodikkanda", "chodikkenda",
    # "say nothing more": "എഴുനൂറ്, ഇനി ഒന്നും പറയണ്ട"
    "ഇനി ഒന്നും പറയണ്ട", "ഇനി ഒന്നും പറയേണ്ട", "ini onnum parayanda", "ini onnum parayenda",
    # "just that much": "എൺപത്തഞ്ച്, അത്ര തന്നെ"
    "അത്ര തന്നെ", "അത്രയും തന്നെ", "athra thanne", "athrayum thanne",
    # "no more talk": "അമ്പത്തഞ്ച്, ഇനി സംസാരമില്ല"
    "ഇനി സംസാരമില്ല", "ഇനി സംസാരം ഇല്ല", "ini samsaramilla", "ini samsaram illa",
    # "no more talk needed": "ഇനി സംസാരം വേണ്ട", "ഇനി വർത്തമാനം വേണ്ട"
    "ഇനി സംസാരം വേണ്ട", "ini samsaram venda", "ഇനി വർത്തമാനം വേണ്ട", "ഇനി വർത്തമാനമില്ല",
)  # fmt: skip

# Asking for a lower price without naming one; a trailing "-" marks a stem.
LESS_WORDS: tuple[str, ...] = (
    "കുറയ-", "കുറയ്ക്ക-", "കുറക്ക-", "കുറവ്", "kuray-", "kurakk-", "kuravu",
    # "കുറച്ചു" is "a little" and "having reduced": reduced where a giving verb or another
    # "a little" goes with it ("ഇത്തിരി കുറച്ചു താ", "കുറച്ചു കുറച്ചു തരൂ"), and "-ിട്ട്"
    # says it alone ("കുറച്ചിട്ട് താ")
    "കുറച്ചിട്ട-", "kurachitt-", "കുറച്ചു താ", "കുറച്ച് താ", "kurachu tha",
    "ഇത്തിരി കുറച്ചു", "ഇത്തിരി കുറച്ച്", "കുറച്ചു കുറച്ചു", "കുറച്ച് കുറച്ച്",
    "ithiri kurachu", "ithiri kurach", "kurachu kurachu",
    # "couldn't you reduce it?": "നൂറ് രൂപ കുറച്ചൂടെ?"
    "കുറച്ചൂടെ", "കുറച്ചൂടേ", "kurachoode", "kurachoodé",
)  # fmt: skip
# Right after an amount, make it one to add (`LanguageSpec.more_words`).
MORE_WORDS: tuple[str, ...] = ("കൂടുതൽ", "കൂടി", "kooduthal", "koodi")
# What makes that a yes-no question where no "?" was written ("-x": an ending).
YES_NO_WORDS: tuple[str, ...] = ("-ാമോ", "-ുമോ", "-ോ", "-amo", "-umo")


# Words that hold an amount of a unit (`LanguageSpec.measures`).
MEASURES: dict[str, tuple[float, str]] = {
    "അരക്കിലോ": (0.5, "kg"),
    "അരകിലോ": (0.5, "kg"),
    "കാൽക്കിലോ": (0.25, "kg"),
    "കാൽകിലോ": (0.25, "kg"),
    "ഒന്നരക്കിലോ": (1.5, "kg"),
    "arakkilo": (0.5, "kg"),
    "arakilo": (0.5, "kg"),
    "kaalkilo": (0.25, "kg"),
    "onnarakkilo": (1.5, "kg"),
}

_COMPOUNDS = _compounds()

SPEC = LanguageSpec(
    code="ml",
    # a number with one of these before a unit word is the unit's price (`price_endings`)
    price_endings=("ിന്", "ിനു", "ക്ക്", "ക്കു", "യ്ക്ക്", "inu", "kku"),
    values={**VALUES, **dict.fromkeys(ONE_WITH_ENDINGS, 1.0)},
    tens=TENS,
    scales=SCALES,
    compounds=_COMPOUNDS,
    fractions={
        **halves_joined("അര", TENS, _COMPOUNDS),
        **_fractions(),
        **_roman_fractions(),
    },
    ambiguous=AMBIGUOUS,
    suffixes=SUFFIXES,
    stem_endings=(_VIRAMA, _U, "u", "ം"),
    # "മൂവായിരമോ", "നൂറുമായി": a final "ം" is "മ" before a vowel ending
    oblique_endings=("മ",),
    units={unit: _phrase_spellings(names, stems=True) for unit, names in UNITS.items()},
    cues={cue: _phrase_spellings(phrases) for cue, phrases in CUES.items()},
    less_words=LESS_WORDS,
    final_words=FINAL_WORDS,
    yes_no_words=YES_NO_WORDS,
    measures=MEASURES,
    more_words=MORE_WORDS,
)
