"""The scripts: each language's sanscript scheme, ISO 15924 code and Unicode block, which
languages drop or write a final vowel, and the letters several steps share."""

from __future__ import annotations

import unicodedata
from typing import Literal

from indic_transliteration import sanscript

LatinScheme = Literal["simple", "iso", "iast", "itrans"]

# Language → sanscript scheme. Assamese shares the Bengali block but writes ৰ and ৱ.
_SCHEMES: dict[str, str] = {
    "hi": sanscript.DEVANAGARI,
    "mr": sanscript.DEVANAGARI,
    "bn": sanscript.BENGALI,
    "as": "assamese",
    "pa": sanscript.GURMUKHI,
    "gu": sanscript.GUJARATI,
    "or": sanscript.ORIYA,
    "ta": sanscript.TAMIL,
    "te": sanscript.TELUGU,
    "kn": sanscript.KANNADA,
    "ml": sanscript.MALAYALAM,
    "en": "latin",
}
SUPPORTED_LANGUAGES: frozenset[str] = frozenset(_SCHEMES)

# ISO 15924 codes, the ones Bhashini's configs call `sourceScriptCode`.
_SCRIPT_CODES: dict[str, str] = {
    sanscript.DEVANAGARI: "Deva",
    sanscript.BENGALI: "Beng",
    "assamese": "Beng",
    sanscript.GURMUKHI: "Guru",
    sanscript.GUJARATI: "Gujr",
    sanscript.ORIYA: "Orya",
    sanscript.TAMIL: "Taml",
    sanscript.TELUGU: "Telu",
    sanscript.KANNADA: "Knda",
    sanscript.MALAYALAM: "Mlym",
    "latin": "Latn",
}

# First code point of each script's Unicode block; the blocks share one layout.
_BLOCKS: dict[str, int] = {
    sanscript.DEVANAGARI: 0x0900,
    sanscript.BENGALI: 0x0980,
    "assamese": 0x0980,
    sanscript.GURMUKHI: 0x0A00,
    sanscript.GUJARATI: 0x0A80,
    sanscript.ORIYA: 0x0B00,
    sanscript.TAMIL: 0x0B80,
    sanscript.TELUGU: 0x0C00,
    sanscript.KANNADA: 0x0C80,
    sanscript.MALAYALAM: 0x0D00,
}

_DROPS_FINAL_VOWEL = frozenset({"hi", "mr", "pa", "gu", "bn", "as"})
_WRITES_FINAL_VIRAMA = frozenset({"ta", "te", "kn", "ml", "or"})
_DRAVIDIAN = frozenset({"ta", "te", "kn", "ml"})
_USES_DANDA = frozenset({"hi", "mr", "bn", "as", "pa", "or"})

_VIRAMA = "\u094d"
_NUKTA = "\u093c"


def _sanscript(text: str, from_scheme: str, to_scheme: str) -> str:
    # indic_transliteration ships no type information; pin the one call we use.
    return str(sanscript.transliterate(text, from_scheme, to_scheme))


# Bengali and Odia say their য/ଯ as "j"; the "y" of Devanagari य is য়/ୟ there.
# (য় is a composition exclusion: after NFC it is য + nukta, so the keys are NFC forms.)
_J_LETTER = {sanscript.BENGALI: "\u09af", "assamese": "\u09af", sanscript.ORIYA: "\u0b2f"}
_Y_LETTER = {
    scheme: unicodedata.normalize("NFC", letter)
    for scheme, letter in (
        (sanscript.BENGALI, "\u09df"),
        ("assamese", "\u09df"),
        (sanscript.ORIYA, "\u0b5f"),
    )
}
