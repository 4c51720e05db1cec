"""Languages the product speaks and the script each is written in (ISO 15924)."""

from __future__ import annotations

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
"""Scripts a product name may be written in."""
SPOKEN: tuple[str, ...] = ("hi", "en", "ta", "te", "bn", "mr", "gu", "kn", "ml", "pa")
"""Languages a participant can speak and hear: the understanding tables, the phrasebook and
the speech engines cover exactly these (`audio.languages.LANGUAGES`)."""


def check_spoken(language: str) -> str:
    """The language if people can talk in it here; else a ValueError naming the choices."""
    if language not in SPOKEN:
        choices = ", ".join(SPOKEN)
        raise ValueError(f"language {language!r} is not spoken here; choose one of {choices}")
    return language


def default_script(language: str) -> str:
    return SCRIPTS.get(language, "Latn")
