"""English number, rupee and unit words written in the Indic scripts, read back to Latin
letters by an independent transliterator (`indic_transliteration`): every spelling in
`audio.languages.english_scripts` must spell the English word's consonants, and the
understanding reads the words as English numbers in every language."""

from __future__ import annotations

import re
import unicodedata

import pytest
from indic_transliteration import sanscript

from audio.languages.english_scripts import (
    CURRENCY_SPOKEN,
    SCALES_SPOKEN,
    SCRIPTS,
    SPOKEN,
    TENS_SPOKEN,
    UNITS_SPOKEN,
)
from audio.understanding import understand

_SCHEMES = {
    "deva": sanscript.DEVANAGARI,
    "beng": sanscript.BENGALI,
    "gujr": sanscript.GUJARATI,
    "guru": sanscript.GURMUKHI,
    "taml": sanscript.TAMIL,
    "telu": sanscript.TELUGU,
    "knda": sanscript.KANNADA,
    "mlym": sanscript.MALAYALAM,
}

# The consonants each word is heard with, in the classes `_skeleton` folds letters into
# (t and d of every place one each, f and p alike, as Tamil writes f with ப, v and w alike,
# s z j alike; vowels, "y" glides and aspiration left out).
_CONSONANTS = {
    "one": "vn", "two": "t", "three": "tr", "four": "fr", "five": "fv", "six": "sks",
    "seven": "svn", "eight": "t", "nine": "nn", "ten": "tn", "eleven": "lvn", "twelve": "tvlv",
    "thirteen": "trtn", "fourteen": "frtn", "fifteen": "fftn", "sixteen": "skstn",
    "seventeen": "svntn", "eighteen": "tn", "nineteen": "nntn", "twenty": "tvnt",
    "thirty": "trt", "forty": "frt", "fifty": "fft", "sixty": "skst", "seventy": "svnt",
    "eighty": "t", "ninety": "nnt", "hundred": "hndrd", "rupees": "rfs", "kg": "kl",
    "dozen": "dsn",
}  # fmt: skip


# Malayalam's chillu letters are the consonant with a virama (Unicode's own equivalence),
# which the transliterator reads.
_CHILLU = str.maketrans({"ൺ": "ണ്", "ൻ": "ന്", "ർ": "ര്", "ൽ": "ല്", "ൾ": "ള്"})


def _skeleton(form: str, script: str) -> str:
    latin = sanscript.transliterate(form.translate(_CHILLU), _SCHEMES[script], sanscript.ISO)
    if script == "mlym":
        # Malayalam writes English "t" as ṟṟ and "nt" as nṟ.
        latin = latin.replace("ṟṟ", "t").replace("nṟ", "nt").replace("ṉṟ", "nt")
    if script == "taml":
        # Tamil writes voiced and voiceless alike; the reader gives the voiced, aspirated
        # letter ("கிலோ" as "ghilō"): fold them back.
        latin = latin.replace("b", "p").replace("g", "k")
    base = "".join(
        c for c in unicodedata.normalize("NFD", latin.lower()) if not unicodedata.combining(c)
    )
    if script == "beng":
        base = re.sub(r"[ou]y", "v", base)  # Bengali writes "w" as ও/উ and য়: "ওয়ান"
    base = re.sub(r"(?<=[kgcjtdpb])h", "", base)  # aspiration: th, ph, bh
    if script == "deva":
        base = base.replace("vh", "v")  # Marathi writes English "v" as व्ह: "सेव्हन", "टीव्ही"
    base = re.sub(r"[aeiouy:~]", "", base)
    for letters, folded in (("ph", "f"), ("p", "f"), ("b", "v"), ("w", "v"), ("m", "n")):
        base = base.replace(letters, folded)
    base = base.replace("z", "s").replace("j", "s").replace("d", "t").replace("c", "s")
    base = base.replace("g", "k")
    base = re.sub(r"[^a-z]", "", base)
    return re.sub(r"(.)\1+", r"\1", base)  # a doubled letter is one sound


