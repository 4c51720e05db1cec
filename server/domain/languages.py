"""Languages the product speaks and the script each is written in (ISO 15924)."""

from __future__ import annotations

import unicodedata

SCRIPTS: dict[str, str] = {
    "hi": "Deva",
    "mr": "Deva",
    "bn": "Beng",
    "as": "Beng",
    "ta": "Taml",
    "te": "Telu",
    "gu": "Gujr",
    "kn": "Knda",
    "ml": "Mlym",
    "pa": "Guru",
    "or": "Orya",
    "ur": "Arab",
    "en": "Latn",
}
LANGUAGES = frozenset(SCRIPTS)
LANGUAGE_CODE = r"^[a-z]{2}$"
"""How a language is written in a request: two lowercase letters (ISO 639-1)."""
"""Scripts a product name may be written in."""
SPOKEN: tuple[str, ...] = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")
"""Languages a participant can speak and hear: the understanding tables, the phrasebook and
the speech engines cover exactly these (`audio.languages.LANGUAGES`)."""


def check_spoken(language: str) -> str:
    """The language if people can talk in it here; else a ValueError naming the choices."""
    if language not in SPOKEN:
        choices = ", ".join(SPOKEN)
        raise ValueError(f"language {language!r} is not supported; choose one of {choices}")
    return language


def check_readable(language: str) -> str:
    """The language if product names can be shown to its readers (`LANGUAGES`: the ten
    spoken here and the scripts names may be written in); else a ValueError naming them."""
    if language not in LANGUAGES:
        choices = ", ".join(sorted(LANGUAGES))
        raise ValueError(f"language {language!r} is not supported; choose one of {choices}")
    return language


def default_script(language: str) -> str:
    return SCRIPTS.get(language, "Latn")


# The word Unicode starts a letter's name with, per script ("TAMIL LETTER KA").
_SCRIPT_WORD: dict[str, str] = {
    "Deva": "DEVANAGARI",
    "Beng": "BENGALI",
    "Taml": "TAMIL",
    "Telu": "TELUGU",
    "Gujr": "GUJARATI",
    "Knda": "KANNADA",
    "Mlym": "MALAYALAM",
    "Guru": "GURMUKHI",
    "Orya": "ORIYA",
    "Arab": "ARABIC",
    "Latn": "LATIN",
}
_SCRIPT_WORDS = frozenset(_SCRIPT_WORD.values()) - {"LATIN"}


_BLANK_GLYPHS = frozenset("\u115f\u1160\u17b4\u17b5\u2800\u3164\uffa0")
"""Letters and symbols by category that draw nothing: the Hangul fillers, the braille
blank, the Khmer inherent vowels."""


BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
"""The format characters that steer text direction (embeddings, overrides, isolates and
the stray marks): in a name they can make it read as something else ("Trojan source").
The joiners U+200C/U+200D are not among them: Indic scripts need them."""


def bidi_control(text: str) -> str | None:
    """The first direction control in `text` as "U+202E", or None."""
    found = next((c for c in text if c in BIDI_CONTROLS), None)
    return None if found is None else f"U+{ord(found):04X}"


def visible(text: str) -> bool:
    """Whether `text` shows anything: a letter, digit, symbol or punctuation, not only
    spaces, marks with nothing to sit on, invisible format characters or blank glyphs."""
    return any(unicodedata.category(c)[0] in "LNSP" and c not in _BLANK_GLYPHS for c in text)


def reads_in(text: str, language: str) -> bool:
    """Whether a reader of `language` can read `text`: something visible, and no letter
    of another Indic or the Arabic script (Latin, digits and symbols pass everywhere)."""
    if not visible(text):
        return False
    own = _SCRIPT_WORD.get(default_script(language), "LATIN")
    for c in text:
        word = unicodedata.name(c, "").split(" ", 1)[0]
        if word in _SCRIPT_WORDS and word != own and "DANDA" not in unicodedata.name(c):
            return False
    return True