def _rows() -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    tables = {**SPOKEN, **TENS_SPOKEN, **SCALES_SPOKEN, "rupees": CURRENCY_SPOKEN}
    for word, forms in {**tables, **UNITS_SPOKEN}.items():
        assert len(forms) == len(SCRIPTS), word
        for script, column in zip(SCRIPTS, forms, strict=True):
            rows += [(word, script, form) for form in column.split("|")]
    return rows


@pytest.mark.parametrize(("word", "script", "form"), _rows())
def test_every_spelling_says_the_english_word(word: str, script: str, form: str) -> None:
    expected = re.sub(r"(.)\1+", r"\1", _CONSONANTS[word].replace("d", "t"))
    assert _skeleton(form, script) == expected, (word, script, form)


_LANGUAGE_SCRIPT = {
    "hi": "deva", "mr": "deva", "bn": "beng", "gu": "gujr", "pa": "guru", "ta": "taml",
    "te": "telu", "kn": "knda", "ml": "mlym",
}  # fmt: skip


@pytest.mark.parametrize("language", sorted(_LANGUAGE_SCRIPT))
def test_english_numbers_in_the_script_are_prices(language: str) -> None:
    column = SCRIPTS.index(_LANGUAGE_SCRIPT[language])

    def first(forms: tuple[str, ...]) -> str:
        return forms[column].split("|")[0]

    rupees = first(CURRENCY_SPOKEN)
    for words, paise in (
        ((first(TENS_SPOKEN["fifty"]), first(SPOKEN["five"])), 5500),
        (
            (first(SPOKEN["two"]), first(SCALES_SPOKEN["hundred"]), first(TENS_SPOKEN["fifty"])),
            25000,
        ),
        ((first(TENS_SPOKEN["ninety"]),), 9000),
        ((first(SPOKEN["fifteen"]),), 1500),
    ):
        heard = understand(" ".join((*words, rupees)), language=language)
        assert heard.amount_paise == paise, (language, words, heard)
    kilo = first(UNITS_SPOKEN["kg"])
    per_kilo = understand(f"{first(TENS_SPOKEN['twenty'])} {rupees} {kilo}", language=language)
    assert (per_kilo.amount_paise, per_kilo.per_unit, per_kilo.unit) == (2000, True, "kg")


@pytest.mark.parametrize(
    ("language", "line"),
    [
        # "two fifty" (250) said the short way, the tens word carrying a case ending
        ("ml", "ഒരു കിലോ ടു ഫിഫ്റ്റിക്ക് കൊടുക്കാം"),
        ("ml", "ഒരു കിലോ ടൂ ഫിഫ്റ്റിക്ക് കൊടുക്കാം"),
        ("ta", "ஒரு கிலோ டூ ஃபிஃப்டிக்கு தரேன்"),
        ("ta", "ஒரு கிலோ டு ஃபிஃப்டிக்கு தரேன்"),
        ("te", "కిలో టూ ఫిఫ్టీకి ఇస్తాను"),
        ("kn", "ಕೆಜಿ ಟೂ ಫಿಫ್ಟಿಗೆ ಕೊಡ್ತೀನಿ"),
        ("hi", "किलो टु फिफ्टी में दे दूँगा"),
    ],
)
def test_english_hundreds_the_short_way_keep_their_case_ending_and_vowel_length(
    language: str, line: str
) -> None:
    heard = understand(line, language=language)
    assert heard.amount_paise == 25000, (line, heard)
    assert heard.quantity in (None, 1), (line, heard)


def test_vowel_length_variants_are_spellings_of_the_same_word() -> None:
    from audio.languages.english_scripts import spellings

    assert {"ടു", "ടൂ"} <= set(spellings(SPOKEN["two"]))
    assert {"ഫിഫ്റ്റി", "ഫിഫ്റ്റീ"} <= set(spellings(TENS_SPOKEN["fifty"]))
